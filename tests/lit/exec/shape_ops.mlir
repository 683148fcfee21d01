// Execution tests: numjit.constant, iota, broadcast_in_dim, reshape,
// transpose, slice and concatenate for every element type they accept,
// including rank-0 and empty (0-sized) tensors. Expected values were
// computed with a small Python model of each op.
// numjit.concatenate is written in generic form: its custom assembly
// (`%x, %y, dim = 0 : ...`) does not parse back (reported).
// Not checked (reported bugs, they fail to compile): an empty slice that
// starts at the end of a dimension (start == limit == size), and an empty
// concatenate input that lands at the end of the result (offset == size).

// RUN: numjit-run %s -e constant_f32 | FileCheck %s --check-prefix=CONSTANT_F32 --match-full-lines
// CONSTANT_F32: result 0: tensor<4xf32> = [1.5, -2, {{-?nan}}, -inf]
// CONSTANT_F32-NEXT: result 1: tensor<2x3xf32> = {{\[\[}}-3, -2.5, -2], [-1.5, -1, -0.5]]
// CONSTANT_F32-NEXT: result 2: tensor<f32> = 3.25
// CONSTANT_F32-NEXT: result 3: tensor<2x2xf32> = {{\[\[}}3.25, 3.25], [3.25, 3.25]]
// CONSTANT_F32-NEXT: result 4: tensor<0xf32> = []
func.func @constant_f32() -> (tensor<4xf32>, tensor<2x3xf32>, tensor<f32>, tensor<2x2xf32>, tensor<0xf32>) {
  %r0 = numjit.constant dense<[1.5, -2.0, 0x7FC00000, 0xFF800000]> : tensor<4xf32>
  %r1 = numjit.constant dense<[[-3.0, -2.5, -2.0], [-1.5, -1.0, -0.5]]> : tensor<2x3xf32>
  %r2 = numjit.constant dense<3.25> : tensor<f32>
  %r3 = numjit.constant dense<3.25> : tensor<2x2xf32>
  %r4 = numjit.constant dense<[]> : tensor<0xf32>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xf32>, tensor<2x3xf32>, tensor<f32>, tensor<2x2xf32>, tensor<0xf32>
}

// RUN: numjit-run %s -e constant_f64 --precision 17 | FileCheck %s --check-prefix=CONSTANT_F64 --match-full-lines
// CONSTANT_F64: result 0: tensor<4xf64> = [0.10000000000000001, -0, inf, 1.0000000000000001e+300]
// CONSTANT_F64-NEXT: result 1: tensor<2x3xf64> = {{\[\[}}-3.9999999999990905, -2.7499999999990905, -1.4999999999990905], [-0.24999999999909051, 1.0000000000009095, 2.2500000000009095]]
// CONSTANT_F64-NEXT: result 2: tensor<f64> = -7.5
// CONSTANT_F64-NEXT: result 3: tensor<2x2xf64> = {{\[\[}}-7.5, -7.5], [-7.5, -7.5]]
// CONSTANT_F64-NEXT: result 4: tensor<0xf64> = []
func.func @constant_f64() -> (tensor<4xf64>, tensor<2x3xf64>, tensor<f64>, tensor<2x2xf64>, tensor<0xf64>) {
  %r0 = numjit.constant dense<[0.1, -0.0, 0x7FF0000000000000, 1.0e+300]> : tensor<4xf64>
  %r1 = numjit.constant dense<[[-3.9999999999990905, -2.7499999999990905, -1.4999999999990905], [-0.2499999999990905, 1.0000000000009095, 2.2500000000009095]]> : tensor<2x3xf64>
  %r2 = numjit.constant dense<-7.5> : tensor<f64>
  %r3 = numjit.constant dense<-7.5> : tensor<2x2xf64>
  %r4 = numjit.constant dense<[]> : tensor<0xf64>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xf64>, tensor<2x3xf64>, tensor<f64>, tensor<2x2xf64>, tensor<0xf64>
}

// RUN: numjit-run %s -e constant_i32 | FileCheck %s --check-prefix=CONSTANT_I32 --match-full-lines
// CONSTANT_I32: result 0: tensor<4xi32> = [1, -2, -2147483648, 2147483647]
// CONSTANT_I32-NEXT: result 1: tensor<2x3xi32> = {{\[\[}}-20, -13, -6], [1, 8, 15]]
// CONSTANT_I32-NEXT: result 2: tensor<i32> = -9
// CONSTANT_I32-NEXT: result 3: tensor<2x2xi32> = {{\[\[}}-9, -9], [-9, -9]]
// CONSTANT_I32-NEXT: result 4: tensor<0xi32> = []
func.func @constant_i32() -> (tensor<4xi32>, tensor<2x3xi32>, tensor<i32>, tensor<2x2xi32>, tensor<0xi32>) {
  %r0 = numjit.constant dense<[1, -2, -2147483648, 2147483647]> : tensor<4xi32>
  %r1 = numjit.constant dense<[[-20, -13, -6], [1, 8, 15]]> : tensor<2x3xi32>
  %r2 = numjit.constant dense<-9> : tensor<i32>
  %r3 = numjit.constant dense<-9> : tensor<2x2xi32>
  %r4 = numjit.constant dense<[]> : tensor<0xi32>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xi32>, tensor<2x3xi32>, tensor<i32>, tensor<2x2xi32>, tensor<0xi32>
}

// RUN: numjit-run %s -e constant_i64 | FileCheck %s --check-prefix=CONSTANT_I64 --match-full-lines
// CONSTANT_I64: result 0: tensor<4xi64> = [1, -2, -9223372036854775808, 9223372036854775807]
// CONSTANT_I64-NEXT: result 1: tensor<2x3xi64> = {{\[\[}}-3, 1099511627773, 2199023255549], [3298534883325, 4398046511101, 5497558138877]]
// CONSTANT_I64-NEXT: result 2: tensor<i64> = 1099511627776
// CONSTANT_I64-NEXT: result 3: tensor<2x2xi64> = {{\[\[}}1099511627776, 1099511627776], [1099511627776, 1099511627776]]
// CONSTANT_I64-NEXT: result 4: tensor<0xi64> = []
func.func @constant_i64() -> (tensor<4xi64>, tensor<2x3xi64>, tensor<i64>, tensor<2x2xi64>, tensor<0xi64>) {
  %r0 = numjit.constant dense<[1, -2, -9223372036854775808, 9223372036854775807]> : tensor<4xi64>
  %r1 = numjit.constant dense<[[-3, 1099511627773, 2199023255549], [3298534883325, 4398046511101, 5497558138877]]> : tensor<2x3xi64>
  %r2 = numjit.constant dense<1099511627776> : tensor<i64>
  %r3 = numjit.constant dense<1099511627776> : tensor<2x2xi64>
  %r4 = numjit.constant dense<[]> : tensor<0xi64>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xi64>, tensor<2x3xi64>, tensor<i64>, tensor<2x2xi64>, tensor<0xi64>
}

// RUN: numjit-run %s -e constant_i1 | FileCheck %s --check-prefix=CONSTANT_I1 --match-full-lines
// CONSTANT_I1: result 0: tensor<4xi1> = [true, false, false, true]
// CONSTANT_I1-NEXT: result 1: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, false, false]]
// CONSTANT_I1-NEXT: result 2: tensor<i1> = true
// CONSTANT_I1-NEXT: result 3: tensor<2x2xi1> = {{\[\[}}true, true], [true, true]]
// CONSTANT_I1-NEXT: result 4: tensor<0xi1> = []
func.func @constant_i1() -> (tensor<4xi1>, tensor<2x3xi1>, tensor<i1>, tensor<2x2xi1>, tensor<0xi1>) {
  %r0 = numjit.constant dense<[true, false, false, true]> : tensor<4xi1>
  %r1 = numjit.constant dense<[[true, false, false], [true, false, false]]> : tensor<2x3xi1>
  %r2 = numjit.constant dense<true> : tensor<i1>
  %r3 = numjit.constant dense<true> : tensor<2x2xi1>
  %r4 = numjit.constant dense<[]> : tensor<0xi1>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xi1>, tensor<2x3xi1>, tensor<i1>, tensor<2x2xi1>, tensor<0xi1>
}

// RUN: numjit-run %s -e constant_use_f32 --arg "[[2.5, 3.0, 3.5], [4.0, 4.5, 5.0]]" --arg "5.0" --arg "[]" | FileCheck %s --check-prefix=CONSTANT_USE_F32 --match-full-lines
// CONSTANT_USE_F32: result 0: tensor<2x3xf32> = {{\[\[}}1, 2, 3], [4, 5, 6]]
// CONSTANT_USE_F32-NEXT: result 1: tensor<f32> = 10
// CONSTANT_USE_F32-NEXT: result 2: tensor<0xf32> = []
func.func @constant_use_f32(%a0: tensor<2x3xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<2x3xf32>, tensor<f32>, tensor<0xf32>) {
  %c = numjit.constant dense<[[-1.5, -1.0, -0.5], [0.0, 0.5, 1.0]]> : tensor<2x3xf32>
  %r0 = numjit.add %a0, %c : tensor<2x3xf32>
  %k = numjit.constant dense<2.0> : tensor<f32>
  %r1 = numjit.mul %a1, %k : tensor<f32>
  %z = numjit.constant dense<[]> : tensor<0xf32>
  %r2 = numjit.sub %a2, %z : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<2x3xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e constant_use_f64 --arg "[[9.75000000000091, 11.00000000000091, 12.25000000000091], [13.50000000000091, 14.75000000000091, 16.00000000000091]]" --arg "5.0" --arg "[]" --precision 17 | FileCheck %s --check-prefix=CONSTANT_USE_F64 --match-full-lines
// CONSTANT_USE_F64: result 0: tensor<2x3xf64> = {{\[\[}}9.500000000001819, 12.000000000001819, 14.500000000001819], [17.000000000001819, 19.500000000001819, 22.000000000001819]]
// CONSTANT_USE_F64-NEXT: result 1: tensor<f64> = 10
// CONSTANT_USE_F64-NEXT: result 2: tensor<0xf64> = []
func.func @constant_use_f64(%a0: tensor<2x3xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x3xf64>, tensor<f64>, tensor<0xf64>) {
  %c = numjit.constant dense<[[-0.2499999999990905, 1.0000000000009095, 2.2500000000009095], [3.5000000000009095, 4.7500000000009095, 6.0000000000009095]]> : tensor<2x3xf64>
  %r0 = numjit.add %a0, %c : tensor<2x3xf64>
  %k = numjit.constant dense<2.0> : tensor<f64>
  %r1 = numjit.mul %a1, %k : tensor<f64>
  %z = numjit.constant dense<[]> : tensor<0xf64>
  %r2 = numjit.sub %a2, %z : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x3xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e constant_use_i32 --arg "[[57, 64, 71], [78, 85, 92]]" --arg "5" --arg "[]" | FileCheck %s --check-prefix=CONSTANT_USE_I32 --match-full-lines
// CONSTANT_USE_I32: result 0: tensor<2x3xi32> = {{\[\[}}58, 72, 86], [100, 114, 128]]
// CONSTANT_USE_I32-NEXT: result 1: tensor<i32> = 10
// CONSTANT_USE_I32-NEXT: result 2: tensor<0xi32> = []
func.func @constant_use_i32(%a0: tensor<2x3xi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<2x3xi32>, tensor<i32>, tensor<0xi32>) {
  %c = numjit.constant dense<[[1, 8, 15], [22, 29, 36]]> : tensor<2x3xi32>
  %r0 = numjit.add %a0, %c : tensor<2x3xi32>
  %k = numjit.constant dense<2> : tensor<i32>
  %r1 = numjit.mul %a1, %k : tensor<i32>
  %z = numjit.constant dense<[]> : tensor<0xi32>
  %r2 = numjit.sub %a2, %z : tensor<0xi32>
  return %r0, %r1, %r2 : tensor<2x3xi32>, tensor<i32>, tensor<0xi32>
}

// RUN: numjit-run %s -e constant_use_i64 --arg "[[12094627905533, 13194139533309, 14293651161085], [15393162788861, 16492674416637, 17592186044413]]" --arg "5" --arg "[]" | FileCheck %s --check-prefix=CONSTANT_USE_I64 --match-full-lines
// CONSTANT_USE_I64: result 0: tensor<2x3xi64> = {{\[\[}}15393162788858, 17592186044410, 19791209299962], [21990232555514, 24189255811066, 26388279066618]]
// CONSTANT_USE_I64-NEXT: result 1: tensor<i64> = 10
// CONSTANT_USE_I64-NEXT: result 2: tensor<0xi64> = []
func.func @constant_use_i64(%a0: tensor<2x3xi64>, %a1: tensor<i64>, %a2: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<i64>, tensor<0xi64>) {
  %c = numjit.constant dense<[[3298534883325, 4398046511101, 5497558138877], [6597069766653, 7696581394429, 8796093022205]]> : tensor<2x3xi64>
  %r0 = numjit.add %a0, %c : tensor<2x3xi64>
  %k = numjit.constant dense<2> : tensor<i64>
  %r1 = numjit.mul %a1, %k : tensor<i64>
  %z = numjit.constant dense<[]> : tensor<0xi64>
  %r2 = numjit.sub %a2, %z : tensor<0xi64>
  return %r0, %r1, %r2 : tensor<2x3xi64>, tensor<i64>, tensor<0xi64>
}

// RUN: numjit-run %s -e constant_use_i1 --arg "[1, 2, 3]" --arg "[-1, -2, -3]" | FileCheck %s --check-prefix=CONSTANT_USE_I1 --match-full-lines
// CONSTANT_USE_I1: result 0: tensor<3xi32> = [1, -2, 3]
func.func @constant_use_i1(%a0: tensor<3xi32>, %a1: tensor<3xi32>) -> tensor<3xi32> {
  %p = numjit.constant dense<[true, false, true]> : tensor<3xi1>
  %r0 = numjit.select %p, %a0, %a1 : tensor<3xi1>, tensor<3xi32>
  return %r0 : tensor<3xi32>
}

// RUN: numjit-run %s -e iota_f32 | FileCheck %s --check-prefix=IOTA_F32 --match-full-lines
// IOTA_F32: result 0: tensor<5xf32> = [0, 1, 2, 3, 4]
// IOTA_F32-NEXT: result 1: tensor<2x3xf32> = {{\[\[}}0, 0, 0], [1, 1, 1]]
// IOTA_F32-NEXT: result 2: tensor<2x3xf32> = {{\[\[}}0, 1, 2], [0, 1, 2]]
// IOTA_F32-NEXT: result 3: tensor<2x2x3xf32> = {{\[\[\[}}0, 1, 2], [0, 1, 2]], {{\[\[}}0, 1, 2], [0, 1, 2]]]
// IOTA_F32-NEXT: result 4: tensor<2x2x3xf32> = {{\[\[\[}}0, 0, 0], [1, 1, 1]], {{\[\[}}0, 0, 0], [1, 1, 1]]]
// IOTA_F32-NEXT: result 5: tensor<0xf32> = []
// IOTA_F32-NEXT: result 6: tensor<3xf32> = [0, 0, 0]
func.func @iota_f32() -> (tensor<5xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2x3xf32>, tensor<2x2x3xf32>, tensor<0xf32>, tensor<3xf32>) {
  %r0 = numjit.iota dim = 0 : tensor<5xf32>
  %r1 = numjit.iota dim = 0 : tensor<2x3xf32>
  %r2 = numjit.iota dim = 1 : tensor<2x3xf32>
  %r3 = numjit.iota dim = 2 : tensor<2x2x3xf32>
  %r4 = numjit.iota dim = 1 : tensor<2x2x3xf32>
  %r5 = numjit.iota dim = 0 : tensor<0xf32>
  %e = numjit.iota dim = 0 : tensor<3x0xf32>
  %r6 = numjit.reduce sum %e, dims = [1] : tensor<3x0xf32> -> tensor<3xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : tensor<5xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2x3xf32>, tensor<2x2x3xf32>, tensor<0xf32>, tensor<3xf32>
}

// RUN: numjit-run %s -e iota_f64 | FileCheck %s --check-prefix=IOTA_F64 --match-full-lines
// IOTA_F64: result 0: tensor<5xf64> = [0, 1, 2, 3, 4]
// IOTA_F64-NEXT: result 1: tensor<2x3xf64> = {{\[\[}}0, 0, 0], [1, 1, 1]]
// IOTA_F64-NEXT: result 2: tensor<2x3xf64> = {{\[\[}}0, 1, 2], [0, 1, 2]]
// IOTA_F64-NEXT: result 3: tensor<2x2x3xf64> = {{\[\[\[}}0, 1, 2], [0, 1, 2]], {{\[\[}}0, 1, 2], [0, 1, 2]]]
// IOTA_F64-NEXT: result 4: tensor<2x2x3xf64> = {{\[\[\[}}0, 0, 0], [1, 1, 1]], {{\[\[}}0, 0, 0], [1, 1, 1]]]
// IOTA_F64-NEXT: result 5: tensor<0xf64> = []
// IOTA_F64-NEXT: result 6: tensor<3xf64> = [0, 0, 0]
func.func @iota_f64() -> (tensor<5xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x2x3xf64>, tensor<2x2x3xf64>, tensor<0xf64>, tensor<3xf64>) {
  %r0 = numjit.iota dim = 0 : tensor<5xf64>
  %r1 = numjit.iota dim = 0 : tensor<2x3xf64>
  %r2 = numjit.iota dim = 1 : tensor<2x3xf64>
  %r3 = numjit.iota dim = 2 : tensor<2x2x3xf64>
  %r4 = numjit.iota dim = 1 : tensor<2x2x3xf64>
  %r5 = numjit.iota dim = 0 : tensor<0xf64>
  %e = numjit.iota dim = 0 : tensor<3x0xf64>
  %r6 = numjit.reduce sum %e, dims = [1] : tensor<3x0xf64> -> tensor<3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : tensor<5xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x2x3xf64>, tensor<2x2x3xf64>, tensor<0xf64>, tensor<3xf64>
}

// RUN: numjit-run %s -e iota_i32 | FileCheck %s --check-prefix=IOTA_I32 --match-full-lines
// IOTA_I32: result 0: tensor<5xi32> = [0, 1, 2, 3, 4]
// IOTA_I32-NEXT: result 1: tensor<2x3xi32> = {{\[\[}}0, 0, 0], [1, 1, 1]]
// IOTA_I32-NEXT: result 2: tensor<2x3xi32> = {{\[\[}}0, 1, 2], [0, 1, 2]]
// IOTA_I32-NEXT: result 3: tensor<2x2x3xi32> = {{\[\[\[}}0, 1, 2], [0, 1, 2]], {{\[\[}}0, 1, 2], [0, 1, 2]]]
// IOTA_I32-NEXT: result 4: tensor<2x2x3xi32> = {{\[\[\[}}0, 0, 0], [1, 1, 1]], {{\[\[}}0, 0, 0], [1, 1, 1]]]
// IOTA_I32-NEXT: result 5: tensor<0xi32> = []
// IOTA_I32-NEXT: result 6: tensor<3xi32> = [0, 0, 0]
func.func @iota_i32() -> (tensor<5xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x2x3xi32>, tensor<2x2x3xi32>, tensor<0xi32>, tensor<3xi32>) {
  %r0 = numjit.iota dim = 0 : tensor<5xi32>
  %r1 = numjit.iota dim = 0 : tensor<2x3xi32>
  %r2 = numjit.iota dim = 1 : tensor<2x3xi32>
  %r3 = numjit.iota dim = 2 : tensor<2x2x3xi32>
  %r4 = numjit.iota dim = 1 : tensor<2x2x3xi32>
  %r5 = numjit.iota dim = 0 : tensor<0xi32>
  %e = numjit.iota dim = 0 : tensor<3x0xi32>
  %r6 = numjit.reduce sum %e, dims = [1] : tensor<3x0xi32> -> tensor<3xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : tensor<5xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x2x3xi32>, tensor<2x2x3xi32>, tensor<0xi32>, tensor<3xi32>
}

// RUN: numjit-run %s -e iota_i64 | FileCheck %s --check-prefix=IOTA_I64 --match-full-lines
// IOTA_I64: result 0: tensor<5xi64> = [0, 1, 2, 3, 4]
// IOTA_I64-NEXT: result 1: tensor<2x3xi64> = {{\[\[}}0, 0, 0], [1, 1, 1]]
// IOTA_I64-NEXT: result 2: tensor<2x3xi64> = {{\[\[}}0, 1, 2], [0, 1, 2]]
// IOTA_I64-NEXT: result 3: tensor<2x2x3xi64> = {{\[\[\[}}0, 1, 2], [0, 1, 2]], {{\[\[}}0, 1, 2], [0, 1, 2]]]
// IOTA_I64-NEXT: result 4: tensor<2x2x3xi64> = {{\[\[\[}}0, 0, 0], [1, 1, 1]], {{\[\[}}0, 0, 0], [1, 1, 1]]]
// IOTA_I64-NEXT: result 5: tensor<0xi64> = []
// IOTA_I64-NEXT: result 6: tensor<3xi64> = [0, 0, 0]
func.func @iota_i64() -> (tensor<5xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x2x3xi64>, tensor<2x2x3xi64>, tensor<0xi64>, tensor<3xi64>) {
  %r0 = numjit.iota dim = 0 : tensor<5xi64>
  %r1 = numjit.iota dim = 0 : tensor<2x3xi64>
  %r2 = numjit.iota dim = 1 : tensor<2x3xi64>
  %r3 = numjit.iota dim = 2 : tensor<2x2x3xi64>
  %r4 = numjit.iota dim = 1 : tensor<2x2x3xi64>
  %r5 = numjit.iota dim = 0 : tensor<0xi64>
  %e = numjit.iota dim = 0 : tensor<3x0xi64>
  %r6 = numjit.reduce sum %e, dims = [1] : tensor<3x0xi64> -> tensor<3xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : tensor<5xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x2x3xi64>, tensor<2x2x3xi64>, tensor<0xi64>, tensor<3xi64>
}

// RUN: numjit-run %s -e broadcast_in_dim_f32 --arg "[-3.0, -2.5, -2.0]" --arg "[-0.5, 0.0]" --arg "0.5" --arg "[[-2.0, -1.5, -1.0]]" --arg "[[-1.0], [-0.5]]" --arg "[0.0]" --arg "[]" | FileCheck %s --check-prefix=BROADCAST_IN_DIM_F32 --match-full-lines
// BROADCAST_IN_DIM_F32: result 0: tensor<2x3xf32> = {{\[\[}}-3, -2.5, -2], [-3, -2.5, -2]]
// BROADCAST_IN_DIM_F32-NEXT: result 1: tensor<2x3xf32> = {{\[\[}}-0.5, -0.5, -0.5], [0, 0, 0]]
// BROADCAST_IN_DIM_F32-NEXT: result 2: tensor<2x2xf32> = {{\[\[}}0.5, 0.5], [0.5, 0.5]]
// BROADCAST_IN_DIM_F32-NEXT: result 3: tensor<2x3xf32> = {{\[\[}}-2, -1.5, -1], [-2, -1.5, -1]]
// BROADCAST_IN_DIM_F32-NEXT: result 4: tensor<2x3xf32> = {{\[\[}}-1, -1, -1], [-0.5, -0.5, -0.5]]
// BROADCAST_IN_DIM_F32-NEXT: result 5: tensor<2x3x2xf32> = {{\[\[\[}}-3, -3], [-2.5, -2.5], [-2, -2]], {{\[\[}}-3, -3], [-2.5, -2.5], [-2, -2]]]
// BROADCAST_IN_DIM_F32-NEXT: result 6: tensor<2x2x3xf32> = {{\[\[\[}}-1, -1, -1], [-1, -1, -1]], {{\[\[}}-0.5, -0.5, -0.5], [-0.5, -0.5, -0.5]]]
// BROADCAST_IN_DIM_F32-NEXT: result 7: tensor<f32> = 0.5
// BROADCAST_IN_DIM_F32-NEXT: result 8: tensor<4xf32> = [0, 0, 0, 0]
// BROADCAST_IN_DIM_F32-NEXT: result 9: tensor<0xf32> = []
// BROADCAST_IN_DIM_F32-NEXT: result 10: tensor<0xf32> = []
// BROADCAST_IN_DIM_F32-NEXT: result 11: tensor<0xf32> = []
func.func @broadcast_in_dim_f32(%a0: tensor<3xf32>, %a1: tensor<2xf32>, %a2: tensor<f32>, %a3: tensor<1x3xf32>, %a4: tensor<2x1xf32>, %a5: tensor<1xf32>, %a6: tensor<0xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3x2xf32>, tensor<2x2x3xf32>, tensor<f32>, tensor<4xf32>, tensor<0xf32>, tensor<0xf32>, tensor<0xf32>) {
  %r0 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %r1 = numjit.broadcast_in_dim %a1, dims = [0] : tensor<2xf32> -> tensor<2x3xf32>
  %r2 = numjit.broadcast_in_dim %a2, dims = [] : tensor<f32> -> tensor<2x2xf32>
  %r3 = numjit.broadcast_in_dim %a3, dims = [0, 1] : tensor<1x3xf32> -> tensor<2x3xf32>
  %r4 = numjit.broadcast_in_dim %a4, dims = [0, 1] : tensor<2x1xf32> -> tensor<2x3xf32>
  %r5 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xf32> -> tensor<2x3x2xf32>
  %r6 = numjit.broadcast_in_dim %a4, dims = [0, 2] : tensor<2x1xf32> -> tensor<2x2x3xf32>
  %r7 = numjit.broadcast_in_dim %a2, dims = [] : tensor<f32> -> tensor<f32>
  %r8 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xf32> -> tensor<4xf32>
  %r9 = numjit.broadcast_in_dim %a2, dims = [] : tensor<f32> -> tensor<0xf32>
  %r10 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xf32> -> tensor<0xf32>
  %r11 = numjit.broadcast_in_dim %a6, dims = [0] : tensor<0xf32> -> tensor<0xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3x2xf32>, tensor<2x2x3xf32>, tensor<f32>, tensor<4xf32>, tensor<0xf32>, tensor<0xf32>, tensor<0xf32>
}

// RUN: numjit-run %s -e broadcast_in_dim_f64 --arg "[-3.9999999999990905, -2.7499999999990905, -1.4999999999990905]" --arg "[2.2500000000009095, 3.5000000000009095]" --arg "4.7500000000009095" --arg "[[-1.4999999999990905, -0.2499999999990905, 1.0000000000009095]]" --arg "[[1.0000000000009095], [2.2500000000009095]]" --arg "[3.5000000000009095]" --arg "[]" --precision 17 | FileCheck %s --check-prefix=BROADCAST_IN_DIM_F64 --match-full-lines
// BROADCAST_IN_DIM_F64: result 0: tensor<2x3xf64> = {{\[\[}}-3.9999999999990905, -2.7499999999990905, -1.4999999999990905], [-3.9999999999990905, -2.7499999999990905, -1.4999999999990905]]
// BROADCAST_IN_DIM_F64-NEXT: result 1: tensor<2x3xf64> = {{\[\[}}2.2500000000009095, 2.2500000000009095, 2.2500000000009095], [3.5000000000009095, 3.5000000000009095, 3.5000000000009095]]
// BROADCAST_IN_DIM_F64-NEXT: result 2: tensor<2x2xf64> = {{\[\[}}4.7500000000009095, 4.7500000000009095], [4.7500000000009095, 4.7500000000009095]]
// BROADCAST_IN_DIM_F64-NEXT: result 3: tensor<2x3xf64> = {{\[\[}}-1.4999999999990905, -0.24999999999909051, 1.0000000000009095], [-1.4999999999990905, -0.24999999999909051, 1.0000000000009095]]
// BROADCAST_IN_DIM_F64-NEXT: result 4: tensor<2x3xf64> = {{\[\[}}1.0000000000009095, 1.0000000000009095, 1.0000000000009095], [2.2500000000009095, 2.2500000000009095, 2.2500000000009095]]
// BROADCAST_IN_DIM_F64-NEXT: result 5: tensor<2x3x2xf64> = {{\[\[\[}}-3.9999999999990905, -3.9999999999990905], [-2.7499999999990905, -2.7499999999990905], [-1.4999999999990905, -1.4999999999990905]], {{\[\[}}-3.9999999999990905, -3.9999999999990905], [-2.7499999999990905, -2.7499999999990905], [-1.4999999999990905, -1.4999999999990905]]]
// BROADCAST_IN_DIM_F64-NEXT: result 6: tensor<2x2x3xf64> = {{\[\[\[}}1.0000000000009095, 1.0000000000009095, 1.0000000000009095], [1.0000000000009095, 1.0000000000009095, 1.0000000000009095]], {{\[\[}}2.2500000000009095, 2.2500000000009095, 2.2500000000009095], [2.2500000000009095, 2.2500000000009095, 2.2500000000009095]]]
// BROADCAST_IN_DIM_F64-NEXT: result 7: tensor<f64> = 4.7500000000009095
// BROADCAST_IN_DIM_F64-NEXT: result 8: tensor<4xf64> = [3.5000000000009095, 3.5000000000009095, 3.5000000000009095, 3.5000000000009095]
// BROADCAST_IN_DIM_F64-NEXT: result 9: tensor<0xf64> = []
// BROADCAST_IN_DIM_F64-NEXT: result 10: tensor<0xf64> = []
// BROADCAST_IN_DIM_F64-NEXT: result 11: tensor<0xf64> = []
func.func @broadcast_in_dim_f64(%a0: tensor<3xf64>, %a1: tensor<2xf64>, %a2: tensor<f64>, %a3: tensor<1x3xf64>, %a4: tensor<2x1xf64>, %a5: tensor<1xf64>, %a6: tensor<0xf64>) -> (tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x2xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3x2xf64>, tensor<2x2x3xf64>, tensor<f64>, tensor<4xf64>, tensor<0xf64>, tensor<0xf64>, tensor<0xf64>) {
  %r0 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xf64> -> tensor<2x3xf64>
  %r1 = numjit.broadcast_in_dim %a1, dims = [0] : tensor<2xf64> -> tensor<2x3xf64>
  %r2 = numjit.broadcast_in_dim %a2, dims = [] : tensor<f64> -> tensor<2x2xf64>
  %r3 = numjit.broadcast_in_dim %a3, dims = [0, 1] : tensor<1x3xf64> -> tensor<2x3xf64>
  %r4 = numjit.broadcast_in_dim %a4, dims = [0, 1] : tensor<2x1xf64> -> tensor<2x3xf64>
  %r5 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xf64> -> tensor<2x3x2xf64>
  %r6 = numjit.broadcast_in_dim %a4, dims = [0, 2] : tensor<2x1xf64> -> tensor<2x2x3xf64>
  %r7 = numjit.broadcast_in_dim %a2, dims = [] : tensor<f64> -> tensor<f64>
  %r8 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xf64> -> tensor<4xf64>
  %r9 = numjit.broadcast_in_dim %a2, dims = [] : tensor<f64> -> tensor<0xf64>
  %r10 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xf64> -> tensor<0xf64>
  %r11 = numjit.broadcast_in_dim %a6, dims = [0] : tensor<0xf64> -> tensor<0xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x2xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3x2xf64>, tensor<2x2x3xf64>, tensor<f64>, tensor<4xf64>, tensor<0xf64>, tensor<0xf64>, tensor<0xf64>
}

// RUN: numjit-run %s -e broadcast_in_dim_i32 --arg "[-20, -13, -6]" --arg "[15, 22]" --arg "29" --arg "[[-6, 1, 8]]" --arg "[[8], [15]]" --arg "[22]" --arg "[]" | FileCheck %s --check-prefix=BROADCAST_IN_DIM_I32 --match-full-lines
// BROADCAST_IN_DIM_I32: result 0: tensor<2x3xi32> = {{\[\[}}-20, -13, -6], [-20, -13, -6]]
// BROADCAST_IN_DIM_I32-NEXT: result 1: tensor<2x3xi32> = {{\[\[}}15, 15, 15], [22, 22, 22]]
// BROADCAST_IN_DIM_I32-NEXT: result 2: tensor<2x2xi32> = {{\[\[}}29, 29], [29, 29]]
// BROADCAST_IN_DIM_I32-NEXT: result 3: tensor<2x3xi32> = {{\[\[}}-6, 1, 8], [-6, 1, 8]]
// BROADCAST_IN_DIM_I32-NEXT: result 4: tensor<2x3xi32> = {{\[\[}}8, 8, 8], [15, 15, 15]]
// BROADCAST_IN_DIM_I32-NEXT: result 5: tensor<2x3x2xi32> = {{\[\[\[}}-20, -20], [-13, -13], [-6, -6]], {{\[\[}}-20, -20], [-13, -13], [-6, -6]]]
// BROADCAST_IN_DIM_I32-NEXT: result 6: tensor<2x2x3xi32> = {{\[\[\[}}8, 8, 8], [8, 8, 8]], {{\[\[}}15, 15, 15], [15, 15, 15]]]
// BROADCAST_IN_DIM_I32-NEXT: result 7: tensor<i32> = 29
// BROADCAST_IN_DIM_I32-NEXT: result 8: tensor<4xi32> = [22, 22, 22, 22]
// BROADCAST_IN_DIM_I32-NEXT: result 9: tensor<0xi32> = []
// BROADCAST_IN_DIM_I32-NEXT: result 10: tensor<0xi32> = []
// BROADCAST_IN_DIM_I32-NEXT: result 11: tensor<0xi32> = []
func.func @broadcast_in_dim_i32(%a0: tensor<3xi32>, %a1: tensor<2xi32>, %a2: tensor<i32>, %a3: tensor<1x3xi32>, %a4: tensor<2x1xi32>, %a5: tensor<1xi32>, %a6: tensor<0xi32>) -> (tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3x2xi32>, tensor<2x2x3xi32>, tensor<i32>, tensor<4xi32>, tensor<0xi32>, tensor<0xi32>, tensor<0xi32>) {
  %r0 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xi32> -> tensor<2x3xi32>
  %r1 = numjit.broadcast_in_dim %a1, dims = [0] : tensor<2xi32> -> tensor<2x3xi32>
  %r2 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i32> -> tensor<2x2xi32>
  %r3 = numjit.broadcast_in_dim %a3, dims = [0, 1] : tensor<1x3xi32> -> tensor<2x3xi32>
  %r4 = numjit.broadcast_in_dim %a4, dims = [0, 1] : tensor<2x1xi32> -> tensor<2x3xi32>
  %r5 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xi32> -> tensor<2x3x2xi32>
  %r6 = numjit.broadcast_in_dim %a4, dims = [0, 2] : tensor<2x1xi32> -> tensor<2x2x3xi32>
  %r7 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i32> -> tensor<i32>
  %r8 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xi32> -> tensor<4xi32>
  %r9 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i32> -> tensor<0xi32>
  %r10 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xi32> -> tensor<0xi32>
  %r11 = numjit.broadcast_in_dim %a6, dims = [0] : tensor<0xi32> -> tensor<0xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x2xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3x2xi32>, tensor<2x2x3xi32>, tensor<i32>, tensor<4xi32>, tensor<0xi32>, tensor<0xi32>, tensor<0xi32>
}

// RUN: numjit-run %s -e broadcast_in_dim_i64 --arg "[-3, 1099511627773, 2199023255549]" --arg "[5497558138877, 6597069766653]" --arg "7696581394429" --arg "[[2199023255549, 3298534883325, 4398046511101]]" --arg "[[4398046511101], [5497558138877]]" --arg "[6597069766653]" --arg "[]" | FileCheck %s --check-prefix=BROADCAST_IN_DIM_I64 --match-full-lines
// BROADCAST_IN_DIM_I64: result 0: tensor<2x3xi64> = {{\[\[}}-3, 1099511627773, 2199023255549], [-3, 1099511627773, 2199023255549]]
// BROADCAST_IN_DIM_I64-NEXT: result 1: tensor<2x3xi64> = {{\[\[}}5497558138877, 5497558138877, 5497558138877], [6597069766653, 6597069766653, 6597069766653]]
// BROADCAST_IN_DIM_I64-NEXT: result 2: tensor<2x2xi64> = {{\[\[}}7696581394429, 7696581394429], [7696581394429, 7696581394429]]
// BROADCAST_IN_DIM_I64-NEXT: result 3: tensor<2x3xi64> = {{\[\[}}2199023255549, 3298534883325, 4398046511101], [2199023255549, 3298534883325, 4398046511101]]
// BROADCAST_IN_DIM_I64-NEXT: result 4: tensor<2x3xi64> = {{\[\[}}4398046511101, 4398046511101, 4398046511101], [5497558138877, 5497558138877, 5497558138877]]
// BROADCAST_IN_DIM_I64-NEXT: result 5: tensor<2x3x2xi64> = {{\[\[\[}}-3, -3], [1099511627773, 1099511627773], [2199023255549, 2199023255549]], {{\[\[}}-3, -3], [1099511627773, 1099511627773], [2199023255549, 2199023255549]]]
// BROADCAST_IN_DIM_I64-NEXT: result 6: tensor<2x2x3xi64> = {{\[\[\[}}4398046511101, 4398046511101, 4398046511101], [4398046511101, 4398046511101, 4398046511101]], {{\[\[}}5497558138877, 5497558138877, 5497558138877], [5497558138877, 5497558138877, 5497558138877]]]
// BROADCAST_IN_DIM_I64-NEXT: result 7: tensor<i64> = 7696581394429
// BROADCAST_IN_DIM_I64-NEXT: result 8: tensor<4xi64> = [6597069766653, 6597069766653, 6597069766653, 6597069766653]
// BROADCAST_IN_DIM_I64-NEXT: result 9: tensor<0xi64> = []
// BROADCAST_IN_DIM_I64-NEXT: result 10: tensor<0xi64> = []
// BROADCAST_IN_DIM_I64-NEXT: result 11: tensor<0xi64> = []
func.func @broadcast_in_dim_i64(%a0: tensor<3xi64>, %a1: tensor<2xi64>, %a2: tensor<i64>, %a3: tensor<1x3xi64>, %a4: tensor<2x1xi64>, %a5: tensor<1xi64>, %a6: tensor<0xi64>) -> (tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3x2xi64>, tensor<2x2x3xi64>, tensor<i64>, tensor<4xi64>, tensor<0xi64>, tensor<0xi64>, tensor<0xi64>) {
  %r0 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xi64> -> tensor<2x3xi64>
  %r1 = numjit.broadcast_in_dim %a1, dims = [0] : tensor<2xi64> -> tensor<2x3xi64>
  %r2 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i64> -> tensor<2x2xi64>
  %r3 = numjit.broadcast_in_dim %a3, dims = [0, 1] : tensor<1x3xi64> -> tensor<2x3xi64>
  %r4 = numjit.broadcast_in_dim %a4, dims = [0, 1] : tensor<2x1xi64> -> tensor<2x3xi64>
  %r5 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xi64> -> tensor<2x3x2xi64>
  %r6 = numjit.broadcast_in_dim %a4, dims = [0, 2] : tensor<2x1xi64> -> tensor<2x2x3xi64>
  %r7 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i64> -> tensor<i64>
  %r8 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xi64> -> tensor<4xi64>
  %r9 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i64> -> tensor<0xi64>
  %r10 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xi64> -> tensor<0xi64>
  %r11 = numjit.broadcast_in_dim %a6, dims = [0] : tensor<0xi64> -> tensor<0xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x2xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3x2xi64>, tensor<2x2x3xi64>, tensor<i64>, tensor<4xi64>, tensor<0xi64>, tensor<0xi64>, tensor<0xi64>
}

// RUN: numjit-run %s -e broadcast_in_dim_i1 --arg "[true, false, false]" --arg "[false, true]" --arg "false" --arg "[[false, true, false]]" --arg "[[false], [false]]" --arg "[true]" --arg "[]" | FileCheck %s --check-prefix=BROADCAST_IN_DIM_I1 --match-full-lines
// BROADCAST_IN_DIM_I1: result 0: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, false, false]]
// BROADCAST_IN_DIM_I1-NEXT: result 1: tensor<2x3xi1> = {{\[\[}}false, false, false], [true, true, true]]
// BROADCAST_IN_DIM_I1-NEXT: result 2: tensor<2x2xi1> = {{\[\[}}false, false], [false, false]]
// BROADCAST_IN_DIM_I1-NEXT: result 3: tensor<2x3xi1> = {{\[\[}}false, true, false], [false, true, false]]
// BROADCAST_IN_DIM_I1-NEXT: result 4: tensor<2x3xi1> = {{\[\[}}false, false, false], [false, false, false]]
// BROADCAST_IN_DIM_I1-NEXT: result 5: tensor<2x3x2xi1> = {{\[\[\[}}true, true], [false, false], [false, false]], {{\[\[}}true, true], [false, false], [false, false]]]
// BROADCAST_IN_DIM_I1-NEXT: result 6: tensor<2x2x3xi1> = {{\[\[\[}}false, false, false], [false, false, false]], {{\[\[}}false, false, false], [false, false, false]]]
// BROADCAST_IN_DIM_I1-NEXT: result 7: tensor<i1> = false
// BROADCAST_IN_DIM_I1-NEXT: result 8: tensor<4xi1> = [true, true, true, true]
// BROADCAST_IN_DIM_I1-NEXT: result 9: tensor<0xi1> = []
// BROADCAST_IN_DIM_I1-NEXT: result 10: tensor<0xi1> = []
// BROADCAST_IN_DIM_I1-NEXT: result 11: tensor<0xi1> = []
func.func @broadcast_in_dim_i1(%a0: tensor<3xi1>, %a1: tensor<2xi1>, %a2: tensor<i1>, %a3: tensor<1x3xi1>, %a4: tensor<2x1xi1>, %a5: tensor<1xi1>, %a6: tensor<0xi1>) -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x2xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3x2xi1>, tensor<2x2x3xi1>, tensor<i1>, tensor<4xi1>, tensor<0xi1>, tensor<0xi1>, tensor<0xi1>) {
  %r0 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xi1> -> tensor<2x3xi1>
  %r1 = numjit.broadcast_in_dim %a1, dims = [0] : tensor<2xi1> -> tensor<2x3xi1>
  %r2 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i1> -> tensor<2x2xi1>
  %r3 = numjit.broadcast_in_dim %a3, dims = [0, 1] : tensor<1x3xi1> -> tensor<2x3xi1>
  %r4 = numjit.broadcast_in_dim %a4, dims = [0, 1] : tensor<2x1xi1> -> tensor<2x3xi1>
  %r5 = numjit.broadcast_in_dim %a0, dims = [1] : tensor<3xi1> -> tensor<2x3x2xi1>
  %r6 = numjit.broadcast_in_dim %a4, dims = [0, 2] : tensor<2x1xi1> -> tensor<2x2x3xi1>
  %r7 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i1> -> tensor<i1>
  %r8 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xi1> -> tensor<4xi1>
  %r9 = numjit.broadcast_in_dim %a2, dims = [] : tensor<i1> -> tensor<0xi1>
  %r10 = numjit.broadcast_in_dim %a5, dims = [0] : tensor<1xi1> -> tensor<0xi1>
  %r11 = numjit.broadcast_in_dim %a6, dims = [0] : tensor<0xi1> -> tensor<0xi1>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x2xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3x2xi1>, tensor<2x2x3xi1>, tensor<i1>, tensor<4xi1>, tensor<0xi1>, tensor<0xi1>, tensor<0xi1>
}

// RUN: numjit-run %s -e reshape_f32 --arg "[[-3.0, -2.5, -2.0], [-1.5, -1.0, -0.5]]" --arg "1.5" --arg "[[-1.0]]" --arg "[]" | FileCheck %s --check-prefix=RESHAPE_F32 --match-full-lines
// RESHAPE_F32: result 0: tensor<3x2xf32> = {{\[\[}}-3, -2.5], [-2, -1.5], [-1, -0.5]]
// RESHAPE_F32-NEXT: result 1: tensor<6xf32> = [-3, -2.5, -2, -1.5, -1, -0.5]
// RESHAPE_F32-NEXT: result 2: tensor<3x1x2xf32> = {{\[\[\[}}-3, -2.5]], {{\[\[}}-2, -1.5]], {{\[\[}}-1, -0.5]]]
// RESHAPE_F32-NEXT: result 3: tensor<1x6xf32> = {{\[\[}}-3, -2.5, -2, -1.5, -1, -0.5]]
// RESHAPE_F32-NEXT: result 4: tensor<1x1xf32> = {{\[\[}}1.5]]
// RESHAPE_F32-NEXT: result 5: tensor<1xf32> = [1.5]
// RESHAPE_F32-NEXT: result 6: tensor<f32> = -1
// RESHAPE_F32-NEXT: result 7: tensor<1xf32> = [-1]
// RESHAPE_F32-NEXT: result 8: tensor<0xf32> = []
// RESHAPE_F32-NEXT: result 9: tensor<0xf32> = []
// RESHAPE_F32-NEXT: result 10: tensor<6xf32> = [-3, -1.5, -2.5, -1, -2, -0.5]
func.func @reshape_f32(%a0: tensor<2x3xf32>, %a1: tensor<f32>, %a2: tensor<1x1xf32>, %a3: tensor<0xf32>) -> (tensor<3x2xf32>, tensor<6xf32>, tensor<3x1x2xf32>, tensor<1x6xf32>, tensor<1x1xf32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>, tensor<0xf32>, tensor<0xf32>, tensor<6xf32>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xf32> -> tensor<3x2xf32>
  %r1 = numjit.reshape %a0 : tensor<2x3xf32> -> tensor<6xf32>
  %r2 = numjit.reshape %a0 : tensor<2x3xf32> -> tensor<3x1x2xf32>
  %r3 = numjit.reshape %a0 : tensor<2x3xf32> -> tensor<1x6xf32>
  %r4 = numjit.reshape %a1 : tensor<f32> -> tensor<1x1xf32>
  %r5 = numjit.reshape %a1 : tensor<f32> -> tensor<1xf32>
  %r6 = numjit.reshape %a2 : tensor<1x1xf32> -> tensor<f32>
  %r7 = numjit.reshape %a2 : tensor<1x1xf32> -> tensor<1xf32>
  %r8 = numjit.reshape %a3 : tensor<0xf32> -> tensor<0xf32>
  %t = numjit.reshape %a3 : tensor<0xf32> -> tensor<3x0xf32>
  %r9 = numjit.reshape %t : tensor<3x0xf32> -> tensor<0xf32>
  %u = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  %r10 = numjit.reshape %u : tensor<3x2xf32> -> tensor<6xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10 : tensor<3x2xf32>, tensor<6xf32>, tensor<3x1x2xf32>, tensor<1x6xf32>, tensor<1x1xf32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>, tensor<0xf32>, tensor<0xf32>, tensor<6xf32>
}

// RUN: numjit-run %s -e reshape_f64 --arg "[[-3.9999999999990905, -2.7499999999990905, -1.4999999999990905], [-0.2499999999990905, 1.0000000000009095, 2.2500000000009095]]" --arg "7.2500000000009095" --arg "[[1.0000000000009095]]" --arg "[]" --precision 17 | FileCheck %s --check-prefix=RESHAPE_F64 --match-full-lines
// RESHAPE_F64: result 0: tensor<3x2xf64> = {{\[\[}}-3.9999999999990905, -2.7499999999990905], [-1.4999999999990905, -0.24999999999909051], [1.0000000000009095, 2.2500000000009095]]
// RESHAPE_F64-NEXT: result 1: tensor<6xf64> = [-3.9999999999990905, -2.7499999999990905, -1.4999999999990905, -0.24999999999909051, 1.0000000000009095, 2.2500000000009095]
// RESHAPE_F64-NEXT: result 2: tensor<3x1x2xf64> = {{\[\[\[}}-3.9999999999990905, -2.7499999999990905]], {{\[\[}}-1.4999999999990905, -0.24999999999909051]], {{\[\[}}1.0000000000009095, 2.2500000000009095]]]
// RESHAPE_F64-NEXT: result 3: tensor<1x6xf64> = {{\[\[}}-3.9999999999990905, -2.7499999999990905, -1.4999999999990905, -0.24999999999909051, 1.0000000000009095, 2.2500000000009095]]
// RESHAPE_F64-NEXT: result 4: tensor<1x1xf64> = {{\[\[}}7.2500000000009095]]
// RESHAPE_F64-NEXT: result 5: tensor<1xf64> = [7.2500000000009095]
// RESHAPE_F64-NEXT: result 6: tensor<f64> = 1.0000000000009095
// RESHAPE_F64-NEXT: result 7: tensor<1xf64> = [1.0000000000009095]
// RESHAPE_F64-NEXT: result 8: tensor<0xf64> = []
// RESHAPE_F64-NEXT: result 9: tensor<0xf64> = []
// RESHAPE_F64-NEXT: result 10: tensor<6xf64> = [-3.9999999999990905, -0.24999999999909051, -2.7499999999990905, 1.0000000000009095, -1.4999999999990905, 2.2500000000009095]
func.func @reshape_f64(%a0: tensor<2x3xf64>, %a1: tensor<f64>, %a2: tensor<1x1xf64>, %a3: tensor<0xf64>) -> (tensor<3x2xf64>, tensor<6xf64>, tensor<3x1x2xf64>, tensor<1x6xf64>, tensor<1x1xf64>, tensor<1xf64>, tensor<f64>, tensor<1xf64>, tensor<0xf64>, tensor<0xf64>, tensor<6xf64>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xf64> -> tensor<3x2xf64>
  %r1 = numjit.reshape %a0 : tensor<2x3xf64> -> tensor<6xf64>
  %r2 = numjit.reshape %a0 : tensor<2x3xf64> -> tensor<3x1x2xf64>
  %r3 = numjit.reshape %a0 : tensor<2x3xf64> -> tensor<1x6xf64>
  %r4 = numjit.reshape %a1 : tensor<f64> -> tensor<1x1xf64>
  %r5 = numjit.reshape %a1 : tensor<f64> -> tensor<1xf64>
  %r6 = numjit.reshape %a2 : tensor<1x1xf64> -> tensor<f64>
  %r7 = numjit.reshape %a2 : tensor<1x1xf64> -> tensor<1xf64>
  %r8 = numjit.reshape %a3 : tensor<0xf64> -> tensor<0xf64>
  %t = numjit.reshape %a3 : tensor<0xf64> -> tensor<3x0xf64>
  %r9 = numjit.reshape %t : tensor<3x0xf64> -> tensor<0xf64>
  %u = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xf64> -> tensor<3x2xf64>
  %r10 = numjit.reshape %u : tensor<3x2xf64> -> tensor<6xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10 : tensor<3x2xf64>, tensor<6xf64>, tensor<3x1x2xf64>, tensor<1x6xf64>, tensor<1x1xf64>, tensor<1xf64>, tensor<f64>, tensor<1xf64>, tensor<0xf64>, tensor<0xf64>, tensor<6xf64>
}

// RUN: numjit-run %s -e reshape_i32 --arg "[[-20, -13, -6], [1, 8, 15]]" --arg "43" --arg "[[8]]" --arg "[]" | FileCheck %s --check-prefix=RESHAPE_I32 --match-full-lines
// RESHAPE_I32: result 0: tensor<3x2xi32> = {{\[\[}}-20, -13], [-6, 1], [8, 15]]
// RESHAPE_I32-NEXT: result 1: tensor<6xi32> = [-20, -13, -6, 1, 8, 15]
// RESHAPE_I32-NEXT: result 2: tensor<3x1x2xi32> = {{\[\[\[}}-20, -13]], {{\[\[}}-6, 1]], {{\[\[}}8, 15]]]
// RESHAPE_I32-NEXT: result 3: tensor<1x6xi32> = {{\[\[}}-20, -13, -6, 1, 8, 15]]
// RESHAPE_I32-NEXT: result 4: tensor<1x1xi32> = {{\[\[}}43]]
// RESHAPE_I32-NEXT: result 5: tensor<1xi32> = [43]
// RESHAPE_I32-NEXT: result 6: tensor<i32> = 8
// RESHAPE_I32-NEXT: result 7: tensor<1xi32> = [8]
// RESHAPE_I32-NEXT: result 8: tensor<0xi32> = []
// RESHAPE_I32-NEXT: result 9: tensor<0xi32> = []
// RESHAPE_I32-NEXT: result 10: tensor<6xi32> = [-20, 1, -13, 8, -6, 15]
func.func @reshape_i32(%a0: tensor<2x3xi32>, %a1: tensor<i32>, %a2: tensor<1x1xi32>, %a3: tensor<0xi32>) -> (tensor<3x2xi32>, tensor<6xi32>, tensor<3x1x2xi32>, tensor<1x6xi32>, tensor<1x1xi32>, tensor<1xi32>, tensor<i32>, tensor<1xi32>, tensor<0xi32>, tensor<0xi32>, tensor<6xi32>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xi32> -> tensor<3x2xi32>
  %r1 = numjit.reshape %a0 : tensor<2x3xi32> -> tensor<6xi32>
  %r2 = numjit.reshape %a0 : tensor<2x3xi32> -> tensor<3x1x2xi32>
  %r3 = numjit.reshape %a0 : tensor<2x3xi32> -> tensor<1x6xi32>
  %r4 = numjit.reshape %a1 : tensor<i32> -> tensor<1x1xi32>
  %r5 = numjit.reshape %a1 : tensor<i32> -> tensor<1xi32>
  %r6 = numjit.reshape %a2 : tensor<1x1xi32> -> tensor<i32>
  %r7 = numjit.reshape %a2 : tensor<1x1xi32> -> tensor<1xi32>
  %r8 = numjit.reshape %a3 : tensor<0xi32> -> tensor<0xi32>
  %t = numjit.reshape %a3 : tensor<0xi32> -> tensor<3x0xi32>
  %r9 = numjit.reshape %t : tensor<3x0xi32> -> tensor<0xi32>
  %u = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xi32> -> tensor<3x2xi32>
  %r10 = numjit.reshape %u : tensor<3x2xi32> -> tensor<6xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10 : tensor<3x2xi32>, tensor<6xi32>, tensor<3x1x2xi32>, tensor<1x6xi32>, tensor<1x1xi32>, tensor<1xi32>, tensor<i32>, tensor<1xi32>, tensor<0xi32>, tensor<0xi32>, tensor<6xi32>
}

// RUN: numjit-run %s -e reshape_i64 --arg "[[-3, 1099511627773, 2199023255549], [3298534883325, 4398046511101, 5497558138877]]" --arg "9895604649981" --arg "[[4398046511101]]" --arg "[]" | FileCheck %s --check-prefix=RESHAPE_I64 --match-full-lines
// RESHAPE_I64: result 0: tensor<3x2xi64> = {{\[\[}}-3, 1099511627773], [2199023255549, 3298534883325], [4398046511101, 5497558138877]]
// RESHAPE_I64-NEXT: result 1: tensor<6xi64> = [-3, 1099511627773, 2199023255549, 3298534883325, 4398046511101, 5497558138877]
// RESHAPE_I64-NEXT: result 2: tensor<3x1x2xi64> = {{\[\[\[}}-3, 1099511627773]], {{\[\[}}2199023255549, 3298534883325]], {{\[\[}}4398046511101, 5497558138877]]]
// RESHAPE_I64-NEXT: result 3: tensor<1x6xi64> = {{\[\[}}-3, 1099511627773, 2199023255549, 3298534883325, 4398046511101, 5497558138877]]
// RESHAPE_I64-NEXT: result 4: tensor<1x1xi64> = {{\[\[}}9895604649981]]
// RESHAPE_I64-NEXT: result 5: tensor<1xi64> = [9895604649981]
// RESHAPE_I64-NEXT: result 6: tensor<i64> = 4398046511101
// RESHAPE_I64-NEXT: result 7: tensor<1xi64> = [4398046511101]
// RESHAPE_I64-NEXT: result 8: tensor<0xi64> = []
// RESHAPE_I64-NEXT: result 9: tensor<0xi64> = []
// RESHAPE_I64-NEXT: result 10: tensor<6xi64> = [-3, 3298534883325, 1099511627773, 4398046511101, 2199023255549, 5497558138877]
func.func @reshape_i64(%a0: tensor<2x3xi64>, %a1: tensor<i64>, %a2: tensor<1x1xi64>, %a3: tensor<0xi64>) -> (tensor<3x2xi64>, tensor<6xi64>, tensor<3x1x2xi64>, tensor<1x6xi64>, tensor<1x1xi64>, tensor<1xi64>, tensor<i64>, tensor<1xi64>, tensor<0xi64>, tensor<0xi64>, tensor<6xi64>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xi64> -> tensor<3x2xi64>
  %r1 = numjit.reshape %a0 : tensor<2x3xi64> -> tensor<6xi64>
  %r2 = numjit.reshape %a0 : tensor<2x3xi64> -> tensor<3x1x2xi64>
  %r3 = numjit.reshape %a0 : tensor<2x3xi64> -> tensor<1x6xi64>
  %r4 = numjit.reshape %a1 : tensor<i64> -> tensor<1x1xi64>
  %r5 = numjit.reshape %a1 : tensor<i64> -> tensor<1xi64>
  %r6 = numjit.reshape %a2 : tensor<1x1xi64> -> tensor<i64>
  %r7 = numjit.reshape %a2 : tensor<1x1xi64> -> tensor<1xi64>
  %r8 = numjit.reshape %a3 : tensor<0xi64> -> tensor<0xi64>
  %t = numjit.reshape %a3 : tensor<0xi64> -> tensor<3x0xi64>
  %r9 = numjit.reshape %t : tensor<3x0xi64> -> tensor<0xi64>
  %u = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xi64> -> tensor<3x2xi64>
  %r10 = numjit.reshape %u : tensor<3x2xi64> -> tensor<6xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10 : tensor<3x2xi64>, tensor<6xi64>, tensor<3x1x2xi64>, tensor<1x6xi64>, tensor<1x1xi64>, tensor<1xi64>, tensor<i64>, tensor<1xi64>, tensor<0xi64>, tensor<0xi64>, tensor<6xi64>
}

// RUN: numjit-run %s -e reshape_i1 --arg "[[true, false, false], [true, false, false]]" --arg "true" --arg "[[false]]" --arg "[]" | FileCheck %s --check-prefix=RESHAPE_I1 --match-full-lines
// RESHAPE_I1: result 0: tensor<3x2xi1> = {{\[\[}}true, false], [false, true], [false, false]]
// RESHAPE_I1-NEXT: result 1: tensor<6xi1> = [true, false, false, true, false, false]
// RESHAPE_I1-NEXT: result 2: tensor<3x1x2xi1> = {{\[\[\[}}true, false]], {{\[\[}}false, true]], {{\[\[}}false, false]]]
// RESHAPE_I1-NEXT: result 3: tensor<1x6xi1> = {{\[\[}}true, false, false, true, false, false]]
// RESHAPE_I1-NEXT: result 4: tensor<1x1xi1> = {{\[\[}}true]]
// RESHAPE_I1-NEXT: result 5: tensor<1xi1> = [true]
// RESHAPE_I1-NEXT: result 6: tensor<i1> = false
// RESHAPE_I1-NEXT: result 7: tensor<1xi1> = [false]
// RESHAPE_I1-NEXT: result 8: tensor<0xi1> = []
// RESHAPE_I1-NEXT: result 9: tensor<0xi1> = []
// RESHAPE_I1-NEXT: result 10: tensor<6xi1> = [true, true, false, false, false, false]
func.func @reshape_i1(%a0: tensor<2x3xi1>, %a1: tensor<i1>, %a2: tensor<1x1xi1>, %a3: tensor<0xi1>) -> (tensor<3x2xi1>, tensor<6xi1>, tensor<3x1x2xi1>, tensor<1x6xi1>, tensor<1x1xi1>, tensor<1xi1>, tensor<i1>, tensor<1xi1>, tensor<0xi1>, tensor<0xi1>, tensor<6xi1>) {
  %r0 = numjit.reshape %a0 : tensor<2x3xi1> -> tensor<3x2xi1>
  %r1 = numjit.reshape %a0 : tensor<2x3xi1> -> tensor<6xi1>
  %r2 = numjit.reshape %a0 : tensor<2x3xi1> -> tensor<3x1x2xi1>
  %r3 = numjit.reshape %a0 : tensor<2x3xi1> -> tensor<1x6xi1>
  %r4 = numjit.reshape %a1 : tensor<i1> -> tensor<1x1xi1>
  %r5 = numjit.reshape %a1 : tensor<i1> -> tensor<1xi1>
  %r6 = numjit.reshape %a2 : tensor<1x1xi1> -> tensor<i1>
  %r7 = numjit.reshape %a2 : tensor<1x1xi1> -> tensor<1xi1>
  %r8 = numjit.reshape %a3 : tensor<0xi1> -> tensor<0xi1>
  %t = numjit.reshape %a3 : tensor<0xi1> -> tensor<3x0xi1>
  %r9 = numjit.reshape %t : tensor<3x0xi1> -> tensor<0xi1>
  %u = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xi1> -> tensor<3x2xi1>
  %r10 = numjit.reshape %u : tensor<3x2xi1> -> tensor<6xi1>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10 : tensor<3x2xi1>, tensor<6xi1>, tensor<3x1x2xi1>, tensor<1x6xi1>, tensor<1x1xi1>, tensor<1xi1>, tensor<i1>, tensor<1xi1>, tensor<0xi1>, tensor<0xi1>, tensor<6xi1>
}

// RUN: numjit-run %s -e transpose_f32 --arg "[[-3.0, -2.5, -2.0], [-1.5, -1.0, -0.5]]" --arg "[[[-2.5, -2.0], [-1.5, -1.0], [-0.5, 0.0]], [[0.5, 1.0], [1.5, 2.0], [2.5, 3.0]]]" --arg "-0.5" --arg "[]" | FileCheck %s --check-prefix=TRANSPOSE_F32 --match-full-lines
// TRANSPOSE_F32: result 0: tensor<3x2xf32> = {{\[\[}}-3, -1.5], [-2.5, -1], [-2, -0.5]]
// TRANSPOSE_F32-NEXT: result 1: tensor<2x3xf32> = {{\[\[}}-3, -2.5, -2], [-1.5, -1, -0.5]]
// TRANSPOSE_F32-NEXT: result 2: tensor<2x2x3xf32> = {{\[\[\[}}-2.5, -1.5, -0.5], [0.5, 1.5, 2.5]], {{\[\[}}-2, -1, 0], [1, 2, 3]]]
// TRANSPOSE_F32-NEXT: result 3: tensor<3x2x2xf32> = {{\[\[\[}}-2.5, 0.5], [-2, 1]], {{\[\[}}-1.5, 1.5], [-1, 2]], {{\[\[}}-0.5, 2.5], [0, 3]]]
// TRANSPOSE_F32-NEXT: result 4: tensor<2x3x2xf32> = {{\[\[\[}}-2.5, 0.5], [-1.5, 1.5], [-0.5, 2.5]], {{\[\[}}-2, 1], [-1, 2], [0, 3]]]
// TRANSPOSE_F32-NEXT: result 5: tensor<f32> = -0.5
// TRANSPOSE_F32-NEXT: result 6: tensor<0xf32> = []
// TRANSPOSE_F32-NEXT: result 7: tensor<0xf32> = []
func.func @transpose_f32(%a0: tensor<2x3xf32>, %a1: tensor<2x3x2xf32>, %a2: tensor<f32>, %a3: tensor<0xf32>) -> (tensor<3x2xf32>, tensor<2x3xf32>, tensor<2x2x3xf32>, tensor<3x2x2xf32>, tensor<2x3x2xf32>, tensor<f32>, tensor<0xf32>, tensor<0xf32>) {
  %r0 = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  %r1 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xf32> -> tensor<2x3xf32>
  %r2 = numjit.transpose %a1, permutation = [2, 0, 1] : tensor<2x3x2xf32> -> tensor<2x2x3xf32>
  %r3 = numjit.transpose %a1, permutation = [1, 2, 0] : tensor<2x3x2xf32> -> tensor<3x2x2xf32>
  %r4 = numjit.transpose %a1, permutation = [2, 1, 0] : tensor<2x3x2xf32> -> tensor<2x3x2xf32>
  %r5 = numjit.transpose %a2, permutation = [] : tensor<f32> -> tensor<f32>
  %r6 = numjit.transpose %a3, permutation = [0] : tensor<0xf32> -> tensor<0xf32>
  %t = numjit.reshape %a3 : tensor<0xf32> -> tensor<2x0xf32>
  %u = numjit.transpose %t, permutation = [1, 0] : tensor<2x0xf32> -> tensor<0x2xf32>
  %r7 = numjit.reshape %u : tensor<0x2xf32> -> tensor<0xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<3x2xf32>, tensor<2x3xf32>, tensor<2x2x3xf32>, tensor<3x2x2xf32>, tensor<2x3x2xf32>, tensor<f32>, tensor<0xf32>, tensor<0xf32>
}

// RUN: numjit-run %s -e transpose_f64 --arg "[[-3.9999999999990905, -2.7499999999990905, -1.4999999999990905], [-0.2499999999990905, 1.0000000000009095, 2.2500000000009095]]" --arg "[[[-2.7499999999990905, -1.4999999999990905], [-0.2499999999990905, 1.0000000000009095], [2.2500000000009095, 3.5000000000009095]], [[4.7500000000009095, 6.0000000000009095], [7.2500000000009095, 8.50000000000091], [9.75000000000091, 11.00000000000091]]]" --arg "2.2500000000009095" --arg "[]" --precision 17 | FileCheck %s --check-prefix=TRANSPOSE_F64 --match-full-lines
// TRANSPOSE_F64: result 0: tensor<3x2xf64> = {{\[\[}}-3.9999999999990905, -0.24999999999909051], [-2.7499999999990905, 1.0000000000009095], [-1.4999999999990905, 2.2500000000009095]]
// TRANSPOSE_F64-NEXT: result 1: tensor<2x3xf64> = {{\[\[}}-3.9999999999990905, -2.7499999999990905, -1.4999999999990905], [-0.24999999999909051, 1.0000000000009095, 2.2500000000009095]]
// TRANSPOSE_F64-NEXT: result 2: tensor<2x2x3xf64> = {{\[\[\[}}-2.7499999999990905, -0.24999999999909051, 2.2500000000009095], [4.7500000000009095, 7.2500000000009095, 9.7500000000009095]], {{\[\[}}-1.4999999999990905, 1.0000000000009095, 3.5000000000009095], [6.0000000000009095, 8.5000000000009095, 11.000000000000909]]]
// TRANSPOSE_F64-NEXT: result 3: tensor<3x2x2xf64> = {{\[\[\[}}-2.7499999999990905, 4.7500000000009095], [-1.4999999999990905, 6.0000000000009095]], {{\[\[}}-0.24999999999909051, 7.2500000000009095], [1.0000000000009095, 8.5000000000009095]], {{\[\[}}2.2500000000009095, 9.7500000000009095], [3.5000000000009095, 11.000000000000909]]]
// TRANSPOSE_F64-NEXT: result 4: tensor<2x3x2xf64> = {{\[\[\[}}-2.7499999999990905, 4.7500000000009095], [-0.24999999999909051, 7.2500000000009095], [2.2500000000009095, 9.7500000000009095]], {{\[\[}}-1.4999999999990905, 6.0000000000009095], [1.0000000000009095, 8.5000000000009095], [3.5000000000009095, 11.000000000000909]]]
// TRANSPOSE_F64-NEXT: result 5: tensor<f64> = 2.2500000000009095
// TRANSPOSE_F64-NEXT: result 6: tensor<0xf64> = []
// TRANSPOSE_F64-NEXT: result 7: tensor<0xf64> = []
func.func @transpose_f64(%a0: tensor<2x3xf64>, %a1: tensor<2x3x2xf64>, %a2: tensor<f64>, %a3: tensor<0xf64>) -> (tensor<3x2xf64>, tensor<2x3xf64>, tensor<2x2x3xf64>, tensor<3x2x2xf64>, tensor<2x3x2xf64>, tensor<f64>, tensor<0xf64>, tensor<0xf64>) {
  %r0 = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xf64> -> tensor<3x2xf64>
  %r1 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xf64> -> tensor<2x3xf64>
  %r2 = numjit.transpose %a1, permutation = [2, 0, 1] : tensor<2x3x2xf64> -> tensor<2x2x3xf64>
  %r3 = numjit.transpose %a1, permutation = [1, 2, 0] : tensor<2x3x2xf64> -> tensor<3x2x2xf64>
  %r4 = numjit.transpose %a1, permutation = [2, 1, 0] : tensor<2x3x2xf64> -> tensor<2x3x2xf64>
  %r5 = numjit.transpose %a2, permutation = [] : tensor<f64> -> tensor<f64>
  %r6 = numjit.transpose %a3, permutation = [0] : tensor<0xf64> -> tensor<0xf64>
  %t = numjit.reshape %a3 : tensor<0xf64> -> tensor<2x0xf64>
  %u = numjit.transpose %t, permutation = [1, 0] : tensor<2x0xf64> -> tensor<0x2xf64>
  %r7 = numjit.reshape %u : tensor<0x2xf64> -> tensor<0xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<3x2xf64>, tensor<2x3xf64>, tensor<2x2x3xf64>, tensor<3x2x2xf64>, tensor<2x3x2xf64>, tensor<f64>, tensor<0xf64>, tensor<0xf64>
}

// RUN: numjit-run %s -e transpose_i32 --arg "[[-20, -13, -6], [1, 8, 15]]" --arg "[[[-13, -6], [1, 8], [15, 22]], [[29, 36], [43, 50], [57, 64]]]" --arg "15" --arg "[]" | FileCheck %s --check-prefix=TRANSPOSE_I32 --match-full-lines
// TRANSPOSE_I32: result 0: tensor<3x2xi32> = {{\[\[}}-20, 1], [-13, 8], [-6, 15]]
// TRANSPOSE_I32-NEXT: result 1: tensor<2x3xi32> = {{\[\[}}-20, -13, -6], [1, 8, 15]]
// TRANSPOSE_I32-NEXT: result 2: tensor<2x2x3xi32> = {{\[\[\[}}-13, 1, 15], [29, 43, 57]], {{\[\[}}-6, 8, 22], [36, 50, 64]]]
// TRANSPOSE_I32-NEXT: result 3: tensor<3x2x2xi32> = {{\[\[\[}}-13, 29], [-6, 36]], {{\[\[}}1, 43], [8, 50]], {{\[\[}}15, 57], [22, 64]]]
// TRANSPOSE_I32-NEXT: result 4: tensor<2x3x2xi32> = {{\[\[\[}}-13, 29], [1, 43], [15, 57]], {{\[\[}}-6, 36], [8, 50], [22, 64]]]
// TRANSPOSE_I32-NEXT: result 5: tensor<i32> = 15
// TRANSPOSE_I32-NEXT: result 6: tensor<0xi32> = []
// TRANSPOSE_I32-NEXT: result 7: tensor<0xi32> = []
func.func @transpose_i32(%a0: tensor<2x3xi32>, %a1: tensor<2x3x2xi32>, %a2: tensor<i32>, %a3: tensor<0xi32>) -> (tensor<3x2xi32>, tensor<2x3xi32>, tensor<2x2x3xi32>, tensor<3x2x2xi32>, tensor<2x3x2xi32>, tensor<i32>, tensor<0xi32>, tensor<0xi32>) {
  %r0 = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xi32> -> tensor<3x2xi32>
  %r1 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xi32> -> tensor<2x3xi32>
  %r2 = numjit.transpose %a1, permutation = [2, 0, 1] : tensor<2x3x2xi32> -> tensor<2x2x3xi32>
  %r3 = numjit.transpose %a1, permutation = [1, 2, 0] : tensor<2x3x2xi32> -> tensor<3x2x2xi32>
  %r4 = numjit.transpose %a1, permutation = [2, 1, 0] : tensor<2x3x2xi32> -> tensor<2x3x2xi32>
  %r5 = numjit.transpose %a2, permutation = [] : tensor<i32> -> tensor<i32>
  %r6 = numjit.transpose %a3, permutation = [0] : tensor<0xi32> -> tensor<0xi32>
  %t = numjit.reshape %a3 : tensor<0xi32> -> tensor<2x0xi32>
  %u = numjit.transpose %t, permutation = [1, 0] : tensor<2x0xi32> -> tensor<0x2xi32>
  %r7 = numjit.reshape %u : tensor<0x2xi32> -> tensor<0xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<3x2xi32>, tensor<2x3xi32>, tensor<2x2x3xi32>, tensor<3x2x2xi32>, tensor<2x3x2xi32>, tensor<i32>, tensor<0xi32>, tensor<0xi32>
}

// RUN: numjit-run %s -e transpose_i64 --arg "[[-3, 1099511627773, 2199023255549], [3298534883325, 4398046511101, 5497558138877]]" --arg "[[[1099511627773, 2199023255549], [3298534883325, 4398046511101], [5497558138877, 6597069766653]], [[7696581394429, 8796093022205], [9895604649981, 10995116277757], [12094627905533, 13194139533309]]]" --arg "5497558138877" --arg "[]" | FileCheck %s --check-prefix=TRANSPOSE_I64 --match-full-lines
// TRANSPOSE_I64: result 0: tensor<3x2xi64> = {{\[\[}}-3, 3298534883325], [1099511627773, 4398046511101], [2199023255549, 5497558138877]]
// TRANSPOSE_I64-NEXT: result 1: tensor<2x3xi64> = {{\[\[}}-3, 1099511627773, 2199023255549], [3298534883325, 4398046511101, 5497558138877]]
// TRANSPOSE_I64-NEXT: result 2: tensor<2x2x3xi64> = {{\[\[\[}}1099511627773, 3298534883325, 5497558138877], [7696581394429, 9895604649981, 12094627905533]], {{\[\[}}2199023255549, 4398046511101, 6597069766653], [8796093022205, 10995116277757, 13194139533309]]]
// TRANSPOSE_I64-NEXT: result 3: tensor<3x2x2xi64> = {{\[\[\[}}1099511627773, 7696581394429], [2199023255549, 8796093022205]], {{\[\[}}3298534883325, 9895604649981], [4398046511101, 10995116277757]], {{\[\[}}5497558138877, 12094627905533], [6597069766653, 13194139533309]]]
// TRANSPOSE_I64-NEXT: result 4: tensor<2x3x2xi64> = {{\[\[\[}}1099511627773, 7696581394429], [3298534883325, 9895604649981], [5497558138877, 12094627905533]], {{\[\[}}2199023255549, 8796093022205], [4398046511101, 10995116277757], [6597069766653, 13194139533309]]]
// TRANSPOSE_I64-NEXT: result 5: tensor<i64> = 5497558138877
// TRANSPOSE_I64-NEXT: result 6: tensor<0xi64> = []
// TRANSPOSE_I64-NEXT: result 7: tensor<0xi64> = []
func.func @transpose_i64(%a0: tensor<2x3xi64>, %a1: tensor<2x3x2xi64>, %a2: tensor<i64>, %a3: tensor<0xi64>) -> (tensor<3x2xi64>, tensor<2x3xi64>, tensor<2x2x3xi64>, tensor<3x2x2xi64>, tensor<2x3x2xi64>, tensor<i64>, tensor<0xi64>, tensor<0xi64>) {
  %r0 = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xi64> -> tensor<3x2xi64>
  %r1 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xi64> -> tensor<2x3xi64>
  %r2 = numjit.transpose %a1, permutation = [2, 0, 1] : tensor<2x3x2xi64> -> tensor<2x2x3xi64>
  %r3 = numjit.transpose %a1, permutation = [1, 2, 0] : tensor<2x3x2xi64> -> tensor<3x2x2xi64>
  %r4 = numjit.transpose %a1, permutation = [2, 1, 0] : tensor<2x3x2xi64> -> tensor<2x3x2xi64>
  %r5 = numjit.transpose %a2, permutation = [] : tensor<i64> -> tensor<i64>
  %r6 = numjit.transpose %a3, permutation = [0] : tensor<0xi64> -> tensor<0xi64>
  %t = numjit.reshape %a3 : tensor<0xi64> -> tensor<2x0xi64>
  %u = numjit.transpose %t, permutation = [1, 0] : tensor<2x0xi64> -> tensor<0x2xi64>
  %r7 = numjit.reshape %u : tensor<0x2xi64> -> tensor<0xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<3x2xi64>, tensor<2x3xi64>, tensor<2x2x3xi64>, tensor<3x2x2xi64>, tensor<2x3x2xi64>, tensor<i64>, tensor<0xi64>, tensor<0xi64>
}

// RUN: numjit-run %s -e transpose_i1 --arg "[[true, false, false], [true, false, false]]" --arg "[[[false, false], [true, false], [false, true]], [[false, false], [true, false], [false, true]]]" --arg "false" --arg "[]" | FileCheck %s --check-prefix=TRANSPOSE_I1 --match-full-lines
// TRANSPOSE_I1: result 0: tensor<3x2xi1> = {{\[\[}}true, true], [false, false], [false, false]]
// TRANSPOSE_I1-NEXT: result 1: tensor<2x3xi1> = {{\[\[}}true, false, false], [true, false, false]]
// TRANSPOSE_I1-NEXT: result 2: tensor<2x2x3xi1> = {{\[\[\[}}false, true, false], [false, true, false]], {{\[\[}}false, false, true], [false, false, true]]]
// TRANSPOSE_I1-NEXT: result 3: tensor<3x2x2xi1> = {{\[\[\[}}false, false], [false, false]], {{\[\[}}true, true], [false, false]], {{\[\[}}false, false], [true, true]]]
// TRANSPOSE_I1-NEXT: result 4: tensor<2x3x2xi1> = {{\[\[\[}}false, false], [true, true], [false, false]], {{\[\[}}false, false], [false, false], [true, true]]]
// TRANSPOSE_I1-NEXT: result 5: tensor<i1> = false
// TRANSPOSE_I1-NEXT: result 6: tensor<0xi1> = []
// TRANSPOSE_I1-NEXT: result 7: tensor<0xi1> = []
func.func @transpose_i1(%a0: tensor<2x3xi1>, %a1: tensor<2x3x2xi1>, %a2: tensor<i1>, %a3: tensor<0xi1>) -> (tensor<3x2xi1>, tensor<2x3xi1>, tensor<2x2x3xi1>, tensor<3x2x2xi1>, tensor<2x3x2xi1>, tensor<i1>, tensor<0xi1>, tensor<0xi1>) {
  %r0 = numjit.transpose %a0, permutation = [1, 0] : tensor<2x3xi1> -> tensor<3x2xi1>
  %r1 = numjit.transpose %a0, permutation = [0, 1] : tensor<2x3xi1> -> tensor<2x3xi1>
  %r2 = numjit.transpose %a1, permutation = [2, 0, 1] : tensor<2x3x2xi1> -> tensor<2x2x3xi1>
  %r3 = numjit.transpose %a1, permutation = [1, 2, 0] : tensor<2x3x2xi1> -> tensor<3x2x2xi1>
  %r4 = numjit.transpose %a1, permutation = [2, 1, 0] : tensor<2x3x2xi1> -> tensor<2x3x2xi1>
  %r5 = numjit.transpose %a2, permutation = [] : tensor<i1> -> tensor<i1>
  %r6 = numjit.transpose %a3, permutation = [0] : tensor<0xi1> -> tensor<0xi1>
  %t = numjit.reshape %a3 : tensor<0xi1> -> tensor<2x0xi1>
  %u = numjit.transpose %t, permutation = [1, 0] : tensor<2x0xi1> -> tensor<0x2xi1>
  %r7 = numjit.reshape %u : tensor<0x2xi1> -> tensor<0xi1>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<3x2xi1>, tensor<2x3xi1>, tensor<2x2x3xi1>, tensor<3x2x2xi1>, tensor<2x3x2xi1>, tensor<i1>, tensor<0xi1>, tensor<0xi1>
}

// RUN: numjit-run %s -e slice_f32 --arg "[-3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5]" --arg "[[-2.5, -2.0, -1.5, -1.0, -0.5], [0.0, 0.5, 1.0, 1.5, 2.0], [2.5, 3.0, 3.5, 4.0, 4.5], [5.0, 5.5, 6.0, 6.5, 7.0]]" --arg "-1.5" --arg "[]" --arg "[[[-3.0, -2.5, -2.0, -1.5], [-1.0, -0.5, 0.0, 0.5], [1.0, 1.5, 2.0, 2.5]], [[3.0, 3.5, 4.0, 4.5], [5.0, 5.5, 6.0, 6.5], [7.0, 7.5, 8.0, 8.5]]]" | FileCheck %s --check-prefix=SLICE_F32 --match-full-lines
// SLICE_F32: result 0: tensor<3xf32> = [-2.5, -1, 0.5]
// SLICE_F32-NEXT: result 1: tensor<10xf32> = [-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5]
// SLICE_F32-NEXT: result 2: tensor<1xf32> = [1.5]
// SLICE_F32-NEXT: result 3: tensor<3xf32> = [-3, -1, 1]
// SLICE_F32-NEXT: result 4: tensor<2x3xf32> = {{\[\[}}0, 1, 2], [5, 6, 7]]
// SLICE_F32-NEXT: result 5: tensor<2x2xf32> = {{\[\[}}-2, -1.5], [5.5, 6]]
// SLICE_F32-NEXT: result 6: tensor<1x1xf32> = {{\[\[}}7]]
// SLICE_F32-NEXT: result 7: tensor<1x2x2xf32> = {{\[\[\[}}3.5, 4.5], [7.5, 8.5]]]
// SLICE_F32-NEXT: result 8: tensor<0xf32> = []
// SLICE_F32-NEXT: result 9: tensor<f32> = -1.5
// SLICE_F32-NEXT: result 10: tensor<0xf32> = []
// SLICE_F32-NEXT: result 11: tensor<0xf32> = []
func.func @slice_f32(%a0: tensor<10xf32>, %a1: tensor<4x5xf32>, %a2: tensor<f32>, %a3: tensor<0xf32>, %a4: tensor<2x3x4xf32>) -> (tensor<3xf32>, tensor<10xf32>, tensor<1xf32>, tensor<3xf32>, tensor<2x3xf32>, tensor<2x2xf32>, tensor<1x1xf32>, tensor<1x2x2xf32>, tensor<0xf32>, tensor<f32>, tensor<0xf32>, tensor<0xf32>) {
  %r0 = numjit.slice %a0, start = [1], limit = [9], strides = [3] : tensor<10xf32> -> tensor<3xf32>
  %r1 = numjit.slice %a0, start = [0], limit = [10], strides = [1] : tensor<10xf32> -> tensor<10xf32>
  %r2 = numjit.slice %a0, start = [9], limit = [10], strides = [5] : tensor<10xf32> -> tensor<1xf32>
  %r3 = numjit.slice %a0, start = [0], limit = [10], strides = [4] : tensor<10xf32> -> tensor<3xf32>
  %r4 = numjit.slice %a1, start = [1, 0], limit = [4, 5], strides = [2, 2] : tensor<4x5xf32> -> tensor<2x3xf32>
  %r5 = numjit.slice %a1, start = [0, 1], limit = [4, 3], strides = [3, 1] : tensor<4x5xf32> -> tensor<2x2xf32>
  %r6 = numjit.slice %a1, start = [3, 4], limit = [4, 5], strides = [1, 1] : tensor<4x5xf32> -> tensor<1x1xf32>
  %r7 = numjit.slice %a4, start = [1, 0, 1], limit = [2, 3, 4], strides = [1, 2, 2] : tensor<2x3x4xf32> -> tensor<1x2x2xf32>
  %r8 = numjit.slice %a0, start = [2], limit = [2], strides = [1] : tensor<10xf32> -> tensor<0xf32>
  %r9 = numjit.slice %a2, start = [], limit = [], strides = [] : tensor<f32> -> tensor<f32>
  %r10 = numjit.slice %a3, start = [0], limit = [0], strides = [1] : tensor<0xf32> -> tensor<0xf32>
  %t = numjit.slice %a1, start = [1, 2], limit = [3, 2], strides = [1, 1] : tensor<4x5xf32> -> tensor<2x0xf32>
  %r11 = numjit.reshape %t : tensor<2x0xf32> -> tensor<0xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<3xf32>, tensor<10xf32>, tensor<1xf32>, tensor<3xf32>, tensor<2x3xf32>, tensor<2x2xf32>, tensor<1x1xf32>, tensor<1x2x2xf32>, tensor<0xf32>, tensor<f32>, tensor<0xf32>, tensor<0xf32>
}

// RUN: numjit-run %s -e slice_f64 --arg "[-3.9999999999990905, -2.7499999999990905, -1.4999999999990905, -0.2499999999990905, 1.0000000000009095, 2.2500000000009095, 3.5000000000009095, 4.7500000000009095, 6.0000000000009095, 7.2500000000009095]" --arg "[[-2.7499999999990905, -1.4999999999990905, -0.2499999999990905, 1.0000000000009095, 2.2500000000009095], [3.5000000000009095, 4.7500000000009095, 6.0000000000009095, 7.2500000000009095, 8.50000000000091], [9.75000000000091, 11.00000000000091, 12.25000000000091, 13.50000000000091, 14.75000000000091], [16.00000000000091, 17.25000000000091, 18.50000000000091, 19.75000000000091, 21.00000000000091]]" --arg "-0.2499999999990905" --arg "[]" --arg "[[[-3.9999999999990905, -2.7499999999990905, -1.4999999999990905, -0.2499999999990905], [1.0000000000009095, 2.2500000000009095, 3.5000000000009095, 4.7500000000009095], [6.0000000000009095, 7.2500000000009095, 8.50000000000091, 9.75000000000091]], [[11.00000000000091, 12.25000000000091, 13.50000000000091, 14.75000000000091], [16.00000000000091, 17.25000000000091, 18.50000000000091, 19.75000000000091], [21.00000000000091, 22.25000000000091, 23.50000000000091, 24.75000000000091]]]" --precision 17 | FileCheck %s --check-prefix=SLICE_F64 --match-full-lines
// SLICE_F64: result 0: tensor<3xf64> = [-2.7499999999990905, 1.0000000000009095, 4.7500000000009095]
// SLICE_F64-NEXT: result 1: tensor<10xf64> = [-3.9999999999990905, -2.7499999999990905, -1.4999999999990905, -0.24999999999909051, 1.0000000000009095, 2.2500000000009095, 3.5000000000009095, 4.7500000000009095, 6.0000000000009095, 7.2500000000009095]
// SLICE_F64-NEXT: result 2: tensor<1xf64> = [7.2500000000009095]
// SLICE_F64-NEXT: result 3: tensor<3xf64> = [-3.9999999999990905, 1.0000000000009095, 6.0000000000009095]
// SLICE_F64-NEXT: result 4: tensor<2x3xf64> = {{\[\[}}3.5000000000009095, 6.0000000000009095, 8.5000000000009095], [16.000000000000909, 18.500000000000909, 21.000000000000909]]
// SLICE_F64-NEXT: result 5: tensor<2x2xf64> = {{\[\[}}-1.4999999999990905, -0.24999999999909051], [17.250000000000909, 18.500000000000909]]
// SLICE_F64-NEXT: result 6: tensor<1x1xf64> = {{\[\[}}21.000000000000909]]
// SLICE_F64-NEXT: result 7: tensor<1x2x2xf64> = {{\[\[\[}}12.250000000000909, 14.750000000000909], [22.250000000000909, 24.750000000000909]]]
// SLICE_F64-NEXT: result 8: tensor<0xf64> = []
// SLICE_F64-NEXT: result 9: tensor<f64> = -0.24999999999909051
// SLICE_F64-NEXT: result 10: tensor<0xf64> = []
// SLICE_F64-NEXT: result 11: tensor<0xf64> = []
func.func @slice_f64(%a0: tensor<10xf64>, %a1: tensor<4x5xf64>, %a2: tensor<f64>, %a3: tensor<0xf64>, %a4: tensor<2x3x4xf64>) -> (tensor<3xf64>, tensor<10xf64>, tensor<1xf64>, tensor<3xf64>, tensor<2x3xf64>, tensor<2x2xf64>, tensor<1x1xf64>, tensor<1x2x2xf64>, tensor<0xf64>, tensor<f64>, tensor<0xf64>, tensor<0xf64>) {
  %r0 = numjit.slice %a0, start = [1], limit = [9], strides = [3] : tensor<10xf64> -> tensor<3xf64>
  %r1 = numjit.slice %a0, start = [0], limit = [10], strides = [1] : tensor<10xf64> -> tensor<10xf64>
  %r2 = numjit.slice %a0, start = [9], limit = [10], strides = [5] : tensor<10xf64> -> tensor<1xf64>
  %r3 = numjit.slice %a0, start = [0], limit = [10], strides = [4] : tensor<10xf64> -> tensor<3xf64>
  %r4 = numjit.slice %a1, start = [1, 0], limit = [4, 5], strides = [2, 2] : tensor<4x5xf64> -> tensor<2x3xf64>
  %r5 = numjit.slice %a1, start = [0, 1], limit = [4, 3], strides = [3, 1] : tensor<4x5xf64> -> tensor<2x2xf64>
  %r6 = numjit.slice %a1, start = [3, 4], limit = [4, 5], strides = [1, 1] : tensor<4x5xf64> -> tensor<1x1xf64>
  %r7 = numjit.slice %a4, start = [1, 0, 1], limit = [2, 3, 4], strides = [1, 2, 2] : tensor<2x3x4xf64> -> tensor<1x2x2xf64>
  %r8 = numjit.slice %a0, start = [2], limit = [2], strides = [1] : tensor<10xf64> -> tensor<0xf64>
  %r9 = numjit.slice %a2, start = [], limit = [], strides = [] : tensor<f64> -> tensor<f64>
  %r10 = numjit.slice %a3, start = [0], limit = [0], strides = [1] : tensor<0xf64> -> tensor<0xf64>
  %t = numjit.slice %a1, start = [1, 2], limit = [3, 2], strides = [1, 1] : tensor<4x5xf64> -> tensor<2x0xf64>
  %r11 = numjit.reshape %t : tensor<2x0xf64> -> tensor<0xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<3xf64>, tensor<10xf64>, tensor<1xf64>, tensor<3xf64>, tensor<2x3xf64>, tensor<2x2xf64>, tensor<1x1xf64>, tensor<1x2x2xf64>, tensor<0xf64>, tensor<f64>, tensor<0xf64>, tensor<0xf64>
}

// RUN: numjit-run %s -e slice_i32 --arg "[-20, -13, -6, 1, 8, 15, 22, 29, 36, 43]" --arg "[[-13, -6, 1, 8, 15], [22, 29, 36, 43, 50], [57, 64, 71, 78, 85], [92, 99, 106, 113, 120]]" --arg "1" --arg "[]" --arg "[[[-20, -13, -6, 1], [8, 15, 22, 29], [36, 43, 50, 57]], [[64, 71, 78, 85], [92, 99, 106, 113], [120, 127, 134, 141]]]" | FileCheck %s --check-prefix=SLICE_I32 --match-full-lines
// SLICE_I32: result 0: tensor<3xi32> = [-13, 8, 29]
// SLICE_I32-NEXT: result 1: tensor<10xi32> = [-20, -13, -6, 1, 8, 15, 22, 29, 36, 43]
// SLICE_I32-NEXT: result 2: tensor<1xi32> = [43]
// SLICE_I32-NEXT: result 3: tensor<3xi32> = [-20, 8, 36]
// SLICE_I32-NEXT: result 4: tensor<2x3xi32> = {{\[\[}}22, 36, 50], [92, 106, 120]]
// SLICE_I32-NEXT: result 5: tensor<2x2xi32> = {{\[\[}}-6, 1], [99, 106]]
// SLICE_I32-NEXT: result 6: tensor<1x1xi32> = {{\[\[}}120]]
// SLICE_I32-NEXT: result 7: tensor<1x2x2xi32> = {{\[\[\[}}71, 85], [127, 141]]]
// SLICE_I32-NEXT: result 8: tensor<0xi32> = []
// SLICE_I32-NEXT: result 9: tensor<i32> = 1
// SLICE_I32-NEXT: result 10: tensor<0xi32> = []
// SLICE_I32-NEXT: result 11: tensor<0xi32> = []
func.func @slice_i32(%a0: tensor<10xi32>, %a1: tensor<4x5xi32>, %a2: tensor<i32>, %a3: tensor<0xi32>, %a4: tensor<2x3x4xi32>) -> (tensor<3xi32>, tensor<10xi32>, tensor<1xi32>, tensor<3xi32>, tensor<2x3xi32>, tensor<2x2xi32>, tensor<1x1xi32>, tensor<1x2x2xi32>, tensor<0xi32>, tensor<i32>, tensor<0xi32>, tensor<0xi32>) {
  %r0 = numjit.slice %a0, start = [1], limit = [9], strides = [3] : tensor<10xi32> -> tensor<3xi32>
  %r1 = numjit.slice %a0, start = [0], limit = [10], strides = [1] : tensor<10xi32> -> tensor<10xi32>
  %r2 = numjit.slice %a0, start = [9], limit = [10], strides = [5] : tensor<10xi32> -> tensor<1xi32>
  %r3 = numjit.slice %a0, start = [0], limit = [10], strides = [4] : tensor<10xi32> -> tensor<3xi32>
  %r4 = numjit.slice %a1, start = [1, 0], limit = [4, 5], strides = [2, 2] : tensor<4x5xi32> -> tensor<2x3xi32>
  %r5 = numjit.slice %a1, start = [0, 1], limit = [4, 3], strides = [3, 1] : tensor<4x5xi32> -> tensor<2x2xi32>
  %r6 = numjit.slice %a1, start = [3, 4], limit = [4, 5], strides = [1, 1] : tensor<4x5xi32> -> tensor<1x1xi32>
  %r7 = numjit.slice %a4, start = [1, 0, 1], limit = [2, 3, 4], strides = [1, 2, 2] : tensor<2x3x4xi32> -> tensor<1x2x2xi32>
  %r8 = numjit.slice %a0, start = [2], limit = [2], strides = [1] : tensor<10xi32> -> tensor<0xi32>
  %r9 = numjit.slice %a2, start = [], limit = [], strides = [] : tensor<i32> -> tensor<i32>
  %r10 = numjit.slice %a3, start = [0], limit = [0], strides = [1] : tensor<0xi32> -> tensor<0xi32>
  %t = numjit.slice %a1, start = [1, 2], limit = [3, 2], strides = [1, 1] : tensor<4x5xi32> -> tensor<2x0xi32>
  %r11 = numjit.reshape %t : tensor<2x0xi32> -> tensor<0xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<3xi32>, tensor<10xi32>, tensor<1xi32>, tensor<3xi32>, tensor<2x3xi32>, tensor<2x2xi32>, tensor<1x1xi32>, tensor<1x2x2xi32>, tensor<0xi32>, tensor<i32>, tensor<0xi32>, tensor<0xi32>
}

// RUN: numjit-run %s -e slice_i64 --arg "[-3, 1099511627773, 2199023255549, 3298534883325, 4398046511101, 5497558138877, 6597069766653, 7696581394429, 8796093022205, 9895604649981]" --arg "[[1099511627773, 2199023255549, 3298534883325, 4398046511101, 5497558138877], [6597069766653, 7696581394429, 8796093022205, 9895604649981, 10995116277757], [12094627905533, 13194139533309, 14293651161085, 15393162788861, 16492674416637], [17592186044413, 18691697672189, 19791209299965, 20890720927741, 21990232555517]]" --arg "3298534883325" --arg "[]" --arg "[[[-3, 1099511627773, 2199023255549, 3298534883325], [4398046511101, 5497558138877, 6597069766653, 7696581394429], [8796093022205, 9895604649981, 10995116277757, 12094627905533]], [[13194139533309, 14293651161085, 15393162788861, 16492674416637], [17592186044413, 18691697672189, 19791209299965, 20890720927741], [21990232555517, 23089744183293, 24189255811069, 25288767438845]]]" | FileCheck %s --check-prefix=SLICE_I64 --match-full-lines
// SLICE_I64: result 0: tensor<3xi64> = [1099511627773, 4398046511101, 7696581394429]
// SLICE_I64-NEXT: result 1: tensor<10xi64> = [-3, 1099511627773, 2199023255549, 3298534883325, 4398046511101, 5497558138877, 6597069766653, 7696581394429, 8796093022205, 9895604649981]
// SLICE_I64-NEXT: result 2: tensor<1xi64> = [9895604649981]
// SLICE_I64-NEXT: result 3: tensor<3xi64> = [-3, 4398046511101, 8796093022205]
// SLICE_I64-NEXT: result 4: tensor<2x3xi64> = {{\[\[}}6597069766653, 8796093022205, 10995116277757], [17592186044413, 19791209299965, 21990232555517]]
// SLICE_I64-NEXT: result 5: tensor<2x2xi64> = {{\[\[}}2199023255549, 3298534883325], [18691697672189, 19791209299965]]
// SLICE_I64-NEXT: result 6: tensor<1x1xi64> = {{\[\[}}21990232555517]]
// SLICE_I64-NEXT: result 7: tensor<1x2x2xi64> = {{\[\[\[}}14293651161085, 16492674416637], [23089744183293, 25288767438845]]]
// SLICE_I64-NEXT: result 8: tensor<0xi64> = []
// SLICE_I64-NEXT: result 9: tensor<i64> = 3298534883325
// SLICE_I64-NEXT: result 10: tensor<0xi64> = []
// SLICE_I64-NEXT: result 11: tensor<0xi64> = []
func.func @slice_i64(%a0: tensor<10xi64>, %a1: tensor<4x5xi64>, %a2: tensor<i64>, %a3: tensor<0xi64>, %a4: tensor<2x3x4xi64>) -> (tensor<3xi64>, tensor<10xi64>, tensor<1xi64>, tensor<3xi64>, tensor<2x3xi64>, tensor<2x2xi64>, tensor<1x1xi64>, tensor<1x2x2xi64>, tensor<0xi64>, tensor<i64>, tensor<0xi64>, tensor<0xi64>) {
  %r0 = numjit.slice %a0, start = [1], limit = [9], strides = [3] : tensor<10xi64> -> tensor<3xi64>
  %r1 = numjit.slice %a0, start = [0], limit = [10], strides = [1] : tensor<10xi64> -> tensor<10xi64>
  %r2 = numjit.slice %a0, start = [9], limit = [10], strides = [5] : tensor<10xi64> -> tensor<1xi64>
  %r3 = numjit.slice %a0, start = [0], limit = [10], strides = [4] : tensor<10xi64> -> tensor<3xi64>
  %r4 = numjit.slice %a1, start = [1, 0], limit = [4, 5], strides = [2, 2] : tensor<4x5xi64> -> tensor<2x3xi64>
  %r5 = numjit.slice %a1, start = [0, 1], limit = [4, 3], strides = [3, 1] : tensor<4x5xi64> -> tensor<2x2xi64>
  %r6 = numjit.slice %a1, start = [3, 4], limit = [4, 5], strides = [1, 1] : tensor<4x5xi64> -> tensor<1x1xi64>
  %r7 = numjit.slice %a4, start = [1, 0, 1], limit = [2, 3, 4], strides = [1, 2, 2] : tensor<2x3x4xi64> -> tensor<1x2x2xi64>
  %r8 = numjit.slice %a0, start = [2], limit = [2], strides = [1] : tensor<10xi64> -> tensor<0xi64>
  %r9 = numjit.slice %a2, start = [], limit = [], strides = [] : tensor<i64> -> tensor<i64>
  %r10 = numjit.slice %a3, start = [0], limit = [0], strides = [1] : tensor<0xi64> -> tensor<0xi64>
  %t = numjit.slice %a1, start = [1, 2], limit = [3, 2], strides = [1, 1] : tensor<4x5xi64> -> tensor<2x0xi64>
  %r11 = numjit.reshape %t : tensor<2x0xi64> -> tensor<0xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<3xi64>, tensor<10xi64>, tensor<1xi64>, tensor<3xi64>, tensor<2x3xi64>, tensor<2x2xi64>, tensor<1x1xi64>, tensor<1x2x2xi64>, tensor<0xi64>, tensor<i64>, tensor<0xi64>, tensor<0xi64>
}

// RUN: numjit-run %s -e slice_i1 --arg "[true, false, false, true, false, false, true, false, false, true]" --arg "[[false, false, true, false, false], [true, false, false, true, false], [false, true, false, false, true], [false, false, true, false, false]]" --arg "true" --arg "[]" --arg "[[[true, false, false, true], [false, false, true, false], [false, true, false, false]], [[true, false, false, true], [false, false, true, false], [false, true, false, false]]]" | FileCheck %s --check-prefix=SLICE_I1 --match-full-lines
// SLICE_I1: result 0: tensor<3xi1> = [false, false, false]
// SLICE_I1-NEXT: result 1: tensor<10xi1> = [true, false, false, true, false, false, true, false, false, true]
// SLICE_I1-NEXT: result 2: tensor<1xi1> = [true]
// SLICE_I1-NEXT: result 3: tensor<3xi1> = [true, false, false]
// SLICE_I1-NEXT: result 4: tensor<2x3xi1> = {{\[\[}}true, false, false], [false, true, false]]
// SLICE_I1-NEXT: result 5: tensor<2x2xi1> = {{\[\[}}false, true], [false, true]]
// SLICE_I1-NEXT: result 6: tensor<1x1xi1> = {{\[\[}}false]]
// SLICE_I1-NEXT: result 7: tensor<1x2x2xi1> = {{\[\[\[}}false, true], [true, false]]]
// SLICE_I1-NEXT: result 8: tensor<0xi1> = []
// SLICE_I1-NEXT: result 9: tensor<i1> = true
// SLICE_I1-NEXT: result 10: tensor<0xi1> = []
// SLICE_I1-NEXT: result 11: tensor<0xi1> = []
func.func @slice_i1(%a0: tensor<10xi1>, %a1: tensor<4x5xi1>, %a2: tensor<i1>, %a3: tensor<0xi1>, %a4: tensor<2x3x4xi1>) -> (tensor<3xi1>, tensor<10xi1>, tensor<1xi1>, tensor<3xi1>, tensor<2x3xi1>, tensor<2x2xi1>, tensor<1x1xi1>, tensor<1x2x2xi1>, tensor<0xi1>, tensor<i1>, tensor<0xi1>, tensor<0xi1>) {
  %r0 = numjit.slice %a0, start = [1], limit = [9], strides = [3] : tensor<10xi1> -> tensor<3xi1>
  %r1 = numjit.slice %a0, start = [0], limit = [10], strides = [1] : tensor<10xi1> -> tensor<10xi1>
  %r2 = numjit.slice %a0, start = [9], limit = [10], strides = [5] : tensor<10xi1> -> tensor<1xi1>
  %r3 = numjit.slice %a0, start = [0], limit = [10], strides = [4] : tensor<10xi1> -> tensor<3xi1>
  %r4 = numjit.slice %a1, start = [1, 0], limit = [4, 5], strides = [2, 2] : tensor<4x5xi1> -> tensor<2x3xi1>
  %r5 = numjit.slice %a1, start = [0, 1], limit = [4, 3], strides = [3, 1] : tensor<4x5xi1> -> tensor<2x2xi1>
  %r6 = numjit.slice %a1, start = [3, 4], limit = [4, 5], strides = [1, 1] : tensor<4x5xi1> -> tensor<1x1xi1>
  %r7 = numjit.slice %a4, start = [1, 0, 1], limit = [2, 3, 4], strides = [1, 2, 2] : tensor<2x3x4xi1> -> tensor<1x2x2xi1>
  %r8 = numjit.slice %a0, start = [2], limit = [2], strides = [1] : tensor<10xi1> -> tensor<0xi1>
  %r9 = numjit.slice %a2, start = [], limit = [], strides = [] : tensor<i1> -> tensor<i1>
  %r10 = numjit.slice %a3, start = [0], limit = [0], strides = [1] : tensor<0xi1> -> tensor<0xi1>
  %t = numjit.slice %a1, start = [1, 2], limit = [3, 2], strides = [1, 1] : tensor<4x5xi1> -> tensor<2x0xi1>
  %r11 = numjit.reshape %t : tensor<2x0xi1> -> tensor<0xi1>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<3xi1>, tensor<10xi1>, tensor<1xi1>, tensor<3xi1>, tensor<2x3xi1>, tensor<2x2xi1>, tensor<1x1xi1>, tensor<1x2x2xi1>, tensor<0xi1>, tensor<i1>, tensor<0xi1>, tensor<0xi1>
}

// RUN: numjit-run %s -e concatenate_f32 --arg "[[-3.0, -2.5], [-2.0, -1.5]]" --arg "[[-1.0], [-0.5]]" --arg "[[0.0, 0.5]]" --arg "[1.0, 1.5, 2.0]" --arg "[]" --arg "[2.5, 3.0]" | FileCheck %s --check-prefix=CONCATENATE_F32 --match-full-lines
// CONCATENATE_F32: result 0: tensor<2x3xf32> = {{\[\[}}-3, -2.5, -1], [-2, -1.5, -0.5]]
// CONCATENATE_F32-NEXT: result 1: tensor<3x2xf32> = {{\[\[}}-3, -2.5], [-2, -1.5], [0, 0.5]]
// CONCATENATE_F32-NEXT: result 2: tensor<2x4xf32> = {{\[\[}}-1, -3, -2.5, -1], [-0.5, -2, -1.5, -0.5]]
// CONCATENATE_F32-NEXT: result 3: tensor<5xf32> = [1, 1.5, 2, 2.5, 3]
// CONCATENATE_F32-NEXT: result 4: tensor<9xf32> = [1, 1.5, 2, 1, 1.5, 2, 1, 1.5, 2]
// CONCATENATE_F32-NEXT: result 5: tensor<3xf32> = [1, 1.5, 2]
// CONCATENATE_F32-NEXT: result 6: tensor<3xf32> = [1, 1.5, 2]
// CONCATENATE_F32-NEXT: result 7: tensor<0xf32> = []
// CONCATENATE_F32-NEXT: result 8: tensor<2x2xf32> = {{\[\[}}-3, -2.5], [-2, -1.5]]
func.func @concatenate_f32(%a0: tensor<2x2xf32>, %a1: tensor<2x1xf32>, %a2: tensor<1x2xf32>, %a3: tensor<3xf32>, %a4: tensor<0xf32>, %a5: tensor<2xf32>) -> (tensor<2x3xf32>, tensor<3x2xf32>, tensor<2x4xf32>, tensor<5xf32>, tensor<9xf32>, tensor<3xf32>, tensor<3xf32>, tensor<0xf32>, tensor<2x2xf32>) {
  %r0 = "numjit.concatenate"(%a0, %a1) {dim = 1 : i64} : (tensor<2x2xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %r1 = "numjit.concatenate"(%a0, %a2) {dim = 0 : i64} : (tensor<2x2xf32>, tensor<1x2xf32>) -> tensor<3x2xf32>
  %r2 = "numjit.concatenate"(%a1, %a0, %a1) {dim = 1 : i64} : (tensor<2x1xf32>, tensor<2x2xf32>, tensor<2x1xf32>) -> tensor<2x4xf32>
  %r3 = "numjit.concatenate"(%a3, %a4, %a5) {dim = 0 : i64} : (tensor<3xf32>, tensor<0xf32>, tensor<2xf32>) -> tensor<5xf32>
  %r4 = "numjit.concatenate"(%a3, %a3, %a3) {dim = 0 : i64} : (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<9xf32>
  %r5 = "numjit.concatenate"(%a3) {dim = 0 : i64} : (tensor<3xf32>) -> tensor<3xf32>
  %r6 = "numjit.concatenate"(%a4, %a3) {dim = 0 : i64} : (tensor<0xf32>, tensor<3xf32>) -> tensor<3xf32>
  %r7 = "numjit.concatenate"(%a4) {dim = 0 : i64} : (tensor<0xf32>) -> tensor<0xf32>
  %t = numjit.reshape %a4 : tensor<0xf32> -> tensor<2x0xf32>
  %r8 = "numjit.concatenate"(%t, %a0) {dim = 1 : i64} : (tensor<2x0xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<2x3xf32>, tensor<3x2xf32>, tensor<2x4xf32>, tensor<5xf32>, tensor<9xf32>, tensor<3xf32>, tensor<3xf32>, tensor<0xf32>, tensor<2x2xf32>
}

// RUN: numjit-run %s -e concatenate_f64 --arg "[[-3.9999999999990905, -2.7499999999990905], [-1.4999999999990905, -0.2499999999990905]]" --arg "[[1.0000000000009095], [2.2500000000009095]]" --arg "[[3.5000000000009095, 4.7500000000009095]]" --arg "[6.0000000000009095, 7.2500000000009095, 8.50000000000091]" --arg "[]" --arg "[9.75000000000091, 11.00000000000091]" --precision 17 | FileCheck %s --check-prefix=CONCATENATE_F64 --match-full-lines
// CONCATENATE_F64: result 0: tensor<2x3xf64> = {{\[\[}}-3.9999999999990905, -2.7499999999990905, 1.0000000000009095], [-1.4999999999990905, -0.24999999999909051, 2.2500000000009095]]
// CONCATENATE_F64-NEXT: result 1: tensor<3x2xf64> = {{\[\[}}-3.9999999999990905, -2.7499999999990905], [-1.4999999999990905, -0.24999999999909051], [3.5000000000009095, 4.7500000000009095]]
// CONCATENATE_F64-NEXT: result 2: tensor<2x4xf64> = {{\[\[}}1.0000000000009095, -3.9999999999990905, -2.7499999999990905, 1.0000000000009095], [2.2500000000009095, -1.4999999999990905, -0.24999999999909051, 2.2500000000009095]]
// CONCATENATE_F64-NEXT: result 3: tensor<5xf64> = [6.0000000000009095, 7.2500000000009095, 8.5000000000009095, 9.7500000000009095, 11.000000000000909]
// CONCATENATE_F64-NEXT: result 4: tensor<9xf64> = [6.0000000000009095, 7.2500000000009095, 8.5000000000009095, 6.0000000000009095, 7.2500000000009095, 8.5000000000009095, 6.0000000000009095, 7.2500000000009095, 8.5000000000009095]
// CONCATENATE_F64-NEXT: result 5: tensor<3xf64> = [6.0000000000009095, 7.2500000000009095, 8.5000000000009095]
// CONCATENATE_F64-NEXT: result 6: tensor<3xf64> = [6.0000000000009095, 7.2500000000009095, 8.5000000000009095]
// CONCATENATE_F64-NEXT: result 7: tensor<0xf64> = []
// CONCATENATE_F64-NEXT: result 8: tensor<2x2xf64> = {{\[\[}}-3.9999999999990905, -2.7499999999990905], [-1.4999999999990905, -0.24999999999909051]]
func.func @concatenate_f64(%a0: tensor<2x2xf64>, %a1: tensor<2x1xf64>, %a2: tensor<1x2xf64>, %a3: tensor<3xf64>, %a4: tensor<0xf64>, %a5: tensor<2xf64>) -> (tensor<2x3xf64>, tensor<3x2xf64>, tensor<2x4xf64>, tensor<5xf64>, tensor<9xf64>, tensor<3xf64>, tensor<3xf64>, tensor<0xf64>, tensor<2x2xf64>) {
  %r0 = "numjit.concatenate"(%a0, %a1) {dim = 1 : i64} : (tensor<2x2xf64>, tensor<2x1xf64>) -> tensor<2x3xf64>
  %r1 = "numjit.concatenate"(%a0, %a2) {dim = 0 : i64} : (tensor<2x2xf64>, tensor<1x2xf64>) -> tensor<3x2xf64>
  %r2 = "numjit.concatenate"(%a1, %a0, %a1) {dim = 1 : i64} : (tensor<2x1xf64>, tensor<2x2xf64>, tensor<2x1xf64>) -> tensor<2x4xf64>
  %r3 = "numjit.concatenate"(%a3, %a4, %a5) {dim = 0 : i64} : (tensor<3xf64>, tensor<0xf64>, tensor<2xf64>) -> tensor<5xf64>
  %r4 = "numjit.concatenate"(%a3, %a3, %a3) {dim = 0 : i64} : (tensor<3xf64>, tensor<3xf64>, tensor<3xf64>) -> tensor<9xf64>
  %r5 = "numjit.concatenate"(%a3) {dim = 0 : i64} : (tensor<3xf64>) -> tensor<3xf64>
  %r6 = "numjit.concatenate"(%a4, %a3) {dim = 0 : i64} : (tensor<0xf64>, tensor<3xf64>) -> tensor<3xf64>
  %r7 = "numjit.concatenate"(%a4) {dim = 0 : i64} : (tensor<0xf64>) -> tensor<0xf64>
  %t = numjit.reshape %a4 : tensor<0xf64> -> tensor<2x0xf64>
  %r8 = "numjit.concatenate"(%t, %a0) {dim = 1 : i64} : (tensor<2x0xf64>, tensor<2x2xf64>) -> tensor<2x2xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<2x3xf64>, tensor<3x2xf64>, tensor<2x4xf64>, tensor<5xf64>, tensor<9xf64>, tensor<3xf64>, tensor<3xf64>, tensor<0xf64>, tensor<2x2xf64>
}

// RUN: numjit-run %s -e concatenate_i32 --arg "[[-20, -13], [-6, 1]]" --arg "[[8], [15]]" --arg "[[22, 29]]" --arg "[36, 43, 50]" --arg "[]" --arg "[57, 64]" | FileCheck %s --check-prefix=CONCATENATE_I32 --match-full-lines
// CONCATENATE_I32: result 0: tensor<2x3xi32> = {{\[\[}}-20, -13, 8], [-6, 1, 15]]
// CONCATENATE_I32-NEXT: result 1: tensor<3x2xi32> = {{\[\[}}-20, -13], [-6, 1], [22, 29]]
// CONCATENATE_I32-NEXT: result 2: tensor<2x4xi32> = {{\[\[}}8, -20, -13, 8], [15, -6, 1, 15]]
// CONCATENATE_I32-NEXT: result 3: tensor<5xi32> = [36, 43, 50, 57, 64]
// CONCATENATE_I32-NEXT: result 4: tensor<9xi32> = [36, 43, 50, 36, 43, 50, 36, 43, 50]
// CONCATENATE_I32-NEXT: result 5: tensor<3xi32> = [36, 43, 50]
// CONCATENATE_I32-NEXT: result 6: tensor<3xi32> = [36, 43, 50]
// CONCATENATE_I32-NEXT: result 7: tensor<0xi32> = []
// CONCATENATE_I32-NEXT: result 8: tensor<2x2xi32> = {{\[\[}}-20, -13], [-6, 1]]
func.func @concatenate_i32(%a0: tensor<2x2xi32>, %a1: tensor<2x1xi32>, %a2: tensor<1x2xi32>, %a3: tensor<3xi32>, %a4: tensor<0xi32>, %a5: tensor<2xi32>) -> (tensor<2x3xi32>, tensor<3x2xi32>, tensor<2x4xi32>, tensor<5xi32>, tensor<9xi32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<2x2xi32>) {
  %r0 = "numjit.concatenate"(%a0, %a1) {dim = 1 : i64} : (tensor<2x2xi32>, tensor<2x1xi32>) -> tensor<2x3xi32>
  %r1 = "numjit.concatenate"(%a0, %a2) {dim = 0 : i64} : (tensor<2x2xi32>, tensor<1x2xi32>) -> tensor<3x2xi32>
  %r2 = "numjit.concatenate"(%a1, %a0, %a1) {dim = 1 : i64} : (tensor<2x1xi32>, tensor<2x2xi32>, tensor<2x1xi32>) -> tensor<2x4xi32>
  %r3 = "numjit.concatenate"(%a3, %a4, %a5) {dim = 0 : i64} : (tensor<3xi32>, tensor<0xi32>, tensor<2xi32>) -> tensor<5xi32>
  %r4 = "numjit.concatenate"(%a3, %a3, %a3) {dim = 0 : i64} : (tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<9xi32>
  %r5 = "numjit.concatenate"(%a3) {dim = 0 : i64} : (tensor<3xi32>) -> tensor<3xi32>
  %r6 = "numjit.concatenate"(%a4, %a3) {dim = 0 : i64} : (tensor<0xi32>, tensor<3xi32>) -> tensor<3xi32>
  %r7 = "numjit.concatenate"(%a4) {dim = 0 : i64} : (tensor<0xi32>) -> tensor<0xi32>
  %t = numjit.reshape %a4 : tensor<0xi32> -> tensor<2x0xi32>
  %r8 = "numjit.concatenate"(%t, %a0) {dim = 1 : i64} : (tensor<2x0xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<2x3xi32>, tensor<3x2xi32>, tensor<2x4xi32>, tensor<5xi32>, tensor<9xi32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<2x2xi32>
}

// RUN: numjit-run %s -e concatenate_i64 --arg "[[-3, 1099511627773], [2199023255549, 3298534883325]]" --arg "[[4398046511101], [5497558138877]]" --arg "[[6597069766653, 7696581394429]]" --arg "[8796093022205, 9895604649981, 10995116277757]" --arg "[]" --arg "[12094627905533, 13194139533309]" | FileCheck %s --check-prefix=CONCATENATE_I64 --match-full-lines
// CONCATENATE_I64: result 0: tensor<2x3xi64> = {{\[\[}}-3, 1099511627773, 4398046511101], [2199023255549, 3298534883325, 5497558138877]]
// CONCATENATE_I64-NEXT: result 1: tensor<3x2xi64> = {{\[\[}}-3, 1099511627773], [2199023255549, 3298534883325], [6597069766653, 7696581394429]]
// CONCATENATE_I64-NEXT: result 2: tensor<2x4xi64> = {{\[\[}}4398046511101, -3, 1099511627773, 4398046511101], [5497558138877, 2199023255549, 3298534883325, 5497558138877]]
// CONCATENATE_I64-NEXT: result 3: tensor<5xi64> = [8796093022205, 9895604649981, 10995116277757, 12094627905533, 13194139533309]
// CONCATENATE_I64-NEXT: result 4: tensor<9xi64> = [8796093022205, 9895604649981, 10995116277757, 8796093022205, 9895604649981, 10995116277757, 8796093022205, 9895604649981, 10995116277757]
// CONCATENATE_I64-NEXT: result 5: tensor<3xi64> = [8796093022205, 9895604649981, 10995116277757]
// CONCATENATE_I64-NEXT: result 6: tensor<3xi64> = [8796093022205, 9895604649981, 10995116277757]
// CONCATENATE_I64-NEXT: result 7: tensor<0xi64> = []
// CONCATENATE_I64-NEXT: result 8: tensor<2x2xi64> = {{\[\[}}-3, 1099511627773], [2199023255549, 3298534883325]]
func.func @concatenate_i64(%a0: tensor<2x2xi64>, %a1: tensor<2x1xi64>, %a2: tensor<1x2xi64>, %a3: tensor<3xi64>, %a4: tensor<0xi64>, %a5: tensor<2xi64>) -> (tensor<2x3xi64>, tensor<3x2xi64>, tensor<2x4xi64>, tensor<5xi64>, tensor<9xi64>, tensor<3xi64>, tensor<3xi64>, tensor<0xi64>, tensor<2x2xi64>) {
  %r0 = "numjit.concatenate"(%a0, %a1) {dim = 1 : i64} : (tensor<2x2xi64>, tensor<2x1xi64>) -> tensor<2x3xi64>
  %r1 = "numjit.concatenate"(%a0, %a2) {dim = 0 : i64} : (tensor<2x2xi64>, tensor<1x2xi64>) -> tensor<3x2xi64>
  %r2 = "numjit.concatenate"(%a1, %a0, %a1) {dim = 1 : i64} : (tensor<2x1xi64>, tensor<2x2xi64>, tensor<2x1xi64>) -> tensor<2x4xi64>
  %r3 = "numjit.concatenate"(%a3, %a4, %a5) {dim = 0 : i64} : (tensor<3xi64>, tensor<0xi64>, tensor<2xi64>) -> tensor<5xi64>
  %r4 = "numjit.concatenate"(%a3, %a3, %a3) {dim = 0 : i64} : (tensor<3xi64>, tensor<3xi64>, tensor<3xi64>) -> tensor<9xi64>
  %r5 = "numjit.concatenate"(%a3) {dim = 0 : i64} : (tensor<3xi64>) -> tensor<3xi64>
  %r6 = "numjit.concatenate"(%a4, %a3) {dim = 0 : i64} : (tensor<0xi64>, tensor<3xi64>) -> tensor<3xi64>
  %r7 = "numjit.concatenate"(%a4) {dim = 0 : i64} : (tensor<0xi64>) -> tensor<0xi64>
  %t = numjit.reshape %a4 : tensor<0xi64> -> tensor<2x0xi64>
  %r8 = "numjit.concatenate"(%t, %a0) {dim = 1 : i64} : (tensor<2x0xi64>, tensor<2x2xi64>) -> tensor<2x2xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<2x3xi64>, tensor<3x2xi64>, tensor<2x4xi64>, tensor<5xi64>, tensor<9xi64>, tensor<3xi64>, tensor<3xi64>, tensor<0xi64>, tensor<2x2xi64>
}

// RUN: numjit-run %s -e concatenate_i1 --arg "[[true, false], [false, true]]" --arg "[[false], [false]]" --arg "[[true, false]]" --arg "[false, true, false]" --arg "[]" --arg "[false, true]" | FileCheck %s --check-prefix=CONCATENATE_I1 --match-full-lines
// CONCATENATE_I1: result 0: tensor<2x3xi1> = {{\[\[}}true, false, false], [false, true, false]]
// CONCATENATE_I1-NEXT: result 1: tensor<3x2xi1> = {{\[\[}}true, false], [false, true], [true, false]]
// CONCATENATE_I1-NEXT: result 2: tensor<2x4xi1> = {{\[\[}}false, true, false, false], [false, false, true, false]]
// CONCATENATE_I1-NEXT: result 3: tensor<5xi1> = [false, true, false, false, true]
// CONCATENATE_I1-NEXT: result 4: tensor<9xi1> = [false, true, false, false, true, false, false, true, false]
// CONCATENATE_I1-NEXT: result 5: tensor<3xi1> = [false, true, false]
// CONCATENATE_I1-NEXT: result 6: tensor<3xi1> = [false, true, false]
// CONCATENATE_I1-NEXT: result 7: tensor<0xi1> = []
// CONCATENATE_I1-NEXT: result 8: tensor<2x2xi1> = {{\[\[}}true, false], [false, true]]
func.func @concatenate_i1(%a0: tensor<2x2xi1>, %a1: tensor<2x1xi1>, %a2: tensor<1x2xi1>, %a3: tensor<3xi1>, %a4: tensor<0xi1>, %a5: tensor<2xi1>) -> (tensor<2x3xi1>, tensor<3x2xi1>, tensor<2x4xi1>, tensor<5xi1>, tensor<9xi1>, tensor<3xi1>, tensor<3xi1>, tensor<0xi1>, tensor<2x2xi1>) {
  %r0 = "numjit.concatenate"(%a0, %a1) {dim = 1 : i64} : (tensor<2x2xi1>, tensor<2x1xi1>) -> tensor<2x3xi1>
  %r1 = "numjit.concatenate"(%a0, %a2) {dim = 0 : i64} : (tensor<2x2xi1>, tensor<1x2xi1>) -> tensor<3x2xi1>
  %r2 = "numjit.concatenate"(%a1, %a0, %a1) {dim = 1 : i64} : (tensor<2x1xi1>, tensor<2x2xi1>, tensor<2x1xi1>) -> tensor<2x4xi1>
  %r3 = "numjit.concatenate"(%a3, %a4, %a5) {dim = 0 : i64} : (tensor<3xi1>, tensor<0xi1>, tensor<2xi1>) -> tensor<5xi1>
  %r4 = "numjit.concatenate"(%a3, %a3, %a3) {dim = 0 : i64} : (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) -> tensor<9xi1>
  %r5 = "numjit.concatenate"(%a3) {dim = 0 : i64} : (tensor<3xi1>) -> tensor<3xi1>
  %r6 = "numjit.concatenate"(%a4, %a3) {dim = 0 : i64} : (tensor<0xi1>, tensor<3xi1>) -> tensor<3xi1>
  %r7 = "numjit.concatenate"(%a4) {dim = 0 : i64} : (tensor<0xi1>) -> tensor<0xi1>
  %t = numjit.reshape %a4 : tensor<0xi1> -> tensor<2x0xi1>
  %r8 = "numjit.concatenate"(%t, %a0) {dim = 1 : i64} : (tensor<2x0xi1>, tensor<2x2xi1>) -> tensor<2x2xi1>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 : tensor<2x3xi1>, tensor<3x2xi1>, tensor<2x4xi1>, tensor<5xi1>, tensor<9xi1>, tensor<3xi1>, tensor<3xi1>, tensor<0xi1>, tensor<2x2xi1>
}
