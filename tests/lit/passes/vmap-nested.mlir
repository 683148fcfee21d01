// vmap of vmap turns a vector dot product into a matrix product: a single
// dot_general, no loop. The inner vmap maps x's rows, the outer y's columns.
// RUN: numjit-opt %s '--numjit-vmap=function=dot in-axes=0,none batch-size=4' '--numjit-vmap=function=dot_vmap in-axes=none,1 batch-size=5' -canonicalize -cse | FileCheck %s

// CHECK-LABEL: func.func @dot_vmap_vmap(%arg0: tensor<4x3xf32>, %arg1: tensor<3x5xf32>) -> tensor<5x4xf32>
// CHECK-COUNT-1: numjit.dot_general
// CHECK-NOT:     numjit.dot_general
// CHECK:         return
func.func @dot(%x: tensor<3xf32>, %y: tensor<3xf32>) -> tensor<f32> {
  %0 = numjit.dot_general %x, %y, batch = [] x [], contract = [0] x [0] : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// Both operands batched: the batch dim joins the batch dims.
// RUN: numjit-opt %s '--numjit-vmap=function=bmm in-axes=0,0 batch-size=6' | FileCheck %s --check-prefix=BOTH
// BOTH-LABEL: func.func @bmm_vmap(%arg0: tensor<6x2x3xf32>, %arg1: tensor<6x3x4xf32>) -> tensor<6x2x4xf32>
// BOTH:         numjit.dot_general %arg0, %arg1, batch = [0] x [0], contract = [2] x [1]
func.func @bmm(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// A batch axis that is not first is transposed to the front on entry.
// RUN: numjit-opt %s '--numjit-vmap=function=neg in-axes=1 batch-size=3' | FileCheck %s --check-prefix=AXIS
// AXIS-LABEL: func.func @neg_vmap(%arg0: tensor<2x3xf32>) -> tensor<3x2xf32>
// AXIS-NEXT:    %[[T:.*]] = numjit.transpose %arg0, permutation = [1, 0]
// AXIS-NEXT:    numjit.neg %[[T]] : tensor<3x2xf32>
func.func @neg(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = numjit.neg %a : tensor<2xf32>
  return %0 : tensor<2xf32>
}
