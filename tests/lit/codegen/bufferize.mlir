// RUN: numjit-opt %s --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize | FileCheck %s

// Tensors become memrefs and the result becomes an out-parameter written in
// place: no allocation for the result, no copy.
// CHECK-LABEL: func.func @f(%arg0: memref<4xf32>, %arg1: memref<4xf32>, %arg2: memref<4xf32>)
// CHECK-NOT:   memref.alloc
// CHECK:       linalg.generic {{.*}} ins(%arg0, %arg1 : memref<4xf32>, memref<4xf32>) outs(%arg2 : memref<4xf32>)
// CHECK-NOT:   memref.copy
// CHECK:       return
// CHECK-NOT:   tensor<
func.func @f(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = numjit.add %a, %b : tensor<4xf32>
  %1 = numjit.tanh %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}
