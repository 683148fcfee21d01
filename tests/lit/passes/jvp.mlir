// RUN: numjit-opt %s --split-input-file '--numjit-jvp=function=f' -canonicalize -cse | FileCheck %s

// Elementwise chain y = exp(x) * x: dy = (t * exp(x)) * x + t * exp(x), in
// one forward sweep with primal and tangent interleaved (CSE shares t * e).
// CHECK-LABEL: func.func @f_jvp(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
// CHECK-NEXT:    %[[E:.*]] = numjit.exp %arg0
// CHECK-NEXT:    %[[TE:.*]] = numjit.mul %arg1, %[[E]]
// CHECK-NEXT:    %[[Y:.*]] = numjit.mul %[[E]], %arg0
// CHECK-NEXT:    %[[A:.*]] = numjit.mul %[[TE]], %arg0
// CHECK-NEXT:    %[[DY:.*]] = numjit.add %[[A]], %[[TE]]
// CHECK-NEXT:    return %[[Y]], %[[DY]]
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = numjit.exp %x : tensor<4xf32>
  %1 = numjit.mul %0, %x : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// Broadcast + sum: linear ops apply to the tangent as they are.
// CHECK-LABEL: func.func @f_jvp(%arg0: tensor<3xf32>, %arg1: tensor<2x3xf32>, %arg2: tensor<3xf32>, %arg3: tensor<2x3xf32>) -> (tensor<2xf32>, tensor<2xf32>)
// CHECK-DAG:     %[[TB:.*]] = numjit.broadcast_in_dim %arg2, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
// CHECK-DAG:     %[[TS:.*]] = numjit.add %[[TB]], %arg3
// CHECK:         %[[DY:.*]] = numjit.reduce sum %[[TS]], dims = [1]
// CHECK:         return %{{.*}}, %[[DY]]
func.func @f(%x: tensor<3xf32>, %b: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = numjit.broadcast_in_dim %x, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %1 = numjit.add %0, %b : tensor<2x3xf32>
  %2 = numjit.reduce sum %1, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  return %2 : tensor<2xf32>
}

// -----

// Matmul: the product rule, two dot_generals with the primal's dims.
// CHECK-LABEL: func.func @f_jvp
// CHECK-DAG:     %[[L:.*]] = numjit.dot_general %arg2, %arg1, batch = [] x [], contract = [1] x [0]
// CHECK-DAG:     %[[R:.*]] = numjit.dot_general %arg0, %arg3, batch = [] x [], contract = [1] x [0]
// CHECK:         %[[DY:.*]] = numjit.add %[[L]], %[[R]] : tensor<2x4xf64>
// CHECK:         return %{{.*}}, %[[DY]]
func.func @f(%a: tensor<2x3xf64>, %b: tensor<3x4xf64>) -> tensor<2x4xf64> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf64>, tensor<3x4xf64>) -> tensor<2x4xf64>
  return %0 : tensor<2x4xf64>
}

// -----

// Integer results get a zero tangent; the pass output can be transformed
// again (here: a second jvp of the first one would see only numjit ops).
// CHECK-LABEL: func.func @f_jvp(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>) -> (tensor<i32>, tensor<i32>)
// CHECK:         %[[Z:.*]] = numjit.constant dense<0> : tensor<i32>
// CHECK:         %[[A:.*]] = numjit.argmax %arg0, dim = 0
// CHECK:         return %[[A]], %[[Z]]
func.func @f(%x: tensor<4xf32>) -> tensor<i32> {
  %0 = numjit.argmax %x, dim = 0 : tensor<4xf32> -> tensor<i32>
  return %0 : tensor<i32>
}
