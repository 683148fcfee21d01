// RUN: numjit-opt %s -split-input-file -verify-diagnostics

// Verifier branches of argsort, cumsum and cumprod (ir/NumjitIndexing.cpp)
// and their type constraints, one chunk each.

func.func @argsort_axis(%x: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.argsort' op axis 1 is out of range for an operand of rank 1}}
  %0 = numjit.argsort %x, axis = 1 : tensor<4xf32> -> tensor<4xi32>
  return
}

// -----

func.func @argsort_scalar(%x: tensor<f32>) {
  // expected-error @+1 {{'numjit.argsort' op axis 0 is out of range for an operand of rank 0}}
  %0 = numjit.argsort %x, axis = 0 : tensor<f32> -> tensor<i32>
  return
}

// -----

func.func @argsort_shape(%x: tensor<4x3xf32>) {
  // expected-error @+1 {{'numjit.argsort' op result type 'tensor<3x4xi32>' must have the shape of 'tensor<4x3xf32>'}}
  %0 = numjit.argsort %x, axis = 0 : tensor<4x3xf32> -> tensor<3x4xi32>
  return
}

// -----

func.func @argsort_result_type(%x: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.argsort' op result #0 must be ranked tensor of 32-bit signless integer or 64-bit signless integer values}}
  %0 = numjit.argsort %x, axis = 0 : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @cumsum_axis(%x: tensor<4x3xf32>) {
  // expected-error @+1 {{'numjit.cumsum' op axis 2 is out of range for an operand of rank 2}}
  %0 = numjit.cumsum %x, axis = 2 : tensor<4x3xf32>
  return
}

// -----

func.func @cumprod_axis(%x: tensor<4xi32>) {
  // expected-error @+1 {{'numjit.cumprod' op axis -1 is out of range for an operand of rank 1}}
  %0 = numjit.cumprod %x, axis = -1 : tensor<4xi32>
  return
}

// -----

func.func @cumsum_bool(%x: tensor<4xi1>) {
  // expected-error @+1 {{'numjit.cumsum' op operand #0 must be ranked tensor of}}
  %0 = numjit.cumsum %x, axis = 0 : tensor<4xi1>
  return
}

// -----

func.func @cumsum_types(%x: tensor<4xf32>) {
  // expected-error @+1 {{'numjit.cumsum' op requires the same type for all operands and results}}
  %0 = "numjit.cumsum"(%x) {axis = 0 : i64} : (tensor<4xf32>) -> tensor<4xf64>
  return
}
