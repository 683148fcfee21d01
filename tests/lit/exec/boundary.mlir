// Kernel-boundary and empty-shape cases that once failed to compile or run.

// RUN: numjit-run %s -e empty2d --arg "[[], []]" | FileCheck %s --check-prefix=EMPTY2D
// EMPTY2D: result 0: tensor<2x0xf32> = {{\[\[\], \[\]\]}}
func.func @empty2d(%a: tensor<2x0xf32>) -> tensor<2x0xf32> {
  %0 = numjit.neg %a : tensor<2x0xf32>
  return %0 : tensor<2x0xf32>
}

// An empty result broadcast from an empty rank-1 input.
// RUN: numjit-run %s -e bcast_empty --arg "[]" | FileCheck %s --check-prefix=BCAST
// BCAST: result 0: tensor<3x0xi32> = {{\[\[\], \[\], \[\]\]}}
func.func @bcast_empty(%a: tensor<0xi32>) -> tensor<3x0xi32> {
  %0 = numjit.broadcast_in_dim %a, dims = [1] : tensor<0xi32> -> tensor<3x0xi32>
  return %0 : tensor<3x0xi32>
}

// An empty slice that starts at the end of the dimension.
// RUN: numjit-run %s -e slice_at_end --arg "[[1, 2], [3, 4]]" | FileCheck %s --check-prefix=SLICE
// SLICE: result 0: tensor<2x0xi64> = {{\[\[\], \[\]\]}}
func.func @slice_at_end(%a: tensor<2x2xi64>) -> tensor<2x0xi64> {
  %0 = numjit.slice %a, start = [0, 2], limit = [2, 2], strides = [1, 1] : tensor<2x2xi64> -> tensor<2x0xi64>
  return %0 : tensor<2x0xi64>
}

// An empty input at the end of a concatenation.
// RUN: numjit-run %s -e concat_empty_last --arg "[1.5, 2.5, 3.5]" --arg "[]" | FileCheck %s --check-prefix=CONCAT
// CONCAT: result 0: tensor<3xf64> = [1.5, 2.5, 3.5]
func.func @concat_empty_last(%a: tensor<3xf64>, %e: tensor<0xf64>) -> tensor<3xf64> {
  %0 = numjit.concatenate (%a, %e, %e), dim = 0 : (tensor<3xf64>, tensor<0xf64>, tensor<0xf64>) -> tensor<3xf64>
  return %0 : tensor<3xf64>
}

// Reduction dims need not be sorted.
// RUN: numjit-run %s -e reduce_unsorted --arg "[[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]" | FileCheck %s --check-prefix=REDUCE
// REDUCE: result 0: tensor<3xi32> = [18, 26, 34]
func.func @reduce_unsorted(%a: tensor<2x3x2xi32>) -> tensor<3xi32> {
  %0 = numjit.reduce sum %a, dims = [2, 0] : tensor<2x3x2xi32> -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// One value returned twice, and an argument returned as is.
// RUN: numjit-run %s -e twice --arg "[1.0, -2.0]" | FileCheck %s --check-prefix=TWICE
// TWICE:      result 0: tensor<2xf32> = [-1, 2]
// TWICE-NEXT: result 1: tensor<2xf32> = [-1, 2]
// TWICE-NEXT: result 2: tensor<2xf32> = [1, -2]
func.func @twice(%a: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  %0 = numjit.neg %a : tensor<2xf32>
  return %0, %0, %a : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}

// f32 sin/cos keep their accuracy away from zero (libm, not a polynomial).
// RUN: numjit-run %s -e sincos --arg "[100.0, 10000.0]" --precision 8 | FileCheck %s --check-prefix=SINCOS
// SINCOS:      result 0: tensor<2xf32> = [-0.50636566, -0.30561438]
// SINCOS-NEXT: result 1: tensor<2xf32> = [0.86231887, -0.95215535]
func.func @sincos(%a: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %0 = numjit.sin %a : tensor<2xf32>
  %1 = numjit.cos %a : tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}
