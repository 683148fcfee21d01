// On the GPU a large product calls cuBLAS through numjit_cublas_sgemm (the
// CBLAS arguments on device buffers), which returns nonzero when cuBLAS
// cannot run it; the loops, zero fill included, then run instead.
// RUN: numjit-opt %s --numjit-lower-to-linalg --numjit-gpu-fuse --numjit-bufferize '--numjit-gemm-to-blas=library=cublas' --canonicalize | FileCheck %s
// RUN: not numjit-opt %s --numjit-lower-to-linalg --numjit-bufferize '--numjit-gemm-to-blas=library=mkl' 2>&1 | FileCheck %s --check-prefix=BAD

// CHECK-LABEL: func.func @plain
// CHECK-SAME:  (%[[A:.*]]: memref<64x32xf32>, %[[B:.*]]: memref<32x48xf32>, %[[C:.*]]: memref<64x48xf32>)
// CHECK-DAG:   %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG:   %[[OK:.*]] = arith.constant 0 : i32
// CHECK:       %[[STATUS:.*]] = call @numjit_cublas_sgemm(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[ZERO]], %{{.*}}, %{{.*}}) : (i32, i32, i32, i32, i32, i32, f32, !llvm.ptr, i32, !llvm.ptr, i32, f32, !llvm.ptr, i32) -> i32
// CHECK:       %[[FAILED:.*]] = arith.cmpi ne, %[[STATUS]], %[[OK]]
// CHECK:       scf.if %[[FAILED]] {
// CHECK:         linalg.fill ins(%[[ZERO]] : f32) outs(%[[C]]
// CHECK:         linalg.generic
// CHECK-SAME:      ins(%[[A]], %[[B]]
// CHECK:       }
// CHECK:       func.func private @numjit_cublas_sgemm
// BAD: numjit-gemm-to-blas: unknown library 'mkl' (cblas or cublas)
func.func @plain(%a: tensor<64x32xf32>, %b: tensor<32x48xf32>) -> tensor<64x48xf32> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<64x32xf32>, tensor<32x48xf32>) -> tensor<64x48xf32>
  return %0 : tensor<64x48xf32>
}
