// Execution tests: numjit.argmax for operands f32, f64, i32, i64 and index
// results i32, i64: along each dimension, to a rank-0 result, and to an
// empty result. Ties give the first index; for floats nan counts as the
// largest (the first nan wins) and an all -inf row gives 0.

// RUN: numjit-run %s -e argmax_f32_i32 --arg "[[1.0, 5.0, 5.0, 2.0], [-3.0, -3.0, -3.0, -3.0], [1.0, 1.5, 2.0, 7.0]]" --arg "[2.0, 9.5, 4.0, 9.5, 1.0]" --arg "[[0xFF800000, 0xFF800000, 0xFF800000], [0xFF800000, 0.0, 0xFF800000]]" --arg "[[[3.0, 1.0], [3.0, 4.0], [0.0, 4.0]], [[5.0, 5.0], [2.0, 9.0], [5.0, 9.0]]]" --arg "[]" | FileCheck %s --check-prefix=ARGMAX_F32_I32 --match-full-lines
// ARGMAX_F32_I32: result 0: tensor<3xi32> = [1, 0, 3]
// ARGMAX_F32_I32-NEXT: result 1: tensor<4xi32> = [0, 0, 0, 2]
// ARGMAX_F32_I32-NEXT: result 2: tensor<i32> = 1
// ARGMAX_F32_I32-NEXT: result 3: tensor<2xi32> = [0, 1]
// ARGMAX_F32_I32-NEXT: result 4: tensor<3x2xi32> = {{\[\[}}1, 1], [0, 1], [1, 1]]
// ARGMAX_F32_I32-NEXT: result 5: tensor<2x2xi32> = {{\[\[}}0, 1], [0, 1]]
// ARGMAX_F32_I32-NEXT: result 6: tensor<2x3xi32> = {{\[\[}}0, 1, 1], [0, 1, 1]]
// ARGMAX_F32_I32-NEXT: result 7: tensor<0xi32> = []
// ARGMAX_F32_I32-NEXT: result 8: tensor<i32> = 0
func.func @argmax_f32_i32(%a0: tensor<3x4xf32>, %a1: tensor<5xf32>, %a2: tensor<2x3xf32>, %a3: tensor<2x3x2xf32>, %a4: tensor<0xf32>) -> (tensor<3xi32>, tensor<4xi32>, tensor<i32>, tensor<2xi32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<0xi32>, tensor<i32>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<3x4xf32> -> tensor<3xi32>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<3x4xf32> -> tensor<4xi32>
  %r2 = numjit.argmax %a1, dim = 0 : tensor<5xf32> -> tensor<i32>
  %r3 = numjit.argmax %a2, dim = 1 : tensor<2x3xf32> -> tensor<2xi32>
  %r4 = numjit.argmax %a3, dim = 0 : tensor<2x3x2xf32> -> tensor<3x2xi32>
  %r5 = numjit.argmax %a3, dim = 1 : tensor<2x3x2xf32> -> tensor<2x2xi32>
  %r6 = numjit.argmax %a3, dim = 2 : tensor<2x3x2xf32> -> tensor<2x3xi32>
  %z = numjit.broadcast_in_dim %a4, dims = [1] : tensor<0xf32> -> tensor<3x0xf32>
  %r7 = numjit.argmax %z, dim = 0 : tensor<3x0xf32> -> tensor<0xi32>
  %one = numjit.slice %a1, start = [3], limit = [4], strides = [1] : tensor<5xf32> -> tensor<1xf32>
  %r8 = numjit.argmax %one, dim = 0 : tensor<1xf32> -> tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<3xi32>, tensor<4xi32>, tensor<i32>, tensor<2xi32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<0xi32>, tensor<i32>
}

// RUN: numjit-run %s -e argmax_f32_i64 --arg "[[1.0, 5.0, 5.0, 2.0], [-3.0, -3.0, -3.0, -3.0], [1.0, 1.5, 2.0, 7.0]]" --arg "[2.0, 9.5, 4.0, 9.5, 1.0]" --arg "[[0xFF800000, 0xFF800000, 0xFF800000], [0xFF800000, 0.0, 0xFF800000]]" --arg "[[[3.0, 1.0], [3.0, 4.0], [0.0, 4.0]], [[5.0, 5.0], [2.0, 9.0], [5.0, 9.0]]]" --arg "[]" | FileCheck %s --check-prefix=ARGMAX_F32_I64 --match-full-lines
// ARGMAX_F32_I64: result 0: tensor<3xi64> = [1, 0, 3]
// ARGMAX_F32_I64-NEXT: result 1: tensor<4xi64> = [0, 0, 0, 2]
// ARGMAX_F32_I64-NEXT: result 2: tensor<i64> = 1
// ARGMAX_F32_I64-NEXT: result 3: tensor<2xi64> = [0, 1]
// ARGMAX_F32_I64-NEXT: result 4: tensor<3x2xi64> = {{\[\[}}1, 1], [0, 1], [1, 1]]
// ARGMAX_F32_I64-NEXT: result 5: tensor<2x2xi64> = {{\[\[}}0, 1], [0, 1]]
// ARGMAX_F32_I64-NEXT: result 6: tensor<2x3xi64> = {{\[\[}}0, 1, 1], [0, 1, 1]]
// ARGMAX_F32_I64-NEXT: result 7: tensor<0xi64> = []
// ARGMAX_F32_I64-NEXT: result 8: tensor<i64> = 0
func.func @argmax_f32_i64(%a0: tensor<3x4xf32>, %a1: tensor<5xf32>, %a2: tensor<2x3xf32>, %a3: tensor<2x3x2xf32>, %a4: tensor<0xf32>) -> (tensor<3xi64>, tensor<4xi64>, tensor<i64>, tensor<2xi64>, tensor<3x2xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<0xi64>, tensor<i64>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<3x4xf32> -> tensor<3xi64>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<3x4xf32> -> tensor<4xi64>
  %r2 = numjit.argmax %a1, dim = 0 : tensor<5xf32> -> tensor<i64>
  %r3 = numjit.argmax %a2, dim = 1 : tensor<2x3xf32> -> tensor<2xi64>
  %r4 = numjit.argmax %a3, dim = 0 : tensor<2x3x2xf32> -> tensor<3x2xi64>
  %r5 = numjit.argmax %a3, dim = 1 : tensor<2x3x2xf32> -> tensor<2x2xi64>
  %r6 = numjit.argmax %a3, dim = 2 : tensor<2x3x2xf32> -> tensor<2x3xi64>
  %z = numjit.broadcast_in_dim %a4, dims = [1] : tensor<0xf32> -> tensor<3x0xf32>
  %r7 = numjit.argmax %z, dim = 0 : tensor<3x0xf32> -> tensor<0xi64>
  %one = numjit.slice %a1, start = [3], limit = [4], strides = [1] : tensor<5xf32> -> tensor<1xf32>
  %r8 = numjit.argmax %one, dim = 0 : tensor<1xf32> -> tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<3xi64>, tensor<4xi64>, tensor<i64>, tensor<2xi64>, tensor<3x2xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<0xi64>, tensor<i64>
}

// RUN: numjit-run %s -e argmax_f64_i32 --arg "[[1.0, 5.0, 5.0, 2.0], [-3.0, -3.0, -3.0, -3.0], [1.0, 1.5, 2.0, 7.0]]" --arg "[2.0, 9.5, 4.0, 9.5, 1.0]" --arg "[[0xFFF0000000000000, 0xFFF0000000000000, 0xFFF0000000000000], [0xFFF0000000000000, 0.0, 0xFFF0000000000000]]" --arg "[[[3.0, 1.0], [3.0, 4.0], [0.0, 4.0]], [[5.0, 5.0], [2.0, 9.0], [5.0, 9.0]]]" --arg "[]" | FileCheck %s --check-prefix=ARGMAX_F64_I32 --match-full-lines
// ARGMAX_F64_I32: result 0: tensor<3xi32> = [1, 0, 3]
// ARGMAX_F64_I32-NEXT: result 1: tensor<4xi32> = [0, 0, 0, 2]
// ARGMAX_F64_I32-NEXT: result 2: tensor<i32> = 1
// ARGMAX_F64_I32-NEXT: result 3: tensor<2xi32> = [0, 1]
// ARGMAX_F64_I32-NEXT: result 4: tensor<3x2xi32> = {{\[\[}}1, 1], [0, 1], [1, 1]]
// ARGMAX_F64_I32-NEXT: result 5: tensor<2x2xi32> = {{\[\[}}0, 1], [0, 1]]
// ARGMAX_F64_I32-NEXT: result 6: tensor<2x3xi32> = {{\[\[}}0, 1, 1], [0, 1, 1]]
// ARGMAX_F64_I32-NEXT: result 7: tensor<0xi32> = []
// ARGMAX_F64_I32-NEXT: result 8: tensor<i32> = 0
func.func @argmax_f64_i32(%a0: tensor<3x4xf64>, %a1: tensor<5xf64>, %a2: tensor<2x3xf64>, %a3: tensor<2x3x2xf64>, %a4: tensor<0xf64>) -> (tensor<3xi32>, tensor<4xi32>, tensor<i32>, tensor<2xi32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<0xi32>, tensor<i32>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<3x4xf64> -> tensor<3xi32>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<3x4xf64> -> tensor<4xi32>
  %r2 = numjit.argmax %a1, dim = 0 : tensor<5xf64> -> tensor<i32>
  %r3 = numjit.argmax %a2, dim = 1 : tensor<2x3xf64> -> tensor<2xi32>
  %r4 = numjit.argmax %a3, dim = 0 : tensor<2x3x2xf64> -> tensor<3x2xi32>
  %r5 = numjit.argmax %a3, dim = 1 : tensor<2x3x2xf64> -> tensor<2x2xi32>
  %r6 = numjit.argmax %a3, dim = 2 : tensor<2x3x2xf64> -> tensor<2x3xi32>
  %z = numjit.broadcast_in_dim %a4, dims = [1] : tensor<0xf64> -> tensor<3x0xf64>
  %r7 = numjit.argmax %z, dim = 0 : tensor<3x0xf64> -> tensor<0xi32>
  %one = numjit.slice %a1, start = [3], limit = [4], strides = [1] : tensor<5xf64> -> tensor<1xf64>
  %r8 = numjit.argmax %one, dim = 0 : tensor<1xf64> -> tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<3xi32>, tensor<4xi32>, tensor<i32>, tensor<2xi32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<0xi32>, tensor<i32>
}

// RUN: numjit-run %s -e argmax_f64_i64 --arg "[[1.0, 5.0, 5.0, 2.0], [-3.0, -3.0, -3.0, -3.0], [1.0, 1.5, 2.0, 7.0]]" --arg "[2.0, 9.5, 4.0, 9.5, 1.0]" --arg "[[0xFFF0000000000000, 0xFFF0000000000000, 0xFFF0000000000000], [0xFFF0000000000000, 0.0, 0xFFF0000000000000]]" --arg "[[[3.0, 1.0], [3.0, 4.0], [0.0, 4.0]], [[5.0, 5.0], [2.0, 9.0], [5.0, 9.0]]]" --arg "[]" | FileCheck %s --check-prefix=ARGMAX_F64_I64 --match-full-lines
// ARGMAX_F64_I64: result 0: tensor<3xi64> = [1, 0, 3]
// ARGMAX_F64_I64-NEXT: result 1: tensor<4xi64> = [0, 0, 0, 2]
// ARGMAX_F64_I64-NEXT: result 2: tensor<i64> = 1
// ARGMAX_F64_I64-NEXT: result 3: tensor<2xi64> = [0, 1]
// ARGMAX_F64_I64-NEXT: result 4: tensor<3x2xi64> = {{\[\[}}1, 1], [0, 1], [1, 1]]
// ARGMAX_F64_I64-NEXT: result 5: tensor<2x2xi64> = {{\[\[}}0, 1], [0, 1]]
// ARGMAX_F64_I64-NEXT: result 6: tensor<2x3xi64> = {{\[\[}}0, 1, 1], [0, 1, 1]]
// ARGMAX_F64_I64-NEXT: result 7: tensor<0xi64> = []
// ARGMAX_F64_I64-NEXT: result 8: tensor<i64> = 0
func.func @argmax_f64_i64(%a0: tensor<3x4xf64>, %a1: tensor<5xf64>, %a2: tensor<2x3xf64>, %a3: tensor<2x3x2xf64>, %a4: tensor<0xf64>) -> (tensor<3xi64>, tensor<4xi64>, tensor<i64>, tensor<2xi64>, tensor<3x2xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<0xi64>, tensor<i64>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<3x4xf64> -> tensor<3xi64>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<3x4xf64> -> tensor<4xi64>
  %r2 = numjit.argmax %a1, dim = 0 : tensor<5xf64> -> tensor<i64>
  %r3 = numjit.argmax %a2, dim = 1 : tensor<2x3xf64> -> tensor<2xi64>
  %r4 = numjit.argmax %a3, dim = 0 : tensor<2x3x2xf64> -> tensor<3x2xi64>
  %r5 = numjit.argmax %a3, dim = 1 : tensor<2x3x2xf64> -> tensor<2x2xi64>
  %r6 = numjit.argmax %a3, dim = 2 : tensor<2x3x2xf64> -> tensor<2x3xi64>
  %z = numjit.broadcast_in_dim %a4, dims = [1] : tensor<0xf64> -> tensor<3x0xf64>
  %r7 = numjit.argmax %z, dim = 0 : tensor<3x0xf64> -> tensor<0xi64>
  %one = numjit.slice %a1, start = [3], limit = [4], strides = [1] : tensor<5xf64> -> tensor<1xf64>
  %r8 = numjit.argmax %one, dim = 0 : tensor<1xf64> -> tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<3xi64>, tensor<4xi64>, tensor<i64>, tensor<2xi64>, tensor<3x2xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<0xi64>, tensor<i64>
}

// RUN: numjit-run %s -e argmax_i32_i32 --arg "[[1, 5, 5, 2], [-3, -3, -3, -3], [1, 1, 2, 7]]" --arg "[2, 9, 4, 9, 1]" --arg "[[-2147483648, -2147483648, -2147483648], [-2147483648, 0, -2147483648]]" --arg "[[[3, 1], [3, 4], [0, 4]], [[5, 5], [2, 9], [5, 9]]]" --arg "[]" | FileCheck %s --check-prefix=ARGMAX_I32_I32 --match-full-lines
// ARGMAX_I32_I32: result 0: tensor<3xi32> = [1, 0, 3]
// ARGMAX_I32_I32-NEXT: result 1: tensor<4xi32> = [0, 0, 0, 2]
// ARGMAX_I32_I32-NEXT: result 2: tensor<i32> = 1
// ARGMAX_I32_I32-NEXT: result 3: tensor<2xi32> = [0, 1]
// ARGMAX_I32_I32-NEXT: result 4: tensor<3x2xi32> = {{\[\[}}1, 1], [0, 1], [1, 1]]
// ARGMAX_I32_I32-NEXT: result 5: tensor<2x2xi32> = {{\[\[}}0, 1], [0, 1]]
// ARGMAX_I32_I32-NEXT: result 6: tensor<2x3xi32> = {{\[\[}}0, 1, 1], [0, 1, 1]]
// ARGMAX_I32_I32-NEXT: result 7: tensor<0xi32> = []
// ARGMAX_I32_I32-NEXT: result 8: tensor<i32> = 0
func.func @argmax_i32_i32(%a0: tensor<3x4xi32>, %a1: tensor<5xi32>, %a2: tensor<2x3xi32>, %a3: tensor<2x3x2xi32>, %a4: tensor<0xi32>) -> (tensor<3xi32>, tensor<4xi32>, tensor<i32>, tensor<2xi32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<0xi32>, tensor<i32>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<3x4xi32> -> tensor<3xi32>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<3x4xi32> -> tensor<4xi32>
  %r2 = numjit.argmax %a1, dim = 0 : tensor<5xi32> -> tensor<i32>
  %r3 = numjit.argmax %a2, dim = 1 : tensor<2x3xi32> -> tensor<2xi32>
  %r4 = numjit.argmax %a3, dim = 0 : tensor<2x3x2xi32> -> tensor<3x2xi32>
  %r5 = numjit.argmax %a3, dim = 1 : tensor<2x3x2xi32> -> tensor<2x2xi32>
  %r6 = numjit.argmax %a3, dim = 2 : tensor<2x3x2xi32> -> tensor<2x3xi32>
  %z = numjit.broadcast_in_dim %a4, dims = [1] : tensor<0xi32> -> tensor<3x0xi32>
  %r7 = numjit.argmax %z, dim = 0 : tensor<3x0xi32> -> tensor<0xi32>
  %one = numjit.slice %a1, start = [3], limit = [4], strides = [1] : tensor<5xi32> -> tensor<1xi32>
  %r8 = numjit.argmax %one, dim = 0 : tensor<1xi32> -> tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<3xi32>, tensor<4xi32>, tensor<i32>, tensor<2xi32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<0xi32>, tensor<i32>
}

// RUN: numjit-run %s -e argmax_i32_i64 --arg "[[1, 5, 5, 2], [-3, -3, -3, -3], [1, 1, 2, 7]]" --arg "[2, 9, 4, 9, 1]" --arg "[[-2147483648, -2147483648, -2147483648], [-2147483648, 0, -2147483648]]" --arg "[[[3, 1], [3, 4], [0, 4]], [[5, 5], [2, 9], [5, 9]]]" --arg "[]" | FileCheck %s --check-prefix=ARGMAX_I32_I64 --match-full-lines
// ARGMAX_I32_I64: result 0: tensor<3xi64> = [1, 0, 3]
// ARGMAX_I32_I64-NEXT: result 1: tensor<4xi64> = [0, 0, 0, 2]
// ARGMAX_I32_I64-NEXT: result 2: tensor<i64> = 1
// ARGMAX_I32_I64-NEXT: result 3: tensor<2xi64> = [0, 1]
// ARGMAX_I32_I64-NEXT: result 4: tensor<3x2xi64> = {{\[\[}}1, 1], [0, 1], [1, 1]]
// ARGMAX_I32_I64-NEXT: result 5: tensor<2x2xi64> = {{\[\[}}0, 1], [0, 1]]
// ARGMAX_I32_I64-NEXT: result 6: tensor<2x3xi64> = {{\[\[}}0, 1, 1], [0, 1, 1]]
// ARGMAX_I32_I64-NEXT: result 7: tensor<0xi64> = []
// ARGMAX_I32_I64-NEXT: result 8: tensor<i64> = 0
func.func @argmax_i32_i64(%a0: tensor<3x4xi32>, %a1: tensor<5xi32>, %a2: tensor<2x3xi32>, %a3: tensor<2x3x2xi32>, %a4: tensor<0xi32>) -> (tensor<3xi64>, tensor<4xi64>, tensor<i64>, tensor<2xi64>, tensor<3x2xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<0xi64>, tensor<i64>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<3x4xi32> -> tensor<3xi64>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<3x4xi32> -> tensor<4xi64>
  %r2 = numjit.argmax %a1, dim = 0 : tensor<5xi32> -> tensor<i64>
  %r3 = numjit.argmax %a2, dim = 1 : tensor<2x3xi32> -> tensor<2xi64>
  %r4 = numjit.argmax %a3, dim = 0 : tensor<2x3x2xi32> -> tensor<3x2xi64>
  %r5 = numjit.argmax %a3, dim = 1 : tensor<2x3x2xi32> -> tensor<2x2xi64>
  %r6 = numjit.argmax %a3, dim = 2 : tensor<2x3x2xi32> -> tensor<2x3xi64>
  %z = numjit.broadcast_in_dim %a4, dims = [1] : tensor<0xi32> -> tensor<3x0xi32>
  %r7 = numjit.argmax %z, dim = 0 : tensor<3x0xi32> -> tensor<0xi64>
  %one = numjit.slice %a1, start = [3], limit = [4], strides = [1] : tensor<5xi32> -> tensor<1xi32>
  %r8 = numjit.argmax %one, dim = 0 : tensor<1xi32> -> tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<3xi64>, tensor<4xi64>, tensor<i64>, tensor<2xi64>, tensor<3x2xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<0xi64>, tensor<i64>
}

// RUN: numjit-run %s -e argmax_i64_i32 --arg "[[1, 5, 5, 2], [-3, -3, -3, -3], [1, 1, 2, 7]]" --arg "[2, 9, 4, 9, 1]" --arg "[[-9223372036854775808, -9223372036854775808, -9223372036854775808], [-9223372036854775808, 0, -9223372036854775808]]" --arg "[[[3, 1], [3, 4], [0, 4]], [[5, 5], [2, 9], [5, 9]]]" --arg "[]" | FileCheck %s --check-prefix=ARGMAX_I64_I32 --match-full-lines
// ARGMAX_I64_I32: result 0: tensor<3xi32> = [1, 0, 3]
// ARGMAX_I64_I32-NEXT: result 1: tensor<4xi32> = [0, 0, 0, 2]
// ARGMAX_I64_I32-NEXT: result 2: tensor<i32> = 1
// ARGMAX_I64_I32-NEXT: result 3: tensor<2xi32> = [0, 1]
// ARGMAX_I64_I32-NEXT: result 4: tensor<3x2xi32> = {{\[\[}}1, 1], [0, 1], [1, 1]]
// ARGMAX_I64_I32-NEXT: result 5: tensor<2x2xi32> = {{\[\[}}0, 1], [0, 1]]
// ARGMAX_I64_I32-NEXT: result 6: tensor<2x3xi32> = {{\[\[}}0, 1, 1], [0, 1, 1]]
// ARGMAX_I64_I32-NEXT: result 7: tensor<0xi32> = []
// ARGMAX_I64_I32-NEXT: result 8: tensor<i32> = 0
func.func @argmax_i64_i32(%a0: tensor<3x4xi64>, %a1: tensor<5xi64>, %a2: tensor<2x3xi64>, %a3: tensor<2x3x2xi64>, %a4: tensor<0xi64>) -> (tensor<3xi32>, tensor<4xi32>, tensor<i32>, tensor<2xi32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<0xi32>, tensor<i32>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<3x4xi64> -> tensor<3xi32>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<3x4xi64> -> tensor<4xi32>
  %r2 = numjit.argmax %a1, dim = 0 : tensor<5xi64> -> tensor<i32>
  %r3 = numjit.argmax %a2, dim = 1 : tensor<2x3xi64> -> tensor<2xi32>
  %r4 = numjit.argmax %a3, dim = 0 : tensor<2x3x2xi64> -> tensor<3x2xi32>
  %r5 = numjit.argmax %a3, dim = 1 : tensor<2x3x2xi64> -> tensor<2x2xi32>
  %r6 = numjit.argmax %a3, dim = 2 : tensor<2x3x2xi64> -> tensor<2x3xi32>
  %z = numjit.broadcast_in_dim %a4, dims = [1] : tensor<0xi64> -> tensor<3x0xi64>
  %r7 = numjit.argmax %z, dim = 0 : tensor<3x0xi64> -> tensor<0xi32>
  %one = numjit.slice %a1, start = [3], limit = [4], strides = [1] : tensor<5xi64> -> tensor<1xi64>
  %r8 = numjit.argmax %one, dim = 0 : tensor<1xi64> -> tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<3xi32>, tensor<4xi32>, tensor<i32>, tensor<2xi32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<0xi32>, tensor<i32>
}

// RUN: numjit-run %s -e argmax_i64_i64 --arg "[[1, 5, 5, 2], [-3, -3, -3, -3], [1, 1, 2, 7]]" --arg "[2, 9, 4, 9, 1]" --arg "[[-9223372036854775808, -9223372036854775808, -9223372036854775808], [-9223372036854775808, 0, -9223372036854775808]]" --arg "[[[3, 1], [3, 4], [0, 4]], [[5, 5], [2, 9], [5, 9]]]" --arg "[]" | FileCheck %s --check-prefix=ARGMAX_I64_I64 --match-full-lines
// ARGMAX_I64_I64: result 0: tensor<3xi64> = [1, 0, 3]
// ARGMAX_I64_I64-NEXT: result 1: tensor<4xi64> = [0, 0, 0, 2]
// ARGMAX_I64_I64-NEXT: result 2: tensor<i64> = 1
// ARGMAX_I64_I64-NEXT: result 3: tensor<2xi64> = [0, 1]
// ARGMAX_I64_I64-NEXT: result 4: tensor<3x2xi64> = {{\[\[}}1, 1], [0, 1], [1, 1]]
// ARGMAX_I64_I64-NEXT: result 5: tensor<2x2xi64> = {{\[\[}}0, 1], [0, 1]]
// ARGMAX_I64_I64-NEXT: result 6: tensor<2x3xi64> = {{\[\[}}0, 1, 1], [0, 1, 1]]
// ARGMAX_I64_I64-NEXT: result 7: tensor<0xi64> = []
// ARGMAX_I64_I64-NEXT: result 8: tensor<i64> = 0
func.func @argmax_i64_i64(%a0: tensor<3x4xi64>, %a1: tensor<5xi64>, %a2: tensor<2x3xi64>, %a3: tensor<2x3x2xi64>, %a4: tensor<0xi64>) -> (tensor<3xi64>, tensor<4xi64>, tensor<i64>, tensor<2xi64>, tensor<3x2xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<0xi64>, tensor<i64>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<3x4xi64> -> tensor<3xi64>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<3x4xi64> -> tensor<4xi64>
  %r2 = numjit.argmax %a1, dim = 0 : tensor<5xi64> -> tensor<i64>
  %r3 = numjit.argmax %a2, dim = 1 : tensor<2x3xi64> -> tensor<2xi64>
  %r4 = numjit.argmax %a3, dim = 0 : tensor<2x3x2xi64> -> tensor<3x2xi64>
  %r5 = numjit.argmax %a3, dim = 1 : tensor<2x3x2xi64> -> tensor<2x2xi64>
  %r6 = numjit.argmax %a3, dim = 2 : tensor<2x3x2xi64> -> tensor<2x3xi64>
  %z = numjit.broadcast_in_dim %a4, dims = [1] : tensor<0xi64> -> tensor<3x0xi64>
  %r7 = numjit.argmax %z, dim = 0 : tensor<3x0xi64> -> tensor<0xi64>
  %one = numjit.slice %a1, start = [3], limit = [4], strides = [1] : tensor<5xi64> -> tensor<1xi64>
  %r8 = numjit.argmax %one, dim = 0 : tensor<1xi64> -> tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<3xi64>, tensor<4xi64>, tensor<i64>, tensor<2xi64>, tensor<3x2xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<0xi64>, tensor<i64>
}

// RUN: numjit-run %s -e argmax_nan_f32 --arg "[[1.0, 0x7FC00000, 5.0, 0x7FC00000], [0x7FC00000, 2.0, 3.0, 4.0], [0xFF800000, 0xFF800000, 0xFF800000, 0xFF800000], [1.0, 2.0, 0x7F800000, 0x7F800000], [0xFF800000, 0x7FC00000, 0x7F800000, 0x7FC00000], [-0.0, 0.0, -1.0, 0.0]]" | FileCheck %s --check-prefix=ARGMAX_NAN_F32 --match-full-lines
// ARGMAX_NAN_F32: result 0: tensor<6xi32> = [1, 0, 0, 2, 1, 0]
// ARGMAX_NAN_F32-NEXT: result 1: tensor<4xi32> = [1, 0, 3, 0]
func.func @argmax_nan_f32(%a0: tensor<6x4xf32>) -> (tensor<6xi32>, tensor<4xi32>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<6x4xf32> -> tensor<6xi32>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<6x4xf32> -> tensor<4xi32>
  return %r0, %r1 : tensor<6xi32>, tensor<4xi32>
}

// RUN: numjit-run %s -e argmax_nan_f64 --arg "[[1.0, 0x7FF8000000000000, 5.0, 0x7FF8000000000000], [0x7FF8000000000000, 2.0, 3.0, 4.0], [0xFFF0000000000000, 0xFFF0000000000000, 0xFFF0000000000000, 0xFFF0000000000000], [1.0, 2.0, 0x7FF0000000000000, 0x7FF0000000000000], [0xFFF0000000000000, 0x7FF8000000000000, 0x7FF0000000000000, 0x7FF8000000000000], [-0.0, 0.0, -1.0, 0.0]]" | FileCheck %s --check-prefix=ARGMAX_NAN_F64 --match-full-lines
// ARGMAX_NAN_F64: result 0: tensor<6xi64> = [1, 0, 0, 2, 1, 0]
// ARGMAX_NAN_F64-NEXT: result 1: tensor<4xi64> = [1, 0, 3, 0]
func.func @argmax_nan_f64(%a0: tensor<6x4xf64>) -> (tensor<6xi64>, tensor<4xi64>) {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<6x4xf64> -> tensor<6xi64>
  %r1 = numjit.argmax %a0, dim = 0 : tensor<6x4xf64> -> tensor<4xi64>
  return %r0, %r1 : tensor<6xi64>, tensor<4xi64>
}

// RUN: numjit-run %s -e argmax_long_f32 --arg "[[0.0, 7.0, 4.0, 1.0, 8.0, 5.0, 2.0, 9.0, 6.0, 3.0, 0.0, 7.0, 4.0, 1.0, 8.0, 5.0, 2.0, 9.0, 6.0, 3.0, 0.0, 7.0, 4.0, 1.0, 8.0, 5.0, 2.0, 9.0, 6.0, 3.0, 0.0, 7.0, 4.0, 50.0, 8.0, 50.0, 2.0]]" | FileCheck %s --check-prefix=ARGMAX_LONG_F32 --match-full-lines
// ARGMAX_LONG_F32: result 0: tensor<1xi64> = [33]
func.func @argmax_long_f32(%a0: tensor<1x37xf32>) -> tensor<1xi64> {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<1x37xf32> -> tensor<1xi64>
  return %r0 : tensor<1xi64>
}

// RUN: numjit-run %s -e argmax_long_f64 --arg "[[0.0, 7.0, 4.0, 1.0, 8.0, 5.0, 2.0, 9.0, 6.0, 3.0, 0.0, 7.0, 4.0, 1.0, 8.0, 5.0, 2.0, 9.0, 6.0, 3.0, 0.0, 7.0, 4.0, 1.0, 8.0, 5.0, 2.0, 9.0, 6.0, 3.0, 0.0, 7.0, 4.0, 50.0, 8.0, 50.0, 2.0]]" | FileCheck %s --check-prefix=ARGMAX_LONG_F64 --match-full-lines
// ARGMAX_LONG_F64: result 0: tensor<1xi64> = [33]
func.func @argmax_long_f64(%a0: tensor<1x37xf64>) -> tensor<1xi64> {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<1x37xf64> -> tensor<1xi64>
  return %r0 : tensor<1xi64>
}

// RUN: numjit-run %s -e argmax_long_i32 --arg "[[0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 50, 8, 50, 2]]" | FileCheck %s --check-prefix=ARGMAX_LONG_I32 --match-full-lines
// ARGMAX_LONG_I32: result 0: tensor<1xi64> = [33]
func.func @argmax_long_i32(%a0: tensor<1x37xi32>) -> tensor<1xi64> {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<1x37xi32> -> tensor<1xi64>
  return %r0 : tensor<1xi64>
}

// RUN: numjit-run %s -e argmax_long_i64 --arg "[[0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 50, 8, 50, 2]]" | FileCheck %s --check-prefix=ARGMAX_LONG_I64 --match-full-lines
// ARGMAX_LONG_I64: result 0: tensor<1xi64> = [33]
func.func @argmax_long_i64(%a0: tensor<1x37xi64>) -> tensor<1xi64> {
  %r0 = numjit.argmax %a0, dim = 1 : tensor<1x37xi64> -> tensor<1xi64>
  return %r0 : tensor<1xi64>
}
