// Execution tests: numjit.dot_general on f32, f64, i32 and i64: matmul,
// matvec, vecmat, vector dot (rank-0 result), batched matmul (leading and
// non-leading batch dims), contraction on non-last dims (A^T B, A B^T), two
// contracting dims, outer product, batch-only (elementwise) products, scalar
// operands, an empty contraction (gives 0) and an empty result. Expected
// values were computed with a Python model of jax.lax.dot_general; inputs
// are small integers (exact in every type).

// RUN: numjit-run %s -e dot_general_f32 --arg "[[-2.0, 0.5, -1.5], [1.0, -1.0, 1.5]]" --arg "[[2.0, 0.0], [-2.0, 0.5], [-1.5, 1.0]]" --arg "[1.5, -0.5, 2.0]" --arg "[-2.0, 0.5, -1.5]" --arg "[[[-1.0, 1.5, -0.5], [2.0, 0.0, -2.0]], [[0.5, -1.5, 1.0], [-1.0, 1.5, -0.5]]]" --arg "[[[0.0, -2.0], [0.5, -1.5], [1.0, -1.0]], [[1.5, -0.5], [2.0, 0.0], [-2.0, 0.5]]]" --arg "[[1.0, -1.0, 1.5, -0.5], [2.0, 0.0, -2.0, 0.5], [-1.5, 1.0, -1.0, 1.5]]" --arg "[[[2.0, 0.0, -2.0, 0.5], [-1.5, 1.0, -1.0, 1.5], [-0.5, 2.0, 0.0, -2.0]], [[0.5, -1.5, 1.0, -1.0], [1.5, -0.5, 2.0, 0.0], [-2.0, 0.5, -1.5, 1.0]]]" --arg "[[1.5, -0.5, 2.0, 0.0], [-2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0]]" --arg "-2.0" --arg "-1.5" --arg "[]" --arg "[[[1.5, -0.5, 2.0], [0.0, -2.0, 0.5]], [[-1.5, 1.0, -1.0], [1.5, -0.5, 2.0]], [[0.0, -2.0, 0.5], [-1.5, 1.0, -1.0]]]" | FileCheck %s --check-prefix=DOT_GENERAL_F32 --match-full-lines
// DOT_GENERAL_F32: result 0: tensor<2x2xf32> = {{\[\[}}-2.75, -1.25], [1.75, 1]]
// DOT_GENERAL_F32-NEXT: result 1: tensor<2xf32> = [-6.25, 5]
// DOT_GENERAL_F32-NEXT: result 2: tensor<2xf32> = [1, 1.75]
// DOT_GENERAL_F32-NEXT: result 3: tensor<f32> = -6.25
// DOT_GENERAL_F32-NEXT: result 4: tensor<2x2x2xf32> = {{\[\[\[}}0.25, 0.25], [-2, -2]], {{\[\[}}-4.25, 0.25], [2.5, 0.25]]]
// DOT_GENERAL_F32-NEXT: result 5: tensor<2x4xf32> = {{\[\[}}0.25, -3.5, 8.5, -4.25], [-0.5, 1, -2, 1.75]]
// DOT_GENERAL_F32-NEXT: result 6: tensor<2x2xf32> = {{\[\[}}6.5, -4.75], [-4.75, 4.25]]
// DOT_GENERAL_F32-NEXT: result 7: tensor<3x3xf32> = {{\[\[}}-3, 0.75, -2.25], [1, -0.25, 0.75], [-4, 1, -3]]
// DOT_GENERAL_F32-NEXT: result 8: tensor<2xf32> = [5, 2.75]
// DOT_GENERAL_F32-NEXT: result 9: tensor<2xf32> = [5, 2.75]
// DOT_GENERAL_F32-NEXT: result 10: tensor<3xf32> = [-3, -0.25, -3]
// DOT_GENERAL_F32-NEXT: result 11: tensor<f32> = 3
// DOT_GENERAL_F32-NEXT: result 12: tensor<3xf32> = [-3, 1, -4]
// DOT_GENERAL_F32-NEXT: result 13: tensor<f32> = 0
// DOT_GENERAL_F32-NEXT: result 14: tensor<0xf32> = []
// DOT_GENERAL_F32-NEXT: result 15: tensor<2x3x2xf32> = {{\[\[\[}}-3.25, -1], [3.5, -1], [-3.25, -1]], {{\[\[}}3.5, -3.25], [3.5, -3.25], [-3.25, 3.5]]]
// DOT_GENERAL_F32-NEXT: result 16: tensor<2x4x2xf32> = {{\[\[\[}}-4, 2.75], [-2.5, 2], [3.5, -1], [2.75, -4]], {{\[\[}}2.75, -4], [2, -0.25], [1.25, -3.25], [0.5, 0.5]]]
// DOT_GENERAL_F32-NEXT: result 17: tensor<0xf32> = []
func.func @dot_general_f32(%a0: tensor<2x3xf32>, %a1: tensor<3x2xf32>, %a2: tensor<3xf32>, %a3: tensor<3xf32>, %a4: tensor<2x2x3xf32>, %a5: tensor<2x3x2xf32>, %a6: tensor<3x4xf32>, %a7: tensor<2x3x4xf32>, %a8: tensor<3x4xf32>, %a9: tensor<f32>, %a10: tensor<f32>, %a11: tensor<0xf32>, %a12: tensor<3x2x3xf32>) -> (tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<f32>, tensor<2x2x2xf32>, tensor<2x4xf32>, tensor<2x2xf32>, tensor<3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<f32>, tensor<0xf32>, tensor<2x3x2xf32>, tensor<2x4x2xf32>, tensor<0xf32>) {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %r1 = numjit.dot_general %a0, %a2, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2xf32>
  %r2 = numjit.dot_general %a2, %a1, batch = [] x [], contract = [0] x [0] : (tensor<3xf32>, tensor<3x2xf32>) -> tensor<2xf32>
  %r3 = numjit.dot_general %a2, %a3, batch = [] x [], contract = [0] x [0] : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  %r4 = numjit.dot_general %a4, %a5, batch = [0] x [0], contract = [2] x [1] : (tensor<2x2x3xf32>, tensor<2x3x2xf32>) -> tensor<2x2x2xf32>
  %r5 = numjit.dot_general %a1, %a6, batch = [] x [], contract = [0] x [0] : (tensor<3x2xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %r6 = numjit.dot_general %a0, %a0, batch = [] x [], contract = [1] x [1] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>
  %r7 = numjit.dot_general %a2, %a3, batch = [] x [], contract = [] x [] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3x3xf32>
  %r8 = numjit.dot_general %a7, %a8, batch = [] x [], contract = [1, 2] x [0, 1] : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2xf32>
  %r9 = numjit.dot_general %a7, %a8, batch = [] x [], contract = [2, 1] x [1, 0] : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2xf32>
  %r10 = numjit.dot_general %a2, %a3, batch = [0] x [0], contract = [] x [] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %r11 = numjit.dot_general %a9, %a10, batch = [] x [], contract = [] x [] : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %r12 = numjit.dot_general %a9, %a2, batch = [] x [], contract = [] x [] : (tensor<f32>, tensor<3xf32>) -> tensor<3xf32>
  %r13 = numjit.dot_general %a11, %a11, batch = [] x [], contract = [0] x [0] : (tensor<0xf32>, tensor<0xf32>) -> tensor<f32>
  %r14 = numjit.dot_general %a11, %a11, batch = [0] x [0], contract = [] x [] : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
  %r15 = numjit.dot_general %a12, %a4, batch = [1] x [0], contract = [2] x [2] : (tensor<3x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x3x2xf32>
  %r16 = numjit.dot_general %a7, %a0, batch = [] x [], contract = [1] x [1] : (tensor<2x3x4xf32>, tensor<2x3xf32>) -> tensor<2x4x2xf32>
  %z = numjit.broadcast_in_dim %a11, dims = [0] : tensor<0xf32> -> tensor<0x3xf32>
  %r17 = numjit.dot_general %z, %a2, batch = [] x [], contract = [1] x [0] : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13, %r14, %r15, %r16, %r17 : tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<f32>, tensor<2x2x2xf32>, tensor<2x4xf32>, tensor<2x2xf32>, tensor<3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>, tensor<f32>, tensor<0xf32>, tensor<2x3x2xf32>, tensor<2x4x2xf32>, tensor<0xf32>
}

// RUN: numjit-run %s -e dot_general_f64 --arg "[[-2.0, 0.5, -1.5], [1.0, -1.0, 1.5]]" --arg "[[2.0, 0.0], [-2.0, 0.5], [-1.5, 1.0]]" --arg "[1.5, -0.5, 2.0]" --arg "[-2.0, 0.5, -1.5]" --arg "[[[-1.0, 1.5, -0.5], [2.0, 0.0, -2.0]], [[0.5, -1.5, 1.0], [-1.0, 1.5, -0.5]]]" --arg "[[[0.0, -2.0], [0.5, -1.5], [1.0, -1.0]], [[1.5, -0.5], [2.0, 0.0], [-2.0, 0.5]]]" --arg "[[1.0, -1.0, 1.5, -0.5], [2.0, 0.0, -2.0, 0.5], [-1.5, 1.0, -1.0, 1.5]]" --arg "[[[2.0, 0.0, -2.0, 0.5], [-1.5, 1.0, -1.0, 1.5], [-0.5, 2.0, 0.0, -2.0]], [[0.5, -1.5, 1.0, -1.0], [1.5, -0.5, 2.0, 0.0], [-2.0, 0.5, -1.5, 1.0]]]" --arg "[[1.5, -0.5, 2.0, 0.0], [-2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0]]" --arg "-2.0" --arg "-1.5" --arg "[]" --arg "[[[1.5, -0.5, 2.0], [0.0, -2.0, 0.5]], [[-1.5, 1.0, -1.0], [1.5, -0.5, 2.0]], [[0.0, -2.0, 0.5], [-1.5, 1.0, -1.0]]]" | FileCheck %s --check-prefix=DOT_GENERAL_F64 --match-full-lines
// DOT_GENERAL_F64: result 0: tensor<2x2xf64> = {{\[\[}}-2.75, -1.25], [1.75, 1]]
// DOT_GENERAL_F64-NEXT: result 1: tensor<2xf64> = [-6.25, 5]
// DOT_GENERAL_F64-NEXT: result 2: tensor<2xf64> = [1, 1.75]
// DOT_GENERAL_F64-NEXT: result 3: tensor<f64> = -6.25
// DOT_GENERAL_F64-NEXT: result 4: tensor<2x2x2xf64> = {{\[\[\[}}0.25, 0.25], [-2, -2]], {{\[\[}}-4.25, 0.25], [2.5, 0.25]]]
// DOT_GENERAL_F64-NEXT: result 5: tensor<2x4xf64> = {{\[\[}}0.25, -3.5, 8.5, -4.25], [-0.5, 1, -2, 1.75]]
// DOT_GENERAL_F64-NEXT: result 6: tensor<2x2xf64> = {{\[\[}}6.5, -4.75], [-4.75, 4.25]]
// DOT_GENERAL_F64-NEXT: result 7: tensor<3x3xf64> = {{\[\[}}-3, 0.75, -2.25], [1, -0.25, 0.75], [-4, 1, -3]]
// DOT_GENERAL_F64-NEXT: result 8: tensor<2xf64> = [5, 2.75]
// DOT_GENERAL_F64-NEXT: result 9: tensor<2xf64> = [5, 2.75]
// DOT_GENERAL_F64-NEXT: result 10: tensor<3xf64> = [-3, -0.25, -3]
// DOT_GENERAL_F64-NEXT: result 11: tensor<f64> = 3
// DOT_GENERAL_F64-NEXT: result 12: tensor<3xf64> = [-3, 1, -4]
// DOT_GENERAL_F64-NEXT: result 13: tensor<f64> = 0
// DOT_GENERAL_F64-NEXT: result 14: tensor<0xf64> = []
// DOT_GENERAL_F64-NEXT: result 15: tensor<2x3x2xf64> = {{\[\[\[}}-3.25, -1], [3.5, -1], [-3.25, -1]], {{\[\[}}3.5, -3.25], [3.5, -3.25], [-3.25, 3.5]]]
// DOT_GENERAL_F64-NEXT: result 16: tensor<2x4x2xf64> = {{\[\[\[}}-4, 2.75], [-2.5, 2], [3.5, -1], [2.75, -4]], {{\[\[}}2.75, -4], [2, -0.25], [1.25, -3.25], [0.5, 0.5]]]
// DOT_GENERAL_F64-NEXT: result 17: tensor<0xf64> = []
func.func @dot_general_f64(%a0: tensor<2x3xf64>, %a1: tensor<3x2xf64>, %a2: tensor<3xf64>, %a3: tensor<3xf64>, %a4: tensor<2x2x3xf64>, %a5: tensor<2x3x2xf64>, %a6: tensor<3x4xf64>, %a7: tensor<2x3x4xf64>, %a8: tensor<3x4xf64>, %a9: tensor<f64>, %a10: tensor<f64>, %a11: tensor<0xf64>, %a12: tensor<3x2x3xf64>) -> (tensor<2x2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<f64>, tensor<2x2x2xf64>, tensor<2x4xf64>, tensor<2x2xf64>, tensor<3x3xf64>, tensor<2xf64>, tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<f64>, tensor<0xf64>, tensor<2x3x2xf64>, tensor<2x4x2xf64>, tensor<0xf64>) {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf64>, tensor<3x2xf64>) -> tensor<2x2xf64>
  %r1 = numjit.dot_general %a0, %a2, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2xf64>
  %r2 = numjit.dot_general %a2, %a1, batch = [] x [], contract = [0] x [0] : (tensor<3xf64>, tensor<3x2xf64>) -> tensor<2xf64>
  %r3 = numjit.dot_general %a2, %a3, batch = [] x [], contract = [0] x [0] : (tensor<3xf64>, tensor<3xf64>) -> tensor<f64>
  %r4 = numjit.dot_general %a4, %a5, batch = [0] x [0], contract = [2] x [1] : (tensor<2x2x3xf64>, tensor<2x3x2xf64>) -> tensor<2x2x2xf64>
  %r5 = numjit.dot_general %a1, %a6, batch = [] x [], contract = [0] x [0] : (tensor<3x2xf64>, tensor<3x4xf64>) -> tensor<2x4xf64>
  %r6 = numjit.dot_general %a0, %a0, batch = [] x [], contract = [1] x [1] : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x2xf64>
  %r7 = numjit.dot_general %a2, %a3, batch = [] x [], contract = [] x [] : (tensor<3xf64>, tensor<3xf64>) -> tensor<3x3xf64>
  %r8 = numjit.dot_general %a7, %a8, batch = [] x [], contract = [1, 2] x [0, 1] : (tensor<2x3x4xf64>, tensor<3x4xf64>) -> tensor<2xf64>
  %r9 = numjit.dot_general %a7, %a8, batch = [] x [], contract = [2, 1] x [1, 0] : (tensor<2x3x4xf64>, tensor<3x4xf64>) -> tensor<2xf64>
  %r10 = numjit.dot_general %a2, %a3, batch = [0] x [0], contract = [] x [] : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
  %r11 = numjit.dot_general %a9, %a10, batch = [] x [], contract = [] x [] : (tensor<f64>, tensor<f64>) -> tensor<f64>
  %r12 = numjit.dot_general %a9, %a2, batch = [] x [], contract = [] x [] : (tensor<f64>, tensor<3xf64>) -> tensor<3xf64>
  %r13 = numjit.dot_general %a11, %a11, batch = [] x [], contract = [0] x [0] : (tensor<0xf64>, tensor<0xf64>) -> tensor<f64>
  %r14 = numjit.dot_general %a11, %a11, batch = [0] x [0], contract = [] x [] : (tensor<0xf64>, tensor<0xf64>) -> tensor<0xf64>
  %r15 = numjit.dot_general %a12, %a4, batch = [1] x [0], contract = [2] x [2] : (tensor<3x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x3x2xf64>
  %r16 = numjit.dot_general %a7, %a0, batch = [] x [], contract = [1] x [1] : (tensor<2x3x4xf64>, tensor<2x3xf64>) -> tensor<2x4x2xf64>
  %z = numjit.broadcast_in_dim %a11, dims = [0] : tensor<0xf64> -> tensor<0x3xf64>
  %r17 = numjit.dot_general %z, %a2, batch = [] x [], contract = [1] x [0] : (tensor<0x3xf64>, tensor<3xf64>) -> tensor<0xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13, %r14, %r15, %r16, %r17 : tensor<2x2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<f64>, tensor<2x2x2xf64>, tensor<2x4xf64>, tensor<2x2xf64>, tensor<3x3xf64>, tensor<2xf64>, tensor<2xf64>, tensor<3xf64>, tensor<f64>, tensor<3xf64>, tensor<f64>, tensor<0xf64>, tensor<2x3x2xf64>, tensor<2x4x2xf64>, tensor<0xf64>
}

// RUN: numjit-run %s -e dot_general_i32 --arg "[[-4, 1, -3], [2, -2, 3]]" --arg "[[4, 0], [-4, 1], [-3, 2]]" --arg "[3, -1, 4]" --arg "[-4, 1, -3]" --arg "[[[-2, 3, -1], [4, 0, -4]], [[1, -3, 2], [-2, 3, -1]]]" --arg "[[[0, -4], [1, -3], [2, -2]], [[3, -1], [4, 0], [-4, 1]]]" --arg "[[2, -2, 3, -1], [4, 0, -4, 1], [-3, 2, -2, 3]]" --arg "[[[4, 0, -4, 1], [-3, 2, -2, 3], [-1, 4, 0, -4]], [[1, -3, 2, -2], [3, -1, 4, 0], [-4, 1, -3, 2]]]" --arg "[[3, -1, 4, 0], [-4, 1, -3, 2], [-2, 3, -1, 4]]" --arg "-4" --arg "-3" --arg "[]" --arg "[[[3, -1, 4], [0, -4, 1]], [[-3, 2, -2], [3, -1, 4]], [[0, -4, 1], [-3, 2, -2]]]" | FileCheck %s --check-prefix=DOT_GENERAL_I32 --match-full-lines
// DOT_GENERAL_I32: result 0: tensor<2x2xi32> = {{\[\[}}-11, -5], [7, 4]]
// DOT_GENERAL_I32-NEXT: result 1: tensor<2xi32> = [-25, 20]
// DOT_GENERAL_I32-NEXT: result 2: tensor<2xi32> = [4, 7]
// DOT_GENERAL_I32-NEXT: result 3: tensor<i32> = -25
// DOT_GENERAL_I32-NEXT: result 4: tensor<2x2x2xi32> = {{\[\[\[}}1, 1], [-8, -8]], {{\[\[}}-17, 1], [10, 1]]]
// DOT_GENERAL_I32-NEXT: result 5: tensor<2x4xi32> = {{\[\[}}1, -14, 34, -17], [-2, 4, -8, 7]]
// DOT_GENERAL_I32-NEXT: result 6: tensor<2x2xi32> = {{\[\[}}26, -19], [-19, 17]]
// DOT_GENERAL_I32-NEXT: result 7: tensor<3x3xi32> = {{\[\[}}-12, 3, -9], [4, -1, 3], [-16, 4, -12]]
// DOT_GENERAL_I32-NEXT: result 8: tensor<2xi32> = [20, 11]
// DOT_GENERAL_I32-NEXT: result 9: tensor<2xi32> = [20, 11]
// DOT_GENERAL_I32-NEXT: result 10: tensor<3xi32> = [-12, -1, -12]
// DOT_GENERAL_I32-NEXT: result 11: tensor<i32> = 12
// DOT_GENERAL_I32-NEXT: result 12: tensor<3xi32> = [-12, 4, -16]
// DOT_GENERAL_I32-NEXT: result 13: tensor<i32> = 0
// DOT_GENERAL_I32-NEXT: result 14: tensor<0xi32> = []
// DOT_GENERAL_I32-NEXT: result 15: tensor<2x3x2xi32> = {{\[\[\[}}-13, -4], [14, -4], [-13, -4]], {{\[\[}}14, -13], [14, -13], [-13, 14]]]
// DOT_GENERAL_I32-NEXT: result 16: tensor<2x4x2xi32> = {{\[\[\[}}-16, 11], [-10, 8], [14, -4], [11, -16]], {{\[\[}}11, -16], [8, -1], [5, -13], [2, 2]]]
// DOT_GENERAL_I32-NEXT: result 17: tensor<0xi32> = []
func.func @dot_general_i32(%a0: tensor<2x3xi32>, %a1: tensor<3x2xi32>, %a2: tensor<3xi32>, %a3: tensor<3xi32>, %a4: tensor<2x2x3xi32>, %a5: tensor<2x3x2xi32>, %a6: tensor<3x4xi32>, %a7: tensor<2x3x4xi32>, %a8: tensor<3x4xi32>, %a9: tensor<i32>, %a10: tensor<i32>, %a11: tensor<0xi32>, %a12: tensor<3x2x3xi32>) -> (tensor<2x2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<i32>, tensor<2x2x2xi32>, tensor<2x4xi32>, tensor<2x2xi32>, tensor<3x3xi32>, tensor<2xi32>, tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<0xi32>, tensor<2x3x2xi32>, tensor<2x4x2xi32>, tensor<0xi32>) {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<2x3xi32>, tensor<3x2xi32>) -> tensor<2x2xi32>
  %r1 = numjit.dot_general %a0, %a2, batch = [] x [], contract = [1] x [0] : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2xi32>
  %r2 = numjit.dot_general %a2, %a1, batch = [] x [], contract = [0] x [0] : (tensor<3xi32>, tensor<3x2xi32>) -> tensor<2xi32>
  %r3 = numjit.dot_general %a2, %a3, batch = [] x [], contract = [0] x [0] : (tensor<3xi32>, tensor<3xi32>) -> tensor<i32>
  %r4 = numjit.dot_general %a4, %a5, batch = [0] x [0], contract = [2] x [1] : (tensor<2x2x3xi32>, tensor<2x3x2xi32>) -> tensor<2x2x2xi32>
  %r5 = numjit.dot_general %a1, %a6, batch = [] x [], contract = [0] x [0] : (tensor<3x2xi32>, tensor<3x4xi32>) -> tensor<2x4xi32>
  %r6 = numjit.dot_general %a0, %a0, batch = [] x [], contract = [1] x [1] : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x2xi32>
  %r7 = numjit.dot_general %a2, %a3, batch = [] x [], contract = [] x [] : (tensor<3xi32>, tensor<3xi32>) -> tensor<3x3xi32>
  %r8 = numjit.dot_general %a7, %a8, batch = [] x [], contract = [1, 2] x [0, 1] : (tensor<2x3x4xi32>, tensor<3x4xi32>) -> tensor<2xi32>
  %r9 = numjit.dot_general %a7, %a8, batch = [] x [], contract = [2, 1] x [1, 0] : (tensor<2x3x4xi32>, tensor<3x4xi32>) -> tensor<2xi32>
  %r10 = numjit.dot_general %a2, %a3, batch = [0] x [0], contract = [] x [] : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %r11 = numjit.dot_general %a9, %a10, batch = [] x [], contract = [] x [] : (tensor<i32>, tensor<i32>) -> tensor<i32>
  %r12 = numjit.dot_general %a9, %a2, batch = [] x [], contract = [] x [] : (tensor<i32>, tensor<3xi32>) -> tensor<3xi32>
  %r13 = numjit.dot_general %a11, %a11, batch = [] x [], contract = [0] x [0] : (tensor<0xi32>, tensor<0xi32>) -> tensor<i32>
  %r14 = numjit.dot_general %a11, %a11, batch = [0] x [0], contract = [] x [] : (tensor<0xi32>, tensor<0xi32>) -> tensor<0xi32>
  %r15 = numjit.dot_general %a12, %a4, batch = [1] x [0], contract = [2] x [2] : (tensor<3x2x3xi32>, tensor<2x2x3xi32>) -> tensor<2x3x2xi32>
  %r16 = numjit.dot_general %a7, %a0, batch = [] x [], contract = [1] x [1] : (tensor<2x3x4xi32>, tensor<2x3xi32>) -> tensor<2x4x2xi32>
  %z = numjit.broadcast_in_dim %a11, dims = [0] : tensor<0xi32> -> tensor<0x3xi32>
  %r17 = numjit.dot_general %z, %a2, batch = [] x [], contract = [1] x [0] : (tensor<0x3xi32>, tensor<3xi32>) -> tensor<0xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13, %r14, %r15, %r16, %r17 : tensor<2x2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<i32>, tensor<2x2x2xi32>, tensor<2x4xi32>, tensor<2x2xi32>, tensor<3x3xi32>, tensor<2xi32>, tensor<2xi32>, tensor<3xi32>, tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<0xi32>, tensor<2x3x2xi32>, tensor<2x4x2xi32>, tensor<0xi32>
}

// RUN: numjit-run %s -e dot_general_i64 --arg "[[-4, 1, -3], [2, -2, 3]]" --arg "[[4, 0], [-4, 1], [-3, 2]]" --arg "[3, -1, 4]" --arg "[-4, 1, -3]" --arg "[[[-2, 3, -1], [4, 0, -4]], [[1, -3, 2], [-2, 3, -1]]]" --arg "[[[0, -4], [1, -3], [2, -2]], [[3, -1], [4, 0], [-4, 1]]]" --arg "[[2, -2, 3, -1], [4, 0, -4, 1], [-3, 2, -2, 3]]" --arg "[[[4, 0, -4, 1], [-3, 2, -2, 3], [-1, 4, 0, -4]], [[1, -3, 2, -2], [3, -1, 4, 0], [-4, 1, -3, 2]]]" --arg "[[3, -1, 4, 0], [-4, 1, -3, 2], [-2, 3, -1, 4]]" --arg "-4" --arg "-3" --arg "[]" --arg "[[[3, -1, 4], [0, -4, 1]], [[-3, 2, -2], [3, -1, 4]], [[0, -4, 1], [-3, 2, -2]]]" | FileCheck %s --check-prefix=DOT_GENERAL_I64 --match-full-lines
// DOT_GENERAL_I64: result 0: tensor<2x2xi64> = {{\[\[}}-11, -5], [7, 4]]
// DOT_GENERAL_I64-NEXT: result 1: tensor<2xi64> = [-25, 20]
// DOT_GENERAL_I64-NEXT: result 2: tensor<2xi64> = [4, 7]
// DOT_GENERAL_I64-NEXT: result 3: tensor<i64> = -25
// DOT_GENERAL_I64-NEXT: result 4: tensor<2x2x2xi64> = {{\[\[\[}}1, 1], [-8, -8]], {{\[\[}}-17, 1], [10, 1]]]
// DOT_GENERAL_I64-NEXT: result 5: tensor<2x4xi64> = {{\[\[}}1, -14, 34, -17], [-2, 4, -8, 7]]
// DOT_GENERAL_I64-NEXT: result 6: tensor<2x2xi64> = {{\[\[}}26, -19], [-19, 17]]
// DOT_GENERAL_I64-NEXT: result 7: tensor<3x3xi64> = {{\[\[}}-12, 3, -9], [4, -1, 3], [-16, 4, -12]]
// DOT_GENERAL_I64-NEXT: result 8: tensor<2xi64> = [20, 11]
// DOT_GENERAL_I64-NEXT: result 9: tensor<2xi64> = [20, 11]
// DOT_GENERAL_I64-NEXT: result 10: tensor<3xi64> = [-12, -1, -12]
// DOT_GENERAL_I64-NEXT: result 11: tensor<i64> = 12
// DOT_GENERAL_I64-NEXT: result 12: tensor<3xi64> = [-12, 4, -16]
// DOT_GENERAL_I64-NEXT: result 13: tensor<i64> = 0
// DOT_GENERAL_I64-NEXT: result 14: tensor<0xi64> = []
// DOT_GENERAL_I64-NEXT: result 15: tensor<2x3x2xi64> = {{\[\[\[}}-13, -4], [14, -4], [-13, -4]], {{\[\[}}14, -13], [14, -13], [-13, 14]]]
// DOT_GENERAL_I64-NEXT: result 16: tensor<2x4x2xi64> = {{\[\[\[}}-16, 11], [-10, 8], [14, -4], [11, -16]], {{\[\[}}11, -16], [8, -1], [5, -13], [2, 2]]]
// DOT_GENERAL_I64-NEXT: result 17: tensor<0xi64> = []
func.func @dot_general_i64(%a0: tensor<2x3xi64>, %a1: tensor<3x2xi64>, %a2: tensor<3xi64>, %a3: tensor<3xi64>, %a4: tensor<2x2x3xi64>, %a5: tensor<2x3x2xi64>, %a6: tensor<3x4xi64>, %a7: tensor<2x3x4xi64>, %a8: tensor<3x4xi64>, %a9: tensor<i64>, %a10: tensor<i64>, %a11: tensor<0xi64>, %a12: tensor<3x2x3xi64>) -> (tensor<2x2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<i64>, tensor<2x2x2xi64>, tensor<2x4xi64>, tensor<2x2xi64>, tensor<3x3xi64>, tensor<2xi64>, tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<i64>, tensor<0xi64>, tensor<2x3x2xi64>, tensor<2x4x2xi64>, tensor<0xi64>) {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<2x3xi64>, tensor<3x2xi64>) -> tensor<2x2xi64>
  %r1 = numjit.dot_general %a0, %a2, batch = [] x [], contract = [1] x [0] : (tensor<2x3xi64>, tensor<3xi64>) -> tensor<2xi64>
  %r2 = numjit.dot_general %a2, %a1, batch = [] x [], contract = [0] x [0] : (tensor<3xi64>, tensor<3x2xi64>) -> tensor<2xi64>
  %r3 = numjit.dot_general %a2, %a3, batch = [] x [], contract = [0] x [0] : (tensor<3xi64>, tensor<3xi64>) -> tensor<i64>
  %r4 = numjit.dot_general %a4, %a5, batch = [0] x [0], contract = [2] x [1] : (tensor<2x2x3xi64>, tensor<2x3x2xi64>) -> tensor<2x2x2xi64>
  %r5 = numjit.dot_general %a1, %a6, batch = [] x [], contract = [0] x [0] : (tensor<3x2xi64>, tensor<3x4xi64>) -> tensor<2x4xi64>
  %r6 = numjit.dot_general %a0, %a0, batch = [] x [], contract = [1] x [1] : (tensor<2x3xi64>, tensor<2x3xi64>) -> tensor<2x2xi64>
  %r7 = numjit.dot_general %a2, %a3, batch = [] x [], contract = [] x [] : (tensor<3xi64>, tensor<3xi64>) -> tensor<3x3xi64>
  %r8 = numjit.dot_general %a7, %a8, batch = [] x [], contract = [1, 2] x [0, 1] : (tensor<2x3x4xi64>, tensor<3x4xi64>) -> tensor<2xi64>
  %r9 = numjit.dot_general %a7, %a8, batch = [] x [], contract = [2, 1] x [1, 0] : (tensor<2x3x4xi64>, tensor<3x4xi64>) -> tensor<2xi64>
  %r10 = numjit.dot_general %a2, %a3, batch = [0] x [0], contract = [] x [] : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %r11 = numjit.dot_general %a9, %a10, batch = [] x [], contract = [] x [] : (tensor<i64>, tensor<i64>) -> tensor<i64>
  %r12 = numjit.dot_general %a9, %a2, batch = [] x [], contract = [] x [] : (tensor<i64>, tensor<3xi64>) -> tensor<3xi64>
  %r13 = numjit.dot_general %a11, %a11, batch = [] x [], contract = [0] x [0] : (tensor<0xi64>, tensor<0xi64>) -> tensor<i64>
  %r14 = numjit.dot_general %a11, %a11, batch = [0] x [0], contract = [] x [] : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
  %r15 = numjit.dot_general %a12, %a4, batch = [1] x [0], contract = [2] x [2] : (tensor<3x2x3xi64>, tensor<2x2x3xi64>) -> tensor<2x3x2xi64>
  %r16 = numjit.dot_general %a7, %a0, batch = [] x [], contract = [1] x [1] : (tensor<2x3x4xi64>, tensor<2x3xi64>) -> tensor<2x4x2xi64>
  %z = numjit.broadcast_in_dim %a11, dims = [0] : tensor<0xi64> -> tensor<0x3xi64>
  %r17 = numjit.dot_general %z, %a2, batch = [] x [], contract = [1] x [0] : (tensor<0x3xi64>, tensor<3xi64>) -> tensor<0xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13, %r14, %r15, %r16, %r17 : tensor<2x2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<i64>, tensor<2x2x2xi64>, tensor<2x4xi64>, tensor<2x2xi64>, tensor<3x3xi64>, tensor<2xi64>, tensor<2xi64>, tensor<3xi64>, tensor<i64>, tensor<3xi64>, tensor<i64>, tensor<0xi64>, tensor<2x3x2xi64>, tensor<2x4x2xi64>, tensor<0xi64>
}

// RUN: numjit-run %s -e matmul_5x7x9_f32 --arg "[[1.0, -1.0, 1.5, -0.5, 2.0, 0.0, -2.0], [0.5, -1.5, 1.0, -1.0, 1.5, -0.5, 2.0], [0.0, -2.0, 0.5, -1.5, 1.0, -1.0, 1.5], [-0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5]]" --arg "[[-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0]]" | FileCheck %s --check-prefix=MATMUL_5X7X9_F32 --match-full-lines
// MATMUL_5X7X9_F32: result 0: tensor<5x9xf32> = {{\[\[}}-1, 1.5, -0.5, 2, 0, -2, 0.5, -1.5, 1], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [1.5, -2.25, 0.75, -3, 0, 3, -0.75, 2.25, -1.5], [0.5, -0.75, 0.25, -1, 0, 1, -0.25, 0.75, -0.5], [-0.5, 0.75, -0.25, 1, 0, -1, 0.25, -0.75, 0.5]]
func.func @matmul_5x7x9_f32(%a0: tensor<5x7xf32>, %a1: tensor<7x9xf32>) -> tensor<5x9xf32> {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<5x7xf32>, tensor<7x9xf32>) -> tensor<5x9xf32>
  return %r0 : tensor<5x9xf32>
}

// RUN: numjit-run %s -e matmul_5x7x9_f64 --arg "[[1.0, -1.0, 1.5, -0.5, 2.0, 0.0, -2.0], [0.5, -1.5, 1.0, -1.0, 1.5, -0.5, 2.0], [0.0, -2.0, 0.5, -1.5, 1.0, -1.0, 1.5], [-0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5]]" --arg "[[-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0], [-1.0, 1.5, -0.5, 2.0, 0.0, -2.0, 0.5, -1.5, 1.0]]" | FileCheck %s --check-prefix=MATMUL_5X7X9_F64 --match-full-lines
// MATMUL_5X7X9_F64: result 0: tensor<5x9xf64> = {{\[\[}}-1, 1.5, -0.5, 2, 0, -2, 0.5, -1.5, 1], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [1.5, -2.25, 0.75, -3, 0, 3, -0.75, 2.25, -1.5], [0.5, -0.75, 0.25, -1, 0, 1, -0.25, 0.75, -0.5], [-0.5, 0.75, -0.25, 1, 0, -1, 0.25, -0.75, 0.5]]
func.func @matmul_5x7x9_f64(%a0: tensor<5x7xf64>, %a1: tensor<7x9xf64>) -> tensor<5x9xf64> {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<5x7xf64>, tensor<7x9xf64>) -> tensor<5x9xf64>
  return %r0 : tensor<5x9xf64>
}

// RUN: numjit-run %s -e matmul_5x7x9_i32 --arg "[[2, -2, 3, -1, 4, 0, -4], [1, -3, 2, -2, 3, -1, 4], [0, -4, 1, -3, 2, -2, 3], [-1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1]]" --arg "[[-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2]]" | FileCheck %s --check-prefix=MATMUL_5X7X9_I32 --match-full-lines
// MATMUL_5X7X9_I32: result 0: tensor<5x9xi32> = {{\[\[}}-4, 6, -2, 8, 0, -8, 2, -6, 4], [-8, 12, -4, 16, 0, -16, 4, -12, 8], [6, -9, 3, -12, 0, 12, -3, 9, -6], [2, -3, 1, -4, 0, 4, -1, 3, -2], [-2, 3, -1, 4, 0, -4, 1, -3, 2]]
func.func @matmul_5x7x9_i32(%a0: tensor<5x7xi32>, %a1: tensor<7x9xi32>) -> tensor<5x9xi32> {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<5x7xi32>, tensor<7x9xi32>) -> tensor<5x9xi32>
  return %r0 : tensor<5x9xi32>
}

// RUN: numjit-run %s -e matmul_5x7x9_i64 --arg "[[2, -2, 3, -1, 4, 0, -4], [1, -3, 2, -2, 3, -1, 4], [0, -4, 1, -3, 2, -2, 3], [-1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1]]" --arg "[[-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2], [-2, 3, -1, 4, 0, -4, 1, -3, 2]]" | FileCheck %s --check-prefix=MATMUL_5X7X9_I64 --match-full-lines
// MATMUL_5X7X9_I64: result 0: tensor<5x9xi64> = {{\[\[}}-4, 6, -2, 8, 0, -8, 2, -6, 4], [-8, 12, -4, 16, 0, -16, 4, -12, 8], [6, -9, 3, -12, 0, 12, -3, 9, -6], [2, -3, 1, -4, 0, 4, -1, 3, -2], [-2, 3, -1, 4, 0, -4, 1, -3, 2]]
func.func @matmul_5x7x9_i64(%a0: tensor<5x7xi64>, %a1: tensor<7x9xi64>) -> tensor<5x9xi64> {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<5x7xi64>, tensor<7x9xi64>) -> tensor<5x9xi64>
  return %r0 : tensor<5x9xi64>
}

// RUN: numjit-run %s -e matmul_wrap_i32 --arg "[[65536, 3]]" --arg "[[65536], [2147483647]]" | FileCheck %s --check-prefix=MATMUL_WRAP_I32 --match-full-lines
// MATMUL_WRAP_I32: result 0: tensor<1x1xi32> = {{\[\[}}2147483645]]
func.func @matmul_wrap_i32(%a0: tensor<1x2xi32>, %a1: tensor<2x1xi32>) -> tensor<1x1xi32> {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<1x2xi32>, tensor<2x1xi32>) -> tensor<1x1xi32>
  return %r0 : tensor<1x1xi32>
}

// RUN: numjit-run %s -e matmul_wrap_i64 --arg "[[4294967296, 3]]" --arg "[[4294967296], [9223372036854775807]]" | FileCheck %s --check-prefix=MATMUL_WRAP_I64 --match-full-lines
// MATMUL_WRAP_I64: result 0: tensor<1x1xi64> = {{\[\[}}9223372036854775805]]
func.func @matmul_wrap_i64(%a0: tensor<1x2xi64>, %a1: tensor<2x1xi64>) -> tensor<1x1xi64> {
  %r0 = numjit.dot_general %a0, %a1, batch = [] x [], contract = [1] x [0] : (tensor<1x2xi64>, tensor<2x1xi64>) -> tensor<1x1xi64>
  return %r0 : tensor<1x1xi64>
}
