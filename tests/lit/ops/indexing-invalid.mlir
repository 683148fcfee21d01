// RUN: numjit-opt %s -split-input-file -verify-diagnostics

// Verifier branches of ir/NumjitIndexing.cpp and of threefry2x32 and
// bitcast_convert (ir/NumjitOps.cpp), one chunk each.

func.func @gather_axis(%x: tensor<4xf32>, %i: tensor<2xi32>) {
  // expected-error @+1 {{'numjit.gather' op axis 1 is out of range for an operand of rank 1}}
  %0 = numjit.gather %x[%i], axis = 1, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @gather_batch_dims(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+1 {{'numjit.gather' op batch_dims 2 must be in [0, min(axis, rank of indices)] = [0, 1]}}
  %0 = numjit.gather %x[%i], axis = 1, batch_dims = 2 : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @gather_batch_sizes(%x: tensor<4x3xf32>, %i: tensor<5x2xi32>) {
  // expected-error @+1 {{'numjit.gather' op batch dimension 0 has size 4 in the operand but 5 in the indices}}
  %0 = numjit.gather %x[%i], axis = 1, batch_dims = 1 : (tensor<4x3xf32>, tensor<5x2xi32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @gather_shape(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+1 {{'numjit.gather' op result type 'tensor<3x3xf32>' does not have the gathered shape (2, 3)}}
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @gather_element(%x: tensor<4xf32>, %i: tensor<2xi32>) {
  // expected-error @+1 {{'numjit.gather' op result element type 'f64' differs from the operand's 'f32'}}
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>) -> tensor<2xf64>
  return
}

// -----

func.func @gather_float_indices(%x: tensor<4xf32>, %i: tensor<2xf32>) {
  // expected-error @+1 {{'numjit.gather' op operand #1 must be ranked tensor of 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 32-bit unsigned integer values}}
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @scatter_updates(%x: tensor<4xf32>, %i: tensor<2xi32>, %u: tensor<3xf32>) {
  // expected-error @+1 {{'numjit.scatter' op updates of type 'tensor<3xf32>' do not have the operand's element type and the gathered shape (2)}}
  %0 = numjit.scatter %x[%i], %u, axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>, tensor<3xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    numjit.yield %b : tensor<f32>
  }
  return
}

// -----

func.func @scatter_combiner_args(%x: tensor<4xf32>, %i: tensor<2xi32>, %u: tensor<2xf32>) {
  // expected-error @+1 {{'numjit.scatter' op combiner must take ('tensor<f32>', 'tensor<f32>')}}
  %0 = numjit.scatter %x[%i], %u, axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<f64>, %b: tensor<f32>):
    numjit.yield %b : tensor<f32>
  }
  return
}

// -----

func.func @scatter_combiner_yield(%x: tensor<4xf32>, %i: tensor<2xi32>, %u: tensor<2xf32>) {
  // expected-error @+1 {{'numjit.scatter' op combiner must yield one 'tensor<f32>'}}
  %0 = numjit.scatter %x[%i], %u, axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    numjit.yield %a, %b : tensor<f32>, tensor<f32>
  }
  return
}

// -----

func.func @scatter_combiner_ops(%x: tensor<4xf32>, %i: tensor<2xi32>, %u: tensor<2xf32>) {
  %0 = numjit.scatter %x[%i], %u, axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    // expected-error @+1 {{'tensor.empty' op is not an elementwise numjit op, which a scatter's combiner must be made of}}
    %e = tensor.empty() : tensor<f32>
    numjit.yield %e : tensor<f32>
  }
  return
}

// -----

func.func @dynamic_slice_starts(%x: tensor<4x3xf32>, %s: tensor<i32>) {
  // expected-error @+1 {{'numjit.dynamic_slice' op takes one start per dimension: 1 for an operand of rank 2}}
  %0 = numjit.dynamic_slice %x[%s], sizes = [2, 2] : (tensor<4x3xf32>, tensor<i32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @dynamic_slice_sizes_count(%x: tensor<4x3xf32>, %s: tensor<i32>) {
  // expected-error @+1 {{'numjit.dynamic_slice' op takes one size per dimension: 1 for an operand of rank 2}}
  %0 = numjit.dynamic_slice %x[%s, %s], sizes = [2] : (tensor<4x3xf32>, tensor<i32>, tensor<i32>) -> tensor<2xf32>
  return
}

// -----

func.func @dynamic_slice_too_big(%x: tensor<4x3xf32>, %s: tensor<i32>) {
  // expected-error @+1 {{'numjit.dynamic_slice' op size 4 of dimension 1 does not fit in the operand's 3}}
  %0 = numjit.dynamic_slice %x[%s, %s], sizes = [2, 4] : (tensor<4x3xf32>, tensor<i32>, tensor<i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @dynamic_slice_result(%x: tensor<4x3xf32>, %s: tensor<i32>) {
  // expected-error @+1 {{'numjit.dynamic_slice' op result type 'tensor<2x3xf32>' must have the shape (2, 2) and the operand's element type}}
  %0 = numjit.dynamic_slice %x[%s, %s], sizes = [2, 2] : (tensor<4x3xf32>, tensor<i32>, tensor<i32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @dynamic_update_slice_starts(%x: tensor<4x3xf32>, %s: tensor<i32>, %u: tensor<2x2xf32>) {
  // expected-error @+1 {{'numjit.dynamic_update_slice' op takes one start per dimension: 1 for an operand of rank 2}}
  %0 = numjit.dynamic_update_slice %x[%s], %u : tensor<4x3xf32>, tensor<2x2xf32>, starts(tensor<i32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @dynamic_update_slice_rank(%x: tensor<4x3xf32>, %s: tensor<i32>, %u: tensor<2xf32>) {
  // expected-error @+1 {{'numjit.dynamic_update_slice' op update 'tensor<2xf32>' must have the rank and element type of 'tensor<4x3xf32>'}}
  %0 = numjit.dynamic_update_slice %x[%s, %s], %u : tensor<4x3xf32>, tensor<2xf32>, starts(tensor<i32>, tensor<i32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @dynamic_update_slice_fit(%x: tensor<4x3xf32>, %s: tensor<i32>, %u: tensor<2x5xf32>) {
  // expected-error @+1 {{'numjit.dynamic_update_slice' op update dimension 1 of size 5 does not fit in the operand's 3}}
  %0 = numjit.dynamic_update_slice %x[%s, %s], %u : tensor<4x3xf32>, tensor<2x5xf32>, starts(tensor<i32>, tensor<i32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @threefry_word(%k: tensor<4xui32>) {
  // expected-error @+1 {{'numjit.threefry2x32' op word must be 0 or 1, got 2}}
  %0 = numjit.threefry2x32 %k, %k, %k, %k, word = 2 : tensor<4xui32>
  return
}

// -----

func.func @bitcast_width(%x: tensor<4xf64>) {
  // expected-error @+1 {{'numjit.bitcast_convert' op changes the bit width of the elements from 64 to 32; a bitcast keeps it}}
  %0 = numjit.bitcast_convert %x : tensor<4xf64> -> tensor<4xui32>
  return
}

// -----

// A combiner whose block is empty is an error, not a crash.
func.func @f(%x: tensor<4xf32>, %i: tensor<2xi32>, %u: tensor<2xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{combiner must yield one 'tensor<f32>'}}
  %r = "numjit.scatter"(%x, %i, %u) <{axis = 0 : i64, batch_dims = 0 : i64}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
  }) : (tensor<4xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
