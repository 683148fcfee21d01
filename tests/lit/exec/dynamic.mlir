// Execution tests for dynamic sizes: a function whose arguments name their
// `?` sizes (numjit.dims) runs with the sizes given by --size, through the
// whole CPU pipeline. Each kernel runs at size 0 and at a size that is no
// multiple of a vector width.

// Elementwise with a broadcast scalar (broadcast_in_dim sizes).
// RUN: numjit-run %s -e axpy --size n=3 --arg "2.0" --arg "[1.0, 2.0, 3.0]" --arg "[10.0, 20.0, 30.0]" | FileCheck %s --check-prefix=AXPY
// AXPY: result 0: tensor<3xf32> = [12, 24, 36]
// RUN: numjit-run %s -e axpy --size n=0 --arg "2.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=AXPY0
// AXPY0: result 0: tensor<0xf32> = []
func.func @axpy(%a: tensor<f32>, %x: tensor<?xf32> {numjit.dims = ["n"]}, %y: tensor<?xf32> {numjit.dims = ["n"]})
    -> (tensor<?xf32> {numjit.dims = ["n"]}) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?xf32>
  %ab = numjit.broadcast_in_dim %a, dims = [], sizes = [%n] : tensor<f32> -> tensor<?xf32>
  %m = numjit.mul %ab, %x : tensor<?xf32>
  %r = numjit.add %m, %y : tensor<?xf32>
  return %r : tensor<?xf32>
}

// Row sums and a mean over a dynamic axis (get_dimension_size).
// RUN: numjit-run %s -e row_stats --size n=2 --arg "[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]" | FileCheck %s --check-prefix=STATS
// STATS: result 0: tensor<2xf32> = [6, 15]
// STATS-NEXT: result 1: tensor<3xf32> = [2.5, 3.5, 4.5]
func.func @row_stats(%x: tensor<?x3xf32> {numjit.dims = ["n"]}) -> (tensor<?xf32> {numjit.dims = ["n"]}, tensor<3xf32>) {
  %s = numjit.reduce sum %x, dims = [1] : tensor<?x3xf32> -> tensor<?xf32>
  %c = numjit.reduce sum %x, dims = [0] : tensor<?x3xf32> -> tensor<3xf32>
  %n = numjit.get_dimension_size %x, dim = 0 : tensor<?x3xf32>
  %nf = numjit.convert %n : tensor<i64> -> tensor<f32>
  %nb = numjit.broadcast_in_dim %nf, dims = [] : tensor<f32> -> tensor<3xf32>
  %m = numjit.div %c, %nb : tensor<3xf32>
  return %s, %m : tensor<?xf32>, tensor<3xf32>
}

// A product with a dynamic inner size, and one with dynamic outer sizes.
// RUN: numjit-run %s -e matmuls --size k=2 --size m=3 --arg "[[1.0, 2.0], [3.0, 4.0]]" --arg "[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]" | FileCheck %s --check-prefix=DOT
// DOT: result 0: tensor<2x2xf32> = {{\[\[}}5, 11], [11, 25]]
// DOT-NEXT: result 1: tensor<3x2xf32> = {{\[\[}}1, 2], [3, 4], [4, 6]]
func.func @matmuls(%a: tensor<2x?xf32> {numjit.dims = ["k"]}, %b: tensor<?x2xf32> {numjit.dims = ["m"]})
    -> (tensor<2x2xf32>, tensor<?x2xf32> {numjit.dims = ["m"]}) {
  %0 = numjit.dot_general %a, %a, batch = [] x [], contract = [1] x [1]
      : (tensor<2x?xf32>, tensor<2x?xf32>) -> tensor<2x2xf32>
  %at = numjit.transpose %a, permutation = [1, 0] : tensor<2x?xf32> -> tensor<?x2xf32>
  %1 = numjit.dot_general %b, %at, batch = [] x [], contract = [1] x [1]
      : (tensor<?x2xf32>, tensor<?x2xf32>) -> tensor<?x?xf32>
  %2 = numjit.slice %1, start = [0, 0], limit = [-9223372036854775808, -9223372036854775808], strides = [1, 1]
      : tensor<?x?xf32> -> tensor<?x?xf32>
  %c1 = arith.constant 1 : index
  %m = tensor.dim %b, %c1 : tensor<?x2xf32>
  %c0 = arith.constant 0 : index
  %rows = tensor.dim %b, %c0 : tensor<?x2xf32>
  %3 = numjit.reshape %2, sizes = [%rows] : tensor<?x?xf32> -> tensor<?x2xf32>
  return %0, %3 : tensor<2x2xf32>, tensor<?x2xf32>
}

// Shape ops on dynamic sizes: iota, reshape, concatenate along a static
// dim, a slice of the static dim, and pad. (A result's `numjit.dims` must
// name its sizes truly: the kernel writes as many elements as it computes.)
// RUN: numjit-run %s -e shapes --size n=2 --arg "[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]" | FileCheck %s --check-prefix=SHAPES
// SHAPES: result 0: tensor<2x3xf32> = {{\[\[}}0, 0, 0], [1, 1, 1]]
// SHAPES-NEXT: result 1: tensor<2x6xf32> = {{\[\[}}1, 2, 3, 0, 0, 0], [4, 5, 6, 1, 1, 1]]
// SHAPES-NEXT: result 2: tensor<2x2xf32> = {{\[\[}}2, 3], [5, 6]]
// SHAPES-NEXT: result 3: tensor<2x5xf32> = {{\[\[}}0, 1, 2, 3, 0], [0, 4, 5, 6, 0]]
// SHAPES-NEXT: result 4: tensor<2x1x3xf32> = {{\[\[\[}}1, 2, 3]], {{\[\[}}4, 5, 6]]]
// RUN: numjit-run %s -e shapes --size n=0 --arg "" | FileCheck %s --check-prefix=SHAPES0
// SHAPES0: result 1: tensor<0x6xf32> = []
// SHAPES0: result 4: tensor<0x1x3xf32> = []
func.func @shapes(%x: tensor<?x3xf32> {numjit.dims = ["n"]})
    -> (tensor<?x3xf32> {numjit.dims = ["n"]}, tensor<?x6xf32> {numjit.dims = ["n"]},
        tensor<?x2xf32> {numjit.dims = ["n"]}, tensor<?x5xf32> {numjit.dims = ["n"]},
        tensor<?x1x3xf32> {numjit.dims = ["n"]}) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x3xf32>
  %i = numjit.iota dim = 0, sizes = [%n] : tensor<?x3xf32>
  %cat = "numjit.concatenate"(%x, %i) {dim = 1 : i64} : (tensor<?x3xf32>, tensor<?x3xf32>) -> tensor<?x6xf32>
  %s = numjit.slice %x, start = [0, 1], limit = [-9223372036854775808, 3], strides = [1, 1] : tensor<?x3xf32> -> tensor<?x2xf32>
  %p = numjit.pad %x, low = [0, 1], high = [0, 1], interior = [0, 0] : tensor<?x3xf32> -> tensor<?x5xf32>
  %r = numjit.reshape %x, sizes = [%n] : tensor<?x3xf32> -> tensor<?x1x3xf32>
  return %i, %cat, %s, %p, %r : tensor<?x3xf32>, tensor<?x6xf32>, tensor<?x2xf32>, tensor<?x5xf32>, tensor<?x1x3xf32>
}

// A large full reduction over a dynamic size runs as 64 partial reductions
// in parallel when the kernel is called with a large size, and serially
// when with a small one: both give the full result.
// RUN: numjit-run %s -e full_reductions --size n=100003 --arg "0.5" | FileCheck %s --check-prefix=FULL
// FULL: result 0: tensor<f32> = 50001.5
// FULL-NEXT: result 1: tensor<f32> = 0.5
// RUN: numjit-run %s -e full_reductions --size n=3 --arg "[1.0, 4.0, 2.0]" | FileCheck %s --check-prefix=FULL3
// FULL3: result 0: tensor<f32> = 7
// FULL3-NEXT: result 1: tensor<f32> = 4
func.func @full_reductions(%x: tensor<?xf32> {numjit.dims = ["n"]}) -> (tensor<f32>, tensor<f32>) {
  %s = numjit.reduce sum %x, dims = [0] : tensor<?xf32> -> tensor<f32>
  %m = numjit.reduce max %x, dims = [0] : tensor<?xf32> -> tensor<f32>
  return %s, %m : tensor<f32>, tensor<f32>
}
