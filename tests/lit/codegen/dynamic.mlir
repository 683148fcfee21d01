// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg | FileCheck %s --check-prefix=LINALG
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize | FileCheck %s --check-prefix=BUF
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize --numjit-parallelize-outer-loop | FileCheck %s --check-prefix=PAR
// RUN: numjit-opt %s --split-input-file --numjit-lower-to-linalg --numjit-fuse --numjit-bufferize --numjit-gemm-to-blas --canonicalize | FileCheck %s --check-prefix=BLAS

// A dynamic size runs through the pipeline: linalg results take their size
// from the operands (tensor.empty of a tensor.dim); bufferization writes the
// result into the out parameter itself (no allocation, no copy); the rows
// of a softmax still share one parallel loop, now chosen when the kernel
// runs (scf.if on the work) with the ops kept serial in the else branch,
// in chunks of 2 rows as for a static size (the inner loops are static).
// LINALG-LABEL: func.func @softmax_rows
// LINALG:       %[[N:.*]] = tensor.dim %{{.*}}, %{{.*}} : tensor<?x1024xf32>
// LINALG:       tensor.empty(%[[N]]) : tensor<?xf32>
// BUF-LABEL:    func.func @softmax_rows
// BUF-SAME:     (%[[X:.*]]: memref<?x1024xf32> {numjit.dims = ["n"]}, %[[OUT:.*]]: memref<?x1024xf32> {numjit.dims = ["n"]})
// BUF-SAME:     numjit.signature = {inputs = [{element = f32, shape = array<i64: -1, 1024>}], outputs = [{element = f32, shape = array<i64: -1, 1024>}], symbols = ["n"]}
// BUF-NOT:      memref.alloc({{.*}}) {{.*}} : memref<?x1024xf32>
// BUF-NOT:      memref.copy
// BUF:          outs(%[[OUT]], %{{.*}} : memref<?x1024xf32>, memref<?xf32>)
// BUF:          return
// PAR-LABEL:    func.func @softmax_rows
// PAR:          %[[WORK:.*]] = arith.cmpi sge, %{{.*}}, %c65536
// PAR:          scf.if %[[WORK]] {
// PAR:            %[[CHUNKS:.*]] = arith.ceildivsi %{{.*}}, %c2
// PAR:            scf.parallel (%{{.*}}) = (%{{.*}}) to (%[[CHUNKS]])
// PAR-COUNT-2:      linalg.fill
// PAR-NOT:        scf.parallel
// PAR:          } else {
// PAR:            linalg.fill
// PAR-NOT:      scf.parallel
// PAR:          return
func.func @softmax_rows(%x: tensor<?x1024xf32> {numjit.dims = ["n"]}) -> (tensor<?x1024xf32> {numjit.dims = ["n"]}) {
  %m = numjit.reduce max %x, dims = [1] : tensor<?x1024xf32> -> tensor<?xf32>
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x1024xf32>
  %mb = numjit.broadcast_in_dim %m, dims = [0], sizes = [%n] : tensor<?xf32> -> tensor<?x1024xf32>
  %d = numjit.sub %x, %mb : tensor<?x1024xf32>
  %e = numjit.exp %d : tensor<?x1024xf32>
  %s = numjit.reduce sum %e, dims = [1] : tensor<?x1024xf32> -> tensor<?xf32>
  %sb = numjit.broadcast_in_dim %s, dims = [0], sizes = [%n] : tensor<?xf32> -> tensor<?x1024xf32>
  %r = numjit.div %e, %sb : tensor<?x1024xf32>
  return %r : tensor<?x1024xf32>
}

// -----

// A matrix product with a dynamic size calls BLAS (cblas_sgemm
// of OpenBLAS) when m * n * k is large enough, and keeps the
// loops for small calls.
// BLAS-LABEL: func.func @matmul_rows
// BLAS:       %[[M:.*]] = arith.index_cast %{{.*}} : index to i64
// BLAS:       %[[WORK:.*]] = arith.muli %[[M]], %c2048_i64
// BLAS:       arith.cmpi sge, %[[WORK]], %c32768_i64
// BLAS:       scf.if
// BLAS:         func.call @cblas_sgemm(%c101_i32, %c111_i32, %c111_i32, %{{.*}}, %c32_i32, %c64_i32,
// BLAS:       } else {
// BLAS-NEXT:    linalg.fill
// BLAS-NEXT:    linalg.generic
// BLAS:       func.func private @cblas_sgemm(i32, i32, i32, i32, i32, i32, f32, !llvm.ptr, i32, !llvm.ptr, i32, f32, !llvm.ptr, i32)
func.func @matmul_rows(%a: tensor<?x64xf32> {numjit.dims = ["n"]}, %b: tensor<64x32xf32>) -> (tensor<?x32xf32> {numjit.dims = ["n"]}) {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<?x64xf32>, tensor<64x32xf32>) -> tensor<?x32xf32>
  return %0 : tensor<?x32xf32>
}

// -----

// A full reduction over a dynamic size: when the size is large, 64 partial
// sums of contiguous parts run in parallel into slots that a last reduction
// combines with the payload's own combiner (addf); else the loop as it was.
// PAR-LABEL: func.func @dot
// PAR:       linalg.fill
// PAR:       %[[N:.*]] = memref.dim %{{.*}}, %c0
// PAR:       %[[LARGE:.*]] = arith.cmpi sge, %[[N]], %c65536
// PAR:       scf.if %[[LARGE]] {
// PAR:         %[[SLOTS:.*]] = memref.alloca() : memref<64xf32>
// PAR:         arith.ceildivsi %[[N]], %c64
// PAR:         scf.parallel (%{{.*}}) = (%{{.*}}) to (%c64{{.*}}) step
// PAR:           %[[SLOT:.*]] = memref.subview %[[SLOTS]][%{{.*}}] [1] [1] : memref<64xf32> to memref<f32, strided<[], offset: ?>>
// PAR:           linalg.fill ins(%{{.*}} : f32) outs(%[[SLOT]]
// PAR:           linalg.generic {{.*}} outs(%[[SLOT]]
// PAR:         linalg.generic {{.*}} ins(%[[SLOTS]] : memref<64xf32>)
// PAR:           arith.addf %{{.*}}, %{{.*}} fastmath<reassoc>
// PAR:       } else {
// PAR:         linalg.generic {{.*}}iterator_types = ["reduction"]
func.func @dot(%x: tensor<?xf32> {numjit.dims = ["n"]}, %y: tensor<?xf32> {numjit.dims = ["n"]}) -> tensor<f32> {
  %0 = numjit.mul %x, %y : tensor<?xf32>
  %1 = numjit.reduce sum %0, dims = [0] : tensor<?xf32> -> tensor<f32>
  return %1 : tensor<f32>
}
