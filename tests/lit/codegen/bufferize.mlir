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

// An uninitialized tensor (what an op on an empty shape folds to) that is
// both returned and the destination of another result gets a buffer of its
// own: two out-parameters, not one buffer returned twice.
// CHECK-LABEL: func.func @empty_returned_and_written(%arg0: memref<0xf64>, %arg1: memref<0xf64>, %arg2: memref<0xf64>)
// CHECK:       return
// CHECK-NEXT:  }
#map = affine_map<(d0) -> (d0)>
func.func @empty_returned_and_written(%arg0: tensor<0xf64>) -> (tensor<0xf64>, tensor<0xf64>) {
  %cst = arith.constant 2.000000e+00 : f64
  %0 = tensor.empty() : tensor<0xf64>
  %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%0 : tensor<0xf64>) outs(%0 : tensor<0xf64>) {
  ^bb0(%in: f64, %out: f64):
    %2 = arith.mulf %in, %cst : f64
    linalg.yield %2 : f64
  } -> tensor<0xf64>
  return %1, %0 : tensor<0xf64>, tensor<0xf64>
}
