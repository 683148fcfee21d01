// RUN: numjit-opt %s --split-input-file '--numjit-vmap=function=f in-axes=0,none batch-size=7' -canonicalize -cse | FileCheck %s

// Elementwise: the unbatched operand is broadcast along the new leading
// batch dimension; the op itself just gets the batched type.
// CHECK-LABEL: func.func @f_vmap(%arg0: tensor<7x3xf32>, %arg1: tensor<3xf32>) -> tensor<7x3xf32>
// CHECK-NEXT:    %[[E:.*]] = numjit.exp %arg0 : tensor<7x3xf32>
// CHECK-NEXT:    %[[B:.*]] = numjit.broadcast_in_dim %arg1, dims = [1] : tensor<3xf32> -> tensor<7x3xf32>
// CHECK-NEXT:    %[[M:.*]] = numjit.mul %[[E]], %[[B]] : tensor<7x3xf32>
// CHECK-NEXT:    return %[[M]]
func.func @f(%x: tensor<3xf32>, %y: tensor<3xf32>) -> tensor<3xf32> {
  %0 = numjit.exp %x : tensor<3xf32>
  %1 = numjit.mul %0, %y : tensor<3xf32>
  return %1 : tensor<3xf32>
}

// -----

// Reductions and argmax shift their dims past the batch dim; an unbatched
// result is broadcast at the end.
// CHECK-LABEL: func.func @f_vmap(%arg0: tensor<7x2x3xf32>, %arg1: tensor<4xf32>) -> (tensor<7x2xf32>, tensor<7x3xi32>, tensor<7xf32>)
// CHECK-DAG:     numjit.reduce max %arg0, dims = [2] : tensor<7x2x3xf32> -> tensor<7x2xf32>
// CHECK-DAG:     numjit.argmax %arg0, dim = 1 : tensor<7x2x3xf32> -> tensor<7x3xi32>
// CHECK-DAG:     %[[S:.*]] = numjit.reduce sum %arg1, dims = [0] : tensor<4xf32> -> tensor<f32>
// CHECK-DAG:     numjit.broadcast_in_dim %[[S]], dims = [] : tensor<f32> -> tensor<7xf32>
func.func @f(%x: tensor<2x3xf32>, %y: tensor<4xf32>) -> (tensor<2xf32>, tensor<3xi32>, tensor<f32>) {
  %0 = numjit.reduce max %x, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %1 = numjit.argmax %x, dim = 0 : tensor<2x3xf32> -> tensor<3xi32>
  %2 = numjit.reduce sum %y, dims = [0] : tensor<4xf32> -> tensor<f32>
  return %0, %1, %2 : tensor<2xf32>, tensor<3xi32>, tensor<f32>
}

// -----

// dot_general with one batched operand: the batch dim is a free dim of the
// lhs (a matrix-vector product), no loop.
// CHECK-LABEL: func.func @f_vmap(%arg0: tensor<7x3xf32>, %arg1: tensor<3x4xf32>) -> tensor<7x4xf32>
// CHECK-NEXT:    %[[D:.*]] = numjit.dot_general %arg0, %arg1, batch = [] x [], contract = [1] x [0] : (tensor<7x3xf32>, tensor<3x4xf32>) -> tensor<7x4xf32>
// CHECK-NEXT:    return %[[D]]
func.func @f(%x: tensor<3xf32>, %w: tensor<3x4xf32>) -> tensor<4xf32> {
  %0 = numjit.dot_general %x, %w, batch = [] x [], contract = [0] x [0] : (tensor<3xf32>, tensor<3x4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
