// RUN: numjit-opt %s --split-input-file --numjit-split-reduction | FileCheck %s

// 2^20 elements summed: 64 partial sums over contiguous parts (outer loop
// parallel), then their sum combined with the original init.
// CHECK-LABEL: func.func @sum
// CHECK:       %[[X:.*]] = tensor.expand_shape %arg0 {{\[\[}}0, 1]] output_shape [64, 16384]
// CHECK:       %[[P:.*]] = linalg.fill
// CHECK:       %[[PART:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[X]] : tensor<64x16384xf32>) outs(%[[P]] : tensor<64xf32>)
// CHECK:       linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%[[PART]] : tensor<64xf32>) outs(%arg1 : tensor<f32>)
#in = affine_map<(d0) -> (d0)>
#out = affine_map<(d0) -> ()>
func.func @sum(%x: tensor<1048576xf32>, %init: tensor<f32>) -> tensor<f32> {
  %0 = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["reduction"]}
      ins(%x : tensor<1048576xf32>) outs(%init : tensor<f32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o fastmath<reassoc> : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// Not split: a length no power of two divides (2^16 + 1), a small one, and
// a reduction that already has a parallel loop.
// CHECK-LABEL: func.func @kept
// CHECK-NOT:   tensor.expand_shape
// CHECK-COUNT-3: linalg.generic
// CHECK-NOT:   linalg.generic
#in = affine_map<(d0) -> (d0)>
#out = affine_map<(d0) -> ()>
#rows = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @kept(%x: tensor<65537xf32>, %y: tensor<1024xf32>, %z: tensor<512x512xf32>, %i: tensor<f32>, %r: tensor<512xf32>) -> (tensor<f32>, tensor<f32>, tensor<512xf32>) {
  %0 = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["reduction"]}
      ins(%x : tensor<65537xf32>) outs(%i : tensor<f32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  %1 = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["reduction"]}
      ins(%y : tensor<1024xf32>) outs(%i : tensor<f32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  %2 = linalg.generic {indexing_maps = [#rows, #row], iterator_types = ["parallel", "reduction"]}
      ins(%z : tensor<512x512xf32>) outs(%r : tensor<512xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  } -> tensor<512xf32>
  return %0, %1, %2 : tensor<f32>, tensor<f32>, tensor<512xf32>
}
