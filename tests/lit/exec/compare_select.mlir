// Execution tests: numjit.compare in all six directions for f32, f64, i32,
// i64 and i1 (floats: ordered except ne, which is true on nan; ints signed;
// i1 unsigned, false < true), and numjit.select for every element type.
// Each also runs on a rank-0 and an empty tensor.

// RUN: numjit-run %s -e compare_f32 --arg "[1.0, 2.0, 3.0, 0x7FC00000, 1.0, 0x7FC00000, -0.0, 0x7F800000, 0xFF800000, 0x7F800000]" --arg "[2.0, 2.0, 1.0, 1.0, 0x7FC00000, 0x7FC00000, 0.0, 0x7F800000, 5.0, 0xFF800000]" --arg "1.5" --arg "1.5" --arg "2.5" --arg "0x7FC00000" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=COMPARE_F32 --match-full-lines
// COMPARE_F32: result 0: tensor<10xi1> = [false, true, false, false, false, false, true, true, false, false]
// COMPARE_F32-NEXT: result 1: tensor<10xi1> = [true, false, true, true, true, true, false, false, true, true]
// COMPARE_F32-NEXT: result 2: tensor<10xi1> = [true, false, false, false, false, false, false, false, true, false]
// COMPARE_F32-NEXT: result 3: tensor<10xi1> = [true, true, false, false, false, false, true, true, true, false]
// COMPARE_F32-NEXT: result 4: tensor<10xi1> = [false, false, true, false, false, false, false, false, false, true]
// COMPARE_F32-NEXT: result 5: tensor<10xi1> = [false, true, true, false, false, false, true, true, false, true]
// COMPARE_F32-NEXT: result 6: tensor<i1> = true
// COMPARE_F32-NEXT: result 7: tensor<i1> = true
// COMPARE_F32-NEXT: result 8: tensor<0xi1> = []
func.func @compare_f32(%a0: tensor<10xf32>, %a1: tensor<10xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<f32>, %a5: tensor<f32>, %a6: tensor<0xf32>, %a7: tensor<0xf32>) -> (tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.compare eq, %a0, %a1 : tensor<10xf32>
  %r1 = numjit.compare ne, %a0, %a1 : tensor<10xf32>
  %r2 = numjit.compare lt, %a0, %a1 : tensor<10xf32>
  %r3 = numjit.compare le, %a0, %a1 : tensor<10xf32>
  %r4 = numjit.compare gt, %a0, %a1 : tensor<10xf32>
  %r5 = numjit.compare ge, %a0, %a1 : tensor<10xf32>
  %r6 = numjit.compare le, %a2, %a3 : tensor<f32>
  %r7 = numjit.compare ne, %a4, %a5 : tensor<f32>
  %r8 = numjit.compare gt, %a6, %a7 : tensor<0xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e compare_f64 --arg "[1.0, 2.0, 3.0, 0x7FF8000000000000, 1.0, 0x7FF8000000000000, -0.0, 0x7FF0000000000000, 0xFFF0000000000000, 0x7FF0000000000000]" --arg "[2.0, 2.0, 1.0, 1.0, 0x7FF8000000000000, 0x7FF8000000000000, 0.0, 0x7FF0000000000000, 5.0, 0xFFF0000000000000]" --arg "1.5" --arg "1.5" --arg "2.5" --arg "0x7FF8000000000000" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=COMPARE_F64 --match-full-lines
// COMPARE_F64: result 0: tensor<10xi1> = [false, true, false, false, false, false, true, true, false, false]
// COMPARE_F64-NEXT: result 1: tensor<10xi1> = [true, false, true, true, true, true, false, false, true, true]
// COMPARE_F64-NEXT: result 2: tensor<10xi1> = [true, false, false, false, false, false, false, false, true, false]
// COMPARE_F64-NEXT: result 3: tensor<10xi1> = [true, true, false, false, false, false, true, true, true, false]
// COMPARE_F64-NEXT: result 4: tensor<10xi1> = [false, false, true, false, false, false, false, false, false, true]
// COMPARE_F64-NEXT: result 5: tensor<10xi1> = [false, true, true, false, false, false, true, true, false, true]
// COMPARE_F64-NEXT: result 6: tensor<i1> = true
// COMPARE_F64-NEXT: result 7: tensor<i1> = true
// COMPARE_F64-NEXT: result 8: tensor<0xi1> = []
func.func @compare_f64(%a0: tensor<10xf64>, %a1: tensor<10xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<f64>, %a5: tensor<f64>, %a6: tensor<0xf64>, %a7: tensor<0xf64>) -> (tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.compare eq, %a0, %a1 : tensor<10xf64>
  %r1 = numjit.compare ne, %a0, %a1 : tensor<10xf64>
  %r2 = numjit.compare lt, %a0, %a1 : tensor<10xf64>
  %r3 = numjit.compare le, %a0, %a1 : tensor<10xf64>
  %r4 = numjit.compare gt, %a0, %a1 : tensor<10xf64>
  %r5 = numjit.compare ge, %a0, %a1 : tensor<10xf64>
  %r6 = numjit.compare le, %a2, %a3 : tensor<f64>
  %r7 = numjit.compare ne, %a4, %a5 : tensor<f64>
  %r8 = numjit.compare gt, %a6, %a7 : tensor<0xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<10xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e compare_i32 --arg "[1, 2, 3, -5, -2147483648, 2147483647, 0, -1]" --arg "[2, 2, 1, 5, 2147483647, -2147483648, 0, 1]" --arg "-3" --arg "-3" --arg "-4" --arg "7" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=COMPARE_I32 --match-full-lines
// COMPARE_I32: result 0: tensor<8xi1> = [false, true, false, false, false, false, true, false]
// COMPARE_I32-NEXT: result 1: tensor<8xi1> = [true, false, true, true, true, true, false, true]
// COMPARE_I32-NEXT: result 2: tensor<8xi1> = [true, false, false, true, true, false, false, true]
// COMPARE_I32-NEXT: result 3: tensor<8xi1> = [true, true, false, true, true, false, true, true]
// COMPARE_I32-NEXT: result 4: tensor<8xi1> = [false, false, true, false, false, true, false, false]
// COMPARE_I32-NEXT: result 5: tensor<8xi1> = [false, true, true, false, false, true, true, false]
// COMPARE_I32-NEXT: result 6: tensor<i1> = true
// COMPARE_I32-NEXT: result 7: tensor<i1> = true
// COMPARE_I32-NEXT: result 8: tensor<0xi1> = []
func.func @compare_i32(%a0: tensor<8xi32>, %a1: tensor<8xi32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<i32>, %a5: tensor<i32>, %a6: tensor<0xi32>, %a7: tensor<0xi32>) -> (tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.compare eq, %a0, %a1 : tensor<8xi32>
  %r1 = numjit.compare ne, %a0, %a1 : tensor<8xi32>
  %r2 = numjit.compare lt, %a0, %a1 : tensor<8xi32>
  %r3 = numjit.compare le, %a0, %a1 : tensor<8xi32>
  %r4 = numjit.compare gt, %a0, %a1 : tensor<8xi32>
  %r5 = numjit.compare ge, %a0, %a1 : tensor<8xi32>
  %r6 = numjit.compare le, %a2, %a3 : tensor<i32>
  %r7 = numjit.compare ne, %a4, %a5 : tensor<i32>
  %r8 = numjit.compare gt, %a6, %a7 : tensor<0xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e compare_i64 --arg "[1, 2, 3, -5, -9223372036854775808, 9223372036854775807, 0, -1]" --arg "[2, 2, 1, 5, 9223372036854775807, -9223372036854775808, 0, 1]" --arg "-3" --arg "-3" --arg "-4" --arg "7" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=COMPARE_I64 --match-full-lines
// COMPARE_I64: result 0: tensor<8xi1> = [false, true, false, false, false, false, true, false]
// COMPARE_I64-NEXT: result 1: tensor<8xi1> = [true, false, true, true, true, true, false, true]
// COMPARE_I64-NEXT: result 2: tensor<8xi1> = [true, false, false, true, true, false, false, true]
// COMPARE_I64-NEXT: result 3: tensor<8xi1> = [true, true, false, true, true, false, true, true]
// COMPARE_I64-NEXT: result 4: tensor<8xi1> = [false, false, true, false, false, true, false, false]
// COMPARE_I64-NEXT: result 5: tensor<8xi1> = [false, true, true, false, false, true, true, false]
// COMPARE_I64-NEXT: result 6: tensor<i1> = true
// COMPARE_I64-NEXT: result 7: tensor<i1> = true
// COMPARE_I64-NEXT: result 8: tensor<0xi1> = []
func.func @compare_i64(%a0: tensor<8xi64>, %a1: tensor<8xi64>, %a2: tensor<i64>, %a3: tensor<i64>, %a4: tensor<i64>, %a5: tensor<i64>, %a6: tensor<0xi64>, %a7: tensor<0xi64>) -> (tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.compare eq, %a0, %a1 : tensor<8xi64>
  %r1 = numjit.compare ne, %a0, %a1 : tensor<8xi64>
  %r2 = numjit.compare lt, %a0, %a1 : tensor<8xi64>
  %r3 = numjit.compare le, %a0, %a1 : tensor<8xi64>
  %r4 = numjit.compare gt, %a0, %a1 : tensor<8xi64>
  %r5 = numjit.compare ge, %a0, %a1 : tensor<8xi64>
  %r6 = numjit.compare le, %a2, %a3 : tensor<i64>
  %r7 = numjit.compare ne, %a4, %a5 : tensor<i64>
  %r8 = numjit.compare gt, %a6, %a7 : tensor<0xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e compare_i1 --arg "[false, false, true, true]" --arg "[false, true, false, true]" --arg "true" --arg "true" --arg "false" --arg "true" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=COMPARE_I1 --match-full-lines
// COMPARE_I1: result 0: tensor<4xi1> = [true, false, false, true]
// COMPARE_I1-NEXT: result 1: tensor<4xi1> = [false, true, true, false]
// COMPARE_I1-NEXT: result 2: tensor<4xi1> = [false, true, false, false]
// COMPARE_I1-NEXT: result 3: tensor<4xi1> = [true, true, false, true]
// COMPARE_I1-NEXT: result 4: tensor<4xi1> = [false, false, true, false]
// COMPARE_I1-NEXT: result 5: tensor<4xi1> = [true, false, true, true]
// COMPARE_I1-NEXT: result 6: tensor<i1> = true
// COMPARE_I1-NEXT: result 7: tensor<i1> = true
// COMPARE_I1-NEXT: result 8: tensor<0xi1> = []
func.func @compare_i1(%a0: tensor<4xi1>, %a1: tensor<4xi1>, %a2: tensor<i1>, %a3: tensor<i1>, %a4: tensor<i1>, %a5: tensor<i1>, %a6: tensor<0xi1>, %a7: tensor<0xi1>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.compare eq, %a0, %a1 : tensor<4xi1>
  %r1 = numjit.compare ne, %a0, %a1 : tensor<4xi1>
  %r2 = numjit.compare lt, %a0, %a1 : tensor<4xi1>
  %r3 = numjit.compare le, %a0, %a1 : tensor<4xi1>
  %r4 = numjit.compare gt, %a0, %a1 : tensor<4xi1>
  %r5 = numjit.compare ge, %a0, %a1 : tensor<4xi1>
  %r6 = numjit.compare le, %a2, %a3 : tensor<i1>
  %r7 = numjit.compare ne, %a4, %a5 : tensor<i1>
  %r8 = numjit.compare gt, %a6, %a7 : tensor<0xi1>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e select_f32 --arg "[true, false, true, false, false]" --arg "[1.5, 0x7FC00000, -0.0, 0x7F800000, 2.0]" --arg "[-1.0, 3.0, 0.0, 4.0, 0x7FC00000]" --arg "false" --arg "1.5" --arg "3.0" --arg "true" --arg "[]" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SELECT_F32 --match-full-lines
// SELECT_F32: result 0: tensor<5xf32> = [1.5, 3, -0, 4, {{-?nan}}]
// SELECT_F32-NEXT: result 1: tensor<f32> = 3
// SELECT_F32-NEXT: result 2: tensor<f32> = 1.5
// SELECT_F32-NEXT: result 3: tensor<0xf32> = []
func.func @select_f32(%a0: tensor<5xi1>, %a1: tensor<5xf32>, %a2: tensor<5xf32>, %a3: tensor<i1>, %a4: tensor<f32>, %a5: tensor<f32>, %a6: tensor<i1>, %a7: tensor<0xi1>, %a8: tensor<0xf32>, %a9: tensor<0xf32>) -> (tensor<5xf32>, tensor<f32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.select %a0, %a1, %a2 : tensor<5xi1>, tensor<5xf32>
  %r1 = numjit.select %a3, %a4, %a5 : tensor<i1>, tensor<f32>
  %r2 = numjit.select %a6, %a4, %a5 : tensor<i1>, tensor<f32>
  %r3 = numjit.select %a7, %a8, %a9 : tensor<0xi1>, tensor<0xf32>
  return %r0, %r1, %r2, %r3 : tensor<5xf32>, tensor<f32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e select_f64 --arg "[true, false, true, false, false]" --arg "[1.5, 0x7FF8000000000000, -0.0, 0x7FF0000000000000, 2.0]" --arg "[-1.0, 3.0, 0.0, 4.0, 0x7FF8000000000000]" --arg "false" --arg "1.5" --arg "3.0" --arg "true" --arg "[]" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SELECT_F64 --match-full-lines
// SELECT_F64: result 0: tensor<5xf64> = [1.5, 3, -0, 4, {{-?nan}}]
// SELECT_F64-NEXT: result 1: tensor<f64> = 3
// SELECT_F64-NEXT: result 2: tensor<f64> = 1.5
// SELECT_F64-NEXT: result 3: tensor<0xf64> = []
func.func @select_f64(%a0: tensor<5xi1>, %a1: tensor<5xf64>, %a2: tensor<5xf64>, %a3: tensor<i1>, %a4: tensor<f64>, %a5: tensor<f64>, %a6: tensor<i1>, %a7: tensor<0xi1>, %a8: tensor<0xf64>, %a9: tensor<0xf64>) -> (tensor<5xf64>, tensor<f64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.select %a0, %a1, %a2 : tensor<5xi1>, tensor<5xf64>
  %r1 = numjit.select %a3, %a4, %a5 : tensor<i1>, tensor<f64>
  %r2 = numjit.select %a6, %a4, %a5 : tensor<i1>, tensor<f64>
  %r3 = numjit.select %a7, %a8, %a9 : tensor<0xi1>, tensor<0xf64>
  return %r0, %r1, %r2, %r3 : tensor<5xf64>, tensor<f64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e select_i32 --arg "[true, false, true, false, false]" --arg "[1, -2, -2147483648, 4, 5]" --arg "[10, 20, 30, 2147483647, 50]" --arg "false" --arg "1" --arg "20" --arg "true" --arg "[]" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SELECT_I32 --match-full-lines
// SELECT_I32: result 0: tensor<5xi32> = [1, 20, -2147483648, 2147483647, 50]
// SELECT_I32-NEXT: result 1: tensor<i32> = 20
// SELECT_I32-NEXT: result 2: tensor<i32> = 1
// SELECT_I32-NEXT: result 3: tensor<0xi32> = []
func.func @select_i32(%a0: tensor<5xi1>, %a1: tensor<5xi32>, %a2: tensor<5xi32>, %a3: tensor<i1>, %a4: tensor<i32>, %a5: tensor<i32>, %a6: tensor<i1>, %a7: tensor<0xi1>, %a8: tensor<0xi32>, %a9: tensor<0xi32>) -> (tensor<5xi32>, tensor<i32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.select %a0, %a1, %a2 : tensor<5xi1>, tensor<5xi32>
  %r1 = numjit.select %a3, %a4, %a5 : tensor<i1>, tensor<i32>
  %r2 = numjit.select %a6, %a4, %a5 : tensor<i1>, tensor<i32>
  %r3 = numjit.select %a7, %a8, %a9 : tensor<0xi1>, tensor<0xi32>
  return %r0, %r1, %r2, %r3 : tensor<5xi32>, tensor<i32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e select_i64 --arg "[true, false, true, false, false]" --arg "[1, -2, -9223372036854775808, 4, 5]" --arg "[10, 20, 30, 9223372036854775807, 50]" --arg "false" --arg "1" --arg "20" --arg "true" --arg "[]" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SELECT_I64 --match-full-lines
// SELECT_I64: result 0: tensor<5xi64> = [1, 20, -9223372036854775808, 9223372036854775807, 50]
// SELECT_I64-NEXT: result 1: tensor<i64> = 20
// SELECT_I64-NEXT: result 2: tensor<i64> = 1
// SELECT_I64-NEXT: result 3: tensor<0xi64> = []
func.func @select_i64(%a0: tensor<5xi1>, %a1: tensor<5xi64>, %a2: tensor<5xi64>, %a3: tensor<i1>, %a4: tensor<i64>, %a5: tensor<i64>, %a6: tensor<i1>, %a7: tensor<0xi1>, %a8: tensor<0xi64>, %a9: tensor<0xi64>) -> (tensor<5xi64>, tensor<i64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.select %a0, %a1, %a2 : tensor<5xi1>, tensor<5xi64>
  %r1 = numjit.select %a3, %a4, %a5 : tensor<i1>, tensor<i64>
  %r2 = numjit.select %a6, %a4, %a5 : tensor<i1>, tensor<i64>
  %r3 = numjit.select %a7, %a8, %a9 : tensor<0xi1>, tensor<0xi64>
  return %r0, %r1, %r2, %r3 : tensor<5xi64>, tensor<i64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e select_i1 --arg "[true, false, true, false, false]" --arg "[true, true, false, false, true]" --arg "[false, true, true, false, false]" --arg "false" --arg "true" --arg "true" --arg "true" --arg "[]" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SELECT_I1 --match-full-lines
// SELECT_I1: result 0: tensor<5xi1> = [true, true, false, false, false]
// SELECT_I1-NEXT: result 1: tensor<i1> = true
// SELECT_I1-NEXT: result 2: tensor<i1> = true
// SELECT_I1-NEXT: result 3: tensor<0xi1> = []
func.func @select_i1(%a0: tensor<5xi1>, %a1: tensor<5xi1>, %a2: tensor<5xi1>, %a3: tensor<i1>, %a4: tensor<i1>, %a5: tensor<i1>, %a6: tensor<i1>, %a7: tensor<0xi1>, %a8: tensor<0xi1>, %a9: tensor<0xi1>) -> (tensor<5xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.select %a0, %a1, %a2 : tensor<5xi1>, tensor<5xi1>
  %r1 = numjit.select %a3, %a4, %a5 : tensor<i1>, tensor<i1>
  %r2 = numjit.select %a6, %a4, %a5 : tensor<i1>, tensor<i1>
  %r3 = numjit.select %a7, %a8, %a9 : tensor<0xi1>, tensor<0xi1>
  return %r0, %r1, %r2, %r3 : tensor<5xi1>, tensor<i1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e relu_f32 --arg "[[-2.0, 0.5, 3.0], [-0.25, 7.0, 0.0]]" --arg "[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]" | FileCheck %s --check-prefix=RELU_F32 --match-full-lines
// RELU_F32: result 0: tensor<2x3xf32> = {{\[\[}}0, 0.5, 3], [0, 7, 0]]
func.func @relu_f32(%a0: tensor<2x3xf32>, %a1: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %p = numjit.compare gt, %a0, %a1 : tensor<2x3xf32>
  %r0 = numjit.select %p, %a0, %a1 : tensor<2x3xi1>, tensor<2x3xf32>
  return %r0 : tensor<2x3xf32>
}

// RUN: numjit-run %s -e relu_i64 --arg "[[-2, 5, 3], [-25, 700, 0]]" --arg "[[0, 0, 0], [0, 0, 0]]" | FileCheck %s --check-prefix=RELU_I64 --match-full-lines
// RELU_I64: result 0: tensor<2x3xi64> = {{\[\[}}0, 5, 3], [0, 700, 0]]
func.func @relu_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3xi64>) -> tensor<2x3xi64> {
  %p = numjit.compare gt, %a0, %a1 : tensor<2x3xi64>
  %r0 = numjit.select %p, %a0, %a1 : tensor<2x3xi1>, tensor<2x3xi64>
  return %r0 : tensor<2x3xi64>
}
