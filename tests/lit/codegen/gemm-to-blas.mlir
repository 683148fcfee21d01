// RUN: numjit-opt %s --split-input-file --convert-numjit-to-linalg | FileCheck %s --check-prefix=MARK
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize --numjit-gemm-to-blas --canonicalize | FileCheck %s

// A 2-D f32 product of at least 32^3 multiply-adds is marked for BLAS; the
// zero fill of its output folds into the call (beta 0: overwrite).
// MARK-LABEL: func.func @plain
// MARK:       linalg.generic {{.*}} attrs = {numjit.blas}
// CHECK-LABEL: func.func @plain
// CHECK-SAME:  (%[[A:.*]]: memref<64x32xf32>, %[[B:.*]]: memref<32x48xf32>, %[[C:.*]]: memref<64x48xf32>)
// CHECK-NOT:   linalg.fill
// CHECK-DAG:   %[[M:.*]] = arith.constant 64 : i32
// CHECK-DAG:   %[[N:.*]] = arith.constant 48 : i32
// CHECK-DAG:   %[[K:.*]] = arith.constant 32 : i32
// CHECK-DAG:   %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG:   %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG:   %[[NOTRANS:.*]] = arith.constant 111 : i32
// CHECK-DAG:   %[[ROWMAJOR:.*]] = arith.constant 101 : i32
// CHECK:       memref.extract_aligned_pointer_as_index %[[A]]
// CHECK:       memref.extract_aligned_pointer_as_index %[[B]]
// CHECK:       memref.extract_aligned_pointer_as_index %[[C]]
// CHECK:       %[[PA:.*]] = llvm.inttoptr
// CHECK:       %[[PB:.*]] = llvm.inttoptr
// CHECK:       %[[PC:.*]] = llvm.inttoptr
// order, transA, transB, m, n, k, alpha, A, lda, B, ldb, beta, C, ldc:
// CHECK:       call @cblas_sgemm(%[[ROWMAJOR]], %[[NOTRANS]], %[[NOTRANS]], %[[M]], %[[N]], %[[K]], %[[ONE]], %[[PA]], %[[K]], %[[PB]], %[[N]], %[[ZERO]], %[[PC]], %[[N]])
// CHECK-NOT:   linalg.generic
// CHECK:       func.func private @cblas_sgemm
func.func @plain(%a: tensor<64x32xf32>, %b: tensor<32x48xf32>) -> tensor<64x48xf32> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<64x32xf32>, tensor<32x48xf32>) -> tensor<64x48xf32>
  return %0 : tensor<64x48xf32>
}

// -----

// Contracting the first dim of the lhs and the last of the rhs (A^T B^T):
// both transpose flags are set (112); f64 goes to dgemm.
// CHECK-LABEL: func.func @transposed
// CHECK-DAG:   %[[M:.*]] = arith.constant 64 : i32
// CHECK-DAG:   %[[N:.*]] = arith.constant 48 : i32
// CHECK-DAG:   %[[K:.*]] = arith.constant 32 : i32
// CHECK-DAG:   %[[T:.*]] = arith.constant 112 : i32
// CHECK:       call @cblas_dgemm(%{{.*}}, %[[T]], %[[T]], %[[M]], %[[N]], %[[K]], %{{.*}}, %{{.*}}, %[[M]], %{{.*}}, %[[K]], %{{.*}}, %{{.*}}, %[[N]])
func.func @transposed(%a: tensor<32x64xf64>, %b: tensor<48x32xf64>) -> tensor<64x48xf64> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [0] x [1] : (tensor<32x64xf64>, tensor<48x32xf64>) -> tensor<64x48xf64>
  return %0 : tensor<64x48xf64>
}

// -----

// Below the threshold, batched, and integer products stay loops.
// MARK-LABEL: func.func @stays_loops
// MARK-NOT:   numjit.blas
// CHECK-LABEL: func.func @stays_loops
// CHECK-NOT:   call
// CHECK-COUNT-3: linalg.generic
func.func @stays_loops(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>, %c: tensor<4x64x32xf32>, %d: tensor<4x32x48xf32>, %e: tensor<64x32xi32>, %f: tensor<32x48xi32>) -> (tensor<16x16xf32>, tensor<4x64x48xf32>, tensor<64x48xi32>) {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %1 = numjit.dot_general %c, %d, batch = [0] x [0], contract = [2] x [1] : (tensor<4x64x32xf32>, tensor<4x32x48xf32>) -> tensor<4x64x48xf32>
  %2 = numjit.dot_general %e, %f, batch = [] x [], contract = [1] x [0] : (tensor<64x32xi32>, tensor<32x48xi32>) -> tensor<64x48xi32>
  return %0, %1, %2 : tensor<16x16xf32>, tensor<4x64x48xf32>, tensor<64x48xi32>
}

// -----

// A marked product whose operand rows are not contiguous (a strided view)
// loses the mark and stays a loop nest.
// MARK-LABEL: func.func @strided
// CHECK-LABEL: func.func @strided
// CHECK-NOT:   call
// CHECK:       linalg.generic
// CHECK-NOT:   numjit.blas
#mk = affine_map<(d0, d1, d2) -> (d0, d2)>
#kn = affine_map<(d0, d1, d2) -> (d2, d1)>
#mn = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @strided(%a: memref<64x32xf32, strided<[64, 2]>>, %b: memref<32x48xf32>, %c: memref<64x48xf32>) {
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<64x32xf32, strided<[64, 2]>>, memref<32x48xf32>) outs(%c : memref<64x48xf32>)
      attrs = {numjit.blas} {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
