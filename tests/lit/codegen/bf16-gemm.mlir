// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-narrow-gemm-operands --canonicalize | FileCheck %s --check-prefix=NARROW
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-narrow-gemm-operands --canonicalize --numjit-bufferize --numjit-gemm-to-blas=bf16=true --canonicalize | FileCheck %s
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-narrow-gemm-operands --canonicalize --numjit-bufferize --numjit-gemm-to-blas --canonicalize | FileCheck %s --check-prefix=LOOPS

// The product of two widened bf16 matrices reads the bf16 ones (the
// widening moves into its body, the f32 copies go) and calls numjit_sbgemm,
// whose A and B are bf16 (2-byte elements) and C f32.
// NARROW-LABEL: func.func @widened
// NARROW-NOT:   tensor<64x32xf32>
// NARROW:       linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<64x32xbf16>, tensor<32x48xbf16>) {{.*}}numjit.blas
// NARROW:         arith.extf %{{.*}} : bf16 to f32
// NARROW:         arith.extf %{{.*}} : bf16 to f32
// CHECK-LABEL: func.func @widened
// CHECK-SAME:  (%[[A:.*]]: memref<64x32xbf16>, %[[B:.*]]: memref<32x48xbf16>, %[[C:.*]]: memref<64x48xbf16>)
// CHECK:       call @numjit_sbgemm(
// CHECK-SAME:  !llvm.ptr, i32, !llvm.ptr, i32, f32, !llvm.ptr, i32)
// CHECK:       arith.truncf %{{.*}} : f32 to bf16
// CHECK:       func.func private @numjit_sbgemm
// Without bf16=true (AOT objects) the product stays loops.
// LOOPS-LABEL: func.func @widened
// LOOPS-NOT:   call @numjit_sbgemm
// LOOPS-NOT:   call @cblas_sgemm
func.func @widened(%a: tensor<64x32xbf16>, %b: tensor<32x48xbf16>) -> tensor<64x48xbf16> {
  %0 = numjit.convert %a : tensor<64x32xbf16> -> tensor<64x32xf32>
  %1 = numjit.convert %b : tensor<32x48xbf16> -> tensor<32x48xf32>
  %2 = numjit.dot_general %0, %1, batch = [] x [], contract = [1] x [0] : (tensor<64x32xf32>, tensor<32x48xf32>) -> tensor<64x48xf32>
  %3 = numjit.convert %2 : tensor<64x48xf32> -> tensor<64x48xbf16>
  return %3 : tensor<64x48xbf16>
}

// -----

// One operand in f32 already: both must be bf16 for the bf16 routine, so
// nothing is narrowed and cblas_sgemm multiplies.
// NARROW-LABEL: func.func @mixed
// NARROW:       ins(%{{.*}}, %{{.*}} : tensor<64x32xf32>, tensor<32x48xf32>)
// CHECK-LABEL: func.func @mixed
// CHECK:       call @cblas_sgemm(
// LOOPS-LABEL: func.func @mixed
func.func @mixed(%a: tensor<64x32xbf16>, %b: tensor<32x48xf32>) -> tensor<64x48xf32> {
  %0 = numjit.convert %a : tensor<64x32xbf16> -> tensor<64x32xf32>
  %1 = numjit.dot_general %0, %b, batch = [] x [], contract = [1] x [0] : (tensor<64x32xf32>, tensor<32x48xf32>) -> tensor<64x48xf32>
  return %1 : tensor<64x48xf32>
}
