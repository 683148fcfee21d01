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
