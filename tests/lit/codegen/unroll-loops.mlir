// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse | FileCheck %s
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize | FileCheck %s --check-prefix=BUF

// A loop of elementwise steps does four steps per pass over its carry: the
// unrolled steps fuse into one generic of four multiplies, which writes
// over the carry (numjit-write-in-place), and the two steps left of 10 run
// in a second loop.
// CHECK-LABEL: func.func @steps
// CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
// CHECK-DAG:     %[[C8:.*]] = arith.constant 8 : index
// CHECK:         %[[M:.*]] = scf.for %{{.*}} = %{{.*}} to %[[C8]] step %[[C4]] iter_args(%[[X:.*]] = %arg0)
// CHECK:           %[[G:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<64xf32>) outs(%[[X]] : tensor<64xf32>)
// CHECK-COUNT-4:     arith.mulf
// CHECK-NOT:         arith.mulf
// CHECK:           scf.yield %[[G]]
// CHECK:         scf.for %{{.*}} = %[[C8]] to {{.*}} iter_args(%{{.*}} = %[[M]])
// CHECK:           arith.mulf
// CHECK-NOT:       arith.mulf
// CHECK:           scf.yield
//
// Once on buffers the carry is updated in place, in the result's buffer
// after one copy of the argument (the caller's buffer is not writable): no
// allocation at all (numjit-forward-result-copies).
// BUF-LABEL: func.func @steps(%arg0: memref<64xf32>, %arg1: memref<64xf32>)
// BUF-NOT:     memref.alloc
// BUF:         memref.copy %arg0, %arg1
// BUF-NEXT:    scf.for
// BUF-NOT:       memref.alloc
// BUF:           linalg.generic {{.*}} ins(%arg1 : memref<64xf32>) outs(%arg1 : memref<64xf32>)
// BUF:         scf.for
// BUF-NOT:       memref.alloc
// BUF:           linalg.generic {{.*}} ins(%arg1 : memref<64xf32>) outs(%arg1 : memref<64xf32>)
// BUF-NOT:     memref.copy
// BUF:         return
func.func @steps(%x: tensor<64xf32>) -> tensor<64xf32> {
  %r = numjit.scan length = 10 carry(%x) over() : (tensor<64xf32>) -> tensor<64xf32> {
  ^bb0(%c: tensor<64xf32>):
    %k = numjit.constant dense<9.990000e-01> : tensor<64xf32>
    %m = numjit.mul %c, %k : tensor<64xf32>
    numjit.yield %m : tensor<64xf32>
  }
  return %r : tensor<64xf32>
}

// -----

// Fewer steps than the factor: left alone.
// CHECK-LABEL: func.func @short
// CHECK:         scf.for
// CHECK-COUNT-1:   arith.mulf
// CHECK-NOT:       arith.mulf
// CHECK-NOT:     scf.for
func.func @short(%x: tensor<64xf32>) -> tensor<64xf32> {
  %r = numjit.scan length = 3 carry(%x) over() : (tensor<64xf32>) -> tensor<64xf32> {
  ^bb0(%c: tensor<64xf32>):
    %m = numjit.mul %c, %c : tensor<64xf32>
    numjit.yield %m : tensor<64xf32>
  }
  return %r : tensor<64xf32>
}

// -----

// A scan over inputs slices them each step: left alone.
// CHECK-LABEL: func.func @sliced
// CHECK:         scf.for
// CHECK:           tensor.extract_slice
// CHECK-COUNT-1:   arith.addf
// CHECK-NOT:       arith.addf
// CHECK-NOT:     scf.for
func.func @sliced(%c0: tensor<2xf32>, %xs: tensor<8x2xf32>) -> tensor<2xf32> {
  %r = numjit.scan length = 8 carry(%c0) over(%xs) : (tensor<2xf32>, tensor<8x2xf32>) -> tensor<2xf32> {
  ^bb0(%c: tensor<2xf32>, %x: tensor<2xf32>):
    %n = numjit.add %c, %x : tensor<2xf32>
    numjit.yield %n : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}
