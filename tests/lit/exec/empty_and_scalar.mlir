// Execution tests: whole kernels on rank-0 tensors and on empty tensors,
// chaining ops of every kind so that each stage of the pipeline (fusion,
// bufferization, loops) sees rank-0 and 0-sized values. Empty tensors of
// rank >= 2 appear only inside kernels: as kernel arguments or results they
// do not compile yet (reported).

// RUN: numjit-run %s -e scalar_chain_f32 --arg "2.25" --arg "-1.5" --precision 5 | FileCheck %s --check-prefix=SCALAR_CHAIN_F32 --match-full-lines
// SCALAR_CHAIN_F32: result 0: tensor<f32> = 1.5
// SCALAR_CHAIN_F32-NEXT: result 1: tensor<i32> = -4
// SCALAR_CHAIN_F32-NEXT: result 2: tensor<f32> = 9
// SCALAR_CHAIN_F32-NEXT: result 3: tensor<f32> = -3.375
// SCALAR_CHAIN_F32-NEXT: result 4: tensor<f32> = 0.2963
// SCALAR_CHAIN_F32-NEXT: result 5: tensor<f32> = -1.5
func.func @scalar_chain_f32(%a0: tensor<f32>, %a1: tensor<f32>) -> (tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
  %p = numjit.compare gt, %a0, %a1 : tensor<f32>
  %q = numjit.sqrt %a0 : tensor<f32>
  %n = numjit.neg %a1 : tensor<f32>
  %r0 = numjit.select %p, %q, %n : tensor<i1>, tensor<f32>
  %m = numjit.mul %a0, %a1 : tensor<f32>
  %f = numjit.floor %m : tensor<f32>
  %r1 = numjit.convert %f : tensor<f32> -> tensor<i32>
  %b = numjit.broadcast_in_dim %a0, dims = [] : tensor<f32> -> tensor<2x2xf32>
  %r2 = numjit.reduce sum %b, dims = [0, 1] : tensor<2x2xf32> -> tensor<f32>
  %t = numjit.reshape %a1 : tensor<f32> -> tensor<1x1xf32>
  %u = numjit.transpose %t, permutation = [1, 0] : tensor<1x1xf32> -> tensor<1x1xf32>
  %v = numjit.slice %u, start = [0, 0], limit = [1, 1], strides = [1, 1] : tensor<1x1xf32> -> tensor<1x1xf32>
  %w = numjit.reshape %v : tensor<1x1xf32> -> tensor<f32>
  %r3 = numjit.dot_general %w, %a0, batch = [] x [], contract = [] x [] : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %r4 = numjit.pow %a0, %a1 : tensor<f32>
  %i = numjit.iota dim = 0 : tensor<1xf32>
  %j = numjit.reshape %i : tensor<1xf32> -> tensor<f32>
  %r5 = numjit.add %j, %a1 : tensor<f32>
  return %r0, %r1, %r2, %r3, %r4, %r5 : tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
}

// RUN: numjit-run %s -e scalar_chain_f64 --arg "2.25" --arg "-1.5" | FileCheck %s --check-prefix=SCALAR_CHAIN_F64 --match-full-lines
// SCALAR_CHAIN_F64: result 0: tensor<f64> = 1.5
// SCALAR_CHAIN_F64-NEXT: result 1: tensor<i32> = -4
// SCALAR_CHAIN_F64-NEXT: result 2: tensor<f64> = 9
// SCALAR_CHAIN_F64-NEXT: result 3: tensor<f64> = -3.375
// SCALAR_CHAIN_F64-NEXT: result 4: tensor<f64> = 0.296296
// SCALAR_CHAIN_F64-NEXT: result 5: tensor<f64> = -1.5
func.func @scalar_chain_f64(%a0: tensor<f64>, %a1: tensor<f64>) -> (tensor<f64>, tensor<i32>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>) {
  %p = numjit.compare gt, %a0, %a1 : tensor<f64>
  %q = numjit.sqrt %a0 : tensor<f64>
  %n = numjit.neg %a1 : tensor<f64>
  %r0 = numjit.select %p, %q, %n : tensor<i1>, tensor<f64>
  %m = numjit.mul %a0, %a1 : tensor<f64>
  %f = numjit.floor %m : tensor<f64>
  %r1 = numjit.convert %f : tensor<f64> -> tensor<i32>
  %b = numjit.broadcast_in_dim %a0, dims = [] : tensor<f64> -> tensor<2x2xf64>
  %r2 = numjit.reduce sum %b, dims = [0, 1] : tensor<2x2xf64> -> tensor<f64>
  %t = numjit.reshape %a1 : tensor<f64> -> tensor<1x1xf64>
  %u = numjit.transpose %t, permutation = [1, 0] : tensor<1x1xf64> -> tensor<1x1xf64>
  %v = numjit.slice %u, start = [0, 0], limit = [1, 1], strides = [1, 1] : tensor<1x1xf64> -> tensor<1x1xf64>
  %w = numjit.reshape %v : tensor<1x1xf64> -> tensor<f64>
  %r3 = numjit.dot_general %w, %a0, batch = [] x [], contract = [] x [] : (tensor<f64>, tensor<f64>) -> tensor<f64>
  %r4 = numjit.pow %a0, %a1 : tensor<f64>
  %i = numjit.iota dim = 0 : tensor<1xf64>
  %j = numjit.reshape %i : tensor<1xf64> -> tensor<f64>
  %r5 = numjit.add %j, %a1 : tensor<f64>
  return %r0, %r1, %r2, %r3, %r4, %r5 : tensor<f64>, tensor<i32>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>
}

// RUN: numjit-run %s -e scalar_chain_i32 --arg "-17" --arg "5" | FileCheck %s --check-prefix=SCALAR_CHAIN_I32 --match-full-lines
// SCALAR_CHAIN_I32: result 0: tensor<i32> = -5
// SCALAR_CHAIN_I32-NEXT: result 1: tensor<f64> = -3
// SCALAR_CHAIN_I32-NEXT: result 2: tensor<i32> = -1
// SCALAR_CHAIN_I32-NEXT: result 3: tensor<i32> = -17
// SCALAR_CHAIN_I32-NEXT: result 4: tensor<i32> = -17
// SCALAR_CHAIN_I32-NEXT: result 5: tensor<i32> = 0
// SCALAR_CHAIN_I32-NEXT: result 6: tensor<i32> = -4913
// SCALAR_CHAIN_I32-NEXT: result 7: tensor<i32> = 5
func.func @scalar_chain_i32(%a0: tensor<i32>, %a1: tensor<i32>) -> (tensor<i32>, tensor<f64>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) {
  %d = numjit.div %a0, %a1 : tensor<i32>
  %m = numjit.rem %a0, %a1 : tensor<i32>
  %r0 = numjit.add %d, %m : tensor<i32>
  %r1 = numjit.convert %d : tensor<i32> -> tensor<f64>
  %z = numjit.sub %a1, %a1 : tensor<i32>
  %r2 = numjit.div %a0, %z : tensor<i32>
  %r3 = numjit.rem %a0, %z : tensor<i32>
  %s = numjit.sign %a0 : tensor<i32>
  %b = numjit.abs %a0 : tensor<i32>
  %r4 = numjit.mul %s, %b : tensor<i32>
  %v = numjit.broadcast_in_dim %a0, dims = [] : tensor<i32> -> tensor<3xi32>
  %r5 = numjit.argmax %v, dim = 0 : tensor<3xi32> -> tensor<i32>
  %r6 = numjit.reduce prod %v, dims = [0] : tensor<3xi32> -> tensor<i32>
  %c = numjit.compare ge, %a0, %a1 : tensor<i32>
  %r7 = numjit.select %c, %a0, %a1 : tensor<i1>, tensor<i32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<i32>, tensor<f64>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>
}

// RUN: numjit-run %s -e scalar_chain_i64 --arg "-17" --arg "5" | FileCheck %s --check-prefix=SCALAR_CHAIN_I64 --match-full-lines
// SCALAR_CHAIN_I64: result 0: tensor<i64> = -5
// SCALAR_CHAIN_I64-NEXT: result 1: tensor<f64> = -3
// SCALAR_CHAIN_I64-NEXT: result 2: tensor<i64> = -1
// SCALAR_CHAIN_I64-NEXT: result 3: tensor<i64> = -17
// SCALAR_CHAIN_I64-NEXT: result 4: tensor<i64> = -17
// SCALAR_CHAIN_I64-NEXT: result 5: tensor<i32> = 0
// SCALAR_CHAIN_I64-NEXT: result 6: tensor<i64> = -4913
// SCALAR_CHAIN_I64-NEXT: result 7: tensor<i64> = 5
func.func @scalar_chain_i64(%a0: tensor<i64>, %a1: tensor<i64>) -> (tensor<i64>, tensor<f64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i32>, tensor<i64>, tensor<i64>) {
  %d = numjit.div %a0, %a1 : tensor<i64>
  %m = numjit.rem %a0, %a1 : tensor<i64>
  %r0 = numjit.add %d, %m : tensor<i64>
  %r1 = numjit.convert %d : tensor<i64> -> tensor<f64>
  %z = numjit.sub %a1, %a1 : tensor<i64>
  %r2 = numjit.div %a0, %z : tensor<i64>
  %r3 = numjit.rem %a0, %z : tensor<i64>
  %s = numjit.sign %a0 : tensor<i64>
  %b = numjit.abs %a0 : tensor<i64>
  %r4 = numjit.mul %s, %b : tensor<i64>
  %v = numjit.broadcast_in_dim %a0, dims = [] : tensor<i64> -> tensor<3xi64>
  %r5 = numjit.argmax %v, dim = 0 : tensor<3xi64> -> tensor<i32>
  %r6 = numjit.reduce prod %v, dims = [0] : tensor<3xi64> -> tensor<i64>
  %c = numjit.compare ge, %a0, %a1 : tensor<i64>
  %r7 = numjit.select %c, %a0, %a1 : tensor<i1>, tensor<i64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<i64>, tensor<f64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i32>, tensor<i64>, tensor<i64>
}

// RUN: numjit-run %s -e empty_chain_f32 --arg "[]" --arg "[]" | FileCheck %s --check-prefix=EMPTY_CHAIN_F32 --match-full-lines
// EMPTY_CHAIN_F32: result 0: tensor<0xf32> = []
// EMPTY_CHAIN_F32-NEXT: result 1: tensor<0xi1> = []
// EMPTY_CHAIN_F32-NEXT: result 2: tensor<f32> = 0
// EMPTY_CHAIN_F32-NEXT: result 3: tensor<f32> = -inf
// EMPTY_CHAIN_F32-NEXT: result 4: tensor<4xf32> = [inf, inf, inf, inf]
// EMPTY_CHAIN_F32-NEXT: result 5: tensor<4xf32> = [0, 0, 0, 0]
// EMPTY_CHAIN_F32-NEXT: result 6: tensor<0xf32> = []
// EMPTY_CHAIN_F32-NEXT: result 7: tensor<0xf32> = []
func.func @empty_chain_f32(%a0: tensor<0xf32>, %a1: tensor<0xf32>) -> (tensor<0xf32>, tensor<0xi1>, tensor<f32>, tensor<f32>, tensor<4xf32>, tensor<4xf32>, tensor<0xf32>, tensor<0xf32>) {
  %n = numjit.neg %a0 : tensor<0xf32>
  %s = numjit.add %n, %a1 : tensor<0xf32>
  %m = numjit.max %s, %a0 : tensor<0xf32>
  %c = numjit.compare lt, %m, %a1 : tensor<0xf32>
  %r0 = numjit.select %c, %m, %a1 : tensor<0xi1>, tensor<0xf32>
  %r1 = numjit.convert %m : tensor<0xf32> -> tensor<0xi1>
  %r2 = numjit.reduce sum %m, dims = [0] : tensor<0xf32> -> tensor<f32>
  %r3 = numjit.reduce max %m, dims = [0] : tensor<0xf32> -> tensor<f32>
  %b = numjit.broadcast_in_dim %m, dims = [1] : tensor<0xf32> -> tensor<4x0xf32>
  %t = numjit.transpose %b, permutation = [1, 0] : tensor<4x0xf32> -> tensor<0x4xf32>
  %r4 = numjit.reduce min %t, dims = [0] : tensor<0x4xf32> -> tensor<4xf32>
  %r5 = numjit.dot_general %b, %a0, batch = [] x [], contract = [1] x [0] : (tensor<4x0xf32>, tensor<0xf32>) -> tensor<4xf32>
  %r6 = numjit.reshape %t : tensor<0x4xf32> -> tensor<0xf32>
  %x = numjit.exp %a0 : tensor<0xf32>
  %r7 = numjit.logistic %x : tensor<0xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<0xf32>, tensor<0xi1>, tensor<f32>, tensor<f32>, tensor<4xf32>, tensor<4xf32>, tensor<0xf32>, tensor<0xf32>
}

// RUN: numjit-run %s -e empty_chain_f64 --arg "[]" --arg "[]" | FileCheck %s --check-prefix=EMPTY_CHAIN_F64 --match-full-lines
// EMPTY_CHAIN_F64: result 0: tensor<0xf64> = []
// EMPTY_CHAIN_F64-NEXT: result 1: tensor<0xi1> = []
// EMPTY_CHAIN_F64-NEXT: result 2: tensor<f64> = 0
// EMPTY_CHAIN_F64-NEXT: result 3: tensor<f64> = -inf
// EMPTY_CHAIN_F64-NEXT: result 4: tensor<4xf64> = [inf, inf, inf, inf]
// EMPTY_CHAIN_F64-NEXT: result 5: tensor<4xf64> = [0, 0, 0, 0]
// EMPTY_CHAIN_F64-NEXT: result 6: tensor<0xf64> = []
// EMPTY_CHAIN_F64-NEXT: result 7: tensor<0xf64> = []
func.func @empty_chain_f64(%a0: tensor<0xf64>, %a1: tensor<0xf64>) -> (tensor<0xf64>, tensor<0xi1>, tensor<f64>, tensor<f64>, tensor<4xf64>, tensor<4xf64>, tensor<0xf64>, tensor<0xf64>) {
  %n = numjit.neg %a0 : tensor<0xf64>
  %s = numjit.add %n, %a1 : tensor<0xf64>
  %m = numjit.max %s, %a0 : tensor<0xf64>
  %c = numjit.compare lt, %m, %a1 : tensor<0xf64>
  %r0 = numjit.select %c, %m, %a1 : tensor<0xi1>, tensor<0xf64>
  %r1 = numjit.convert %m : tensor<0xf64> -> tensor<0xi1>
  %r2 = numjit.reduce sum %m, dims = [0] : tensor<0xf64> -> tensor<f64>
  %r3 = numjit.reduce max %m, dims = [0] : tensor<0xf64> -> tensor<f64>
  %b = numjit.broadcast_in_dim %m, dims = [1] : tensor<0xf64> -> tensor<4x0xf64>
  %t = numjit.transpose %b, permutation = [1, 0] : tensor<4x0xf64> -> tensor<0x4xf64>
  %r4 = numjit.reduce min %t, dims = [0] : tensor<0x4xf64> -> tensor<4xf64>
  %r5 = numjit.dot_general %b, %a0, batch = [] x [], contract = [1] x [0] : (tensor<4x0xf64>, tensor<0xf64>) -> tensor<4xf64>
  %r6 = numjit.reshape %t : tensor<0x4xf64> -> tensor<0xf64>
  %x = numjit.exp %a0 : tensor<0xf64>
  %r7 = numjit.logistic %x : tensor<0xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<0xf64>, tensor<0xi1>, tensor<f64>, tensor<f64>, tensor<4xf64>, tensor<4xf64>, tensor<0xf64>, tensor<0xf64>
}

// RUN: numjit-run %s -e empty_chain_i32 --arg "[]" --arg "[]" | FileCheck %s --check-prefix=EMPTY_CHAIN_I32 --match-full-lines
// EMPTY_CHAIN_I32: result 0: tensor<0xi32> = []
// EMPTY_CHAIN_I32-NEXT: result 1: tensor<0xi1> = []
// EMPTY_CHAIN_I32-NEXT: result 2: tensor<i32> = 0
// EMPTY_CHAIN_I32-NEXT: result 3: tensor<i32> = -2147483648
// EMPTY_CHAIN_I32-NEXT: result 4: tensor<4xi32> = [2147483647, 2147483647, 2147483647, 2147483647]
// EMPTY_CHAIN_I32-NEXT: result 5: tensor<4xi32> = [0, 0, 0, 0]
// EMPTY_CHAIN_I32-NEXT: result 6: tensor<0xi32> = []
// EMPTY_CHAIN_I32-NEXT: result 7: tensor<0xi32> = []
func.func @empty_chain_i32(%a0: tensor<0xi32>, %a1: tensor<0xi32>) -> (tensor<0xi32>, tensor<0xi1>, tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<0xi32>, tensor<0xi32>) {
  %n = numjit.neg %a0 : tensor<0xi32>
  %s = numjit.add %n, %a1 : tensor<0xi32>
  %m = numjit.max %s, %a0 : tensor<0xi32>
  %c = numjit.compare lt, %m, %a1 : tensor<0xi32>
  %r0 = numjit.select %c, %m, %a1 : tensor<0xi1>, tensor<0xi32>
  %r1 = numjit.convert %m : tensor<0xi32> -> tensor<0xi1>
  %r2 = numjit.reduce sum %m, dims = [0] : tensor<0xi32> -> tensor<i32>
  %r3 = numjit.reduce max %m, dims = [0] : tensor<0xi32> -> tensor<i32>
  %b = numjit.broadcast_in_dim %m, dims = [1] : tensor<0xi32> -> tensor<4x0xi32>
  %t = numjit.transpose %b, permutation = [1, 0] : tensor<4x0xi32> -> tensor<0x4xi32>
  %r4 = numjit.reduce min %t, dims = [0] : tensor<0x4xi32> -> tensor<4xi32>
  %r5 = numjit.dot_general %b, %a0, batch = [] x [], contract = [1] x [0] : (tensor<4x0xi32>, tensor<0xi32>) -> tensor<4xi32>
  %r6 = numjit.reshape %t : tensor<0x4xi32> -> tensor<0xi32>
  %x = numjit.div %a0, %a1 : tensor<0xi32>
  %r7 = numjit.rem %x, %a1 : tensor<0xi32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<0xi32>, tensor<0xi1>, tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<0xi32>, tensor<0xi32>
}

// RUN: numjit-run %s -e empty_chain_i64 --arg "[]" --arg "[]" | FileCheck %s --check-prefix=EMPTY_CHAIN_I64 --match-full-lines
// EMPTY_CHAIN_I64: result 0: tensor<0xi64> = []
// EMPTY_CHAIN_I64-NEXT: result 1: tensor<0xi1> = []
// EMPTY_CHAIN_I64-NEXT: result 2: tensor<i64> = 0
// EMPTY_CHAIN_I64-NEXT: result 3: tensor<i64> = -9223372036854775808
// EMPTY_CHAIN_I64-NEXT: result 4: tensor<4xi64> = [9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807]
// EMPTY_CHAIN_I64-NEXT: result 5: tensor<4xi64> = [0, 0, 0, 0]
// EMPTY_CHAIN_I64-NEXT: result 6: tensor<0xi64> = []
// EMPTY_CHAIN_I64-NEXT: result 7: tensor<0xi64> = []
func.func @empty_chain_i64(%a0: tensor<0xi64>, %a1: tensor<0xi64>) -> (tensor<0xi64>, tensor<0xi1>, tensor<i64>, tensor<i64>, tensor<4xi64>, tensor<4xi64>, tensor<0xi64>, tensor<0xi64>) {
  %n = numjit.neg %a0 : tensor<0xi64>
  %s = numjit.add %n, %a1 : tensor<0xi64>
  %m = numjit.max %s, %a0 : tensor<0xi64>
  %c = numjit.compare lt, %m, %a1 : tensor<0xi64>
  %r0 = numjit.select %c, %m, %a1 : tensor<0xi1>, tensor<0xi64>
  %r1 = numjit.convert %m : tensor<0xi64> -> tensor<0xi1>
  %r2 = numjit.reduce sum %m, dims = [0] : tensor<0xi64> -> tensor<i64>
  %r3 = numjit.reduce max %m, dims = [0] : tensor<0xi64> -> tensor<i64>
  %b = numjit.broadcast_in_dim %m, dims = [1] : tensor<0xi64> -> tensor<4x0xi64>
  %t = numjit.transpose %b, permutation = [1, 0] : tensor<4x0xi64> -> tensor<0x4xi64>
  %r4 = numjit.reduce min %t, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %r5 = numjit.dot_general %b, %a0, batch = [] x [], contract = [1] x [0] : (tensor<4x0xi64>, tensor<0xi64>) -> tensor<4xi64>
  %r6 = numjit.reshape %t : tensor<0x4xi64> -> tensor<0xi64>
  %x = numjit.div %a0, %a1 : tensor<0xi64>
  %r7 = numjit.rem %x, %a1 : tensor<0xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<0xi64>, tensor<0xi1>, tensor<i64>, tensor<i64>, tensor<4xi64>, tensor<4xi64>, tensor<0xi64>, tensor<0xi64>
}

// RUN: numjit-run %s -e empty_chain_i1 --arg "[]" --arg "true" | FileCheck %s --check-prefix=EMPTY_CHAIN_I1 --match-full-lines
// EMPTY_CHAIN_I1: result 0: tensor<0xi1> = []
// EMPTY_CHAIN_I1-NEXT: result 1: tensor<0xi1> = []
// EMPTY_CHAIN_I1-NEXT: result 2: tensor<3xf32> = [0, 0, 0]
func.func @empty_chain_i1(%a0: tensor<0xi1>, %a1: tensor<i1>) -> (tensor<0xi1>, tensor<0xi1>, tensor<3xf32>) {
  %c = numjit.compare ne, %a0, %a0 : tensor<0xi1>
  %b = numjit.broadcast_in_dim %a1, dims = [] : tensor<i1> -> tensor<0x3xi1>
  %t = numjit.transpose %b, permutation = [1, 0] : tensor<0x3xi1> -> tensor<3x0xi1>
  %r0 = numjit.reshape %t : tensor<3x0xi1> -> tensor<0xi1>
  %r1 = numjit.select %c, %c, %a0 : tensor<0xi1>, tensor<0xi1>
  %f = numjit.convert %t : tensor<3x0xi1> -> tensor<3x0xf32>
  %r2 = numjit.reduce sum %f, dims = [1] : tensor<3x0xf32> -> tensor<3xf32>
  return %r0, %r1, %r2 : tensor<0xi1>, tensor<0xi1>, tensor<3xf32>
}
