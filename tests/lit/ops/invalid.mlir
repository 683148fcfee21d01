// RUN: numjit-opt %s -split-input-file -verify-diagnostics

// Verifier tests for the numjit dialect. Each split-input-file chunk maps to
// one error branch, named by the comment above it: a hand-written check in
// ir/NumjitOps.cpp (`emitOpError` in a `verify()`, `emitOptionalError` in an
// `inferReturnTypes` or in `checkDims`), an ODS constraint or trait of
// ir/NumjitOps.td (element types, static shapes, SameOperandsAndResultType,
// AllTypesMatch, ...), the generic "inferred type(s) ... are incompatible"
// check of InferTypeOpAdaptor, or the parser of an enum attribute. Where one
// branch has several conditions (e.g. `dim < 0 || dim >= rank`), each
// condition gets its own chunk.
//
// An error from `inferReturnTypes` during verification is followed by a
// second "failed to infer returned types" error on the same op, so those
// chunks expect both.
//
// Not reachable from textual IR, so not tested: the "needs ranked tensor(s)"
// branches of the inferReturnTypes of compare, transpose, slice, concatenate,
// reduce and dot_general. The custom parsers only accept ranked tensor types
// there, and in the generic form the ODS operand constraints (ranked
// tensors) reject an unranked operand before inference runs.

//===----------------------------------------------------------------------===//
// numjit.constant
//===----------------------------------------------------------------------===//

// ODS: the result must be a tensor of f32/f64/i32/i64/i1.
func.func @constant_i8() {
  // expected-error @+1 {{'numjit.constant' op result #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 1-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values, but got 'tensor<2xi8>'}}
  %0 = numjit.constant dense<1> : tensor<2xi8>
  return
}

// -----

// ODS: the result must be a tensor (not a vector).
func.func @constant_vector() {
  // expected-error @+1 {{'numjit.constant' op result #0 must be ranked tensor of}}
  %0 = numjit.constant dense<1.0> : vector<2xf32>
  return
}

// -----

// ODS AllTypesMatch<["value", "result"]>.
func.func @constant_type_mismatch() {
  // expected-error @+1 {{'numjit.constant' op failed to verify that all of {value, result} have same type}}
  %0 = "numjit.constant"() <{value = dense<1.0> : tensor<2xf32>}> : () -> tensor<3xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.iota
//===----------------------------------------------------------------------===//

// IotaOp::verify: rank 0.
func.func @iota_rank0() {
  // expected-error @+1 {{'numjit.iota' op needs a result of rank >= 1}}
  %0 = numjit.iota dim = 0 : tensor<i32>
  return
}

// -----

// IotaOp::verify: dim >= rank.
func.func @iota_dim_too_large() {
  // expected-error @+1 {{'numjit.iota' op dim 2 is out of range for rank 2}}
  %0 = numjit.iota dim = 2 : tensor<2x3xi32>
  return
}

// -----

// IotaOp::verify: dim < 0.
func.func @iota_dim_negative() {
  // expected-error @+1 {{'numjit.iota' op dim -1 is out of range for rank 2}}
  %0 = numjit.iota dim = -1 : tensor<2x3xf32>
  return
}

// -----

// ODS: iota gives a numeric tensor, not i1.
func.func @iota_i1() {
  // expected-error @+1 {{'numjit.iota' op result #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values, but got 'tensor<4xi1>'}}
  %0 = numjit.iota dim = 0 : tensor<4xi1>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Elementwise unary ops
//===----------------------------------------------------------------------===//

// ODS: float-only unary ops reject integers.
func.func @exp_int(%a: tensor<4xi32>) {
  // expected-error @+1 {{'numjit.exp' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float values, but got 'tensor<4xi32>'}}
  %0 = numjit.exp %a : tensor<4xi32>
  return
}

// -----

// ODS: numeric unary ops reject i1.
func.func @neg_i1(%a: tensor<4xi1>) {
  // expected-error @+1 {{'numjit.neg' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values, but got 'tensor<4xi1>'}}
  %0 = numjit.neg %a : tensor<4xi1>
  return
}

// -----

// ODS: tensors must be ranked.
func.func @sqrt_unranked(%a: tensor<*xf32>) {
  // expected-error @+1 {{'numjit.sqrt' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float values, but got 'tensor<*xf32>'}}
  %0 = "numjit.sqrt"(%a) : (tensor<*xf32>) -> tensor<*xf32>
  return
}

// -----

// ODS SameOperandsAndResultType on a unary op.
func.func @abs_result_type(%a: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.abs' op requires the same type for all operands and results}}
  %0 = "numjit.abs"(%a) : (tensor<4xf32>) -> tensor<4xf64>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Elementwise binary ops
//===----------------------------------------------------------------------===//

// ODS SameOperandsAndResultType: mismatched operand element types.
func.func @add_mismatch(%a: tensor<4xf32>, %b: tensor<4xf64>) {
  // expected-error @+1 {{'numjit.add' op requires the same type for all operands and results}}
  %0 = "numjit.add"(%a, %b) : (tensor<4xf32>, tensor<4xf64>) -> tensor<4xf64>
  return
}

// -----

// ODS SameOperandsAndResultType: no implicit broadcasting.
func.func @mul_shape_mismatch(%a: tensor<4xf32>, %b: tensor<1xf32>) {
  // expected-error @+1 {{'numjit.mul' op requires the same type for all operands and results}}
  %0 = "numjit.mul"(%a, %b) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
  return
}

// -----

// ODS: pow is float-only.
func.func @pow_int(%a: tensor<4xi64>) {
  // expected-error @+1 {{'numjit.pow' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float values, but got 'tensor<4xi64>'}}
  %0 = numjit.pow %a, %a : tensor<4xi64>
  return
}

// -----

// ODS: arithmetic rejects i1.
func.func @add_i1(%a: tensor<4xi1>) {
  // expected-error @+1 {{'numjit.add' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values, but got 'tensor<4xi1>'}}
  %0 = numjit.add %a, %a : tensor<4xi1>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.compare
//===----------------------------------------------------------------------===//

// ODS SameTypeOperands.
func.func @compare_operand_mismatch(%a: tensor<4xf32>, %b: tensor<4xf64>) {
  // expected-error @+1 {{'numjit.compare' op requires all operands to have the same type}}
  %0 = "numjit.compare"(%a, %b) <{direction = 0 : i32}> : (tensor<4xf32>, tensor<4xf64>) -> tensor<4xi1>
  return
}

// -----

// ODS: the result is an i1 tensor.
func.func @compare_result_not_i1(%a: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.compare' op result #0 must be ranked tensor of 1-bit signless integer values, but got 'tensor<4xf32>'}}
  %0 = "numjit.compare"(%a, %a) <{direction = 0 : i32}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

// InferTypeOpAdaptor: the result shape is the operand shape.
func.func @compare_result_shape(%a: tensor<4xf32>) {
  // expected-error @+2 {{'numjit.compare' op inferred type(s) 'tensor<4xi1>' are incompatible with return type(s) of operation 'tensor<3xi1>'}}
  // expected-error @+1 {{'numjit.compare' op failed to infer returned types}}
  %0 = "numjit.compare"(%a, %a) <{direction = 0 : i32}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<3xi1>
  return
}

// -----

// Enum parser: unknown direction.
func.func @compare_bad_direction(%a: tensor<4xf32>) {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'direction' [eq, ne, lt, le, gt, ge]}}
  %0 = numjit.compare neq, %a, %a : tensor<4xf32>
  return
}

// -----

// Enum property conversion: a direction value outside the enum.
func.func @compare_bad_direction_value(%a: tensor<4xf32>) {
  // expected-error @+1 {{invalid properties {direction = 9 : i32} for op numjit.compare: Invalid attribute `direction` in property conversion: 9 : i32}}
  %0 = "numjit.compare"(%a, %a) <{direction = 9 : i32}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.select
//===----------------------------------------------------------------------===//

// ODS: the predicate is an i1 tensor.
func.func @select_pred_not_i1(%p: tensor<4xf32>, %a: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.select' op operand #0 must be ranked tensor of 1-bit signless integer values, but got 'tensor<4xf32>'}}
  %0 = numjit.select %p, %a, %a : tensor<4xf32>, tensor<4xf32>
  return
}

// -----

// ODS AllTypesMatch<["on_true", "on_false", "result"]>.
func.func @select_branch_mismatch(%p: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<4xf64>) {
  // expected-error @+1 {{'numjit.select' op failed to verify that all of {on_true, on_false, result} have same type}}
  %0 = "numjit.select"(%p, %a, %b) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf64>) -> tensor<4xf64>
  return
}

// -----

// SelectOp::verify: pred shape differs from the result shape.
func.func @select_pred_shape(%p: tensor<i1>, %a: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.select' op pred shape 'tensor<i1>' does not match result shape 'tensor<4xf32>'}}
  %0 = numjit.select %p, %a, %a : tensor<i1>, tensor<4xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.convert
//===----------------------------------------------------------------------===//

// ODS SameOperandsAndResultShape.
func.func @convert_shape(%a: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.convert' op requires the same shape for all operands and results}}
  %0 = numjit.convert %a : tensor<4xf32> -> tensor<2x2xi32>
  return
}

// -----

// ODS: the result element type is one of numjit's.
func.func @convert_to_i8(%a: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.convert' op result #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 1-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values, but got 'tensor<4xi8>'}}
  %0 = numjit.convert %a : tensor<4xf32> -> tensor<4xi8>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.broadcast_in_dim
//===----------------------------------------------------------------------===//

// BroadcastInDimOp::verify: one entry of dims per operand dimension.
func.func @broadcast_dims_count(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op dims [1] has 1 entries for an operand of rank 2}}
  %0 = numjit.broadcast_in_dim %a, dims = [1] : tensor<2x3xf32> -> tensor<4x2x3xf32>
  return
}

// -----

// BroadcastInDimOp::verify: a dims entry past the result rank.
func.func @broadcast_dims_range(%a: tensor<3xf32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op dims [2] has 2, out of range for result rank 2}}
  %0 = numjit.broadcast_in_dim %a, dims = [2] : tensor<3xf32> -> tensor<2x3xf32>
  return
}

// -----

// BroadcastInDimOp::verify: a negative dims entry.
func.func @broadcast_dims_negative(%a: tensor<3xf32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op dims [-1] has -1, out of range for result rank 2}}
  %0 = numjit.broadcast_in_dim %a, dims = [-1] : tensor<3xf32> -> tensor<2x3xf32>
  return
}

// -----

// BroadcastInDimOp::verify: dims must be strictly increasing (decreasing).
func.func @broadcast_dims_order(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op dims [1, 0] must be strictly increasing}}
  %0 = numjit.broadcast_in_dim %a, dims = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  return
}

// -----

// BroadcastInDimOp::verify: dims must be strictly increasing (repeated).
func.func @broadcast_dims_repeat(%a: tensor<1x1xf32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op dims [0, 0] must be strictly increasing}}
  %0 = numjit.broadcast_in_dim %a, dims = [0, 0] : tensor<1x1xf32> -> tensor<3xf32>
  return
}

// -----

// BroadcastInDimOp::verify: a size that is neither 1 nor the result's.
func.func @broadcast_size(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op operand dimension 1 has size 3, which cannot broadcast to size 4 of result dimension 2}}
  %0 = numjit.broadcast_in_dim %a, dims = [0, 2] : tensor<2x3xf32> -> tensor<2x5x4xf32>
  return
}

// -----

// BroadcastInDimOp::verify: an empty dimension does not broadcast.
func.func @broadcast_size_empty(%a: tensor<0xi32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op operand dimension 0 has size 0, which cannot broadcast to size 3 of result dimension 0}}
  %0 = numjit.broadcast_in_dim %a, dims = [0] : tensor<0xi32> -> tensor<3xi32>
  return
}

// -----

// ODS AllElementTypesMatch<["operand", "result"]>.
func.func @broadcast_element_type(%a: tensor<3xf32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op failed to verify that all of {operand, result} have same element type}}
  %0 = numjit.broadcast_in_dim %a, dims = [1] : tensor<3xf32> -> tensor<2x3xf64>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.reshape
//===----------------------------------------------------------------------===//

// ReshapeOp::verify: element counts differ.
func.func @reshape_count(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.reshape' op cannot reshape 'tensor<2x3xf32>' (6 elements) to 'tensor<7xf32>' (7 elements)}}
  %0 = numjit.reshape %a : tensor<2x3xf32> -> tensor<7xf32>
  return
}

// -----

// ODS AllElementTypesMatch<["operand", "result"]>.
func.func @reshape_element_type(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.reshape' op failed to verify that all of {operand, result} have same element type}}
  %0 = numjit.reshape %a : tensor<2x3xf32> -> tensor<6xi32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.transpose
//===----------------------------------------------------------------------===//

// TransposeOp::inferReturnTypes: one permutation entry per dimension.
func.func @transpose_perm_size(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.transpose' op permutation [0] has 1 entries for an operand of rank 2}}
  // expected-error @+1 {{'numjit.transpose' op failed to infer returned types}}
  %0 = numjit.transpose %a, permutation = [0] : tensor<2x3xf32> -> tensor<2xf32>
  return
}

// -----

// checkDims (transpose): an entry out of range.
func.func @transpose_perm_range(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.transpose' op permutation [0, 2] has 2, out of range for rank 2}}
  // expected-error @+1 {{'numjit.transpose' op failed to infer returned types}}
  %0 = numjit.transpose %a, permutation = [0, 2] : tensor<2x3xf32> -> tensor<2x3xf32>
  return
}

// -----

// checkDims (transpose): a repeated entry.
func.func @transpose_perm_repeat(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.transpose' op permutation [1, 1] repeats dimension 1}}
  // expected-error @+1 {{'numjit.transpose' op failed to infer returned types}}
  %0 = numjit.transpose %a, permutation = [1, 1] : tensor<2x3xf32> -> tensor<3x3xf32>
  return
}

// -----

// InferTypeOpAdaptor: wrong result type.
func.func @transpose_result(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.transpose' op inferred type(s) 'tensor<3x2xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'numjit.transpose' op failed to infer returned types}}
  %0 = numjit.transpose %a, permutation = [1, 0] : tensor<2x3xf32> -> tensor<2x3xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.slice
//===----------------------------------------------------------------------===//

// SliceOp::inferReturnTypes: start/limit/strides lengths differ from the rank.
func.func @slice_lengths(%a: tensor<4x4xf32>) {
  // expected-error @+2 {{'numjit.slice' op start [0, 0], limit [2] and strides [1, 1] must each have 2 entries (the operand rank)}}
  // expected-error @+1 {{'numjit.slice' op failed to infer returned types}}
  %0 = numjit.slice %a, start = [0, 0], limit = [2], strides = [1, 1] : tensor<4x4xf32> -> tensor<2x4xf32>
  return
}

// -----

// SliceOp::inferReturnTypes: stride < 1.
func.func @slice_stride(%a: tensor<4x4xf32>) {
  // expected-error @+2 {{'numjit.slice' op stride 0 in dimension 1 must be >= 1}}
  // expected-error @+1 {{'numjit.slice' op failed to infer returned types}}
  %0 = numjit.slice %a, start = [0, 0], limit = [4, 4], strides = [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
  return
}

// -----

// SliceOp::inferReturnTypes: range check, start < 0.
func.func @slice_start_negative(%a: tensor<4x4xf32>) {
  // expected-error @+2 {{'numjit.slice' op range [-1, 2) in dimension 0 is not within [0, 4]}}
  // expected-error @+1 {{'numjit.slice' op failed to infer returned types}}
  %0 = numjit.slice %a, start = [-1, 0], limit = [2, 4], strides = [1, 1] : tensor<4x4xf32> -> tensor<3x4xf32>
  return
}

// -----

// SliceOp::inferReturnTypes: range check, start > limit.
func.func @slice_start_after_limit(%a: tensor<4x4xf32>) {
  // expected-error @+2 {{'numjit.slice' op range [3, 2) in dimension 1 is not within [0, 4]}}
  // expected-error @+1 {{'numjit.slice' op failed to infer returned types}}
  %0 = numjit.slice %a, start = [0, 3], limit = [4, 2], strides = [1, 1] : tensor<4x4xf32> -> tensor<4x0xf32>
  return
}

// -----

// SliceOp::inferReturnTypes: range check, limit > size.
func.func @slice_limit(%a: tensor<4x4xf32>) {
  // expected-error @+2 {{'numjit.slice' op range [0, 5) in dimension 0 is not within [0, 4]}}
  // expected-error @+1 {{'numjit.slice' op failed to infer returned types}}
  %0 = numjit.slice %a, start = [0, 0], limit = [5, 4], strides = [1, 1] : tensor<4x4xf32> -> tensor<5x4xf32>
  return
}

// -----

// InferTypeOpAdaptor: wrong result type (strided size rounds up).
func.func @slice_result(%a: tensor<10xi32>) {
  // expected-error @+2 {{'numjit.slice' op inferred type(s) 'tensor<4xi32>' are incompatible with return type(s) of operation 'tensor<3xi32>'}}
  // expected-error @+1 {{'numjit.slice' op failed to infer returned types}}
  %0 = numjit.slice %a, start = [0], limit = [10], strides = [3] : tensor<10xi32> -> tensor<3xi32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.concatenate (generic form: see the header)
//===----------------------------------------------------------------------===//

// ConcatenateOp::inferReturnTypes: no inputs.
func.func @concatenate_no_inputs() {
  // expected-error @+2 {{'numjit.concatenate' op needs at least one input}}
  // expected-error @+1 {{'numjit.concatenate' op failed to infer returned types}}
  %0 = "numjit.concatenate"() <{dim = 0 : i64}> : () -> tensor<0xf32>
  return
}

// -----

// ConcatenateOp::inferReturnTypes: dim out of range.
func.func @concatenate_dim(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.concatenate' op dim 2 is out of range for rank 2}}
  // expected-error @+1 {{'numjit.concatenate' op failed to infer returned types}}
  %0 = "numjit.concatenate"(%a, %a) <{dim = 2 : i64}> : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return
}

// -----

// ConcatenateOp::inferReturnTypes: rank-0 inputs have no dimension to join.
func.func @concatenate_rank0(%a: tensor<f32>) {
  // expected-error @+2 {{'numjit.concatenate' op dim 0 is out of range for rank 0}}
  // expected-error @+1 {{'numjit.concatenate' op failed to infer returned types}}
  %0 = "numjit.concatenate"(%a, %a) <{dim = 0 : i64}> : (tensor<f32>, tensor<f32>) -> tensor<2xf32>
  return
}

// -----

// ConcatenateOp::inferReturnTypes: incompatible element type.
func.func @concatenate_element_type(%a: tensor<2x3xf32>, %b: tensor<2x3xf64>) {
  // expected-error @+2 {{'numjit.concatenate' op input 1 has type 'tensor<2x3xf64>', incompatible with 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'numjit.concatenate' op failed to infer returned types}}
  %0 = "numjit.concatenate"(%a, %b) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<2x3xf64>) -> tensor<4x3xf32>
  return
}

// -----

// ConcatenateOp::inferReturnTypes: incompatible rank.
func.func @concatenate_rank(%a: tensor<2x3xf32>, %b: tensor<2x3x1xf32>) {
  // expected-error @+2 {{'numjit.concatenate' op input 2 has type 'tensor<2x3x1xf32>', incompatible with 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'numjit.concatenate' op failed to infer returned types}}
  %0 = "numjit.concatenate"(%a, %a, %b) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3x1xf32>) -> tensor<6x3xf32>
  return
}

// -----

// ConcatenateOp::inferReturnTypes: sizes differ outside dim.
func.func @concatenate_size(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) {
  // expected-error @+2 {{'numjit.concatenate' op input 1 has type 'tensor<2x4xf32>', which differs from 'tensor<2x3xf32>' in dimension 1}}
  // expected-error @+1 {{'numjit.concatenate' op failed to infer returned types}}
  %0 = "numjit.concatenate"(%a, %b) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<4x3xf32>
  return
}

// -----

// InferTypeOpAdaptor: wrong result type.
func.func @concatenate_result(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.concatenate' op inferred type(s) 'tensor<4x3xf32>' are incompatible with return type(s) of operation 'tensor<5x3xf32>'}}
  // expected-error @+1 {{'numjit.concatenate' op failed to infer returned types}}
  %0 = "numjit.concatenate"(%a, %a) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<5x3xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.reduce
//===----------------------------------------------------------------------===//

// checkDims (reduce): a dimension out of range.
func.func @reduce_dims_range(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.reduce' op dims [0, 2] has 2, out of range for rank 2}}
  // expected-error @+1 {{'numjit.reduce' op failed to infer returned types}}
  %0 = numjit.reduce sum %a, dims = [0, 2] : tensor<2x3xf32> -> tensor<f32>
  return
}

// -----

// checkDims (reduce): a negative dimension.
func.func @reduce_dims_negative(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.reduce' op dims [-1] has -1, out of range for rank 2}}
  // expected-error @+1 {{'numjit.reduce' op failed to infer returned types}}
  %0 = numjit.reduce max %a, dims = [-1] : tensor<2x3xf32> -> tensor<2xf32>
  return
}

// -----

// checkDims (reduce): a repeated dimension.
func.func @reduce_dims_repeat(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.reduce' op dims [1, 1] repeats dimension 1}}
  // expected-error @+1 {{'numjit.reduce' op failed to infer returned types}}
  %0 = numjit.reduce sum %a, dims = [1, 1] : tensor<2x3xf32> -> tensor<2xf32>
  return
}

// -----

// InferTypeOpAdaptor: wrong result type.
func.func @reduce_result(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.reduce' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'}}
  // expected-error @+1 {{'numjit.reduce' op failed to infer returned types}}
  %0 = numjit.reduce prod %a, dims = [1] : tensor<2x3xf32> -> tensor<3xf32>
  return
}

// -----

// ODS: reduce rejects i1.
func.func @reduce_i1(%a: tensor<2x3xi1>) {
  // expected-error @+1 {{'numjit.reduce' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values, but got 'tensor<2x3xi1>'}}
  %0 = numjit.reduce sum %a, dims = [1] : tensor<2x3xi1> -> tensor<2xi1>
  return
}

// -----

// Enum parser: unknown kind.
func.func @reduce_bad_kind(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'kind' [sum, prod, max, min]}}
  %0 = numjit.reduce mean %a, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.argmax
//===----------------------------------------------------------------------===//

// ArgMaxOp::verify: dim >= rank.
func.func @argmax_dim(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.argmax' op dim 2 is out of range for rank 2}}
  %0 = numjit.argmax %a, dim = 2 : tensor<2x3xf32> -> tensor<2xi64>
  return
}

// -----

// ArgMaxOp::verify: dim < 0.
func.func @argmax_dim_negative(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.argmax' op dim -1 is out of range for rank 2}}
  %0 = numjit.argmax %a, dim = -1 : tensor<2x3xf32> -> tensor<2xi64>
  return
}

// -----

// ArgMaxOp::verify: the reduced dimension is empty.
func.func @argmax_empty(%a: tensor<2x0xf32>) {
  // expected-error @+1 {{'numjit.argmax' op dimension 1 of 'tensor<2x0xf32>' is empty: argmax is undefined there}}
  %0 = numjit.argmax %a, dim = 1 : tensor<2x0xf32> -> tensor<2xi32>
  return
}

// -----

// ArgMaxOp::verify: wrong result shape.
func.func @argmax_result_shape(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.argmax' op result shape 'tensor<3xi64>' should be [2] (the operand shape without dim 1)}}
  %0 = numjit.argmax %a, dim = 1 : tensor<2x3xf32> -> tensor<3xi64>
  return
}

// -----

// ODS: the result is an i32 or i64 tensor.
func.func @argmax_result_type(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'numjit.argmax' op result #0 must be ranked tensor of 32-bit signless integer or 64-bit signless integer values, but got 'tensor<2xf32>'}}
  %0 = numjit.argmax %a, dim = 1 : tensor<2x3xf32> -> tensor<2xf32>
  return
}

// -----

// ODS: argmax rejects i1 operands.
func.func @argmax_i1(%a: tensor<2x3xi1>) {
  // expected-error @+1 {{'numjit.argmax' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values, but got 'tensor<2x3xi1>'}}
  %0 = numjit.argmax %a, dim = 1 : tensor<2x3xi1> -> tensor<2xi64>
  return
}

// -----

//===----------------------------------------------------------------------===//
// numjit.dot_general
//===----------------------------------------------------------------------===//

// DotGeneralOp::inferReturnTypes: batch lists of different lengths.
func.func @dot_batch_length(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op batch dims [0] x [] must have the same length}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %a, batch = [0] x [], contract = [1] x [1] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}

// -----

// DotGeneralOp::inferReturnTypes: contracting lists of different lengths.
func.func @dot_contract_length(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op contracting dims [1] x [0, 1] must have the same length}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0, 1] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2xf32>
  return
}

// -----

// checkDims (dot_general, lhs): a dimension out of range.
func.func @dot_lhs_range(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op lhs batch and contracting dims [2] has 2, out of range for rank 2}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [2] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

// checkDims (dot_general, lhs): a dimension used as batch and contracting.
func.func @dot_lhs_repeat(%a: tensor<3x3xf32>, %b: tensor<3x3x3xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op lhs batch and contracting dims [0, 0] repeats dimension 0}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %b, batch = [0] x [0], contract = [0] x [1] : (tensor<3x3xf32>, tensor<3x3x3xf32>) -> tensor<3x3x3xf32>
  return
}

// -----

// checkDims (dot_general, rhs): a dimension out of range.
func.func @dot_rhs_range(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op rhs batch and contracting dims [-1] has -1, out of range for rank 2}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [-1] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

// checkDims (dot_general, rhs): a repeated contracting dimension.
func.func @dot_rhs_repeat(%a: tensor<3x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op rhs batch and contracting dims [0, 0] repeats dimension 0}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [0, 1] x [0, 0] : (tensor<3x3xf32>, tensor<3x4xf32>) -> tensor<4xf32>
  return
}

// -----

// DotGeneralOp::inferReturnTypes: paired dimensions differ in size.
func.func @dot_size(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op lhs dimension 1 (size 3) does not match rhs dimension 0 (size 4) for 'tensor<2x3xf32>' and 'tensor<4x5xf32>'}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return
}

// -----

// DotGeneralOp::inferReturnTypes: paired batch dimensions differ in size.
func.func @dot_batch_size(%a: tensor<5x2x3xf32>, %b: tensor<6x3x4xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op lhs dimension 0 (size 5) does not match rhs dimension 0 (size 6) for 'tensor<5x2x3xf32>' and 'tensor<6x3x4xf32>'}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %b, batch = [0] x [0], contract = [2] x [1] : (tensor<5x2x3xf32>, tensor<6x3x4xf32>) -> tensor<5x2x4xf32>
  return
}

// -----

// InferTypeOpAdaptor: wrong result type (batch dimensions come first).
func.func @dot_result(%a: tensor<5x2x3xf32>, %b: tensor<5x3x4xf32>) {
  // expected-error @+2 {{'numjit.dot_general' op inferred type(s) 'tensor<5x2x4xf32>' are incompatible with return type(s) of operation 'tensor<2x5x4xf32>'}}
  // expected-error @+1 {{'numjit.dot_general' op failed to infer returned types}}
  %0 = numjit.dot_general %a, %b, batch = [0] x [0], contract = [2] x [1] : (tensor<5x2x3xf32>, tensor<5x3x4xf32>) -> tensor<2x5x4xf32>
  return
}

// -----

// ODS AllElementTypesMatch<["lhs", "rhs", "result"]>.
func.func @dot_element_type(%a: tensor<2x3xf32>, %b: tensor<3x4xf64>) {
  // expected-error @+1 {{'numjit.dot_general' op failed to verify that all of {lhs, rhs, result} have same element type}}
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf64>) -> tensor<2x4xf32>
  return
}

// -----

// ODS: dot_general rejects i1.
func.func @dot_i1(%a: tensor<2x3xi1>) {
  // expected-error @+1 {{'numjit.dot_general' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values, but got 'tensor<2x3xi1>'}}
  %0 = numjit.dot_general %a, %a, batch = [] x [], contract = [1] x [1] : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x2xi1>
  return
}

//===----------------------------------------------------------------------===//
// Dynamic sizes
//===----------------------------------------------------------------------===//

// -----

func.func @broadcast_missing_size(%s: tensor<f32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op has 0 sizes for a result 'tensor<?xf32>' with 1 dynamic dimensions}}
  %0 = numjit.broadcast_in_dim %s, dims = [] : tensor<f32> -> tensor<?xf32>
  return
}

// -----

func.func @iota_extra_size(%n: index) {
  // expected-error @+1 {{'numjit.iota' op has 1 sizes for a result 'tensor<4xi32>' with 0 dynamic dimensions}}
  %0 = numjit.iota dim = 0, sizes = [%n] : tensor<4xi32>
  return
}

// -----

func.func @reshape_missing_size(%x: tensor<?x6xf32>) {
  // expected-error @+1 {{'numjit.reshape' op has 0 sizes for a result 'tensor<?x2x3xf32>' with 1 dynamic dimensions}}
  %0 = numjit.reshape %x : tensor<?x6xf32> -> tensor<?x2x3xf32>
  return
}

// -----

func.func @slice_dynamic_part(%x: tensor<?xf32>) {
  // expected-error @+2 {{'numjit.slice' op dimension 0 has a dynamic size and must be taken whole (start 0, stride 1, limit kDynamic)}}
  // expected-error @+1 {{'numjit.slice' op failed to infer returned types}}
  %0 = numjit.slice %x, start = [1], limit = [-9223372036854775808], strides = [1] : tensor<?xf32> -> tensor<?xf32>
  return
}

// -----

func.func @dimension_size_out_of_range(%x: tensor<?xf32>) {
  // expected-error @+1 {{'numjit.get_dimension_size' op dim 1 is out of range for rank 1}}
  %0 = numjit.get_dimension_size %x, dim = 1 : tensor<?xf32>
  return
}

// -----

// A dynamic operand dimension is never broadcast: it cannot meet a static
// result size.
func.func @broadcast_dynamic_to_static(%x: tensor<?xf32>) {
  // expected-error @+1 {{'numjit.broadcast_in_dim' op operand dimension 0 has size ?, which cannot broadcast to size 4 of result dimension 0}}
  %0 = numjit.broadcast_in_dim %x, dims = [0] : tensor<?xf32> -> tensor<4xf32>
  return
}

// -----

// Bitwise ops take integers and bools only (ODS element-type constraint).
func.func @and_of_floats(%x: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.and' op operand #0 must be ranked tensor of 1-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values}}
  %0 = numjit.and %x, %x : tensor<4xf32>
  return
}

// -----

// Shifts take integers only, not bools.
func.func @shift_of_bools(%x: tensor<4xi1>) {
  // expected-error @+1 {{'numjit.shift_left' op operand #0 must be ranked tensor of 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values}}
  %0 = numjit.shift_left %x, %x : tensor<4xi1>
  return
}

// -----

// Signed 8-bit integers are not a numjit element type (u8 is ui8).
func.func @signless_i8(%x: tensor<4xi8>) {
  // expected-error @+1 {{'numjit.add' op operand #0 must be ranked tensor of}}
  %0 = numjit.add %x, %x : tensor<4xi8>
  return
}

// -----

// erf_inv is a float op.
func.func @erf_inv_of_ints(%x: tensor<4xi32>) {
  // expected-error @+1 {{'numjit.erf_inv' op operand #0 must be ranked tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float values}}
  %0 = numjit.erf_inv %x : tensor<4xi32>
  return
}

// -----

// Bitwise ops take integers and bools, not the two-byte floats.
func.func @and_of_bf16(%x: tensor<4xbf16>) {
  // expected-error @+1 {{'numjit.and' op operand #0 must be ranked tensor of}}
  %0 = numjit.and %x, %x : tensor<4xbf16>
  return
}

// -----

// Sizes whose sum overflows int64 are an error, not undefined behaviour.
func.func @f(%x: tensor<9223372036854775807xf32>, %y: tensor<2xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{size of dimension 0 overflows int64_t}}
  // expected-error @+1 {{failed to infer returned types}}
  %2 = numjit.concatenate (%x, %y), dim = 0 : (tensor<9223372036854775807xf32>, tensor<2xf32>) -> tensor<3xf32>
  return %2 : tensor<3xf32>
}

// -----

func.func @f(%x: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{padded size of dimension 0 overflows int64_t}}
  // expected-error @+1 {{failed to infer returned types}}
  %1 = numjit.pad %x, low = [9223372036854775807], high = [1], interior = [0] : tensor<3xf32> -> tensor<3xf32>
  return %1 : tensor<3xf32>
}

// -----

func.func @f(%x: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{padded size of dimension 0 overflows int64_t}}
  // expected-error @+1 {{failed to infer returned types}}
  %1 = numjit.pad %x, low = [0], high = [0], interior = [4611686018427387904] : tensor<3xf32> -> tensor<3xf32>
  return %1 : tensor<3xf32>
}
