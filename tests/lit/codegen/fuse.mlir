// RUN: numjit-opt %s --numjit-lower-to-linalg --numjit-fuse | FileCheck %s

// An elementwise chain with a broadcast becomes a single linalg.generic.
// CHECK-LABEL: func.func @chain
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT:   linalg.generic
// CHECK:       return
func.func @chain(%x: tensor<8x16xf32>, %b: tensor<16xf32>) -> tensor<8x16xf32> {
  %bb = numjit.broadcast_in_dim %b, dims = [1] : tensor<16xf32> -> tensor<8x16xf32>
  %0 = numjit.mul %x, %bb : tensor<8x16xf32>
  %1 = numjit.exp %0 : tensor<8x16xf32>
  %2 = numjit.add %1, %x : tensor<8x16xf32>
  return %2 : tensor<8x16xf32>
}

// A reduction absorbs its elementwise producers: sum(x * y) is one loop nest
// that reads x and y once and writes nothing else.
// CHECK-LABEL: func.func @dot_sum
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT:   linalg.generic
// CHECK:       arith.mulf
// CHECK:       arith.addf {{.*}} fastmath<reassoc>
func.func @dot_sum(%x: tensor<1024xf32>, %y: tensor<1024xf32>) -> tensor<f32> {
  %0 = numjit.mul %x, %y : tensor<1024xf32>
  %1 = numjit.reduce sum %0, dims = [0] : tensor<1024xf32> -> tensor<f32>
  return %1 : tensor<f32>
}

// A contraction does not absorb its operands' producers: exp(a) would be
// recomputed for every output column.
// CHECK-LABEL: func.func @no_recompute
// CHECK-COUNT-2: linalg.generic
func.func @no_recompute(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>) -> tensor<8x4xf32> {
  %0 = numjit.exp %a : tensor<8x16xf32>
  %1 = numjit.dot_general %0, %b, batch = [] x [], contract = [1] x [0] : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  return %1 : tensor<8x4xf32>
}

// An accumulating producer (a dot_general without contracted dims reads its
// output) is never fused into a consumer's loops.
// CHECK-LABEL: func.func @outer_then_add
// CHECK-COUNT-2: linalg.generic
func.func @outer_then_add(%a: tensor<3xf32>, %b: tensor<4xf32>, %c: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [] x [] : (tensor<3xf32>, tensor<4xf32>) -> tensor<3x4xf32>
  %1 = numjit.add %0, %c : tensor<3x4xf32>
  return %1 : tensor<3x4xf32>
}
