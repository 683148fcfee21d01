// RUN: numjit-opt %s --split-input-file '--numjit-grad=function=f' -canonicalize -cse | FileCheck %s

// Elementwise chain y = sin(x) * x: the forward pass runs once, then
// ct_x = ct * sin(x) + (ct * x) * cos(x), reusing the forward sin.
// CHECK-LABEL: func.func @f_vjp(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
// CHECK:         %[[SIN:.*]] = numjit.sin %arg0
// CHECK-NEXT:    %[[Y:.*]] = numjit.mul %[[SIN]], %arg0
// CHECK-NEXT:    %[[CX:.*]] = numjit.mul %arg1, %arg0
// CHECK-NEXT:    %[[CS:.*]] = numjit.mul %arg1, %[[SIN]]
// CHECK-NEXT:    %[[COS:.*]] = numjit.cos %arg0
// CHECK-NEXT:    %[[T:.*]] = numjit.mul %[[CX]], %[[COS]]
// CHECK-NEXT:    %[[G:.*]] = numjit.add %[[CS]], %[[T]]
// CHECK-NEXT:    return %[[Y]], %[[G]]
// CHECK-NOT:     numjit.sin
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = numjit.sin %x : tensor<4xf32>
  %1 = numjit.mul %0, %x : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// Broadcast + max-reduce: the reduction's cotangent goes to the maxima
// (ties share it), and the broadcast's transpose sums over the new dim.
// CHECK-LABEL: func.func @f_vjp(%arg0: tensor<3xf32>, %arg1: tensor<2x3xf32>, %arg2: tensor<2xf32>) -> (tensor<2xf32>, tensor<3xf32>, tensor<2x3xf32>)
// CHECK:         %[[S:.*]] = numjit.add
// CHECK:         %[[M:.*]] = numjit.reduce max %[[S]], dims = [1]
// CHECK:         %[[CB:.*]] = numjit.broadcast_in_dim %arg2, dims = [0] : tensor<2xf32> -> tensor<2x3xf32>
// CHECK:         %[[MB:.*]] = numjit.broadcast_in_dim %[[M]], dims = [0]
// CHECK:         %[[EQ:.*]] = numjit.compare eq, %[[S]], %[[MB]]
// CHECK:         %[[HIT:.*]] = numjit.convert %[[EQ]] : tensor<2x3xi1> -> tensor<2x3xf32>
// CHECK:         %[[CNT:.*]] = numjit.reduce sum %[[HIT]], dims = [1]
// CHECK:         %[[W:.*]] = numjit.div %[[HIT]],
// CHECK:         %[[CT:.*]] = numjit.mul %[[CB]], %[[W]]
// CHECK:         %[[CX:.*]] = numjit.reduce sum %[[CT]], dims = [0] : tensor<2x3xf32> -> tensor<3xf32>
// CHECK:         return %[[M]], %[[CX]], %[[CT]]
func.func @f(%x: tensor<3xf32>, %b: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = numjit.broadcast_in_dim %x, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %1 = numjit.add %0, %b : tensor<2x3xf32>
  %2 = numjit.reduce max %1, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  return %2 : tensor<2xf32>
}

// -----

// Matmul: both cotangents are dot_generals (ct @ B^T and A^T @ ct), with no
// transpose op needed.
// CHECK-LABEL: func.func @f_vjp(%arg0: tensor<2x3xf64>, %arg1: tensor<3x4xf64>, %arg2: tensor<2x4xf64>)
// CHECK-NEXT:    %[[Y:.*]] = numjit.dot_general %arg0, %arg1, batch = [] x [], contract = [1] x [0]
// CHECK-NEXT:    %[[CA:.*]] = numjit.dot_general %arg2, %arg1, batch = [] x [], contract = [1] x [1] : (tensor<2x4xf64>, tensor<3x4xf64>) -> tensor<2x3xf64>
// CHECK-NEXT:    %[[CB:.*]] = numjit.dot_general %arg0, %arg2, batch = [] x [], contract = [0] x [0] : (tensor<2x3xf64>, tensor<2x4xf64>) -> tensor<3x4xf64>
// CHECK-NEXT:    return %[[Y]], %[[CA]], %[[CB]]
func.func @f(%a: tensor<2x3xf64>, %b: tensor<3x4xf64>) -> tensor<2x4xf64> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf64>, tensor<3x4xf64>) -> tensor<2x4xf64>
  return %0 : tensor<2x4xf64>
}

// -----

// Batched matmul with the batch dims in the middle of the result layout.
// CHECK-LABEL: func.func @f_vjp(%arg0: tensor<5x2x3xf32>, %arg1: tensor<5x3x4xf32>, %arg2: tensor<5x2x4xf32>)
// CHECK:         numjit.dot_general %arg2, %arg1, batch = [0] x [0], contract = [2] x [2] : (tensor<5x2x4xf32>, tensor<5x3x4xf32>) -> tensor<5x2x3xf32>
// CHECK:         numjit.dot_general %arg0, %arg2, batch = [0] x [0], contract = [1] x [1] : (tensor<5x2x3xf32>, tensor<5x2x4xf32>) -> tensor<5x3x4xf32>
func.func @f(%a: tensor<5x2x3xf32>, %b: tensor<5x3x4xf32>) -> tensor<5x2x4xf32> {
  %0 = numjit.dot_general %a, %b, batch = [0] x [0], contract = [2] x [1] : (tensor<5x2x3xf32>, tensor<5x3x4xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

// Integer values get no cotangent; a strided slice's transpose is a pad.
// CHECK-LABEL: func.func @f_vjp(%arg0: tensor<6xf32>, %arg1: tensor<6xi32>, %arg2: tensor<3xf32>, %arg3: tensor<3xi32>)
// CHECK-SAME:      -> (tensor<3xf32>, tensor<3xi32>, tensor<6xf32>, tensor<6xi32>)
// CHECK:         %[[Z:.*]] = numjit.constant dense<0> : tensor<6xi32>
// CHECK:         %[[P:.*]] = numjit.pad %arg2, low = [1], high = [0], interior = [1] : tensor<3xf32> -> tensor<6xf32>
// CHECK:         return {{.*}}, %[[P]], %[[Z]]
func.func @f(%x: tensor<6xf32>, %i: tensor<6xi32>) -> (tensor<3xf32>, tensor<3xi32>) {
  %0 = numjit.slice %x, start = [1], limit = [6], strides = [2] : tensor<6xf32> -> tensor<3xf32>
  %1 = numjit.slice %i, start = [0], limit = [6], strides = [2] : tensor<6xi32> -> tensor<3xi32>
  return %0, %1 : tensor<3xf32>, tensor<3xi32>
}
