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
