// RUN: numjit-opt %s --numjit-lower-to-linalg --numjit-fuse | FileCheck %s

// An elementwise chain with a broadcast becomes a single linalg.generic.
// CHECK-LABEL: func.func @chain
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT:   linalg.generic
// CHECK:       return
func.func @chain(%x: tensor<8x16xf32>, %b: tensor<16xf32>) -> tensor<8x16xf32> {
  %bb = numjit.broadcast_in_dim %b, dims = [1] : tensor<16xf32> -> tensor<8x16xf32>
  %0 = numjit.mul %x, %bb : tensor<8x16xf32>
  %1 = numjit.exp %0 : tensor<8x16xf32>
  %2 = numjit.add %1, %x : tensor<8x16xf32>
  return %2 : tensor<8x16xf32>
}

// A reduction absorbs its elementwise producers: sum(x * y) is one loop nest
// that reads x and y once and writes nothing else.
// CHECK-LABEL: func.func @dot_sum
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT:   linalg.generic
// CHECK:       arith.mulf
// CHECK:       arith.addf {{.*}} fastmath<reassoc>
func.func @dot_sum(%x: tensor<1024xf32>, %y: tensor<1024xf32>) -> tensor<f32> {
  %0 = numjit.mul %x, %y : tensor<1024xf32>
  %1 = numjit.reduce sum %0, dims = [0] : tensor<1024xf32> -> tensor<f32>
  return %1 : tensor<f32>
}

// A contraction does not absorb its operands' producers: exp(a) would be
// recomputed for every output column.
// CHECK-LABEL: func.func @no_recompute
// CHECK-COUNT-2: linalg.generic
func.func @no_recompute(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>) -> tensor<8x4xf32> {
  %0 = numjit.exp %a : tensor<8x16xf32>
  %1 = numjit.dot_general %0, %b, batch = [] x [], contract = [1] x [0] : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  return %1 : tensor<8x4xf32>
}

// An accumulating producer (a dot_general without contracted dims reads its
// output) is never fused into a consumer's loops.
// CHECK-LABEL: func.func @outer_then_add
// CHECK-COUNT-2: linalg.generic
func.func @outer_then_add(%a: tensor<3xf32>, %b: tensor<4xf32>, %c: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [] x [] : (tensor<3xf32>, tensor<4xf32>) -> tensor<3x4xf32>
  %1 = numjit.add %0, %c : tensor<3x4xf32>
  return %1 : tensor<3x4xf32>
}

// An expensive producer (exp) with two consumers is computed once: the
// first consumer, a reduction, takes it and also yields it (two results);
// the second reads that result instead of computing exp again, and writes
// its result over it (numjit-write-in-place).
// CHECK-LABEL: func.func @shared_exp
// CHECK:       %[[E:.*]]:2 = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:         math.exp
// CHECK:       linalg.generic {{.*}} ins(%[[E]]#0, %{{.*}}) outs(%[[E]]#0 :
// CHECK-NOT:     math.exp
// CHECK:         arith.divf
// CHECK-NOT:   linalg.generic
func.func @shared_exp(%x: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %0 = numjit.exp %x : tensor<8x16xf32>
  %1 = numjit.reduce sum %0, dims = [1] : tensor<8x16xf32> -> tensor<8xf32>
  %2 = numjit.reshape %1 : tensor<8xf32> -> tensor<8x1xf32>
  %3 = numjit.broadcast_in_dim %2, dims = [0, 1] : tensor<8x1xf32> -> tensor<8x16xf32>
  %4 = numjit.div %0, %3 : tensor<8x16xf32>
  return %4 : tensor<8x16xf32>
}

// An expensive producer read through a broadcast stays a loop of its own:
// fused, 1 / s would be computed 16 times per row instead of once.
// CHECK-LABEL: func.func @broadcast_reciprocal
// CHECK:       linalg.generic {{.*}} ins(%{{.*}} : tensor<8x1xf32>)
// CHECK:         arith.divf
// CHECK:       linalg.generic
// CHECK-NOT:     arith.divf
// CHECK:         arith.mulf
func.func @broadcast_reciprocal(%x: tensor<8x16xf32>, %s: tensor<8x1xf32>) -> tensor<8x16xf32> {
  %one = numjit.constant dense<1.000000e+00> : tensor<8x1xf32>
  %0 = numjit.div %one, %s : tensor<8x1xf32>
  %1 = numjit.broadcast_in_dim %0, dims = [0, 1] : tensor<8x1xf32> -> tensor<8x16xf32>
  %2 = numjit.mul %x, %1 : tensor<8x16xf32>
  return %2 : tensor<8x16xf32>
}

// A cheap producer with two consumers is recomputed in each (cheaper than
// a pass over memory), and nothing is written over an argument: the
// consumers' inputs are arguments, so their outputs are new tensors.
// CHECK-LABEL: func.func @shared_cheap
// CHECK:       linalg.generic {{.*}} outs(%{{.*}} : tensor<8xf32>)
// CHECK:         arith.mulf
// CHECK:         arith.addf
// CHECK:       linalg.generic {{.*}} outs(%{{.*}} : tensor<8xf32>)
// CHECK:         arith.mulf
// CHECK:         arith.subf
// CHECK-NOT:   outs(%arg
func.func @shared_cheap(%x: tensor<8xf32>, %y: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %0 = numjit.mul %x, %y : tensor<8xf32>
  %1 = numjit.add %0, %x : tensor<8xf32>
  %2 = numjit.sub %0, %y : tensor<8xf32>
  return %1, %2 : tensor<8xf32>, tensor<8xf32>
}

// Row logsumexp (as the frontend traces it) makes two passes over x: the
// row max, and the row sum of exp(x - max) with the subtraction inside it;
// everything else works on 8x1 row values.
// CHECK-LABEL: func.func @logsumexp_rows
// CHECK-COUNT-2: linalg.generic {{.*}} ins(%arg0
// CHECK-NOT:   ins(%arg0
// CHECK:       return
func.func @logsumexp_rows(%arg0: tensor<8x16xf32>) -> tensor<8xf32> {
  %0 = numjit.constant dense<0.000000e+00> : tensor<8x1xf32>
  %1 = numjit.constant dense<0x7F800000> : tensor<8x1xf32>
  %2 = numjit.reduce max %arg0, dims = [1] : tensor<8x16xf32> -> tensor<8xf32>
  %3 = numjit.reshape %2 : tensor<8xf32> -> tensor<8x1xf32>
  %4 = numjit.abs %3 : tensor<8x1xf32>
  %5 = numjit.compare lt, %4, %1 : tensor<8x1xf32>
  %6 = numjit.select %5, %3, %0 : tensor<8x1xi1>, tensor<8x1xf32>
  %7 = numjit.broadcast_in_dim %6, dims = [0, 1] : tensor<8x1xf32> -> tensor<8x16xf32>
  %8 = numjit.sub %arg0, %7 : tensor<8x16xf32>
  %9 = numjit.exp %8 : tensor<8x16xf32>
  %10 = numjit.reduce sum %9, dims = [1] : tensor<8x16xf32> -> tensor<8xf32>
  %11 = numjit.reshape %10 : tensor<8xf32> -> tensor<8x1xf32>
  %12 = numjit.log %11 : tensor<8x1xf32>
  %13 = numjit.add %12, %6 : tensor<8x1xf32>
  %14 = numjit.reshape %13 : tensor<8x1xf32> -> tensor<8xf32>
  return %14 : tensor<8xf32>
}

// An expensive producer used in both branches of a cond stays before the
// scf.if: fused into one branch, the other could not see its value.
// CHECK-LABEL: func.func @expensive_producer_of_both_branches
// CHECK:       math.log
// CHECK:       scf.if
// CHECK-NOT:   math.log
// CHECK:       arith.addf
// CHECK:       } else {
// CHECK-NOT:   math.log
// CHECK:       arith.mulf
func.func @expensive_producer_of_both_branches(%x: tensor<f32>, %p: tensor<i1>) -> tensor<f32> {
  %l = numjit.log %x : tensor<f32>
  %r = numjit.cond %p(%l, %x) : (tensor<f32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = numjit.add %a, %b : tensor<f32>
    numjit.yield %s : tensor<f32>
  } else {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %m = numjit.mul %a, %b : tensor<f32>
    numjit.yield %m : tensor<f32>
  }
  return %r : tensor<f32>
}

// Recomputing cheap producers in each consumer has a bound: in a chain
// where each value feeds the next two (v[k+1] = min(v[k-1], v[k])), full
// recomputation would unfold the DAG into a tree of Fibonacci size (about
// 2^20 mins for this chain, and the pass never finished; the frontend
// fuzzer found a 14-link one). With recomputation bounded (64 payload ops
// per consumer), upstream's fusion keeps each value once, as an extra
// result of the op it fused into: the chain becomes one loop of 30 mins.
// CHECK-LABEL: func.func @fibonacci_chain
// CHECK:       linalg.generic
// CHECK-COUNT-30: arith.minimumf
// CHECK-NOT:   arith.minimumf
// CHECK-NOT:   linalg.generic
// CHECK:       return
func.func @fibonacci_chain(%a: tensor<2x2xf64>, %b: tensor<2x2xf64>) -> tensor<2x2xf64> {
  %v0 = numjit.min %a, %b : tensor<2x2xf64>
  %v1 = numjit.min %b, %v0 : tensor<2x2xf64>
  %v2 = numjit.min %v0, %v1 : tensor<2x2xf64>
  %v3 = numjit.min %v1, %v2 : tensor<2x2xf64>
  %v4 = numjit.min %v2, %v3 : tensor<2x2xf64>
  %v5 = numjit.min %v3, %v4 : tensor<2x2xf64>
  %v6 = numjit.min %v4, %v5 : tensor<2x2xf64>
  %v7 = numjit.min %v5, %v6 : tensor<2x2xf64>
  %v8 = numjit.min %v6, %v7 : tensor<2x2xf64>
  %v9 = numjit.min %v7, %v8 : tensor<2x2xf64>
  %v10 = numjit.min %v8, %v9 : tensor<2x2xf64>
  %v11 = numjit.min %v9, %v10 : tensor<2x2xf64>
  %v12 = numjit.min %v10, %v11 : tensor<2x2xf64>
  %v13 = numjit.min %v11, %v12 : tensor<2x2xf64>
  %v14 = numjit.min %v12, %v13 : tensor<2x2xf64>
  %v15 = numjit.min %v13, %v14 : tensor<2x2xf64>
  %v16 = numjit.min %v14, %v15 : tensor<2x2xf64>
  %v17 = numjit.min %v15, %v16 : tensor<2x2xf64>
  %v18 = numjit.min %v16, %v17 : tensor<2x2xf64>
  %v19 = numjit.min %v17, %v18 : tensor<2x2xf64>
  %v20 = numjit.min %v18, %v19 : tensor<2x2xf64>
  %v21 = numjit.min %v19, %v20 : tensor<2x2xf64>
  %v22 = numjit.min %v20, %v21 : tensor<2x2xf64>
  %v23 = numjit.min %v21, %v22 : tensor<2x2xf64>
  %v24 = numjit.min %v22, %v23 : tensor<2x2xf64>
  %v25 = numjit.min %v23, %v24 : tensor<2x2xf64>
  %v26 = numjit.min %v24, %v25 : tensor<2x2xf64>
  %v27 = numjit.min %v25, %v26 : tensor<2x2xf64>
  %v28 = numjit.min %v26, %v27 : tensor<2x2xf64>
  %v29 = numjit.min %v27, %v28 : tensor<2x2xf64>
  return %v29 : tensor<2x2xf64>
}

// An expensive value that a gather also reads at arbitrary positions is
// needed whole before its consumer runs: once the gather is fused into the
// consumer, the division must stay a loop of its own. (Fusing it anyway
// made the gather read the fused op's own result; found by the frontend
// fuzzer, corpus regression-fusion-gather-reads-own-result.)
// CHECK-LABEL: func.func @gathered_expensive
// CHECK:       %[[D:.*]] = linalg.generic
// CHECK:         arith.divf
// CHECK:       linalg.generic {{.*}} ins(%[[D]], %{{.*}} :
// CHECK:         tensor.extract %[[D]][
// CHECK-NOT:     arith.divf
func.func @gathered_expensive(%x: tensor<4x3xf64>, %i: tensor<4x1xi32>) -> tensor<4x3xf64> {
  %d = numjit.div %x, %x : tensor<4x3xf64>
  %g = numjit.gather %d[%i], axis = 1, batch_dims = 1 : (tensor<4x3xf64>, tensor<4x1xi32>) -> tensor<4x1xf64>
  %gb = numjit.broadcast_in_dim %g, dims = [0, 1] : tensor<4x1xf64> -> tensor<4x3xf64>
  %s = numjit.add %d, %gb : tensor<4x3xf64>
  return %s : tensor<4x3xf64>
}
