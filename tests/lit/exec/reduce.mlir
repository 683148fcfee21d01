// Execution tests: numjit.reduce (sum, prod, max, min) on f32, f64, i32 and
// i64 over one dimension, several, all (to rank 0), none (a rank-0 input),
// and empty dimensions, which give the identity: 0, 1, -inf / INT_MIN for
// max, +inf / INT_MAX for min. Float max/min propagate nan; integer sums and
// products wrap. Inputs are small exact values, so every order of summation
// gives the same result.
// Not checked (reported bug, fails to compile): dims not in increasing
// order, e.g. dims = [2, 0].

// RUN: numjit-run %s -e reduce_sum_f32 --arg "[[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]" --arg "[[[1.0, -2.0], [0.5, 3.0], [-1.5, 2.0]], [[0.25, 4.0], [-1.0, 1.5], [2.0, -0.5]]]" --arg "-6.5" --arg "[]" --arg "[3.0000000054977558e+38, 3.0000000054977558e+38, -1.0]" | FileCheck %s --check-prefix=REDUCE_SUM_F32 --match-full-lines
// REDUCE_SUM_F32: result 0: tensor<2xf32> = [3.5, 2.25]
// REDUCE_SUM_F32-NEXT: result 1: tensor<3xf32> = [1.75, 1, 3]
// REDUCE_SUM_F32-NEXT: result 2: tensor<f32> = 5.75
// REDUCE_SUM_F32-NEXT: result 3: tensor<3xf32> = [3.25, 4, 2]
// REDUCE_SUM_F32-NEXT: result 4: tensor<2x2xf32> = {{\[\[}}0, 3], [1.25, 5]]
// REDUCE_SUM_F32-NEXT: result 5: tensor<f32> = 9.25
// REDUCE_SUM_F32-NEXT: result 6: tensor<f32> = -6.5
// REDUCE_SUM_F32-NEXT: result 7: tensor<f32> = 0
// REDUCE_SUM_F32-NEXT: result 8: tensor<f32> = inf
// REDUCE_SUM_F32-NEXT: result 9: tensor<3xf32> = [0, 0, 0]
// REDUCE_SUM_F32-NEXT: result 10: tensor<0xf32> = []
// REDUCE_SUM_F32-NEXT: result 11: tensor<f32> = 0
func.func @reduce_sum_f32(%a0: tensor<2x3xf32>, %a1: tensor<2x3x2xf32>, %a2: tensor<f32>, %a3: tensor<0xf32>, %a4: tensor<3xf32>) -> (tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3xf32>, tensor<0xf32>, tensor<f32>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %r1 = numjit.reduce sum %a0, dims = [0] : tensor<2x3xf32> -> tensor<3xf32>
  %r2 = numjit.reduce sum %a0, dims = [0, 1] : tensor<2x3xf32> -> tensor<f32>
  %r3 = numjit.reduce sum %a1, dims = [0, 2] : tensor<2x3x2xf32> -> tensor<3xf32>
  %r4 = numjit.reduce sum %a1, dims = [1] : tensor<2x3x2xf32> -> tensor<2x2xf32>
  %r5 = numjit.reduce sum %a1, dims = [0, 1, 2] : tensor<2x3x2xf32> -> tensor<f32>
  %r6 = numjit.reduce sum %a2, dims = [] : tensor<f32> -> tensor<f32>
  %r7 = numjit.reduce sum %a3, dims = [0] : tensor<0xf32> -> tensor<f32>
  %r8 = numjit.reduce sum %a4, dims = [0] : tensor<3xf32> -> tensor<f32>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xf32> -> tensor<3x0xf32>
  %r9 = numjit.reduce sum %z, dims = [1] : tensor<3x0xf32> -> tensor<3xf32>
  %r10 = numjit.reduce sum %z, dims = [0] : tensor<3x0xf32> -> tensor<0xf32>
  %r11 = numjit.reduce sum %z, dims = [0, 1] : tensor<3x0xf32> -> tensor<f32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3xf32>, tensor<0xf32>, tensor<f32>
}

// RUN: numjit-run %s -e reduce_prod_f32 --arg "[[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]" --arg "[[[1.0, -2.0], [0.5, 3.0], [-1.5, 2.0]], [[0.25, 4.0], [-1.0, 1.5], [2.0, -0.5]]]" --arg "-6.5" --arg "[]" --arg "[1.0000000150474662e+30, 1.0000000150474662e+30, -1.0]" | FileCheck %s --check-prefix=REDUCE_PROD_F32 --match-full-lines
// REDUCE_PROD_F32: result 0: tensor<2xf32> = [-12, -0.75]
// REDUCE_PROD_F32-NEXT: result 1: tensor<3xf32> = [0.375, -6, -4]
// REDUCE_PROD_F32-NEXT: result 2: tensor<f32> = 9
// REDUCE_PROD_F32-NEXT: result 3: tensor<3xf32> = [-2, -2.25, 3]
// REDUCE_PROD_F32-NEXT: result 4: tensor<2x2xf32> = {{\[\[}}-0.75, -12], [-0.5, -3]]
// REDUCE_PROD_F32-NEXT: result 5: tensor<f32> = 13.5
// REDUCE_PROD_F32-NEXT: result 6: tensor<f32> = -6.5
// REDUCE_PROD_F32-NEXT: result 7: tensor<f32> = 1
// REDUCE_PROD_F32-NEXT: result 8: tensor<f32> = -inf
// REDUCE_PROD_F32-NEXT: result 9: tensor<3xf32> = [1, 1, 1]
// REDUCE_PROD_F32-NEXT: result 10: tensor<0xf32> = []
// REDUCE_PROD_F32-NEXT: result 11: tensor<f32> = 1
func.func @reduce_prod_f32(%a0: tensor<2x3xf32>, %a1: tensor<2x3x2xf32>, %a2: tensor<f32>, %a3: tensor<0xf32>, %a4: tensor<3xf32>) -> (tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3xf32>, tensor<0xf32>, tensor<f32>) {
  %r0 = numjit.reduce prod %a0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %r1 = numjit.reduce prod %a0, dims = [0] : tensor<2x3xf32> -> tensor<3xf32>
  %r2 = numjit.reduce prod %a0, dims = [0, 1] : tensor<2x3xf32> -> tensor<f32>
  %r3 = numjit.reduce prod %a1, dims = [0, 2] : tensor<2x3x2xf32> -> tensor<3xf32>
  %r4 = numjit.reduce prod %a1, dims = [1] : tensor<2x3x2xf32> -> tensor<2x2xf32>
  %r5 = numjit.reduce prod %a1, dims = [0, 1, 2] : tensor<2x3x2xf32> -> tensor<f32>
  %r6 = numjit.reduce prod %a2, dims = [] : tensor<f32> -> tensor<f32>
  %r7 = numjit.reduce prod %a3, dims = [0] : tensor<0xf32> -> tensor<f32>
  %r8 = numjit.reduce prod %a4, dims = [0] : tensor<3xf32> -> tensor<f32>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xf32> -> tensor<3x0xf32>
  %r9 = numjit.reduce prod %z, dims = [1] : tensor<3x0xf32> -> tensor<3xf32>
  %r10 = numjit.reduce prod %z, dims = [0] : tensor<3x0xf32> -> tensor<0xf32>
  %r11 = numjit.reduce prod %z, dims = [0, 1] : tensor<3x0xf32> -> tensor<f32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3xf32>, tensor<0xf32>, tensor<f32>
}

// RUN: numjit-run %s -e reduce_max_f32 --arg "[[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]" --arg "[[[1.0, -2.0], [0.5, 3.0], [-1.5, 2.0]], [[0.25, 4.0], [-1.0, 1.5], [2.0, -0.5]]]" --arg "-6.5" --arg "[]" --arg "[3.0000000054977558e+38, 3.0000000054977558e+38, -1.0]" | FileCheck %s --check-prefix=REDUCE_MAX_F32 --match-full-lines
// REDUCE_MAX_F32: result 0: tensor<2xf32> = [4, 3]
// REDUCE_MAX_F32-NEXT: result 1: tensor<3xf32> = [1.5, 3, 4]
// REDUCE_MAX_F32-NEXT: result 2: tensor<f32> = 4
// REDUCE_MAX_F32-NEXT: result 3: tensor<3xf32> = [4, 3, 2]
// REDUCE_MAX_F32-NEXT: result 4: tensor<2x2xf32> = {{\[\[}}1, 3], [2, 4]]
// REDUCE_MAX_F32-NEXT: result 5: tensor<f32> = 4
// REDUCE_MAX_F32-NEXT: result 6: tensor<f32> = -6.5
// REDUCE_MAX_F32-NEXT: result 7: tensor<f32> = -inf
// REDUCE_MAX_F32-NEXT: result 8: tensor<f32> = 3e+38
// REDUCE_MAX_F32-NEXT: result 9: tensor<3xf32> = [-inf, -inf, -inf]
// REDUCE_MAX_F32-NEXT: result 10: tensor<0xf32> = []
// REDUCE_MAX_F32-NEXT: result 11: tensor<f32> = -inf
func.func @reduce_max_f32(%a0: tensor<2x3xf32>, %a1: tensor<2x3x2xf32>, %a2: tensor<f32>, %a3: tensor<0xf32>, %a4: tensor<3xf32>) -> (tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3xf32>, tensor<0xf32>, tensor<f32>) {
  %r0 = numjit.reduce max %a0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %r1 = numjit.reduce max %a0, dims = [0] : tensor<2x3xf32> -> tensor<3xf32>
  %r2 = numjit.reduce max %a0, dims = [0, 1] : tensor<2x3xf32> -> tensor<f32>
  %r3 = numjit.reduce max %a1, dims = [0, 2] : tensor<2x3x2xf32> -> tensor<3xf32>
  %r4 = numjit.reduce max %a1, dims = [1] : tensor<2x3x2xf32> -> tensor<2x2xf32>
  %r5 = numjit.reduce max %a1, dims = [0, 1, 2] : tensor<2x3x2xf32> -> tensor<f32>
  %r6 = numjit.reduce max %a2, dims = [] : tensor<f32> -> tensor<f32>
  %r7 = numjit.reduce max %a3, dims = [0] : tensor<0xf32> -> tensor<f32>
  %r8 = numjit.reduce max %a4, dims = [0] : tensor<3xf32> -> tensor<f32>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xf32> -> tensor<3x0xf32>
  %r9 = numjit.reduce max %z, dims = [1] : tensor<3x0xf32> -> tensor<3xf32>
  %r10 = numjit.reduce max %z, dims = [0] : tensor<3x0xf32> -> tensor<0xf32>
  %r11 = numjit.reduce max %z, dims = [0, 1] : tensor<3x0xf32> -> tensor<f32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3xf32>, tensor<0xf32>, tensor<f32>
}

// RUN: numjit-run %s -e reduce_min_f32 --arg "[[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]" --arg "[[[1.0, -2.0], [0.5, 3.0], [-1.5, 2.0]], [[0.25, 4.0], [-1.0, 1.5], [2.0, -0.5]]]" --arg "-6.5" --arg "[]" --arg "[3.0000000054977558e+38, 3.0000000054977558e+38, -1.0]" | FileCheck %s --check-prefix=REDUCE_MIN_F32 --match-full-lines
// REDUCE_MIN_F32: result 0: tensor<2xf32> = [-2, -1]
// REDUCE_MIN_F32-NEXT: result 1: tensor<3xf32> = [0.25, -2, -1]
// REDUCE_MIN_F32-NEXT: result 2: tensor<f32> = -2
// REDUCE_MIN_F32-NEXT: result 3: tensor<3xf32> = [-2, -1, -1.5]
// REDUCE_MIN_F32-NEXT: result 4: tensor<2x2xf32> = {{\[\[}}-1.5, -2], [-1, -0.5]]
// REDUCE_MIN_F32-NEXT: result 5: tensor<f32> = -2
// REDUCE_MIN_F32-NEXT: result 6: tensor<f32> = -6.5
// REDUCE_MIN_F32-NEXT: result 7: tensor<f32> = inf
// REDUCE_MIN_F32-NEXT: result 8: tensor<f32> = -1
// REDUCE_MIN_F32-NEXT: result 9: tensor<3xf32> = [inf, inf, inf]
// REDUCE_MIN_F32-NEXT: result 10: tensor<0xf32> = []
// REDUCE_MIN_F32-NEXT: result 11: tensor<f32> = inf
func.func @reduce_min_f32(%a0: tensor<2x3xf32>, %a1: tensor<2x3x2xf32>, %a2: tensor<f32>, %a3: tensor<0xf32>, %a4: tensor<3xf32>) -> (tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3xf32>, tensor<0xf32>, tensor<f32>) {
  %r0 = numjit.reduce min %a0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %r1 = numjit.reduce min %a0, dims = [0] : tensor<2x3xf32> -> tensor<3xf32>
  %r2 = numjit.reduce min %a0, dims = [0, 1] : tensor<2x3xf32> -> tensor<f32>
  %r3 = numjit.reduce min %a1, dims = [0, 2] : tensor<2x3x2xf32> -> tensor<3xf32>
  %r4 = numjit.reduce min %a1, dims = [1] : tensor<2x3x2xf32> -> tensor<2x2xf32>
  %r5 = numjit.reduce min %a1, dims = [0, 1, 2] : tensor<2x3x2xf32> -> tensor<f32>
  %r6 = numjit.reduce min %a2, dims = [] : tensor<f32> -> tensor<f32>
  %r7 = numjit.reduce min %a3, dims = [0] : tensor<0xf32> -> tensor<f32>
  %r8 = numjit.reduce min %a4, dims = [0] : tensor<3xf32> -> tensor<f32>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xf32> -> tensor<3x0xf32>
  %r9 = numjit.reduce min %z, dims = [1] : tensor<3x0xf32> -> tensor<3xf32>
  %r10 = numjit.reduce min %z, dims = [0] : tensor<3x0xf32> -> tensor<0xf32>
  %r11 = numjit.reduce min %z, dims = [0, 1] : tensor<3x0xf32> -> tensor<f32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3xf32>, tensor<0xf32>, tensor<f32>
}

// RUN: numjit-run %s -e reduce_sum_f64 --arg "[[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]" --arg "[[[1.0, -2.0], [0.5, 3.0], [-1.5, 2.0]], [[0.25, 4.0], [-1.0, 1.5], [2.0, -0.5]]]" --arg "-6.5" --arg "[]" --arg "[3.0e+38, 3.0e+38, -1.0]" | FileCheck %s --check-prefix=REDUCE_SUM_F64 --match-full-lines
// REDUCE_SUM_F64: result 0: tensor<2xf64> = [3.5, 2.25]
// REDUCE_SUM_F64-NEXT: result 1: tensor<3xf64> = [1.75, 1, 3]
// REDUCE_SUM_F64-NEXT: result 2: tensor<f64> = 5.75
// REDUCE_SUM_F64-NEXT: result 3: tensor<3xf64> = [3.25, 4, 2]
// REDUCE_SUM_F64-NEXT: result 4: tensor<2x2xf64> = {{\[\[}}0, 3], [1.25, 5]]
// REDUCE_SUM_F64-NEXT: result 5: tensor<f64> = 9.25
// REDUCE_SUM_F64-NEXT: result 6: tensor<f64> = -6.5
// REDUCE_SUM_F64-NEXT: result 7: tensor<f64> = 0
// REDUCE_SUM_F64-NEXT: result 8: tensor<f64> = 6e+38
// REDUCE_SUM_F64-NEXT: result 9: tensor<3xf64> = [0, 0, 0]
// REDUCE_SUM_F64-NEXT: result 10: tensor<0xf64> = []
// REDUCE_SUM_F64-NEXT: result 11: tensor<f64> = 0
func.func @reduce_sum_f64(%a0: tensor<2x3xf64>, %a1: tensor<2x3x2xf64>, %a2: tensor<f64>, %a3: tensor<0xf64>, %a4: tensor<3xf64>) -> (tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<2x2xf64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<3xf64>, tensor<0xf64>, tensor<f64>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<2x3xf64> -> tensor<2xf64>
  %r1 = numjit.reduce sum %a0, dims = [0] : tensor<2x3xf64> -> tensor<3xf64>
  %r2 = numjit.reduce sum %a0, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %r3 = numjit.reduce sum %a1, dims = [0, 2] : tensor<2x3x2xf64> -> tensor<3xf64>
  %r4 = numjit.reduce sum %a1, dims = [1] : tensor<2x3x2xf64> -> tensor<2x2xf64>
  %r5 = numjit.reduce sum %a1, dims = [0, 1, 2] : tensor<2x3x2xf64> -> tensor<f64>
  %r6 = numjit.reduce sum %a2, dims = [] : tensor<f64> -> tensor<f64>
  %r7 = numjit.reduce sum %a3, dims = [0] : tensor<0xf64> -> tensor<f64>
  %r8 = numjit.reduce sum %a4, dims = [0] : tensor<3xf64> -> tensor<f64>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xf64> -> tensor<3x0xf64>
  %r9 = numjit.reduce sum %z, dims = [1] : tensor<3x0xf64> -> tensor<3xf64>
  %r10 = numjit.reduce sum %z, dims = [0] : tensor<3x0xf64> -> tensor<0xf64>
  %r11 = numjit.reduce sum %z, dims = [0, 1] : tensor<3x0xf64> -> tensor<f64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<2x2xf64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<3xf64>, tensor<0xf64>, tensor<f64>
}

// RUN: numjit-run %s -e reduce_prod_f64 --arg "[[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]" --arg "[[[1.0, -2.0], [0.5, 3.0], [-1.5, 2.0]], [[0.25, 4.0], [-1.0, 1.5], [2.0, -0.5]]]" --arg "-6.5" --arg "[]" --arg "[1.0e+30, 1.0e+30, -1.0]" | FileCheck %s --check-prefix=REDUCE_PROD_F64 --match-full-lines
// REDUCE_PROD_F64: result 0: tensor<2xf64> = [-12, -0.75]
// REDUCE_PROD_F64-NEXT: result 1: tensor<3xf64> = [0.375, -6, -4]
// REDUCE_PROD_F64-NEXT: result 2: tensor<f64> = 9
// REDUCE_PROD_F64-NEXT: result 3: tensor<3xf64> = [-2, -2.25, 3]
// REDUCE_PROD_F64-NEXT: result 4: tensor<2x2xf64> = {{\[\[}}-0.75, -12], [-0.5, -3]]
// REDUCE_PROD_F64-NEXT: result 5: tensor<f64> = 13.5
// REDUCE_PROD_F64-NEXT: result 6: tensor<f64> = -6.5
// REDUCE_PROD_F64-NEXT: result 7: tensor<f64> = 1
// REDUCE_PROD_F64-NEXT: result 8: tensor<f64> = -1e+60
// REDUCE_PROD_F64-NEXT: result 9: tensor<3xf64> = [1, 1, 1]
// REDUCE_PROD_F64-NEXT: result 10: tensor<0xf64> = []
// REDUCE_PROD_F64-NEXT: result 11: tensor<f64> = 1
func.func @reduce_prod_f64(%a0: tensor<2x3xf64>, %a1: tensor<2x3x2xf64>, %a2: tensor<f64>, %a3: tensor<0xf64>, %a4: tensor<3xf64>) -> (tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<2x2xf64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<3xf64>, tensor<0xf64>, tensor<f64>) {
  %r0 = numjit.reduce prod %a0, dims = [1] : tensor<2x3xf64> -> tensor<2xf64>
  %r1 = numjit.reduce prod %a0, dims = [0] : tensor<2x3xf64> -> tensor<3xf64>
  %r2 = numjit.reduce prod %a0, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %r3 = numjit.reduce prod %a1, dims = [0, 2] : tensor<2x3x2xf64> -> tensor<3xf64>
  %r4 = numjit.reduce prod %a1, dims = [1] : tensor<2x3x2xf64> -> tensor<2x2xf64>
  %r5 = numjit.reduce prod %a1, dims = [0, 1, 2] : tensor<2x3x2xf64> -> tensor<f64>
  %r6 = numjit.reduce prod %a2, dims = [] : tensor<f64> -> tensor<f64>
  %r7 = numjit.reduce prod %a3, dims = [0] : tensor<0xf64> -> tensor<f64>
  %r8 = numjit.reduce prod %a4, dims = [0] : tensor<3xf64> -> tensor<f64>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xf64> -> tensor<3x0xf64>
  %r9 = numjit.reduce prod %z, dims = [1] : tensor<3x0xf64> -> tensor<3xf64>
  %r10 = numjit.reduce prod %z, dims = [0] : tensor<3x0xf64> -> tensor<0xf64>
  %r11 = numjit.reduce prod %z, dims = [0, 1] : tensor<3x0xf64> -> tensor<f64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<2x2xf64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<3xf64>, tensor<0xf64>, tensor<f64>
}

// RUN: numjit-run %s -e reduce_max_f64 --arg "[[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]" --arg "[[[1.0, -2.0], [0.5, 3.0], [-1.5, 2.0]], [[0.25, 4.0], [-1.0, 1.5], [2.0, -0.5]]]" --arg "-6.5" --arg "[]" --arg "[3.0e+38, 3.0e+38, -1.0]" | FileCheck %s --check-prefix=REDUCE_MAX_F64 --match-full-lines
// REDUCE_MAX_F64: result 0: tensor<2xf64> = [4, 3]
// REDUCE_MAX_F64-NEXT: result 1: tensor<3xf64> = [1.5, 3, 4]
// REDUCE_MAX_F64-NEXT: result 2: tensor<f64> = 4
// REDUCE_MAX_F64-NEXT: result 3: tensor<3xf64> = [4, 3, 2]
// REDUCE_MAX_F64-NEXT: result 4: tensor<2x2xf64> = {{\[\[}}1, 3], [2, 4]]
// REDUCE_MAX_F64-NEXT: result 5: tensor<f64> = 4
// REDUCE_MAX_F64-NEXT: result 6: tensor<f64> = -6.5
// REDUCE_MAX_F64-NEXT: result 7: tensor<f64> = -inf
// REDUCE_MAX_F64-NEXT: result 8: tensor<f64> = 3e+38
// REDUCE_MAX_F64-NEXT: result 9: tensor<3xf64> = [-inf, -inf, -inf]
// REDUCE_MAX_F64-NEXT: result 10: tensor<0xf64> = []
// REDUCE_MAX_F64-NEXT: result 11: tensor<f64> = -inf
func.func @reduce_max_f64(%a0: tensor<2x3xf64>, %a1: tensor<2x3x2xf64>, %a2: tensor<f64>, %a3: tensor<0xf64>, %a4: tensor<3xf64>) -> (tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<2x2xf64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<3xf64>, tensor<0xf64>, tensor<f64>) {
  %r0 = numjit.reduce max %a0, dims = [1] : tensor<2x3xf64> -> tensor<2xf64>
  %r1 = numjit.reduce max %a0, dims = [0] : tensor<2x3xf64> -> tensor<3xf64>
  %r2 = numjit.reduce max %a0, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %r3 = numjit.reduce max %a1, dims = [0, 2] : tensor<2x3x2xf64> -> tensor<3xf64>
  %r4 = numjit.reduce max %a1, dims = [1] : tensor<2x3x2xf64> -> tensor<2x2xf64>
  %r5 = numjit.reduce max %a1, dims = [0, 1, 2] : tensor<2x3x2xf64> -> tensor<f64>
  %r6 = numjit.reduce max %a2, dims = [] : tensor<f64> -> tensor<f64>
  %r7 = numjit.reduce max %a3, dims = [0] : tensor<0xf64> -> tensor<f64>
  %r8 = numjit.reduce max %a4, dims = [0] : tensor<3xf64> -> tensor<f64>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xf64> -> tensor<3x0xf64>
  %r9 = numjit.reduce max %z, dims = [1] : tensor<3x0xf64> -> tensor<3xf64>
  %r10 = numjit.reduce max %z, dims = [0] : tensor<3x0xf64> -> tensor<0xf64>
  %r11 = numjit.reduce max %z, dims = [0, 1] : tensor<3x0xf64> -> tensor<f64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<2x2xf64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<3xf64>, tensor<0xf64>, tensor<f64>
}

// RUN: numjit-run %s -e reduce_min_f64 --arg "[[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]" --arg "[[[1.0, -2.0], [0.5, 3.0], [-1.5, 2.0]], [[0.25, 4.0], [-1.0, 1.5], [2.0, -0.5]]]" --arg "-6.5" --arg "[]" --arg "[3.0e+38, 3.0e+38, -1.0]" | FileCheck %s --check-prefix=REDUCE_MIN_F64 --match-full-lines
// REDUCE_MIN_F64: result 0: tensor<2xf64> = [-2, -1]
// REDUCE_MIN_F64-NEXT: result 1: tensor<3xf64> = [0.25, -2, -1]
// REDUCE_MIN_F64-NEXT: result 2: tensor<f64> = -2
// REDUCE_MIN_F64-NEXT: result 3: tensor<3xf64> = [-2, -1, -1.5]
// REDUCE_MIN_F64-NEXT: result 4: tensor<2x2xf64> = {{\[\[}}-1.5, -2], [-1, -0.5]]
// REDUCE_MIN_F64-NEXT: result 5: tensor<f64> = -2
// REDUCE_MIN_F64-NEXT: result 6: tensor<f64> = -6.5
// REDUCE_MIN_F64-NEXT: result 7: tensor<f64> = inf
// REDUCE_MIN_F64-NEXT: result 8: tensor<f64> = -1
// REDUCE_MIN_F64-NEXT: result 9: tensor<3xf64> = [inf, inf, inf]
// REDUCE_MIN_F64-NEXT: result 10: tensor<0xf64> = []
// REDUCE_MIN_F64-NEXT: result 11: tensor<f64> = inf
func.func @reduce_min_f64(%a0: tensor<2x3xf64>, %a1: tensor<2x3x2xf64>, %a2: tensor<f64>, %a3: tensor<0xf64>, %a4: tensor<3xf64>) -> (tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<2x2xf64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<3xf64>, tensor<0xf64>, tensor<f64>) {
  %r0 = numjit.reduce min %a0, dims = [1] : tensor<2x3xf64> -> tensor<2xf64>
  %r1 = numjit.reduce min %a0, dims = [0] : tensor<2x3xf64> -> tensor<3xf64>
  %r2 = numjit.reduce min %a0, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %r3 = numjit.reduce min %a1, dims = [0, 2] : tensor<2x3x2xf64> -> tensor<3xf64>
  %r4 = numjit.reduce min %a1, dims = [1] : tensor<2x3x2xf64> -> tensor<2x2xf64>
  %r5 = numjit.reduce min %a1, dims = [0, 1, 2] : tensor<2x3x2xf64> -> tensor<f64>
  %r6 = numjit.reduce min %a2, dims = [] : tensor<f64> -> tensor<f64>
  %r7 = numjit.reduce min %a3, dims = [0] : tensor<0xf64> -> tensor<f64>
  %r8 = numjit.reduce min %a4, dims = [0] : tensor<3xf64> -> tensor<f64>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xf64> -> tensor<3x0xf64>
  %r9 = numjit.reduce min %z, dims = [1] : tensor<3x0xf64> -> tensor<3xf64>
  %r10 = numjit.reduce min %z, dims = [0] : tensor<3x0xf64> -> tensor<0xf64>
  %r11 = numjit.reduce min %z, dims = [0, 1] : tensor<3x0xf64> -> tensor<f64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<2x2xf64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<3xf64>, tensor<0xf64>, tensor<f64>
}

// RUN: numjit-run %s -e reduce_sum_i32 --arg "[[3, -7, 5], [2, 4, -6]]" --arg "[[[1, -2], [3, 4], [-5, 6]], [[7, -8], [9, 10], [-11, 12]]]" --arg "-9" --arg "[]" --arg "[2147483647, 1, 5]" | FileCheck %s --check-prefix=REDUCE_SUM_I32 --match-full-lines
// REDUCE_SUM_I32: result 0: tensor<2xi32> = [1, 0]
// REDUCE_SUM_I32-NEXT: result 1: tensor<3xi32> = [5, -3, -1]
// REDUCE_SUM_I32-NEXT: result 2: tensor<i32> = 1
// REDUCE_SUM_I32-NEXT: result 3: tensor<3xi32> = [-2, 26, 2]
// REDUCE_SUM_I32-NEXT: result 4: tensor<2x2xi32> = {{\[\[}}-1, 8], [5, 14]]
// REDUCE_SUM_I32-NEXT: result 5: tensor<i32> = 26
// REDUCE_SUM_I32-NEXT: result 6: tensor<i32> = -9
// REDUCE_SUM_I32-NEXT: result 7: tensor<i32> = 0
// REDUCE_SUM_I32-NEXT: result 8: tensor<i32> = -2147483643
// REDUCE_SUM_I32-NEXT: result 9: tensor<3xi32> = [0, 0, 0]
// REDUCE_SUM_I32-NEXT: result 10: tensor<0xi32> = []
// REDUCE_SUM_I32-NEXT: result 11: tensor<i32> = 0
func.func @reduce_sum_i32(%a0: tensor<2x3xi32>, %a1: tensor<2x3x2xi32>, %a2: tensor<i32>, %a3: tensor<0xi32>, %a4: tensor<3xi32>) -> (tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<2x2xi32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<0xi32>, tensor<i32>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<2x3xi32> -> tensor<2xi32>
  %r1 = numjit.reduce sum %a0, dims = [0] : tensor<2x3xi32> -> tensor<3xi32>
  %r2 = numjit.reduce sum %a0, dims = [0, 1] : tensor<2x3xi32> -> tensor<i32>
  %r3 = numjit.reduce sum %a1, dims = [0, 2] : tensor<2x3x2xi32> -> tensor<3xi32>
  %r4 = numjit.reduce sum %a1, dims = [1] : tensor<2x3x2xi32> -> tensor<2x2xi32>
  %r5 = numjit.reduce sum %a1, dims = [0, 1, 2] : tensor<2x3x2xi32> -> tensor<i32>
  %r6 = numjit.reduce sum %a2, dims = [] : tensor<i32> -> tensor<i32>
  %r7 = numjit.reduce sum %a3, dims = [0] : tensor<0xi32> -> tensor<i32>
  %r8 = numjit.reduce sum %a4, dims = [0] : tensor<3xi32> -> tensor<i32>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xi32> -> tensor<3x0xi32>
  %r9 = numjit.reduce sum %z, dims = [1] : tensor<3x0xi32> -> tensor<3xi32>
  %r10 = numjit.reduce sum %z, dims = [0] : tensor<3x0xi32> -> tensor<0xi32>
  %r11 = numjit.reduce sum %z, dims = [0, 1] : tensor<3x0xi32> -> tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<2x2xi32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<0xi32>, tensor<i32>
}

// RUN: numjit-run %s -e reduce_prod_i32 --arg "[[3, -7, 5], [2, 4, -6]]" --arg "[[[1, -2], [3, 4], [-5, 6]], [[7, -8], [9, 10], [-11, 12]]]" --arg "-9" --arg "[]" --arg "[65536, 65536, 3]" | FileCheck %s --check-prefix=REDUCE_PROD_I32 --match-full-lines
// REDUCE_PROD_I32: result 0: tensor<2xi32> = [-105, -48]
// REDUCE_PROD_I32-NEXT: result 1: tensor<3xi32> = [6, -28, -30]
// REDUCE_PROD_I32-NEXT: result 2: tensor<i32> = 5040
// REDUCE_PROD_I32-NEXT: result 3: tensor<3xi32> = [112, 1080, 3960]
// REDUCE_PROD_I32-NEXT: result 4: tensor<2x2xi32> = {{\[\[}}-15, -48], [-693, -960]]
// REDUCE_PROD_I32-NEXT: result 5: tensor<i32> = 479001600
// REDUCE_PROD_I32-NEXT: result 6: tensor<i32> = -9
// REDUCE_PROD_I32-NEXT: result 7: tensor<i32> = 1
// REDUCE_PROD_I32-NEXT: result 8: tensor<i32> = 0
// REDUCE_PROD_I32-NEXT: result 9: tensor<3xi32> = [1, 1, 1]
// REDUCE_PROD_I32-NEXT: result 10: tensor<0xi32> = []
// REDUCE_PROD_I32-NEXT: result 11: tensor<i32> = 1
func.func @reduce_prod_i32(%a0: tensor<2x3xi32>, %a1: tensor<2x3x2xi32>, %a2: tensor<i32>, %a3: tensor<0xi32>, %a4: tensor<3xi32>) -> (tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<2x2xi32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<0xi32>, tensor<i32>) {
  %r0 = numjit.reduce prod %a0, dims = [1] : tensor<2x3xi32> -> tensor<2xi32>
  %r1 = numjit.reduce prod %a0, dims = [0] : tensor<2x3xi32> -> tensor<3xi32>
  %r2 = numjit.reduce prod %a0, dims = [0, 1] : tensor<2x3xi32> -> tensor<i32>
  %r3 = numjit.reduce prod %a1, dims = [0, 2] : tensor<2x3x2xi32> -> tensor<3xi32>
  %r4 = numjit.reduce prod %a1, dims = [1] : tensor<2x3x2xi32> -> tensor<2x2xi32>
  %r5 = numjit.reduce prod %a1, dims = [0, 1, 2] : tensor<2x3x2xi32> -> tensor<i32>
  %r6 = numjit.reduce prod %a2, dims = [] : tensor<i32> -> tensor<i32>
  %r7 = numjit.reduce prod %a3, dims = [0] : tensor<0xi32> -> tensor<i32>
  %r8 = numjit.reduce prod %a4, dims = [0] : tensor<3xi32> -> tensor<i32>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xi32> -> tensor<3x0xi32>
  %r9 = numjit.reduce prod %z, dims = [1] : tensor<3x0xi32> -> tensor<3xi32>
  %r10 = numjit.reduce prod %z, dims = [0] : tensor<3x0xi32> -> tensor<0xi32>
  %r11 = numjit.reduce prod %z, dims = [0, 1] : tensor<3x0xi32> -> tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<2x2xi32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<0xi32>, tensor<i32>
}

// RUN: numjit-run %s -e reduce_max_i32 --arg "[[3, -7, 5], [2, 4, -6]]" --arg "[[[1, -2], [3, 4], [-5, 6]], [[7, -8], [9, 10], [-11, 12]]]" --arg "-9" --arg "[]" --arg "[2147483647, 1, 5]" | FileCheck %s --check-prefix=REDUCE_MAX_I32 --match-full-lines
// REDUCE_MAX_I32: result 0: tensor<2xi32> = [5, 4]
// REDUCE_MAX_I32-NEXT: result 1: tensor<3xi32> = [3, 4, 5]
// REDUCE_MAX_I32-NEXT: result 2: tensor<i32> = 5
// REDUCE_MAX_I32-NEXT: result 3: tensor<3xi32> = [7, 10, 12]
// REDUCE_MAX_I32-NEXT: result 4: tensor<2x2xi32> = {{\[\[}}3, 6], [9, 12]]
// REDUCE_MAX_I32-NEXT: result 5: tensor<i32> = 12
// REDUCE_MAX_I32-NEXT: result 6: tensor<i32> = -9
// REDUCE_MAX_I32-NEXT: result 7: tensor<i32> = -2147483648
// REDUCE_MAX_I32-NEXT: result 8: tensor<i32> = 2147483647
// REDUCE_MAX_I32-NEXT: result 9: tensor<3xi32> = [-2147483648, -2147483648, -2147483648]
// REDUCE_MAX_I32-NEXT: result 10: tensor<0xi32> = []
// REDUCE_MAX_I32-NEXT: result 11: tensor<i32> = -2147483648
func.func @reduce_max_i32(%a0: tensor<2x3xi32>, %a1: tensor<2x3x2xi32>, %a2: tensor<i32>, %a3: tensor<0xi32>, %a4: tensor<3xi32>) -> (tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<2x2xi32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<0xi32>, tensor<i32>) {
  %r0 = numjit.reduce max %a0, dims = [1] : tensor<2x3xi32> -> tensor<2xi32>
  %r1 = numjit.reduce max %a0, dims = [0] : tensor<2x3xi32> -> tensor<3xi32>
  %r2 = numjit.reduce max %a0, dims = [0, 1] : tensor<2x3xi32> -> tensor<i32>
  %r3 = numjit.reduce max %a1, dims = [0, 2] : tensor<2x3x2xi32> -> tensor<3xi32>
  %r4 = numjit.reduce max %a1, dims = [1] : tensor<2x3x2xi32> -> tensor<2x2xi32>
  %r5 = numjit.reduce max %a1, dims = [0, 1, 2] : tensor<2x3x2xi32> -> tensor<i32>
  %r6 = numjit.reduce max %a2, dims = [] : tensor<i32> -> tensor<i32>
  %r7 = numjit.reduce max %a3, dims = [0] : tensor<0xi32> -> tensor<i32>
  %r8 = numjit.reduce max %a4, dims = [0] : tensor<3xi32> -> tensor<i32>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xi32> -> tensor<3x0xi32>
  %r9 = numjit.reduce max %z, dims = [1] : tensor<3x0xi32> -> tensor<3xi32>
  %r10 = numjit.reduce max %z, dims = [0] : tensor<3x0xi32> -> tensor<0xi32>
  %r11 = numjit.reduce max %z, dims = [0, 1] : tensor<3x0xi32> -> tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<2x2xi32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<0xi32>, tensor<i32>
}

// RUN: numjit-run %s -e reduce_min_i32 --arg "[[3, -7, 5], [2, 4, -6]]" --arg "[[[1, -2], [3, 4], [-5, 6]], [[7, -8], [9, 10], [-11, 12]]]" --arg "-9" --arg "[]" --arg "[2147483647, 1, 5]" | FileCheck %s --check-prefix=REDUCE_MIN_I32 --match-full-lines
// REDUCE_MIN_I32: result 0: tensor<2xi32> = [-7, -6]
// REDUCE_MIN_I32-NEXT: result 1: tensor<3xi32> = [2, -7, -6]
// REDUCE_MIN_I32-NEXT: result 2: tensor<i32> = -7
// REDUCE_MIN_I32-NEXT: result 3: tensor<3xi32> = [-8, 3, -11]
// REDUCE_MIN_I32-NEXT: result 4: tensor<2x2xi32> = {{\[\[}}-5, -2], [-11, -8]]
// REDUCE_MIN_I32-NEXT: result 5: tensor<i32> = -11
// REDUCE_MIN_I32-NEXT: result 6: tensor<i32> = -9
// REDUCE_MIN_I32-NEXT: result 7: tensor<i32> = 2147483647
// REDUCE_MIN_I32-NEXT: result 8: tensor<i32> = 1
// REDUCE_MIN_I32-NEXT: result 9: tensor<3xi32> = [2147483647, 2147483647, 2147483647]
// REDUCE_MIN_I32-NEXT: result 10: tensor<0xi32> = []
// REDUCE_MIN_I32-NEXT: result 11: tensor<i32> = 2147483647
func.func @reduce_min_i32(%a0: tensor<2x3xi32>, %a1: tensor<2x3x2xi32>, %a2: tensor<i32>, %a3: tensor<0xi32>, %a4: tensor<3xi32>) -> (tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<2x2xi32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<0xi32>, tensor<i32>) {
  %r0 = numjit.reduce min %a0, dims = [1] : tensor<2x3xi32> -> tensor<2xi32>
  %r1 = numjit.reduce min %a0, dims = [0] : tensor<2x3xi32> -> tensor<3xi32>
  %r2 = numjit.reduce min %a0, dims = [0, 1] : tensor<2x3xi32> -> tensor<i32>
  %r3 = numjit.reduce min %a1, dims = [0, 2] : tensor<2x3x2xi32> -> tensor<3xi32>
  %r4 = numjit.reduce min %a1, dims = [1] : tensor<2x3x2xi32> -> tensor<2x2xi32>
  %r5 = numjit.reduce min %a1, dims = [0, 1, 2] : tensor<2x3x2xi32> -> tensor<i32>
  %r6 = numjit.reduce min %a2, dims = [] : tensor<i32> -> tensor<i32>
  %r7 = numjit.reduce min %a3, dims = [0] : tensor<0xi32> -> tensor<i32>
  %r8 = numjit.reduce min %a4, dims = [0] : tensor<3xi32> -> tensor<i32>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xi32> -> tensor<3x0xi32>
  %r9 = numjit.reduce min %z, dims = [1] : tensor<3x0xi32> -> tensor<3xi32>
  %r10 = numjit.reduce min %z, dims = [0] : tensor<3x0xi32> -> tensor<0xi32>
  %r11 = numjit.reduce min %z, dims = [0, 1] : tensor<3x0xi32> -> tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<2x2xi32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<0xi32>, tensor<i32>
}

// RUN: numjit-run %s -e reduce_sum_i64 --arg "[[3, -7, 5], [2, 4, -6]]" --arg "[[[1, -2], [3, 4], [-5, 6]], [[7, -8], [9, 10], [-11, 12]]]" --arg "-9" --arg "[]" --arg "[9223372036854775807, 1, 5]" | FileCheck %s --check-prefix=REDUCE_SUM_I64 --match-full-lines
// REDUCE_SUM_I64: result 0: tensor<2xi64> = [1, 0]
// REDUCE_SUM_I64-NEXT: result 1: tensor<3xi64> = [5, -3, -1]
// REDUCE_SUM_I64-NEXT: result 2: tensor<i64> = 1
// REDUCE_SUM_I64-NEXT: result 3: tensor<3xi64> = [-2, 26, 2]
// REDUCE_SUM_I64-NEXT: result 4: tensor<2x2xi64> = {{\[\[}}-1, 8], [5, 14]]
// REDUCE_SUM_I64-NEXT: result 5: tensor<i64> = 26
// REDUCE_SUM_I64-NEXT: result 6: tensor<i64> = -9
// REDUCE_SUM_I64-NEXT: result 7: tensor<i64> = 0
// REDUCE_SUM_I64-NEXT: result 8: tensor<i64> = -9223372036854775803
// REDUCE_SUM_I64-NEXT: result 9: tensor<3xi64> = [0, 0, 0]
// REDUCE_SUM_I64-NEXT: result 10: tensor<0xi64> = []
// REDUCE_SUM_I64-NEXT: result 11: tensor<i64> = 0
func.func @reduce_sum_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3x2xi64>, %a2: tensor<i64>, %a3: tensor<0xi64>, %a4: tensor<3xi64>) -> (tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<2x2xi64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<3xi64>, tensor<0xi64>, tensor<i64>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<2x3xi64> -> tensor<2xi64>
  %r1 = numjit.reduce sum %a0, dims = [0] : tensor<2x3xi64> -> tensor<3xi64>
  %r2 = numjit.reduce sum %a0, dims = [0, 1] : tensor<2x3xi64> -> tensor<i64>
  %r3 = numjit.reduce sum %a1, dims = [0, 2] : tensor<2x3x2xi64> -> tensor<3xi64>
  %r4 = numjit.reduce sum %a1, dims = [1] : tensor<2x3x2xi64> -> tensor<2x2xi64>
  %r5 = numjit.reduce sum %a1, dims = [0, 1, 2] : tensor<2x3x2xi64> -> tensor<i64>
  %r6 = numjit.reduce sum %a2, dims = [] : tensor<i64> -> tensor<i64>
  %r7 = numjit.reduce sum %a3, dims = [0] : tensor<0xi64> -> tensor<i64>
  %r8 = numjit.reduce sum %a4, dims = [0] : tensor<3xi64> -> tensor<i64>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xi64> -> tensor<3x0xi64>
  %r9 = numjit.reduce sum %z, dims = [1] : tensor<3x0xi64> -> tensor<3xi64>
  %r10 = numjit.reduce sum %z, dims = [0] : tensor<3x0xi64> -> tensor<0xi64>
  %r11 = numjit.reduce sum %z, dims = [0, 1] : tensor<3x0xi64> -> tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<2x2xi64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<3xi64>, tensor<0xi64>, tensor<i64>
}

// RUN: numjit-run %s -e reduce_prod_i64 --arg "[[3, -7, 5], [2, 4, -6]]" --arg "[[[1, -2], [3, 4], [-5, 6]], [[7, -8], [9, 10], [-11, 12]]]" --arg "-9" --arg "[]" --arg "[4294967296, 4294967296, 3]" | FileCheck %s --check-prefix=REDUCE_PROD_I64 --match-full-lines
// REDUCE_PROD_I64: result 0: tensor<2xi64> = [-105, -48]
// REDUCE_PROD_I64-NEXT: result 1: tensor<3xi64> = [6, -28, -30]
// REDUCE_PROD_I64-NEXT: result 2: tensor<i64> = 5040
// REDUCE_PROD_I64-NEXT: result 3: tensor<3xi64> = [112, 1080, 3960]
// REDUCE_PROD_I64-NEXT: result 4: tensor<2x2xi64> = {{\[\[}}-15, -48], [-693, -960]]
// REDUCE_PROD_I64-NEXT: result 5: tensor<i64> = 479001600
// REDUCE_PROD_I64-NEXT: result 6: tensor<i64> = -9
// REDUCE_PROD_I64-NEXT: result 7: tensor<i64> = 1
// REDUCE_PROD_I64-NEXT: result 8: tensor<i64> = 0
// REDUCE_PROD_I64-NEXT: result 9: tensor<3xi64> = [1, 1, 1]
// REDUCE_PROD_I64-NEXT: result 10: tensor<0xi64> = []
// REDUCE_PROD_I64-NEXT: result 11: tensor<i64> = 1
func.func @reduce_prod_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3x2xi64>, %a2: tensor<i64>, %a3: tensor<0xi64>, %a4: tensor<3xi64>) -> (tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<2x2xi64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<3xi64>, tensor<0xi64>, tensor<i64>) {
  %r0 = numjit.reduce prod %a0, dims = [1] : tensor<2x3xi64> -> tensor<2xi64>
  %r1 = numjit.reduce prod %a0, dims = [0] : tensor<2x3xi64> -> tensor<3xi64>
  %r2 = numjit.reduce prod %a0, dims = [0, 1] : tensor<2x3xi64> -> tensor<i64>
  %r3 = numjit.reduce prod %a1, dims = [0, 2] : tensor<2x3x2xi64> -> tensor<3xi64>
  %r4 = numjit.reduce prod %a1, dims = [1] : tensor<2x3x2xi64> -> tensor<2x2xi64>
  %r5 = numjit.reduce prod %a1, dims = [0, 1, 2] : tensor<2x3x2xi64> -> tensor<i64>
  %r6 = numjit.reduce prod %a2, dims = [] : tensor<i64> -> tensor<i64>
  %r7 = numjit.reduce prod %a3, dims = [0] : tensor<0xi64> -> tensor<i64>
  %r8 = numjit.reduce prod %a4, dims = [0] : tensor<3xi64> -> tensor<i64>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xi64> -> tensor<3x0xi64>
  %r9 = numjit.reduce prod %z, dims = [1] : tensor<3x0xi64> -> tensor<3xi64>
  %r10 = numjit.reduce prod %z, dims = [0] : tensor<3x0xi64> -> tensor<0xi64>
  %r11 = numjit.reduce prod %z, dims = [0, 1] : tensor<3x0xi64> -> tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<2x2xi64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<3xi64>, tensor<0xi64>, tensor<i64>
}

// RUN: numjit-run %s -e reduce_max_i64 --arg "[[3, -7, 5], [2, 4, -6]]" --arg "[[[1, -2], [3, 4], [-5, 6]], [[7, -8], [9, 10], [-11, 12]]]" --arg "-9" --arg "[]" --arg "[9223372036854775807, 1, 5]" | FileCheck %s --check-prefix=REDUCE_MAX_I64 --match-full-lines
// REDUCE_MAX_I64: result 0: tensor<2xi64> = [5, 4]
// REDUCE_MAX_I64-NEXT: result 1: tensor<3xi64> = [3, 4, 5]
// REDUCE_MAX_I64-NEXT: result 2: tensor<i64> = 5
// REDUCE_MAX_I64-NEXT: result 3: tensor<3xi64> = [7, 10, 12]
// REDUCE_MAX_I64-NEXT: result 4: tensor<2x2xi64> = {{\[\[}}3, 6], [9, 12]]
// REDUCE_MAX_I64-NEXT: result 5: tensor<i64> = 12
// REDUCE_MAX_I64-NEXT: result 6: tensor<i64> = -9
// REDUCE_MAX_I64-NEXT: result 7: tensor<i64> = -9223372036854775808
// REDUCE_MAX_I64-NEXT: result 8: tensor<i64> = 9223372036854775807
// REDUCE_MAX_I64-NEXT: result 9: tensor<3xi64> = [-9223372036854775808, -9223372036854775808, -9223372036854775808]
// REDUCE_MAX_I64-NEXT: result 10: tensor<0xi64> = []
// REDUCE_MAX_I64-NEXT: result 11: tensor<i64> = -9223372036854775808
func.func @reduce_max_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3x2xi64>, %a2: tensor<i64>, %a3: tensor<0xi64>, %a4: tensor<3xi64>) -> (tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<2x2xi64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<3xi64>, tensor<0xi64>, tensor<i64>) {
  %r0 = numjit.reduce max %a0, dims = [1] : tensor<2x3xi64> -> tensor<2xi64>
  %r1 = numjit.reduce max %a0, dims = [0] : tensor<2x3xi64> -> tensor<3xi64>
  %r2 = numjit.reduce max %a0, dims = [0, 1] : tensor<2x3xi64> -> tensor<i64>
  %r3 = numjit.reduce max %a1, dims = [0, 2] : tensor<2x3x2xi64> -> tensor<3xi64>
  %r4 = numjit.reduce max %a1, dims = [1] : tensor<2x3x2xi64> -> tensor<2x2xi64>
  %r5 = numjit.reduce max %a1, dims = [0, 1, 2] : tensor<2x3x2xi64> -> tensor<i64>
  %r6 = numjit.reduce max %a2, dims = [] : tensor<i64> -> tensor<i64>
  %r7 = numjit.reduce max %a3, dims = [0] : tensor<0xi64> -> tensor<i64>
  %r8 = numjit.reduce max %a4, dims = [0] : tensor<3xi64> -> tensor<i64>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xi64> -> tensor<3x0xi64>
  %r9 = numjit.reduce max %z, dims = [1] : tensor<3x0xi64> -> tensor<3xi64>
  %r10 = numjit.reduce max %z, dims = [0] : tensor<3x0xi64> -> tensor<0xi64>
  %r11 = numjit.reduce max %z, dims = [0, 1] : tensor<3x0xi64> -> tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<2x2xi64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<3xi64>, tensor<0xi64>, tensor<i64>
}

// RUN: numjit-run %s -e reduce_min_i64 --arg "[[3, -7, 5], [2, 4, -6]]" --arg "[[[1, -2], [3, 4], [-5, 6]], [[7, -8], [9, 10], [-11, 12]]]" --arg "-9" --arg "[]" --arg "[9223372036854775807, 1, 5]" | FileCheck %s --check-prefix=REDUCE_MIN_I64 --match-full-lines
// REDUCE_MIN_I64: result 0: tensor<2xi64> = [-7, -6]
// REDUCE_MIN_I64-NEXT: result 1: tensor<3xi64> = [2, -7, -6]
// REDUCE_MIN_I64-NEXT: result 2: tensor<i64> = -7
// REDUCE_MIN_I64-NEXT: result 3: tensor<3xi64> = [-8, 3, -11]
// REDUCE_MIN_I64-NEXT: result 4: tensor<2x2xi64> = {{\[\[}}-5, -2], [-11, -8]]
// REDUCE_MIN_I64-NEXT: result 5: tensor<i64> = -11
// REDUCE_MIN_I64-NEXT: result 6: tensor<i64> = -9
// REDUCE_MIN_I64-NEXT: result 7: tensor<i64> = 9223372036854775807
// REDUCE_MIN_I64-NEXT: result 8: tensor<i64> = 1
// REDUCE_MIN_I64-NEXT: result 9: tensor<3xi64> = [9223372036854775807, 9223372036854775807, 9223372036854775807]
// REDUCE_MIN_I64-NEXT: result 10: tensor<0xi64> = []
// REDUCE_MIN_I64-NEXT: result 11: tensor<i64> = 9223372036854775807
func.func @reduce_min_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3x2xi64>, %a2: tensor<i64>, %a3: tensor<0xi64>, %a4: tensor<3xi64>) -> (tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<2x2xi64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<3xi64>, tensor<0xi64>, tensor<i64>) {
  %r0 = numjit.reduce min %a0, dims = [1] : tensor<2x3xi64> -> tensor<2xi64>
  %r1 = numjit.reduce min %a0, dims = [0] : tensor<2x3xi64> -> tensor<3xi64>
  %r2 = numjit.reduce min %a0, dims = [0, 1] : tensor<2x3xi64> -> tensor<i64>
  %r3 = numjit.reduce min %a1, dims = [0, 2] : tensor<2x3x2xi64> -> tensor<3xi64>
  %r4 = numjit.reduce min %a1, dims = [1] : tensor<2x3x2xi64> -> tensor<2x2xi64>
  %r5 = numjit.reduce min %a1, dims = [0, 1, 2] : tensor<2x3x2xi64> -> tensor<i64>
  %r6 = numjit.reduce min %a2, dims = [] : tensor<i64> -> tensor<i64>
  %r7 = numjit.reduce min %a3, dims = [0] : tensor<0xi64> -> tensor<i64>
  %r8 = numjit.reduce min %a4, dims = [0] : tensor<3xi64> -> tensor<i64>
  %z = numjit.broadcast_in_dim %a3, dims = [1] : tensor<0xi64> -> tensor<3x0xi64>
  %r9 = numjit.reduce min %z, dims = [1] : tensor<3x0xi64> -> tensor<3xi64>
  %r10 = numjit.reduce min %z, dims = [0] : tensor<3x0xi64> -> tensor<0xi64>
  %r11 = numjit.reduce min %z, dims = [0, 1] : tensor<3x0xi64> -> tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<2x2xi64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<3xi64>, tensor<0xi64>, tensor<i64>
}

// RUN: numjit-run %s -e reduce_nan_f32 --arg "[[1.0, 0x7FC00000, 3.0], [0x7FC00000, 0xFF800000, 2.0], [5.0, 6.0, 0x7FC00000], [0x7F800000, 0xFF800000, 2.0], [0xFF800000, 0xFF800000, 0xFF800000], [-0.0, 0.5, 0.25]]" | FileCheck %s --check-prefix=REDUCE_NAN_F32 --match-full-lines
// REDUCE_NAN_F32: result 0: tensor<6xf32> = [{{-?nan}}, {{-?nan}}, {{-?nan}}, {{-?nan}}, -inf, 0.75]
// REDUCE_NAN_F32-NEXT: result 1: tensor<6xf32> = [{{-?nan}}, {{-?nan}}, {{-?nan}}, -inf, -inf, -0]
// REDUCE_NAN_F32-NEXT: result 2: tensor<6xf32> = [{{-?nan}}, {{-?nan}}, {{-?nan}}, inf, -inf, 0.5]
// REDUCE_NAN_F32-NEXT: result 3: tensor<6xf32> = [{{-?nan}}, {{-?nan}}, {{-?nan}}, -inf, -inf, -0]
// REDUCE_NAN_F32-NEXT: result 4: tensor<f32> = {{-?nan}}
// REDUCE_NAN_F32-NEXT: result 5: tensor<f32> = {{-?nan}}
func.func @reduce_nan_f32(%a0: tensor<6x3xf32>) -> (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<f32>, tensor<f32>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<6x3xf32> -> tensor<6xf32>
  %r1 = numjit.reduce prod %a0, dims = [1] : tensor<6x3xf32> -> tensor<6xf32>
  %r2 = numjit.reduce max %a0, dims = [1] : tensor<6x3xf32> -> tensor<6xf32>
  %r3 = numjit.reduce min %a0, dims = [1] : tensor<6x3xf32> -> tensor<6xf32>
  %r4 = numjit.reduce max %a0, dims = [0, 1] : tensor<6x3xf32> -> tensor<f32>
  %r5 = numjit.reduce min %a0, dims = [0, 1] : tensor<6x3xf32> -> tensor<f32>
  return %r0, %r1, %r2, %r3, %r4, %r5 : tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<f32>, tensor<f32>
}

// RUN: numjit-run %s -e reduce_nan_f64 --arg "[[1.0, 0x7FF8000000000000, 3.0], [0x7FF8000000000000, 0xFFF0000000000000, 2.0], [5.0, 6.0, 0x7FF8000000000000], [0x7FF0000000000000, 0xFFF0000000000000, 2.0], [0xFFF0000000000000, 0xFFF0000000000000, 0xFFF0000000000000], [-0.0, 0.5, 0.25]]" | FileCheck %s --check-prefix=REDUCE_NAN_F64 --match-full-lines
// REDUCE_NAN_F64: result 0: tensor<6xf64> = [{{-?nan}}, {{-?nan}}, {{-?nan}}, {{-?nan}}, -inf, 0.75]
// REDUCE_NAN_F64-NEXT: result 1: tensor<6xf64> = [{{-?nan}}, {{-?nan}}, {{-?nan}}, -inf, -inf, -0]
// REDUCE_NAN_F64-NEXT: result 2: tensor<6xf64> = [{{-?nan}}, {{-?nan}}, {{-?nan}}, inf, -inf, 0.5]
// REDUCE_NAN_F64-NEXT: result 3: tensor<6xf64> = [{{-?nan}}, {{-?nan}}, {{-?nan}}, -inf, -inf, -0]
// REDUCE_NAN_F64-NEXT: result 4: tensor<f64> = {{-?nan}}
// REDUCE_NAN_F64-NEXT: result 5: tensor<f64> = {{-?nan}}
func.func @reduce_nan_f64(%a0: tensor<6x3xf64>) -> (tensor<6xf64>, tensor<6xf64>, tensor<6xf64>, tensor<6xf64>, tensor<f64>, tensor<f64>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<6x3xf64> -> tensor<6xf64>
  %r1 = numjit.reduce prod %a0, dims = [1] : tensor<6x3xf64> -> tensor<6xf64>
  %r2 = numjit.reduce max %a0, dims = [1] : tensor<6x3xf64> -> tensor<6xf64>
  %r3 = numjit.reduce min %a0, dims = [1] : tensor<6x3xf64> -> tensor<6xf64>
  %r4 = numjit.reduce max %a0, dims = [0, 1] : tensor<6x3xf64> -> tensor<f64>
  %r5 = numjit.reduce min %a0, dims = [0, 1] : tensor<6x3xf64> -> tensor<f64>
  return %r0, %r1, %r2, %r3, %r4, %r5 : tensor<6xf64>, tensor<6xf64>, tensor<6xf64>, tensor<6xf64>, tensor<f64>, tensor<f64>
}

// RUN: numjit-run %s -e reduce_long_f32 --arg "[[-5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0], [-1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0]]" --arg "[[2.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, 2.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 2.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0], [2.0, 1.0, 2.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 2.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0]]" | FileCheck %s --check-prefix=REDUCE_LONG_F32 --match-full-lines
// REDUCE_LONG_F32: result 0: tensor<2xf32> = [-14, 2]
// REDUCE_LONG_F32-NEXT: result 1: tensor<2xf32> = [256, 256]
// REDUCE_LONG_F32-NEXT: result 2: tensor<2xf32> = [5, 5]
// REDUCE_LONG_F32-NEXT: result 3: tensor<2xf32> = [-5, -5]
func.func @reduce_long_f32(%a0: tensor<2x37xf32>, %a1: tensor<2x37xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<2x37xf32> -> tensor<2xf32>
  %r1 = numjit.reduce prod %a1, dims = [1] : tensor<2x37xf32> -> tensor<2xf32>
  %r2 = numjit.reduce max %a0, dims = [1] : tensor<2x37xf32> -> tensor<2xf32>
  %r3 = numjit.reduce min %a0, dims = [1] : tensor<2x37xf32> -> tensor<2xf32>
  return %r0, %r1, %r2, %r3 : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}

// RUN: numjit-run %s -e reduce_long_f64 --arg "[[-5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0], [-1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0]]" --arg "[[2.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, 2.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 2.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0], [2.0, 1.0, 2.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 2.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 2.0, 1.0]]" | FileCheck %s --check-prefix=REDUCE_LONG_F64 --match-full-lines
// REDUCE_LONG_F64: result 0: tensor<2xf64> = [-14, 2]
// REDUCE_LONG_F64-NEXT: result 1: tensor<2xf64> = [256, 256]
// REDUCE_LONG_F64-NEXT: result 2: tensor<2xf64> = [5, 5]
// REDUCE_LONG_F64-NEXT: result 3: tensor<2xf64> = [-5, -5]
func.func @reduce_long_f64(%a0: tensor<2x37xf64>, %a1: tensor<2x37xf64>) -> (tensor<2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<2xf64>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<2x37xf64> -> tensor<2xf64>
  %r1 = numjit.reduce prod %a1, dims = [1] : tensor<2x37xf64> -> tensor<2xf64>
  %r2 = numjit.reduce max %a0, dims = [1] : tensor<2x37xf64> -> tensor<2xf64>
  %r3 = numjit.reduce min %a0, dims = [1] : tensor<2x37xf64> -> tensor<2xf64>
  return %r0, %r1, %r2, %r3 : tensor<2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<2xf64>
}

// RUN: numjit-run %s -e reduce_long_i32 --arg "[[-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2], [-1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2]]" --arg "[[2, -1, 2, 1, 1, 1, -1, 1, -1, 2, 1, 1, 1, 2, 1, -1, 2, 1, 1, 1, -1, 1, -1, 2, 1, 1, 2, -1, 1, -1, 2, 1, 1, 1, -1, 1, -1], [2, 1, 2, 1, -1, 1, -1, 2, 1, 1, 1, -1, 1, -1, 2, 2, 1, 1, -1, 1, -1, 2, 1, 1, 1, -1, 1, -1, 2, 1, 1, 1, -1, 1, -1, 2, 1]]" | FileCheck %s --check-prefix=REDUCE_LONG_I32 --match-full-lines
// REDUCE_LONG_I32: result 0: tensor<2xi32> = [-14, 2]
// REDUCE_LONG_I32-NEXT: result 1: tensor<2xi32> = [256, 256]
// REDUCE_LONG_I32-NEXT: result 2: tensor<2xi32> = [5, 5]
// REDUCE_LONG_I32-NEXT: result 3: tensor<2xi32> = [-5, -5]
func.func @reduce_long_i32(%a0: tensor<2x37xi32>, %a1: tensor<2x37xi32>) -> (tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<2x37xi32> -> tensor<2xi32>
  %r1 = numjit.reduce prod %a1, dims = [1] : tensor<2x37xi32> -> tensor<2xi32>
  %r2 = numjit.reduce max %a0, dims = [1] : tensor<2x37xi32> -> tensor<2xi32>
  %r3 = numjit.reduce min %a0, dims = [1] : tensor<2x37xi32> -> tensor<2xi32>
  return %r0, %r1, %r2, %r3 : tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>
}

// RUN: numjit-run %s -e reduce_long_i64 --arg "[[-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2], [-1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, -5, -4, -3, -2, -1, 0, 1, 2]]" --arg "[[2, -1, 2, 1, 1, 1, -1, 1, -1, 2, 1, 1, 1, 2, 1, -1, 2, 1, 1, 1, -1, 1, -1, 2, 1, 1, 2, -1, 1, -1, 2, 1, 1, 1, -1, 1, -1], [2, 1, 2, 1, -1, 1, -1, 2, 1, 1, 1, -1, 1, -1, 2, 2, 1, 1, -1, 1, -1, 2, 1, 1, 1, -1, 1, -1, 2, 1, 1, 1, -1, 1, -1, 2, 1]]" | FileCheck %s --check-prefix=REDUCE_LONG_I64 --match-full-lines
// REDUCE_LONG_I64: result 0: tensor<2xi64> = [-14, 2]
// REDUCE_LONG_I64-NEXT: result 1: tensor<2xi64> = [256, 256]
// REDUCE_LONG_I64-NEXT: result 2: tensor<2xi64> = [5, 5]
// REDUCE_LONG_I64-NEXT: result 3: tensor<2xi64> = [-5, -5]
func.func @reduce_long_i64(%a0: tensor<2x37xi64>, %a1: tensor<2x37xi64>) -> (tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) {
  %r0 = numjit.reduce sum %a0, dims = [1] : tensor<2x37xi64> -> tensor<2xi64>
  %r1 = numjit.reduce prod %a1, dims = [1] : tensor<2x37xi64> -> tensor<2xi64>
  %r2 = numjit.reduce max %a0, dims = [1] : tensor<2x37xi64> -> tensor<2xi64>
  %r3 = numjit.reduce min %a0, dims = [1] : tensor<2x37xi64> -> tensor<2xi64>
  return %r0, %r1, %r2, %r3 : tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>
}
