// Execution tests: numjit.convert between every pair of element types
// (f32, f64, i32, i64, i1), each on a vector, a rank-0 and an empty tensor.
// Float -> int truncates toward zero and saturates, nan -> 0; anything -> i1
// is x != 0 (so nan -> true); i1 -> number is 0 or 1; int -> int narrowing
// wraps (keeps the low bits). Floats print with enough digits (--precision)
// to show the exact converted value.

// RUN: numjit-run %s -e convert_f32_f64 --arg "[1.5, 0.10000000149011612, -0.0, 0x7F800000, 0xFF800000, 0x7FC00000, 3.4028234663852886e+38, 1.401298464324817e-45, -2.5]" --arg "0.30000001192092896" --arg "[]" --precision 17 | FileCheck %s --check-prefix=CONVERT_F32_F64 --match-full-lines
// CONVERT_F32_F64: result 0: tensor<9xf64> = [1.5, 0.10000000149011612, -0, inf, -inf, {{-?nan}}, 3.4028234663852886e+38, 1.4012984643248171e-45, -2.5]
// CONVERT_F32_F64-NEXT: result 1: tensor<f64> = 0.30000001192092896
// CONVERT_F32_F64-NEXT: result 2: tensor<0xf64> = []
func.func @convert_f32_f64(%a0: tensor<9xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<9xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.convert %a0 : tensor<9xf32> -> tensor<9xf64>
  %r1 = numjit.convert %a1 : tensor<f32> -> tensor<f64>
  %r2 = numjit.convert %a2 : tensor<0xf32> -> tensor<0xf64>
  return %r0, %r1, %r2 : tensor<9xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e convert_f32_i32 --arg "[1.899999976158142, -1.899999976158142, 0.5, -0.5, 2147483648.0, -2147483648.0, 2147483520.0, -2147483520.0, 3000000000.0, -3000000000.0, 0x7FC00000, 0x7F800000, 0xFF800000, -0.0, 100.98999786376953]" --arg "-7.75" --arg "[]" | FileCheck %s --check-prefix=CONVERT_F32_I32 --match-full-lines
// CONVERT_F32_I32: result 0: tensor<15xi32> = [1, -1, 0, 0, 2147483647, -2147483648, 2147483520, -2147483520, 2147483647, -2147483648, 0, 2147483647, -2147483648, 0, 100]
// CONVERT_F32_I32-NEXT: result 1: tensor<i32> = -7
// CONVERT_F32_I32-NEXT: result 2: tensor<0xi32> = []
func.func @convert_f32_i32(%a0: tensor<15xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<15xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.convert %a0 : tensor<15xf32> -> tensor<15xi32>
  %r1 = numjit.convert %a1 : tensor<f32> -> tensor<i32>
  %r2 = numjit.convert %a2 : tensor<0xf32> -> tensor<0xi32>
  return %r0, %r1, %r2 : tensor<15xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e convert_f32_i64 --arg "[1.899999976158142, -1.899999976158142, 9.223372036854776e+18, -9.223372036854776e+18, 9.999999980506448e+18, -9.999999980506448e+18, 0x7FC00000, 0x7F800000, 0xFF800000, 16777216.0, 9.223371487098962e+18, 3000000000.0]" --arg "-7.75" --arg "[]" | FileCheck %s --check-prefix=CONVERT_F32_I64 --match-full-lines
// CONVERT_F32_I64: result 0: tensor<12xi64> = [1, -1, 9223372036854775807, -9223372036854775808, 9223372036854775807, -9223372036854775808, 0, 9223372036854775807, -9223372036854775808, 16777216, 9223371487098961920, 3000000000]
// CONVERT_F32_I64-NEXT: result 1: tensor<i64> = -7
// CONVERT_F32_I64-NEXT: result 2: tensor<0xi64> = []
func.func @convert_f32_i64(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.convert %a0 : tensor<12xf32> -> tensor<12xi64>
  %r1 = numjit.convert %a1 : tensor<f32> -> tensor<i64>
  %r2 = numjit.convert %a2 : tensor<0xf32> -> tensor<0xi64>
  return %r0, %r1, %r2 : tensor<12xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e convert_f32_i1 --arg "[0.0, -0.0, 1.0, -2.5, 0x7FC00000, 0x7F800000, 0xFF800000, 1.401298464324817e-45, 0.10000000149011612]" --arg "0.0" --arg "[]" | FileCheck %s --check-prefix=CONVERT_F32_I1 --match-full-lines
// CONVERT_F32_I1: result 0: tensor<9xi1> = [false, false, true, true, true, true, true, true, true]
// CONVERT_F32_I1-NEXT: result 1: tensor<i1> = false
// CONVERT_F32_I1-NEXT: result 2: tensor<0xi1> = []
func.func @convert_f32_i1(%a0: tensor<9xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<9xi1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.convert %a0 : tensor<9xf32> -> tensor<9xi1>
  %r1 = numjit.convert %a1 : tensor<f32> -> tensor<i1>
  %r2 = numjit.convert %a2 : tensor<0xf32> -> tensor<0xi1>
  return %r0, %r1, %r2 : tensor<9xi1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e convert_f64_f32 --arg "[1.5, 0.1, 1.0e+300, -1.0e+300, 1.0e-300, -1.0e-300, 1.0000000596046448, 1.0000001788139343, 0x7FF8000000000000, 0x7FF0000000000000, 0xFFF0000000000000, 3.4028235677973366e+38, 3.4028234663852886e+38]" --arg "0.3" --arg "[]" --precision 9 | FileCheck %s --check-prefix=CONVERT_F64_F32 --match-full-lines
// CONVERT_F64_F32: result 0: tensor<13xf32> = [1.5, 0.100000001, inf, -inf, 0, -0, 1, 1.00000024, {{-?nan}}, inf, -inf, inf, 3.40282347e+38]
// CONVERT_F64_F32-NEXT: result 1: tensor<f32> = 0.300000012
// CONVERT_F64_F32-NEXT: result 2: tensor<0xf32> = []
func.func @convert_f64_f32(%a0: tensor<13xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<13xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.convert %a0 : tensor<13xf64> -> tensor<13xf32>
  %r1 = numjit.convert %a1 : tensor<f64> -> tensor<f32>
  %r2 = numjit.convert %a2 : tensor<0xf64> -> tensor<0xf32>
  return %r0, %r1, %r2 : tensor<13xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e convert_f64_i32 --arg "[2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0, 0x7FF8000000000000, 1.0e+300, -0.99, 1.0e-300, 0xFFF0000000000000, 123456789.5, 0x7FF0000000000000, -2147483648.0]" --arg "-7.75" --arg "[]" | FileCheck %s --check-prefix=CONVERT_F64_I32 --match-full-lines
// CONVERT_F64_I32: result 0: tensor<12xi32> = [2147483647, 2147483647, -2147483648, -2147483648, 0, 2147483647, 0, 0, -2147483648, 123456789, 2147483647, -2147483648]
// CONVERT_F64_I32-NEXT: result 1: tensor<i32> = -7
// CONVERT_F64_I32-NEXT: result 2: tensor<0xi32> = []
func.func @convert_f64_i32(%a0: tensor<12xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<12xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.convert %a0 : tensor<12xf64> -> tensor<12xi32>
  %r1 = numjit.convert %a1 : tensor<f64> -> tensor<i32>
  %r2 = numjit.convert %a2 : tensor<0xf64> -> tensor<0xi32>
  return %r0, %r1, %r2 : tensor<12xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e convert_f64_i64 --arg "[9.223372036854776e+18, -9.223372036854776e+18, 9.223372036854775e+18, 1.5, -2.5, 0x7FF8000000000000, 0x7FF0000000000000, 0xFFF0000000000000, 1.0e+300, -1.0e+300, 4503599627370495.5, -9.223372036854775e+18]" --arg "-7.75" --arg "[]" | FileCheck %s --check-prefix=CONVERT_F64_I64 --match-full-lines
// CONVERT_F64_I64: result 0: tensor<12xi64> = [9223372036854775807, -9223372036854775808, 9223372036854774784, 1, -2, 0, 9223372036854775807, -9223372036854775808, 9223372036854775807, -9223372036854775808, 4503599627370495, -9223372036854774784]
// CONVERT_F64_I64-NEXT: result 1: tensor<i64> = -7
// CONVERT_F64_I64-NEXT: result 2: tensor<0xi64> = []
func.func @convert_f64_i64(%a0: tensor<12xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<12xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.convert %a0 : tensor<12xf64> -> tensor<12xi64>
  %r1 = numjit.convert %a1 : tensor<f64> -> tensor<i64>
  %r2 = numjit.convert %a2 : tensor<0xf64> -> tensor<0xi64>
  return %r0, %r1, %r2 : tensor<12xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e convert_f64_i1 --arg "[0.0, -0.0, 1.0, -2.5, 0x7FF8000000000000, 0x7FF0000000000000, 0xFFF0000000000000, 5.0e-324, 0.1]" --arg "0.0" --arg "[]" | FileCheck %s --check-prefix=CONVERT_F64_I1 --match-full-lines
// CONVERT_F64_I1: result 0: tensor<9xi1> = [false, false, true, true, true, true, true, true, true]
// CONVERT_F64_I1-NEXT: result 1: tensor<i1> = false
// CONVERT_F64_I1-NEXT: result 2: tensor<0xi1> = []
func.func @convert_f64_i1(%a0: tensor<9xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<9xi1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.convert %a0 : tensor<9xf64> -> tensor<9xi1>
  %r1 = numjit.convert %a1 : tensor<f64> -> tensor<i1>
  %r2 = numjit.convert %a2 : tensor<0xf64> -> tensor<0xi1>
  return %r0, %r1, %r2 : tensor<9xi1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e convert_i32_f32 --arg "[1, -1, 0, 16777217, 16777219, 2147483647, -2147483648, 123456789, -16777217]" --arg "-7" --arg "[]" --precision 19 | FileCheck %s --check-prefix=CONVERT_I32_F32 --match-full-lines
// CONVERT_I32_F32: result 0: tensor<9xf32> = [1, -1, 0, 16777216, 16777220, 2147483648, -2147483648, 123456792, -16777216]
// CONVERT_I32_F32-NEXT: result 1: tensor<f32> = -7
// CONVERT_I32_F32-NEXT: result 2: tensor<0xf32> = []
func.func @convert_i32_f32(%a0: tensor<9xi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<9xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.convert %a0 : tensor<9xi32> -> tensor<9xf32>
  %r1 = numjit.convert %a1 : tensor<i32> -> tensor<f32>
  %r2 = numjit.convert %a2 : tensor<0xi32> -> tensor<0xf32>
  return %r0, %r1, %r2 : tensor<9xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e convert_i32_f64 --arg "[1, -1, 0, 16777217, 16777219, 2147483647, -2147483648, 123456789, -16777217]" --arg "-7" --arg "[]" --precision 19 | FileCheck %s --check-prefix=CONVERT_I32_F64 --match-full-lines
// CONVERT_I32_F64: result 0: tensor<9xf64> = [1, -1, 0, 16777217, 16777219, 2147483647, -2147483648, 123456789, -16777217]
// CONVERT_I32_F64-NEXT: result 1: tensor<f64> = -7
// CONVERT_I32_F64-NEXT: result 2: tensor<0xf64> = []
func.func @convert_i32_f64(%a0: tensor<9xi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<9xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.convert %a0 : tensor<9xi32> -> tensor<9xf64>
  %r1 = numjit.convert %a1 : tensor<i32> -> tensor<f64>
  %r2 = numjit.convert %a2 : tensor<0xi32> -> tensor<0xf64>
  return %r0, %r1, %r2 : tensor<9xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e convert_i32_i64 --arg "[-1, -2147483648, 2147483647, 0, 5]" --arg "-7" --arg "[]" | FileCheck %s --check-prefix=CONVERT_I32_I64 --match-full-lines
// CONVERT_I32_I64: result 0: tensor<5xi64> = [-1, -2147483648, 2147483647, 0, 5]
// CONVERT_I32_I64-NEXT: result 1: tensor<i64> = -7
// CONVERT_I32_I64-NEXT: result 2: tensor<0xi64> = []
func.func @convert_i32_i64(%a0: tensor<5xi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<5xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.convert %a0 : tensor<5xi32> -> tensor<5xi64>
  %r1 = numjit.convert %a1 : tensor<i32> -> tensor<i64>
  %r2 = numjit.convert %a2 : tensor<0xi32> -> tensor<0xi64>
  return %r0, %r1, %r2 : tensor<5xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e convert_i32_i1 --arg "[0, 1, -1, 2, -2147483648, 2147483647, 256]" --arg "0" --arg "[]" | FileCheck %s --check-prefix=CONVERT_I32_I1 --match-full-lines
// CONVERT_I32_I1: result 0: tensor<7xi1> = [false, true, true, true, true, true, true]
// CONVERT_I32_I1-NEXT: result 1: tensor<i1> = false
// CONVERT_I32_I1-NEXT: result 2: tensor<0xi1> = []
func.func @convert_i32_i1(%a0: tensor<7xi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<7xi1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.convert %a0 : tensor<7xi32> -> tensor<7xi1>
  %r1 = numjit.convert %a1 : tensor<i32> -> tensor<i1>
  %r2 = numjit.convert %a2 : tensor<0xi32> -> tensor<0xi1>
  return %r0, %r1, %r2 : tensor<7xi1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e convert_i64_f32 --arg "[1, -1, 0, 9007199254740993, 9223372036854775807, -9223372036854775808, 123456789012, 16777217, 1099528404993, 4611686293305294849]" --arg "-7" --arg "[]" --precision 19 | FileCheck %s --check-prefix=CONVERT_I64_F32 --match-full-lines
// CONVERT_I64_F32: result 0: tensor<10xf32> = [1, -1, 0, 9007199254740992, 9223372036854775808, -9223372036854775808, 123456790528, 16777216, 1099528404992, 4611686568183201792]
// CONVERT_I64_F32-NEXT: result 1: tensor<f32> = -7
// CONVERT_I64_F32-NEXT: result 2: tensor<0xf32> = []
func.func @convert_i64_f32(%a0: tensor<10xi64>, %a1: tensor<i64>, %a2: tensor<0xi64>) -> (tensor<10xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.convert %a0 : tensor<10xi64> -> tensor<10xf32>
  %r1 = numjit.convert %a1 : tensor<i64> -> tensor<f32>
  %r2 = numjit.convert %a2 : tensor<0xi64> -> tensor<0xf32>
  return %r0, %r1, %r2 : tensor<10xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e convert_i64_f64 --arg "[1, -1, 0, 9007199254740993, 9007199254740995, 9223372036854775807, -9223372036854775808, -9007199254740993]" --arg "-7" --arg "[]" --precision 19 | FileCheck %s --check-prefix=CONVERT_I64_F64 --match-full-lines
// CONVERT_I64_F64: result 0: tensor<8xf64> = [1, -1, 0, 9007199254740992, 9007199254740996, 9223372036854775808, -9223372036854775808, -9007199254740992]
// CONVERT_I64_F64-NEXT: result 1: tensor<f64> = -7
// CONVERT_I64_F64-NEXT: result 2: tensor<0xf64> = []
func.func @convert_i64_f64(%a0: tensor<8xi64>, %a1: tensor<i64>, %a2: tensor<0xi64>) -> (tensor<8xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.convert %a0 : tensor<8xi64> -> tensor<8xf64>
  %r1 = numjit.convert %a1 : tensor<i64> -> tensor<f64>
  %r2 = numjit.convert %a2 : tensor<0xi64> -> tensor<0xf64>
  return %r0, %r1, %r2 : tensor<8xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e convert_i64_i32 --arg "[4294967297, -1, 2147483648, 4294967295, -9223372036854775808, 9223372036854775807, -2147483648, 12345, -2147483649]" --arg "-7" --arg "[]" | FileCheck %s --check-prefix=CONVERT_I64_I32 --match-full-lines
// CONVERT_I64_I32: result 0: tensor<9xi32> = [1, -1, -2147483648, -1, 0, -1, -2147483648, 12345, 2147483647]
// CONVERT_I64_I32-NEXT: result 1: tensor<i32> = -7
// CONVERT_I64_I32-NEXT: result 2: tensor<0xi32> = []
func.func @convert_i64_i32(%a0: tensor<9xi64>, %a1: tensor<i64>, %a2: tensor<0xi64>) -> (tensor<9xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.convert %a0 : tensor<9xi64> -> tensor<9xi32>
  %r1 = numjit.convert %a1 : tensor<i64> -> tensor<i32>
  %r2 = numjit.convert %a2 : tensor<0xi64> -> tensor<0xi32>
  return %r0, %r1, %r2 : tensor<9xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e convert_i64_i1 --arg "[0, 1, -1, 4294967296, -9223372036854775808, 9223372036854775807, 256]" --arg "0" --arg "[]" | FileCheck %s --check-prefix=CONVERT_I64_I1 --match-full-lines
// CONVERT_I64_I1: result 0: tensor<7xi1> = [false, true, true, true, true, true, true]
// CONVERT_I64_I1-NEXT: result 1: tensor<i1> = false
// CONVERT_I64_I1-NEXT: result 2: tensor<0xi1> = []
func.func @convert_i64_i1(%a0: tensor<7xi64>, %a1: tensor<i64>, %a2: tensor<0xi64>) -> (tensor<7xi1>, tensor<i1>, tensor<0xi1>) {
  %r0 = numjit.convert %a0 : tensor<7xi64> -> tensor<7xi1>
  %r1 = numjit.convert %a1 : tensor<i64> -> tensor<i1>
  %r2 = numjit.convert %a2 : tensor<0xi64> -> tensor<0xi1>
  return %r0, %r1, %r2 : tensor<7xi1>, tensor<i1>, tensor<0xi1>
}

// RUN: numjit-run %s -e convert_i1_f32 --arg "[false, true, true, false]" --arg "true" --arg "[]" --precision 9 | FileCheck %s --check-prefix=CONVERT_I1_F32 --match-full-lines
// CONVERT_I1_F32: result 0: tensor<4xf32> = [0, 1, 1, 0]
// CONVERT_I1_F32-NEXT: result 1: tensor<f32> = 1
// CONVERT_I1_F32-NEXT: result 2: tensor<0xf32> = []
func.func @convert_i1_f32(%a0: tensor<4xi1>, %a1: tensor<i1>, %a2: tensor<0xi1>) -> (tensor<4xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.convert %a0 : tensor<4xi1> -> tensor<4xf32>
  %r1 = numjit.convert %a1 : tensor<i1> -> tensor<f32>
  %r2 = numjit.convert %a2 : tensor<0xi1> -> tensor<0xf32>
  return %r0, %r1, %r2 : tensor<4xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e convert_i1_f64 --arg "[false, true, true, false]" --arg "true" --arg "[]" --precision 17 | FileCheck %s --check-prefix=CONVERT_I1_F64 --match-full-lines
// CONVERT_I1_F64: result 0: tensor<4xf64> = [0, 1, 1, 0]
// CONVERT_I1_F64-NEXT: result 1: tensor<f64> = 1
// CONVERT_I1_F64-NEXT: result 2: tensor<0xf64> = []
func.func @convert_i1_f64(%a0: tensor<4xi1>, %a1: tensor<i1>, %a2: tensor<0xi1>) -> (tensor<4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.convert %a0 : tensor<4xi1> -> tensor<4xf64>
  %r1 = numjit.convert %a1 : tensor<i1> -> tensor<f64>
  %r2 = numjit.convert %a2 : tensor<0xi1> -> tensor<0xf64>
  return %r0, %r1, %r2 : tensor<4xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e convert_i1_i32 --arg "[false, true, true, false]" --arg "true" --arg "[]" | FileCheck %s --check-prefix=CONVERT_I1_I32 --match-full-lines
// CONVERT_I1_I32: result 0: tensor<4xi32> = [0, 1, 1, 0]
// CONVERT_I1_I32-NEXT: result 1: tensor<i32> = 1
// CONVERT_I1_I32-NEXT: result 2: tensor<0xi32> = []
func.func @convert_i1_i32(%a0: tensor<4xi1>, %a1: tensor<i1>, %a2: tensor<0xi1>) -> (tensor<4xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.convert %a0 : tensor<4xi1> -> tensor<4xi32>
  %r1 = numjit.convert %a1 : tensor<i1> -> tensor<i32>
  %r2 = numjit.convert %a2 : tensor<0xi1> -> tensor<0xi32>
  return %r0, %r1, %r2 : tensor<4xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e convert_i1_i64 --arg "[false, true, true, false]" --arg "true" --arg "[]" | FileCheck %s --check-prefix=CONVERT_I1_I64 --match-full-lines
// CONVERT_I1_I64: result 0: tensor<4xi64> = [0, 1, 1, 0]
// CONVERT_I1_I64-NEXT: result 1: tensor<i64> = 1
// CONVERT_I1_I64-NEXT: result 2: tensor<0xi64> = []
func.func @convert_i1_i64(%a0: tensor<4xi1>, %a1: tensor<i1>, %a2: tensor<0xi1>) -> (tensor<4xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.convert %a0 : tensor<4xi1> -> tensor<4xi64>
  %r1 = numjit.convert %a1 : tensor<i1> -> tensor<i64>
  %r2 = numjit.convert %a2 : tensor<0xi1> -> tensor<0xi64>
  return %r0, %r1, %r2 : tensor<4xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e convert_f32_f32 --arg "[1.5, 0x7FC00000]" --precision 17 | FileCheck %s --check-prefix=CONVERT_F32_F32 --match-full-lines
// CONVERT_F32_F32: result 0: tensor<2xf32> = [1.5, {{-?nan}}]
func.func @convert_f32_f32(%a0: tensor<2xf32>) -> tensor<2xf32> {
  %r0 = numjit.convert %a0 : tensor<2xf32> -> tensor<2xf32>
  return %r0 : tensor<2xf32>
}

// RUN: numjit-run %s -e convert_f64_f64 --arg "[0.1, 0xFFF0000000000000]" --precision 17 | FileCheck %s --check-prefix=CONVERT_F64_F64 --match-full-lines
// CONVERT_F64_F64: result 0: tensor<2xf64> = [0.10000000000000001, -inf]
func.func @convert_f64_f64(%a0: tensor<2xf64>) -> tensor<2xf64> {
  %r0 = numjit.convert %a0 : tensor<2xf64> -> tensor<2xf64>
  return %r0 : tensor<2xf64>
}

// RUN: numjit-run %s -e convert_i32_i32 --arg "[-3, 2147483647]" --precision 17 | FileCheck %s --check-prefix=CONVERT_I32_I32 --match-full-lines
// CONVERT_I32_I32: result 0: tensor<2xi32> = [-3, 2147483647]
func.func @convert_i32_i32(%a0: tensor<2xi32>) -> tensor<2xi32> {
  %r0 = numjit.convert %a0 : tensor<2xi32> -> tensor<2xi32>
  return %r0 : tensor<2xi32>
}

// RUN: numjit-run %s -e convert_i64_i64 --arg "[-3, -9223372036854775808]" --precision 17 | FileCheck %s --check-prefix=CONVERT_I64_I64 --match-full-lines
// CONVERT_I64_I64: result 0: tensor<2xi64> = [-3, -9223372036854775808]
func.func @convert_i64_i64(%a0: tensor<2xi64>) -> tensor<2xi64> {
  %r0 = numjit.convert %a0 : tensor<2xi64> -> tensor<2xi64>
  return %r0 : tensor<2xi64>
}

// RUN: numjit-run %s -e convert_i1_i1 --arg "[true, false]" --precision 17 | FileCheck %s --check-prefix=CONVERT_I1_I1 --match-full-lines
// CONVERT_I1_I1: result 0: tensor<2xi1> = [true, false]
func.func @convert_i1_i1(%a0: tensor<2xi1>) -> tensor<2xi1> {
  %r0 = numjit.convert %a0 : tensor<2xi1> -> tensor<2xi1>
  return %r0 : tensor<2xi1>
}

// RUN: numjit-run %s -e convert_chain --arg "[0.5, -3.700000047683716, 2.0, 0x7FC00000, 0.0]" | FileCheck %s --check-prefix=CONVERT_CHAIN --match-full-lines
// CONVERT_CHAIN: result 0: tensor<5xf64> = [0, 1, 1, 0, 0]
func.func @convert_chain(%a0: tensor<5xf32>) -> tensor<5xf64> {
  %t0 = numjit.convert %a0 : tensor<5xf32> -> tensor<5xi32>
  %t1 = numjit.convert %t0 : tensor<5xi32> -> tensor<5xi1>
  %t2 = numjit.convert %t1 : tensor<5xi1> -> tensor<5xi64>
  %r0 = numjit.convert %t2 : tensor<5xi64> -> tensor<5xf64>
  return %r0 : tensor<5xf64>
}
