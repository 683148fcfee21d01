// The elementwise and reduction workloads of bench/ (W1-W4), as the
// frontend traces them, through fusion and down to loops. Each must become
// one pass over memory: one fused linalg op (W1, W2), a reduction that
// absorbed its producer (W3), and for the row softmax (W4) row passes that
// run chunk by chunk inside one parallel loop, so the input is read from
// memory once, the output written once, and the rows re-read from cache.
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse | FileCheck %s --check-prefix=FUSED
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize --numjit-lower-to-loops | FileCheck %s --check-prefix=LOOPS

// W1: z = 2x + 3y - xy, N = 2^24: one elementwise op reading x and y once.
// FUSED-LABEL: func.func @w1
// FUSED-COUNT-1: linalg.generic
// FUSED-NOT:   linalg.generic
// FUSED:       return
// LOOPS-LABEL: func.func @w1
// LOOPS:       scf.parallel
// LOOPS:         scf.for
// LOOPS-COUNT-2:   memref.load
// LOOPS-NOT:       memref.load
// LOOPS:           memref.store
// LOOPS-NOT:   scf.for
// LOOPS:       return
func.func @w1(%arg0: tensor<16777216xf32>, %arg1: tensor<16777216xf32>) -> tensor<16777216xf32> {
  %0 = numjit.mul %arg0, %arg1 : tensor<16777216xf32>
  %1 = numjit.constant dense<3.000000e+00> : tensor<16777216xf32>
  %2 = numjit.mul %1, %arg1 : tensor<16777216xf32>
  %3 = numjit.constant dense<2.000000e+00> : tensor<16777216xf32>
  %4 = numjit.mul %3, %arg0 : tensor<16777216xf32>
  %5 = numjit.add %4, %2 : tensor<16777216xf32>
  %6 = numjit.sub %5, %0 : tensor<16777216xf32>
  return %6 : tensor<16777216xf32>
}

// -----

// W2: GELU (tanh form): one elementwise op; tanh stays inside it and
// becomes a polynomial (no libm call in the loop).
// FUSED-LABEL: func.func @w2
// FUSED-COUNT-1: linalg.generic
// FUSED:         math.tanh
// FUSED-NOT:   linalg.generic
// FUSED:       return
// LOOPS-LABEL: func.func @w2
// LOOPS:       scf.parallel
// LOOPS:         scf.for
// LOOPS-COUNT-1:   memref.load
// LOOPS-NOT:       math.tanh
// LOOPS:           memref.store
// LOOPS-NOT:   scf.for
// LOOPS:       return
func.func @w2(%arg0: tensor<16777216xf32>) -> tensor<16777216xf32> {
  %0 = numjit.constant dense<4.471500e-02> : tensor<16777216xf32>
  %1 = numjit.mul %0, %arg0 : tensor<16777216xf32>
  %2 = numjit.mul %1, %arg0 : tensor<16777216xf32>
  %3 = numjit.mul %2, %arg0 : tensor<16777216xf32>
  %4 = numjit.add %arg0, %3 : tensor<16777216xf32>
  %5 = numjit.constant dense<0.797884583> : tensor<16777216xf32>
  %6 = numjit.mul %5, %4 : tensor<16777216xf32>
  %7 = numjit.tanh %6 : tensor<16777216xf32>
  %8 = numjit.constant dense<1.000000e+00> : tensor<16777216xf32>
  %9 = numjit.add %8, %7 : tensor<16777216xf32>
  %10 = numjit.constant dense<5.000000e-01> : tensor<16777216xf32>
  %11 = numjit.mul %10, %arg0 : tensor<16777216xf32>
  %12 = numjit.mul %11, %9 : tensor<16777216xf32>
  return %12 : tensor<16777216xf32>
}

// -----

// W3: sum(x*y): the product is computed inside the reduction (never
// stored); the reduction is split into 64 partial sums over contiguous parts
// of x and y (run in parallel) and a sum of those 64.
// FUSED-LABEL: func.func @w3
// FUSED:       tensor.expand_shape %arg0 {{.*}} into tensor<64x262144xf32>
// FUSED:       tensor.expand_shape %arg1 {{.*}} into tensor<64x262144xf32>
// FUSED:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// FUSED:         arith.mulf
// FUSED:         arith.addf
// FUSED:       linalg.generic {{.*}} iterator_types = ["reduction"]
// FUSED-NOT:   linalg.generic
// FUSED:       return
// LOOPS-LABEL: func.func @w3
// LOOPS:       scf.parallel
// LOOPS:         scf.for
// LOOPS-COUNT-2:   memref.load
// LOOPS:           arith.mulf
// LOOPS:       scf.for {{.*}} to %c64
// LOOPS:       return
func.func @w3(%arg0: tensor<16777216xf32>, %arg1: tensor<16777216xf32>) -> tensor<f32> {
  %0 = numjit.mul %arg0, %arg1 : tensor<16777216xf32>
  %1 = numjit.reduce sum %0, dims = [0] : tensor<16777216xf32> -> tensor<f32>
  return %1 : tensor<f32>
}

// -----

// W4: row softmax. Fused: the row max; one op that computes
// e = exp(x - max) once, writes it and sums it (two results); 1 / sum per
// row; e * (1 / sum) written over e. No other exp, no 4096x1024 temporary.
// Loops: all of them, with the fills of the row vectors, run per chunk of
// two rows inside one parallel loop, so the rows stay in L1 between passes.
// FUSED-LABEL: func.func @w4
// FUSED:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// FUSED:         arith.maximumf
// FUSED:       %[[E:.*]]:2 = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// FUSED:         math.exp
// FUSED:         linalg.yield %{{.*}}, %{{.*}} : f32, f32
// FUSED:       linalg.generic {{.*}} ins(%{{.*}} : tensor<4096x1xf32>)
// FUSED:         arith.divf
// FUSED:       linalg.generic {{.*}} ins(%[[E]]#0, %{{.*}}) outs(%[[E]]#0 : tensor<4096x1024xf32>)
// FUSED-NOT:     math.exp
// FUSED:         arith.mulf
// FUSED-NOT:   linalg.generic
// FUSED-NOT:   tensor<4096x1024xf32> = tensor.empty
// LOOPS-LABEL: func.func @w4
// LOOPS-NOT:   memref.alloc() {{.*}} memref<4096x1024xf32>
// LOOPS:       scf.parallel {{.*}} to (%c2048)
// LOOPS:         arith.maximumf
// LOOPS:         arith.addf {{.*}} fastmath<reassoc>
// LOOPS:         arith.divf
// LOOPS:         arith.mulf
// LOOPS:         scf.reduce
// LOOPS-NOT:   scf.for
// LOOPS:       return
func.func @w4(%arg0: tensor<4096x1024xf32>) -> tensor<4096x1024xf32> {
  %0 = numjit.constant dense<1.000000e+00> : tensor<4096x1xf32>
  %1 = numjit.reduce max %arg0, dims = [1] : tensor<4096x1024xf32> -> tensor<4096xf32>
  %2 = numjit.reshape %1 : tensor<4096xf32> -> tensor<4096x1xf32>
  %3 = numjit.broadcast_in_dim %2, dims = [0, 1] : tensor<4096x1xf32> -> tensor<4096x1024xf32>
  %4 = numjit.sub %arg0, %3 : tensor<4096x1024xf32>
  %5 = numjit.exp %4 : tensor<4096x1024xf32>
  %6 = numjit.reduce sum %5, dims = [1] : tensor<4096x1024xf32> -> tensor<4096xf32>
  %7 = numjit.reshape %6 : tensor<4096xf32> -> tensor<4096x1xf32>
  %8 = numjit.div %0, %7 : tensor<4096x1xf32>
  %9 = numjit.broadcast_in_dim %8, dims = [0, 1] : tensor<4096x1xf32> -> tensor<4096x1024xf32>
  %10 = numjit.mul %5, %9 : tensor<4096x1024xf32>
  return %10 : tensor<4096x1024xf32>
}
