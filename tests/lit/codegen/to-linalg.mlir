// RUN: numjit-opt %s --convert-numjit-to-linalg --split-input-file | FileCheck %s

// Elementwise ops become one linalg.generic each, with the scalar body.
// CHECK-LABEL: func.func @elementwise
// CHECK:       %[[E0:.*]] = tensor.empty() : tensor<4xf32>
// CHECK:       linalg.generic {{.*}}iterator_types = ["parallel"]{{.*}} ins(%arg0, %arg1 : tensor<4xf32>, tensor<4xf32>) outs(%[[E0]] : tensor<4xf32>)
// CHECK:         arith.mulf
// CHECK:       linalg.generic
// CHECK:         math.tanh
// CHECK-NOT:   numjit.
func.func @elementwise(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = numjit.mul %a, %b : tensor<4xf32>
  %1 = numjit.tanh %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// A reduction becomes a fill of the identity plus a linalg.generic with a
// reduction iterator (so that producers can fuse into it).
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @reduce_max
// CHECK:       %[[INIT:.*]] = arith.constant 0xFF800000 : f32
// CHECK:       %[[FILL:.*]] = linalg.fill ins(%[[INIT]] : f32)
// CHECK:       linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction"]} ins(%arg0 : tensor<3x4xf32>) outs(%[[FILL]] : tensor<3xf32>)
// CHECK:         arith.maximumf
func.func @reduce_max(%a: tensor<3x4xf32>) -> tensor<3xf32> {
  %0 = numjit.reduce max %a, dims = [1] : tensor<3x4xf32> -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// broadcast_in_dim reads its operand through a projected indexing map.
// CHECK-DAG:   #[[IN:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @broadcast
// CHECK:       linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]]
func.func @broadcast(%a: tensor<4xf32>) -> tensor<3x4xf32> {
  %0 = numjit.broadcast_in_dim %a, dims = [1] : tensor<4xf32> -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// dot_general contracts in one linalg.generic with a reduction iterator; the
// sum may be reassociated (vectorized) and contracted into FMAs.
// CHECK-LABEL: func.func @matmul
// CHECK:       linalg.fill
// CHECK:       linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction"]
// CHECK:         arith.mulf {{.*}} fastmath<reassoc,contract>
// CHECK:         arith.addf {{.*}} fastmath<reassoc,contract>
func.func @matmul(%a: tensor<2x3xf32>, %b: tensor<3x5xf32>) -> tensor<2x5xf32> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}
