// Execution tests for kernels that the folders simplify before codegen:
// constant arithmetic (add, sub, mul on constants), identities (x + 0 for
// integers, x * 1, same-type reshape/convert/broadcast, identity transpose,
// reduce over no dims, single-input concatenate, select on a constant or
// with equal branches). The results must equal the unfolded semantics.

// RUN: numjit-run %s -e fold_const_f32 --precision 9 | FileCheck %s --check-prefix=FOLD_CONST_F32 --match-full-lines
// FOLD_CONST_F32: result 0: tensor<6xf32> = [3.75, {{-?nan}}, {{-?nan}}, -0, inf, 0.300000012]
// FOLD_CONST_F32-NEXT: result 1: tensor<6xf32> = [-0.75, {{-?nan}}, inf, 0, 0, -0.100000001]
// FOLD_CONST_F32-NEXT: result 2: tensor<6xf32> = [3.375, {{-?nan}}, -inf, 0, inf, 0.0200000014]
func.func @fold_const_f32() -> (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {
  %x = numjit.constant dense<[1.5, 0x7FC00000, 0x7F800000, -0.0, 3.0000000054977558e+38, 0.10000000149011612]> : tensor<6xf32>
  %y = numjit.constant dense<[2.25, 1.0, 0xFF800000, -0.0, 3.0000000054977558e+38, 0.20000000298023224]> : tensor<6xf32>
  %r0 = numjit.add %x, %y : tensor<6xf32>
  %r1 = numjit.sub %x, %y : tensor<6xf32>
  %r2 = numjit.mul %x, %y : tensor<6xf32>
  return %r0, %r1, %r2 : tensor<6xf32>, tensor<6xf32>, tensor<6xf32>
}

// RUN: numjit-run %s -e fold_const_f64 --precision 17 | FileCheck %s --check-prefix=FOLD_CONST_F64 --match-full-lines
// FOLD_CONST_F64: result 0: tensor<6xf64> = [3.75, {{-?nan}}, {{-?nan}}, -0, inf, 0.30000000000000004]
// FOLD_CONST_F64-NEXT: result 1: tensor<6xf64> = [-0.75, {{-?nan}}, inf, 0, 0, -0.10000000000000001]
// FOLD_CONST_F64-NEXT: result 2: tensor<6xf64> = [3.375, {{-?nan}}, -inf, 0, inf, 0.020000000000000004]
func.func @fold_const_f64() -> (tensor<6xf64>, tensor<6xf64>, tensor<6xf64>) {
  %x = numjit.constant dense<[1.5, 0x7FF8000000000000, 0x7FF0000000000000, -0.0, 1.0e+308, 0.1]> : tensor<6xf64>
  %y = numjit.constant dense<[2.25, 1.0, 0xFFF0000000000000, -0.0, 1.0e+308, 0.2]> : tensor<6xf64>
  %r0 = numjit.add %x, %y : tensor<6xf64>
  %r1 = numjit.sub %x, %y : tensor<6xf64>
  %r2 = numjit.mul %x, %y : tensor<6xf64>
  return %r0, %r1, %r2 : tensor<6xf64>, tensor<6xf64>, tensor<6xf64>
}

// RUN: numjit-run %s -e fold_const_i32 --precision 17 | FileCheck %s --check-prefix=FOLD_CONST_I32 --match-full-lines
// FOLD_CONST_I32: result 0: tensor<6xi32> = [-2147483648, 2147483647, 131072, -4, 0, -4]
// FOLD_CONST_I32-NEXT: result 1: tensor<6xi32> = [2147483646, -2147483647, 0, -10, 0, 14]
// FOLD_CONST_I32-NEXT: result 2: tensor<6xi32> = [2147483647, -2147483648, 0, -21, 0, -45]
func.func @fold_const_i32() -> (tensor<6xi32>, tensor<6xi32>, tensor<6xi32>) {
  %x = numjit.constant dense<[2147483647, -2147483648, 65536, -7, 0, 5]> : tensor<6xi32>
  %y = numjit.constant dense<[1, -1, 65536, 3, 0, -9]> : tensor<6xi32>
  %r0 = numjit.add %x, %y : tensor<6xi32>
  %r1 = numjit.sub %x, %y : tensor<6xi32>
  %r2 = numjit.mul %x, %y : tensor<6xi32>
  return %r0, %r1, %r2 : tensor<6xi32>, tensor<6xi32>, tensor<6xi32>
}

// RUN: numjit-run %s -e fold_const_i64 --precision 17 | FileCheck %s --check-prefix=FOLD_CONST_I64 --match-full-lines
// FOLD_CONST_I64: result 0: tensor<6xi64> = [-9223372036854775808, 9223372036854775807, 8589934592, -4, 0, -4]
// FOLD_CONST_I64-NEXT: result 1: tensor<6xi64> = [9223372036854775806, -9223372036854775807, 0, -10, 0, 14]
// FOLD_CONST_I64-NEXT: result 2: tensor<6xi64> = [9223372036854775807, -9223372036854775808, 0, -21, 0, -45]
func.func @fold_const_i64() -> (tensor<6xi64>, tensor<6xi64>, tensor<6xi64>) {
  %x = numjit.constant dense<[9223372036854775807, -9223372036854775808, 4294967296, -7, 0, 5]> : tensor<6xi64>
  %y = numjit.constant dense<[1, -1, 4294967296, 3, 0, -9]> : tensor<6xi64>
  %r0 = numjit.add %x, %y : tensor<6xi64>
  %r1 = numjit.sub %x, %y : tensor<6xi64>
  %r2 = numjit.mul %x, %y : tensor<6xi64>
  return %r0, %r1, %r2 : tensor<6xi64>, tensor<6xi64>, tensor<6xi64>
}

// RUN: numjit-run %s -e fold_identity_f32 --arg "[-0.0, 0x7FC00000, 1.5, 0xFF800000]" | FileCheck %s --check-prefix=FOLD_IDENTITY_F32 --match-full-lines
// FOLD_IDENTITY_F32: result 0: tensor<4xf32> = [0, {{-?nan}}, 1.5, -inf]
// FOLD_IDENTITY_F32-NEXT: result 1: tensor<4xf32> = [0, {{-?nan}}, 1.5, -inf]
// FOLD_IDENTITY_F32-NEXT: result 2: tensor<4xf32> = [-0, {{-?nan}}, 1.5, -inf]
// FOLD_IDENTITY_F32-NEXT: result 3: tensor<4xf32> = [-0, {{-?nan}}, 1.5, -inf]
// FOLD_IDENTITY_F32-NEXT: result 4: tensor<4xf32> = [-0, {{-?nan}}, 1.5, -inf]
func.func @fold_identity_f32(%a0: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %z = numjit.constant dense<0.0> : tensor<4xf32>
  %o = numjit.constant dense<1.0> : tensor<4xf32>
  %r0 = numjit.add %a0, %z : tensor<4xf32>
  %r1 = numjit.add %z, %a0 : tensor<4xf32>
  %r2 = numjit.sub %a0, %z : tensor<4xf32>
  %r3 = numjit.mul %a0, %o : tensor<4xf32>
  %r4 = numjit.mul %o, %a0 : tensor<4xf32>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// RUN: numjit-run %s -e fold_identity_f64 --arg "[-0.0, 0x7FF8000000000000, 1.5, 0xFFF0000000000000]" | FileCheck %s --check-prefix=FOLD_IDENTITY_F64 --match-full-lines
// FOLD_IDENTITY_F64: result 0: tensor<4xf64> = [0, {{-?nan}}, 1.5, -inf]
// FOLD_IDENTITY_F64-NEXT: result 1: tensor<4xf64> = [0, {{-?nan}}, 1.5, -inf]
// FOLD_IDENTITY_F64-NEXT: result 2: tensor<4xf64> = [-0, {{-?nan}}, 1.5, -inf]
// FOLD_IDENTITY_F64-NEXT: result 3: tensor<4xf64> = [-0, {{-?nan}}, 1.5, -inf]
// FOLD_IDENTITY_F64-NEXT: result 4: tensor<4xf64> = [-0, {{-?nan}}, 1.5, -inf]
func.func @fold_identity_f64(%a0: tensor<4xf64>) -> (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) {
  %z = numjit.constant dense<0.0> : tensor<4xf64>
  %o = numjit.constant dense<1.0> : tensor<4xf64>
  %r0 = numjit.add %a0, %z : tensor<4xf64>
  %r1 = numjit.add %z, %a0 : tensor<4xf64>
  %r2 = numjit.sub %a0, %z : tensor<4xf64>
  %r3 = numjit.mul %a0, %o : tensor<4xf64>
  %r4 = numjit.mul %o, %a0 : tensor<4xf64>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xf64>, tensor<4xf64>, tensor<4xf64>, tensor<4xf64>, tensor<4xf64>
}

// RUN: numjit-run %s -e fold_identity_i32 --arg "[-2147483648, -1, 0, 2147483647]" | FileCheck %s --check-prefix=FOLD_IDENTITY_I32 --match-full-lines
// FOLD_IDENTITY_I32: result 0: tensor<4xi32> = [-2147483648, -1, 0, 2147483647]
// FOLD_IDENTITY_I32-NEXT: result 1: tensor<4xi32> = [-2147483648, -1, 0, 2147483647]
// FOLD_IDENTITY_I32-NEXT: result 2: tensor<4xi32> = [-2147483648, -1, 0, 2147483647]
// FOLD_IDENTITY_I32-NEXT: result 3: tensor<4xi32> = [-2147483648, -1, 0, 2147483647]
// FOLD_IDENTITY_I32-NEXT: result 4: tensor<4xi32> = [-2147483648, -1, 0, 2147483647]
func.func @fold_identity_i32(%a0: tensor<4xi32>) -> (tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) {
  %z = numjit.constant dense<0> : tensor<4xi32>
  %o = numjit.constant dense<1> : tensor<4xi32>
  %r0 = numjit.add %a0, %z : tensor<4xi32>
  %r1 = numjit.add %z, %a0 : tensor<4xi32>
  %r2 = numjit.sub %a0, %z : tensor<4xi32>
  %r3 = numjit.mul %a0, %o : tensor<4xi32>
  %r4 = numjit.mul %o, %a0 : tensor<4xi32>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>
}

// RUN: numjit-run %s -e fold_identity_i64 --arg "[-9223372036854775808, -1, 0, 9223372036854775807]" | FileCheck %s --check-prefix=FOLD_IDENTITY_I64 --match-full-lines
// FOLD_IDENTITY_I64: result 0: tensor<4xi64> = [-9223372036854775808, -1, 0, 9223372036854775807]
// FOLD_IDENTITY_I64-NEXT: result 1: tensor<4xi64> = [-9223372036854775808, -1, 0, 9223372036854775807]
// FOLD_IDENTITY_I64-NEXT: result 2: tensor<4xi64> = [-9223372036854775808, -1, 0, 9223372036854775807]
// FOLD_IDENTITY_I64-NEXT: result 3: tensor<4xi64> = [-9223372036854775808, -1, 0, 9223372036854775807]
// FOLD_IDENTITY_I64-NEXT: result 4: tensor<4xi64> = [-9223372036854775808, -1, 0, 9223372036854775807]
func.func @fold_identity_i64(%a0: tensor<4xi64>) -> (tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>) {
  %z = numjit.constant dense<0> : tensor<4xi64>
  %o = numjit.constant dense<1> : tensor<4xi64>
  %r0 = numjit.add %a0, %z : tensor<4xi64>
  %r1 = numjit.add %z, %a0 : tensor<4xi64>
  %r2 = numjit.sub %a0, %z : tensor<4xi64>
  %r3 = numjit.mul %a0, %o : tensor<4xi64>
  %r4 = numjit.mul %o, %a0 : tensor<4xi64>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>
}

// RUN: numjit-run %s -e fold_shape_f32 --arg "[[1.5, -2.0, 3.0], [-4.5, 5.0, 6.0]]" --arg "[[true, false, true], [false, true, false]]" | FileCheck %s --check-prefix=FOLD_SHAPE_F32 --match-full-lines
// FOLD_SHAPE_F32: result 0: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F32-NEXT: result 1: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F32-NEXT: result 2: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F32-NEXT: result 3: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F32-NEXT: result 4: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F32-NEXT: result 5: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F32-NEXT: result 6: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F32-NEXT: result 7: tensor<2x3xf32> = {{\[\[}}6, 5, -4.5], [3, -2, 1.5]]
// FOLD_SHAPE_F32-NEXT: result 8: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F32-NEXT: result 9: tensor<2x3xf32> = {{\[\[}}1.5, 1.5, 1.5], [1.5, 1.5, 1.5]]
// FOLD_SHAPE_F32-NEXT: result 10: tensor<6xf32> = [6, 5, -4.5, 3, -2, 1.5]
// FOLD_SHAPE_F32-NEXT: result 11: tensor<6xf32> = [1.5, -2, 3, -4.5, 5, 6]
// FOLD_SHAPE_F32-NEXT: result 12: tensor<2x3xf32> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
func.func @fold_shape_f32(%a0: tensor<2x3xf32>, %a1: tensor<2x3xi1>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<6xf32>, tensor<6xf32>, tensor<2x3xf32>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xf32> -> tensor<2x3xf32>
  %r1 = numjit.convert %a0 : tensor<2x3xf32> -> tensor<2x3xf32>
  %r2 = numjit.broadcast_in_dim %a0, dims = [0, 1] : tensor<2x3xf32> -> tensor<2x3xf32>
  %r3 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xf32> -> tensor<2x3xf32>
  %r4 = numjit.slice %a0, start = [0, 0], limit = [2, 3], strides = [1, 1] : tensor<2x3xf32> -> tensor<2x3xf32>
  %r5 = "numjit.concatenate"(%a0) {dim = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %c = numjit.constant dense<[[6.0, 5.0, -4.5], [3.0, -2.0, 1.5]]> : tensor<2x3xf32>
  %p = numjit.constant dense<true> : tensor<2x3xi1>
  %q = numjit.constant dense<false> : tensor<2x3xi1>
  %r6 = numjit.select %p, %a0, %c : tensor<2x3xi1>, tensor<2x3xf32>
  %r7 = numjit.select %q, %a0, %c : tensor<2x3xi1>, tensor<2x3xf32>
  %r8 = numjit.select %a1, %a0, %a0 : tensor<2x3xi1>, tensor<2x3xf32>
  %s = numjit.constant dense<1.5> : tensor<3xf32>
  %r9 = numjit.broadcast_in_dim %s, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %k = numjit.reshape %c : tensor<2x3xf32> -> tensor<6xf32>
  %k2 = numjit.reshape %k : tensor<6xf32> -> tensor<3x2xf32>
  %r10 = numjit.reshape %k2 : tensor<3x2xf32> -> tensor<6xf32>
  %t = numjit.reshape %a0 : tensor<2x3xf32> -> tensor<3x2xf32>
  %r11 = numjit.reshape %t : tensor<3x2xf32> -> tensor<6xf32>
  %r12 = numjit.reduce sum %a0, dims = [] : tensor<2x3xf32> -> tensor<2x3xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<6xf32>, tensor<6xf32>, tensor<2x3xf32>
}

// RUN: numjit-run %s -e fold_shape_f64 --arg "[[1.5, -2.0, 3.0], [-4.5, 5.0, 6.0]]" --arg "[[true, false, true], [false, true, false]]" | FileCheck %s --check-prefix=FOLD_SHAPE_F64 --match-full-lines
// FOLD_SHAPE_F64: result 0: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F64-NEXT: result 1: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F64-NEXT: result 2: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F64-NEXT: result 3: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F64-NEXT: result 4: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F64-NEXT: result 5: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F64-NEXT: result 6: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F64-NEXT: result 7: tensor<2x3xf64> = {{\[\[}}6, 5, -4.5], [3, -2, 1.5]]
// FOLD_SHAPE_F64-NEXT: result 8: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
// FOLD_SHAPE_F64-NEXT: result 9: tensor<2x3xf64> = {{\[\[}}1.5, 1.5, 1.5], [1.5, 1.5, 1.5]]
// FOLD_SHAPE_F64-NEXT: result 10: tensor<6xf64> = [6, 5, -4.5, 3, -2, 1.5]
// FOLD_SHAPE_F64-NEXT: result 11: tensor<6xf64> = [1.5, -2, 3, -4.5, 5, 6]
// FOLD_SHAPE_F64-NEXT: result 12: tensor<2x3xf64> = {{\[\[}}1.5, -2, 3], [-4.5, 5, 6]]
func.func @fold_shape_f64(%a0: tensor<2x3xf64>, %a1: tensor<2x3xi1>) -> (tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<6xf64>, tensor<6xf64>, tensor<2x3xf64>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xf64> -> tensor<2x3xf64>
  %r1 = numjit.convert %a0 : tensor<2x3xf64> -> tensor<2x3xf64>
  %r2 = numjit.broadcast_in_dim %a0, dims = [0, 1] : tensor<2x3xf64> -> tensor<2x3xf64>
  %r3 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xf64> -> tensor<2x3xf64>
  %r4 = numjit.slice %a0, start = [0, 0], limit = [2, 3], strides = [1, 1] : tensor<2x3xf64> -> tensor<2x3xf64>
  %r5 = "numjit.concatenate"(%a0) {dim = 1 : i64} : (tensor<2x3xf64>) -> tensor<2x3xf64>
  %c = numjit.constant dense<[[6.0, 5.0, -4.5], [3.0, -2.0, 1.5]]> : tensor<2x3xf64>
  %p = numjit.constant dense<true> : tensor<2x3xi1>
  %q = numjit.constant dense<false> : tensor<2x3xi1>
  %r6 = numjit.select %p, %a0, %c : tensor<2x3xi1>, tensor<2x3xf64>
  %r7 = numjit.select %q, %a0, %c : tensor<2x3xi1>, tensor<2x3xf64>
  %r8 = numjit.select %a1, %a0, %a0 : tensor<2x3xi1>, tensor<2x3xf64>
  %s = numjit.constant dense<1.5> : tensor<3xf64>
  %r9 = numjit.broadcast_in_dim %s, dims = [1] : tensor<3xf64> -> tensor<2x3xf64>
  %k = numjit.reshape %c : tensor<2x3xf64> -> tensor<6xf64>
  %k2 = numjit.reshape %k : tensor<6xf64> -> tensor<3x2xf64>
  %r10 = numjit.reshape %k2 : tensor<3x2xf64> -> tensor<6xf64>
  %t = numjit.reshape %a0 : tensor<2x3xf64> -> tensor<3x2xf64>
  %r11 = numjit.reshape %t : tensor<3x2xf64> -> tensor<6xf64>
  %r12 = numjit.reduce sum %a0, dims = [] : tensor<2x3xf64> -> tensor<2x3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12 : tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<6xf64>, tensor<6xf64>, tensor<2x3xf64>
}

// RUN: numjit-run %s -e fold_shape_i32 --arg "[[1, -2, 3], [-4, 5, 6]]" --arg "[[true, false, true], [false, true, false]]" | FileCheck %s --check-prefix=FOLD_SHAPE_I32 --match-full-lines
// FOLD_SHAPE_I32: result 0: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I32-NEXT: result 1: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I32-NEXT: result 2: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I32-NEXT: result 3: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I32-NEXT: result 4: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I32-NEXT: result 5: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I32-NEXT: result 6: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I32-NEXT: result 7: tensor<2x3xi32> = {{\[\[}}6, 5, -4], [3, -2, 1]]
// FOLD_SHAPE_I32-NEXT: result 8: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I32-NEXT: result 9: tensor<2x3xi32> = {{\[\[}}1, 1, 1], [1, 1, 1]]
// FOLD_SHAPE_I32-NEXT: result 10: tensor<6xi32> = [6, 5, -4, 3, -2, 1]
// FOLD_SHAPE_I32-NEXT: result 11: tensor<6xi32> = [1, -2, 3, -4, 5, 6]
// FOLD_SHAPE_I32-NEXT: result 12: tensor<2x3xi32> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
func.func @fold_shape_i32(%a0: tensor<2x3xi32>, %a1: tensor<2x3xi1>) -> (tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<6xi32>, tensor<6xi32>, tensor<2x3xi32>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xi32> -> tensor<2x3xi32>
  %r1 = numjit.convert %a0 : tensor<2x3xi32> -> tensor<2x3xi32>
  %r2 = numjit.broadcast_in_dim %a0, dims = [0, 1] : tensor<2x3xi32> -> tensor<2x3xi32>
  %r3 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xi32> -> tensor<2x3xi32>
  %r4 = numjit.slice %a0, start = [0, 0], limit = [2, 3], strides = [1, 1] : tensor<2x3xi32> -> tensor<2x3xi32>
  %r5 = "numjit.concatenate"(%a0) {dim = 1 : i64} : (tensor<2x3xi32>) -> tensor<2x3xi32>
  %c = numjit.constant dense<[[6, 5, -4], [3, -2, 1]]> : tensor<2x3xi32>
  %p = numjit.constant dense<true> : tensor<2x3xi1>
  %q = numjit.constant dense<false> : tensor<2x3xi1>
  %r6 = numjit.select %p, %a0, %c : tensor<2x3xi1>, tensor<2x3xi32>
  %r7 = numjit.select %q, %a0, %c : tensor<2x3xi1>, tensor<2x3xi32>
  %r8 = numjit.select %a1, %a0, %a0 : tensor<2x3xi1>, tensor<2x3xi32>
  %s = numjit.constant dense<1> : tensor<3xi32>
  %r9 = numjit.broadcast_in_dim %s, dims = [1] : tensor<3xi32> -> tensor<2x3xi32>
  %k = numjit.reshape %c : tensor<2x3xi32> -> tensor<6xi32>
  %k2 = numjit.reshape %k : tensor<6xi32> -> tensor<3x2xi32>
  %r10 = numjit.reshape %k2 : tensor<3x2xi32> -> tensor<6xi32>
  %t = numjit.reshape %a0 : tensor<2x3xi32> -> tensor<3x2xi32>
  %r11 = numjit.reshape %t : tensor<3x2xi32> -> tensor<6xi32>
  %r12 = numjit.reduce sum %a0, dims = [] : tensor<2x3xi32> -> tensor<2x3xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12 : tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<6xi32>, tensor<6xi32>, tensor<2x3xi32>
}

// RUN: numjit-run %s -e fold_shape_i64 --arg "[[1, -2, 3], [-4, 5, 6]]" --arg "[[true, false, true], [false, true, false]]" | FileCheck %s --check-prefix=FOLD_SHAPE_I64 --match-full-lines
// FOLD_SHAPE_I64: result 0: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I64-NEXT: result 1: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I64-NEXT: result 2: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I64-NEXT: result 3: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I64-NEXT: result 4: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I64-NEXT: result 5: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I64-NEXT: result 6: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I64-NEXT: result 7: tensor<2x3xi64> = {{\[\[}}6, 5, -4], [3, -2, 1]]
// FOLD_SHAPE_I64-NEXT: result 8: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
// FOLD_SHAPE_I64-NEXT: result 9: tensor<2x3xi64> = {{\[\[}}1, 1, 1], [1, 1, 1]]
// FOLD_SHAPE_I64-NEXT: result 10: tensor<6xi64> = [6, 5, -4, 3, -2, 1]
// FOLD_SHAPE_I64-NEXT: result 11: tensor<6xi64> = [1, -2, 3, -4, 5, 6]
// FOLD_SHAPE_I64-NEXT: result 12: tensor<2x3xi64> = {{\[\[}}1, -2, 3], [-4, 5, 6]]
func.func @fold_shape_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3xi1>) -> (tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<6xi64>, tensor<6xi64>, tensor<2x3xi64>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xi64> -> tensor<2x3xi64>
  %r1 = numjit.convert %a0 : tensor<2x3xi64> -> tensor<2x3xi64>
  %r2 = numjit.broadcast_in_dim %a0, dims = [0, 1] : tensor<2x3xi64> -> tensor<2x3xi64>
  %r3 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xi64> -> tensor<2x3xi64>
  %r4 = numjit.slice %a0, start = [0, 0], limit = [2, 3], strides = [1, 1] : tensor<2x3xi64> -> tensor<2x3xi64>
  %r5 = "numjit.concatenate"(%a0) {dim = 1 : i64} : (tensor<2x3xi64>) -> tensor<2x3xi64>
  %c = numjit.constant dense<[[6, 5, -4], [3, -2, 1]]> : tensor<2x3xi64>
  %p = numjit.constant dense<true> : tensor<2x3xi1>
  %q = numjit.constant dense<false> : tensor<2x3xi1>
  %r6 = numjit.select %p, %a0, %c : tensor<2x3xi1>, tensor<2x3xi64>
  %r7 = numjit.select %q, %a0, %c : tensor<2x3xi1>, tensor<2x3xi64>
  %r8 = numjit.select %a1, %a0, %a0 : tensor<2x3xi1>, tensor<2x3xi64>
  %s = numjit.constant dense<1> : tensor<3xi64>
  %r9 = numjit.broadcast_in_dim %s, dims = [1] : tensor<3xi64> -> tensor<2x3xi64>
  %k = numjit.reshape %c : tensor<2x3xi64> -> tensor<6xi64>
  %k2 = numjit.reshape %k : tensor<6xi64> -> tensor<3x2xi64>
  %r10 = numjit.reshape %k2 : tensor<3x2xi64> -> tensor<6xi64>
  %t = numjit.reshape %a0 : tensor<2x3xi64> -> tensor<3x2xi64>
  %r11 = numjit.reshape %t : tensor<3x2xi64> -> tensor<6xi64>
  %r12 = numjit.reduce sum %a0, dims = [] : tensor<2x3xi64> -> tensor<2x3xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12 : tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<6xi64>, tensor<6xi64>, tensor<2x3xi64>
}

// RUN: numjit-run %s -e fold_shape_i1 --arg "[[true, false, false], [true, true, false]]" --arg "[[true, false, true], [false, true, false]]" | FileCheck %s --check-prefix=FOLD_SHAPE_I1 --match-full-lines
// FOLD_SHAPE_I1: result 0: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, true, false]]
// FOLD_SHAPE_I1-NEXT: result 1: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, true, false]]
// FOLD_SHAPE_I1-NEXT: result 2: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, true, false]]
// FOLD_SHAPE_I1-NEXT: result 3: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, true, false]]
// FOLD_SHAPE_I1-NEXT: result 4: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, true, false]]
// FOLD_SHAPE_I1-NEXT: result 5: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, true, false]]
// FOLD_SHAPE_I1-NEXT: result 6: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, true, false]]
// FOLD_SHAPE_I1-NEXT: result 7: tensor<2x3xi1> = {{\[\[}}false, true, true], [false, false, true]]
// FOLD_SHAPE_I1-NEXT: result 8: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, true, false]]
// FOLD_SHAPE_I1-NEXT: result 9: tensor<2x3xi1> = {{\[\[}}true, true, true], [true, true, true]]
// FOLD_SHAPE_I1-NEXT: result 10: tensor<6xi1> = [false, true, true, false, false, true]
// FOLD_SHAPE_I1-NEXT: result 11: tensor<6xi1> = [true, false, false, true, true, false]
func.func @fold_shape_i1(%a0: tensor<2x3xi1>, %a1: tensor<2x3xi1>) -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<6xi1>, tensor<6xi1>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xi1> -> tensor<2x3xi1>
  %r1 = numjit.convert %a0 : tensor<2x3xi1> -> tensor<2x3xi1>
  %r2 = numjit.broadcast_in_dim %a0, dims = [0, 1] : tensor<2x3xi1> -> tensor<2x3xi1>
  %r3 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xi1> -> tensor<2x3xi1>
  %r4 = numjit.slice %a0, start = [0, 0], limit = [2, 3], strides = [1, 1] : tensor<2x3xi1> -> tensor<2x3xi1>
  %r5 = "numjit.concatenate"(%a0) {dim = 1 : i64} : (tensor<2x3xi1>) -> tensor<2x3xi1>
  %c = numjit.constant dense<[[false, true, true], [false, false, true]]> : tensor<2x3xi1>
  %p = numjit.constant dense<true> : tensor<2x3xi1>
  %q = numjit.constant dense<false> : tensor<2x3xi1>
  %r6 = numjit.select %p, %a0, %c : tensor<2x3xi1>, tensor<2x3xi1>
  %r7 = numjit.select %q, %a0, %c : tensor<2x3xi1>, tensor<2x3xi1>
  %r8 = numjit.select %a1, %a0, %a0 : tensor<2x3xi1>, tensor<2x3xi1>
  %s = numjit.constant dense<true> : tensor<3xi1>
  %r9 = numjit.broadcast_in_dim %s, dims = [1] : tensor<3xi1> -> tensor<2x3xi1>
  %k = numjit.reshape %c : tensor<2x3xi1> -> tensor<6xi1>
  %k2 = numjit.reshape %k : tensor<6xi1> -> tensor<3x2xi1>
  %r10 = numjit.reshape %k2 : tensor<3x2xi1> -> tensor<6xi1>
  %t = numjit.reshape %a0 : tensor<2x3xi1> -> tensor<3x2xi1>
  %r11 = numjit.reshape %t : tensor<3x2xi1> -> tensor<6xi1>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<6xi1>, tensor<6xi1>
}
