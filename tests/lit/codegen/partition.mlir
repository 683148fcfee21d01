// RUN: numjit-opt %s --numjit-lower-to-linalg --numjit-fuse | FileCheck %s

// Rows of A split over 2 ranks, B whole, the product whole: each rank
// multiplies its 4 rows, and the blocks are gathered (stacked, then merged
// into the row dimension).
// CHECK-LABEL: func.func @matmul_rows
// CHECK-SAME:    (%{{.*}}: tensor<4x6xf32>, %{{.*}}: tensor<6x5xf32>) -> tensor<8x5xf32>
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<4x5xf32>)
// CHECK:         %[[G:.*]] = numjit.all_gather %{{.*}}, group_size = 2, rank = 1 : tensor<4x5xf32> -> tensor<2x4x5xf32>
// CHECK:         tensor.collapse_shape %[[G]] {{\[\[}}0, 1], [2]] : tensor<2x4x5xf32> into tensor<8x5xf32>
// CHECK-NOT:     numjit.mesh
func.func @matmul_rows(%a: tensor<8x6xf32>, %b: tensor<6x5xf32>) -> tensor<8x5xf32>
    attributes {numjit.mesh = array<i64: 2, 1>, numjit.shard_in = array<i64: 0, -1>,
                numjit.shard_out = array<i64: -1>} {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<8x6xf32>, tensor<6x5xf32>) -> tensor<8x5xf32>
  return %0 : tensor<8x5xf32>
}

// A sum over split rows: a local sum (its initial zero only on rank 0,
// which is this rank), then an all-reduce of the partial sums.
// CHECK-LABEL: func.func @sum_rows
// CHECK-SAME:    (%{{.*}}: tensor<2x3xf32>) -> tensor<f32>
// CHECK:         %[[P:.*]] = linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]
// CHECK:         numjit.all_reduce sum %[[P]], group_size = 4 : tensor<f32>
// CHECK-NOT:     numjit.all_gather
func.func @sum_rows(%x: tensor<8x3xf32>) -> tensor<f32>
    attributes {numjit.mesh = array<i64: 4, 0>, numjit.shard_in = array<i64: 0>,
                numjit.shard_out = array<i64: -1>} {
  %0 = numjit.exp %x : tensor<8x3xf32>
  %1 = numjit.reduce sum %0, dims = [0, 1] : tensor<8x3xf32> -> tensor<f32>
  return %1 : tensor<f32>
}

// Replicated in, split out: each rank keeps its block of columns.
// CHECK-LABEL: func.func @split_result
// CHECK-SAME:    (%{{.*}}: tensor<2x6xf32>) -> tensor<2x3xf32>
// CHECK:         tensor.extract_slice %{{.*}}[0, 3] [2, 3] [1, 1]
func.func @split_result(%x: tensor<2x6xf32>) -> tensor<2x6xf32>
    attributes {numjit.mesh = array<i64: 2, 1>, numjit.shard_in = array<i64: -1>,
                numjit.shard_out = array<i64: 1>} {
  %0 = numjit.neg %x : tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// Without numjit.mesh nothing changes.
// CHECK-LABEL: func.func @unsharded
// CHECK-SAME:    (%{{.*}}: tensor<8xf32>) -> tensor<8xf32>
// CHECK-NOT:     numjit.all_
func.func @unsharded(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = numjit.neg %x : tensor<8xf32>
  return %0 : tensor<8xf32>
}
