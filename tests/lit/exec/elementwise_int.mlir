// Execution tests: integer elementwise ops (neg, abs, sign, add, sub, mul,
// div, rem, max, min) on i32 and i64, each on a vector (a matrix for i64), a
// rank-0 tensor and an empty tensor. Arithmetic wraps; div/rem follow XLA:
// truncating, x / 0 == -1, x % 0 == x, INT_MIN / -1 == INT_MIN and
// INT_MIN % -1 == 0. Expected values were computed with Python integers.

// RUN: numjit-run %s -e neg_i32 --arg "[5, -7, 0, 1, 2147483647, -2147483648]" --arg "-9" --arg "[]" | FileCheck %s --check-prefix=NEG_I32 --match-full-lines
// NEG_I32: result 0: tensor<6xi32> = [-5, 7, 0, -1, -2147483647, -2147483648]
// NEG_I32-NEXT: result 1: tensor<i32> = 9
// NEG_I32-NEXT: result 2: tensor<0xi32> = []
func.func @neg_i32(%a0: tensor<6xi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<6xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.neg %a0 : tensor<6xi32>
  %r1 = numjit.neg %a1 : tensor<i32>
  %r2 = numjit.neg %a2 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<6xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e abs_i32 --arg "[5, -7, 0, 1, 2147483647, -2147483648]" --arg "-9" --arg "[]" | FileCheck %s --check-prefix=ABS_I32 --match-full-lines
// ABS_I32: result 0: tensor<6xi32> = [5, 7, 0, 1, 2147483647, -2147483648]
// ABS_I32-NEXT: result 1: tensor<i32> = 9
// ABS_I32-NEXT: result 2: tensor<0xi32> = []
func.func @abs_i32(%a0: tensor<6xi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<6xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.abs %a0 : tensor<6xi32>
  %r1 = numjit.abs %a1 : tensor<i32>
  %r2 = numjit.abs %a2 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<6xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e sign_i32 --arg "[5, -7, 0, 1, 2147483647, -2147483648]" --arg "-9" --arg "[]" | FileCheck %s --check-prefix=SIGN_I32 --match-full-lines
// SIGN_I32: result 0: tensor<6xi32> = [1, -1, 0, 1, 1, -1]
// SIGN_I32-NEXT: result 1: tensor<i32> = -1
// SIGN_I32-NEXT: result 2: tensor<0xi32> = []
func.func @sign_i32(%a0: tensor<6xi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<6xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.sign %a0 : tensor<6xi32>
  %r1 = numjit.sign %a1 : tensor<i32>
  %r2 = numjit.sign %a2 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<6xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e neg_i64 --arg "[[5, -7, 0], [1, 9223372036854775807, -9223372036854775808]]" --arg "-9" --arg "[]" | FileCheck %s --check-prefix=NEG_I64 --match-full-lines
// NEG_I64: result 0: tensor<2x3xi64> = {{\[\[}}-5, 7, 0], [-1, -9223372036854775807, -9223372036854775808]]
// NEG_I64-NEXT: result 1: tensor<i64> = 9
// NEG_I64-NEXT: result 2: tensor<0xi64> = []
func.func @neg_i64(%a0: tensor<2x3xi64>, %a1: tensor<i64>, %a2: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.neg %a0 : tensor<2x3xi64>
  %r1 = numjit.neg %a1 : tensor<i64>
  %r2 = numjit.neg %a2 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x3xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e abs_i64 --arg "[[5, -7, 0], [1, 9223372036854775807, -9223372036854775808]]" --arg "-9" --arg "[]" | FileCheck %s --check-prefix=ABS_I64 --match-full-lines
// ABS_I64: result 0: tensor<2x3xi64> = {{\[\[}}5, 7, 0], [1, 9223372036854775807, -9223372036854775808]]
// ABS_I64-NEXT: result 1: tensor<i64> = 9
// ABS_I64-NEXT: result 2: tensor<0xi64> = []
func.func @abs_i64(%a0: tensor<2x3xi64>, %a1: tensor<i64>, %a2: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.abs %a0 : tensor<2x3xi64>
  %r1 = numjit.abs %a1 : tensor<i64>
  %r2 = numjit.abs %a2 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x3xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e sign_i64 --arg "[[5, -7, 0], [1, 9223372036854775807, -9223372036854775808]]" --arg "-9" --arg "[]" | FileCheck %s --check-prefix=SIGN_I64 --match-full-lines
// SIGN_I64: result 0: tensor<2x3xi64> = {{\[\[}}1, -1, 0], [1, 1, -1]]
// SIGN_I64-NEXT: result 1: tensor<i64> = -1
// SIGN_I64-NEXT: result 2: tensor<0xi64> = []
func.func @sign_i64(%a0: tensor<2x3xi64>, %a1: tensor<i64>, %a2: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.sign %a0 : tensor<2x3xi64>
  %r1 = numjit.sign %a1 : tensor<i64>
  %r2 = numjit.sign %a2 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x3xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e add_i32 --arg "[1, -5, 2147483647, -2147483648, 2147483647, 100]" --arg "[2, 3, 1, -1, 2147483647, -100]" --arg "40" --arg "2" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=ADD_I32 --match-full-lines
// ADD_I32: result 0: tensor<6xi32> = [3, -2, -2147483648, 2147483647, -2, 0]
// ADD_I32-NEXT: result 1: tensor<i32> = 42
// ADD_I32-NEXT: result 2: tensor<0xi32> = []
func.func @add_i32(%a0: tensor<6xi32>, %a1: tensor<6xi32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<0xi32>, %a5: tensor<0xi32>) -> (tensor<6xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.add %a0, %a1 : tensor<6xi32>
  %r1 = numjit.add %a2, %a3 : tensor<i32>
  %r2 = numjit.add %a4, %a5 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<6xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e sub_i32 --arg "[5, -5, -2147483648, 2147483647, 0, -2147483648]" --arg "[3, 3, 1, -1, -2147483648, -2147483648]" --arg "40" --arg "2" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SUB_I32 --match-full-lines
// SUB_I32: result 0: tensor<6xi32> = [2, -8, 2147483647, -2147483648, -2147483648, 0]
// SUB_I32-NEXT: result 1: tensor<i32> = 38
// SUB_I32-NEXT: result 2: tensor<0xi32> = []
func.func @sub_i32(%a0: tensor<6xi32>, %a1: tensor<6xi32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<0xi32>, %a5: tensor<0xi32>) -> (tensor<6xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.sub %a0, %a1 : tensor<6xi32>
  %r1 = numjit.sub %a2, %a3 : tensor<i32>
  %r2 = numjit.sub %a4, %a5 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<6xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e mul_i32 --arg "[3, -4, 65536, 46341, -2147483648, -1, 2147483647, 0]" --arg "[7, 5, 65536, 46341, -1, -2147483648, 2, -2147483648]" --arg "-6" --arg "7" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MUL_I32 --match-full-lines
// MUL_I32: result 0: tensor<8xi32> = [21, -20, 0, -2147479015, -2147483648, -2147483648, -2, 0]
// MUL_I32-NEXT: result 1: tensor<i32> = -42
// MUL_I32-NEXT: result 2: tensor<0xi32> = []
func.func @mul_i32(%a0: tensor<8xi32>, %a1: tensor<8xi32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<0xi32>, %a5: tensor<0xi32>) -> (tensor<8xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.mul %a0, %a1 : tensor<8xi32>
  %r1 = numjit.mul %a2, %a3 : tensor<i32>
  %r2 = numjit.mul %a4, %a5 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<8xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e div_i32 --arg "[7, -7, 7, -7, 0, 5, -5, -2147483648, -2147483648, 0, 1, 2147483647, 6, -2147483648]" --arg "[2, 2, -2, -2, 3, 0, 0, -1, 1, 0, -1, -2147483648, 3, 0]" --arg "-17" --arg "5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=DIV_I32 --match-full-lines
// DIV_I32: result 0: tensor<14xi32> = [3, -3, -3, 3, 0, -1, -1, -2147483648, -2147483648, -1, -1, 0, 2, -1]
// DIV_I32-NEXT: result 1: tensor<i32> = -3
// DIV_I32-NEXT: result 2: tensor<0xi32> = []
func.func @div_i32(%a0: tensor<14xi32>, %a1: tensor<14xi32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<0xi32>, %a5: tensor<0xi32>) -> (tensor<14xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.div %a0, %a1 : tensor<14xi32>
  %r1 = numjit.div %a2, %a3 : tensor<i32>
  %r2 = numjit.div %a4, %a5 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<14xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e rem_i32 --arg "[7, -7, 7, -7, 0, 5, -5, -2147483648, -2147483648, 0, 1, 2147483647, 6, -2147483648]" --arg "[2, 2, -2, -2, 3, 0, 0, -1, 1, 0, -1, -2147483648, 3, 0]" --arg "-17" --arg "5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=REM_I32 --match-full-lines
// REM_I32: result 0: tensor<14xi32> = [1, -1, 1, -1, 0, 5, -5, 0, 0, 0, 0, 2147483647, 0, -2147483648]
// REM_I32-NEXT: result 1: tensor<i32> = -2
// REM_I32-NEXT: result 2: tensor<0xi32> = []
func.func @rem_i32(%a0: tensor<14xi32>, %a1: tensor<14xi32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<0xi32>, %a5: tensor<0xi32>) -> (tensor<14xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.rem %a0, %a1 : tensor<14xi32>
  %r1 = numjit.rem %a2, %a3 : tensor<i32>
  %r2 = numjit.rem %a4, %a5 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<14xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e max_i32 --arg "[1, -2, -2147483648, 2147483647, 0, -5]" --arg "[2, -3, 2147483647, -2147483648, 0, -5]" --arg "-4" --arg "-9" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MAX_I32 --match-full-lines
// MAX_I32: result 0: tensor<6xi32> = [2, -2, 2147483647, 2147483647, 0, -5]
// MAX_I32-NEXT: result 1: tensor<i32> = -4
// MAX_I32-NEXT: result 2: tensor<0xi32> = []
func.func @max_i32(%a0: tensor<6xi32>, %a1: tensor<6xi32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<0xi32>, %a5: tensor<0xi32>) -> (tensor<6xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.max %a0, %a1 : tensor<6xi32>
  %r1 = numjit.max %a2, %a3 : tensor<i32>
  %r2 = numjit.max %a4, %a5 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<6xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e min_i32 --arg "[1, -2, -2147483648, 2147483647, 0, -5]" --arg "[2, -3, 2147483647, -2147483648, 0, -5]" --arg "-4" --arg "-9" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MIN_I32 --match-full-lines
// MIN_I32: result 0: tensor<6xi32> = [1, -3, -2147483648, -2147483648, 0, -5]
// MIN_I32-NEXT: result 1: tensor<i32> = -9
// MIN_I32-NEXT: result 2: tensor<0xi32> = []
func.func @min_i32(%a0: tensor<6xi32>, %a1: tensor<6xi32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<0xi32>, %a5: tensor<0xi32>) -> (tensor<6xi32>, tensor<i32>, tensor<0xi32>) {
  %r0 = numjit.min %a0, %a1 : tensor<6xi32>
  %r1 = numjit.min %a2, %a3 : tensor<i32>
  %r2 = numjit.min %a4, %a5 : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<6xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e add_i64 --arg "[[1, -5, 9223372036854775807], [-9223372036854775808, 9223372036854775807, 100]]" --arg "[[2, 3, 1], [-1, 9223372036854775807, -100]]" --arg "40" --arg "2" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=ADD_I64 --match-full-lines
// ADD_I64: result 0: tensor<2x3xi64> = {{\[\[}}3, -2, -9223372036854775808], [9223372036854775807, -2, 0]]
// ADD_I64-NEXT: result 1: tensor<i64> = 42
// ADD_I64-NEXT: result 2: tensor<0xi64> = []
func.func @add_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3xi64>, %a2: tensor<i64>, %a3: tensor<i64>, %a4: tensor<0xi64>, %a5: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.add %a0, %a1 : tensor<2x3xi64>
  %r1 = numjit.add %a2, %a3 : tensor<i64>
  %r2 = numjit.add %a4, %a5 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x3xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e sub_i64 --arg "[[5, -5, -9223372036854775808], [9223372036854775807, 0, -9223372036854775808]]" --arg "[[3, 3, 1], [-1, -9223372036854775808, -9223372036854775808]]" --arg "40" --arg "2" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SUB_I64 --match-full-lines
// SUB_I64: result 0: tensor<2x3xi64> = {{\[\[}}2, -8, 9223372036854775807], [-9223372036854775808, -9223372036854775808, 0]]
// SUB_I64-NEXT: result 1: tensor<i64> = 38
// SUB_I64-NEXT: result 2: tensor<0xi64> = []
func.func @sub_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3xi64>, %a2: tensor<i64>, %a3: tensor<i64>, %a4: tensor<0xi64>, %a5: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.sub %a0, %a1 : tensor<2x3xi64>
  %r1 = numjit.sub %a2, %a3 : tensor<i64>
  %r2 = numjit.sub %a4, %a5 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x3xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e mul_i64 --arg "[[3, -4, 4294967296, 3037000500], [-9223372036854775808, -1, 9223372036854775807, 0]]" --arg "[[7, 5, 4294967296, 3037000500], [-1, -9223372036854775808, 2, -9223372036854775808]]" --arg "-6" --arg "7" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MUL_I64 --match-full-lines
// MUL_I64: result 0: tensor<2x4xi64> = {{\[\[}}21, -20, 0, -9223372036709301616], [-9223372036854775808, -9223372036854775808, -2, 0]]
// MUL_I64-NEXT: result 1: tensor<i64> = -42
// MUL_I64-NEXT: result 2: tensor<0xi64> = []
func.func @mul_i64(%a0: tensor<2x4xi64>, %a1: tensor<2x4xi64>, %a2: tensor<i64>, %a3: tensor<i64>, %a4: tensor<0xi64>, %a5: tensor<0xi64>) -> (tensor<2x4xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.mul %a0, %a1 : tensor<2x4xi64>
  %r1 = numjit.mul %a2, %a3 : tensor<i64>
  %r2 = numjit.mul %a4, %a5 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x4xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e div_i64 --arg "[[7, -7, 7, -7, 0, 5, -5], [-9223372036854775808, -9223372036854775808, 0, 1, 9223372036854775807, 6, -9223372036854775808]]" --arg "[[2, 2, -2, -2, 3, 0, 0], [-1, 1, 0, -1, -9223372036854775808, 3, 0]]" --arg "-17" --arg "5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=DIV_I64 --match-full-lines
// DIV_I64: result 0: tensor<2x7xi64> = {{\[\[}}3, -3, -3, 3, 0, -1, -1], [-9223372036854775808, -9223372036854775808, -1, -1, 0, 2, -1]]
// DIV_I64-NEXT: result 1: tensor<i64> = -3
// DIV_I64-NEXT: result 2: tensor<0xi64> = []
func.func @div_i64(%a0: tensor<2x7xi64>, %a1: tensor<2x7xi64>, %a2: tensor<i64>, %a3: tensor<i64>, %a4: tensor<0xi64>, %a5: tensor<0xi64>) -> (tensor<2x7xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.div %a0, %a1 : tensor<2x7xi64>
  %r1 = numjit.div %a2, %a3 : tensor<i64>
  %r2 = numjit.div %a4, %a5 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x7xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e rem_i64 --arg "[[7, -7, 7, -7, 0, 5, -5], [-9223372036854775808, -9223372036854775808, 0, 1, 9223372036854775807, 6, -9223372036854775808]]" --arg "[[2, 2, -2, -2, 3, 0, 0], [-1, 1, 0, -1, -9223372036854775808, 3, 0]]" --arg "-17" --arg "5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=REM_I64 --match-full-lines
// REM_I64: result 0: tensor<2x7xi64> = {{\[\[}}1, -1, 1, -1, 0, 5, -5], [0, 0, 0, 0, 9223372036854775807, 0, -9223372036854775808]]
// REM_I64-NEXT: result 1: tensor<i64> = -2
// REM_I64-NEXT: result 2: tensor<0xi64> = []
func.func @rem_i64(%a0: tensor<2x7xi64>, %a1: tensor<2x7xi64>, %a2: tensor<i64>, %a3: tensor<i64>, %a4: tensor<0xi64>, %a5: tensor<0xi64>) -> (tensor<2x7xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.rem %a0, %a1 : tensor<2x7xi64>
  %r1 = numjit.rem %a2, %a3 : tensor<i64>
  %r2 = numjit.rem %a4, %a5 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x7xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e max_i64 --arg "[[1, -2, -9223372036854775808], [9223372036854775807, 0, -5]]" --arg "[[2, -3, 9223372036854775807], [-9223372036854775808, 0, -5]]" --arg "-4" --arg "-9" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MAX_I64 --match-full-lines
// MAX_I64: result 0: tensor<2x3xi64> = {{\[\[}}2, -2, 9223372036854775807], [9223372036854775807, 0, -5]]
// MAX_I64-NEXT: result 1: tensor<i64> = -4
// MAX_I64-NEXT: result 2: tensor<0xi64> = []
func.func @max_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3xi64>, %a2: tensor<i64>, %a3: tensor<i64>, %a4: tensor<0xi64>, %a5: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.max %a0, %a1 : tensor<2x3xi64>
  %r1 = numjit.max %a2, %a3 : tensor<i64>
  %r2 = numjit.max %a4, %a5 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x3xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e min_i64 --arg "[[1, -2, -9223372036854775808], [9223372036854775807, 0, -5]]" --arg "[[2, -3, 9223372036854775807], [-9223372036854775808, 0, -5]]" --arg "-4" --arg "-9" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MIN_I64 --match-full-lines
// MIN_I64: result 0: tensor<2x3xi64> = {{\[\[}}1, -3, -9223372036854775808], [-9223372036854775808, 0, -5]]
// MIN_I64-NEXT: result 1: tensor<i64> = -9
// MIN_I64-NEXT: result 2: tensor<0xi64> = []
func.func @min_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3xi64>, %a2: tensor<i64>, %a3: tensor<i64>, %a4: tensor<0xi64>, %a5: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<i64>, tensor<0xi64>) {
  %r0 = numjit.min %a0, %a1 : tensor<2x3xi64>
  %r1 = numjit.min %a2, %a3 : tensor<i64>
  %r2 = numjit.min %a4, %a5 : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x3xi64>, tensor<i64>, tensor<0xi64>
}
