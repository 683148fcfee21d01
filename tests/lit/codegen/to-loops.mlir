// RUN: numjit-opt %s --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize --numjit-lower-to-loops | FileCheck %s

// linalg becomes scf loops; f32 tanh becomes a polynomial (no libm call).
// CHECK-LABEL: func.func @f
// CHECK-NOT:   linalg.
// CHECK:       scf.for %[[I:.*]] = %c0 to %c4 step %c1
// CHECK:         memref.load %arg0[%[[I]]]
// CHECK-NOT:     math.tanh
// CHECK:         math.fma
// CHECK:         memref.store {{.*}}, %arg1[%[[I]]]
func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = numjit.tanh %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// A matmul's loops run i, k, j: the innermost loop walks a row of B and of
// the output contiguously (vectorizable), not a column of B; A[i, k] is
// loaded once per k (numjit-hoist-invariant-loads), not once per j.
// RUN: numjit-opt %s --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize --numjit-lower-to-loops | FileCheck %s --check-prefix=MM
// MM-LABEL: func.func @mm
// MM:       memref.store %cst
// MM:       scf.for %[[I:.*]] = %c0 to %c2 step %c1
// MM-NEXT:    scf.for %[[K:.*]] = %c0 to %c3 step %c1
// MM-NEXT:      memref.load %arg0[%[[I]], %[[K]]]
// MM-NEXT:      scf.for %[[J:.*]] = %c0 to %c4 step %c1
// MM-NOT:         memref.load %arg0
// MM:             memref.load %arg1[%[[K]], %[[J]]]
func.func @mm(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}
