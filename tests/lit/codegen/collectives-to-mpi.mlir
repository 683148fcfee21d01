// RUN: numjit-opt %s --numjit-bufferize --numjit-collectives-to-mpi | FileCheck %s
// RUN: numjit-opt %s --numjit-bufferize --numjit-collectives-to-mpi --numjit-mpi-to-llvm | FileCheck %s --check-prefix=LLVM

// Bufferization makes each collective a numjit.collective from a contiguous
// buffer into the result's; reductions then become mpi.allreduce on flat
// views (MPIToLLVM counts dimension 0 only), with OpenMPI's ABI named on the
// module.
// CHECK: module attributes {dlti.map = #dlti.map<"MPI:Implementation" = "OpenMPI">}
// CHECK-LABEL: func.func @reduce
// CHECK:         %[[COMM:.*]] = mpi.comm_world : !mpi.comm
// CHECK:         %[[IN:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [12], strides: [1]
// CHECK:         %[[OUT:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [12], strides: [1]
// CHECK:         mpi.allreduce(%[[IN]], %[[OUT]], MPI_MAX, %[[COMM]]) : memref<12xf32>, memref<12xf32>
// LLVM-LABEL: func.func @reduce
// LLVM:         llvm.call @MPI_Allreduce
func.func @reduce(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %0 = numjit.all_reduce max %x, group_size = 2 : tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// allgather and bcast call numjit's MPI runtime with the byte counts.
// CHECK-LABEL: func.func @gather_and_broadcast
// CHECK:         call @numjit_mpi_all_gather(%{{.*}}, %{{.*}}, %{{.*}}) : (!llvm.ptr, !llvm.ptr, i64) -> ()
// CHECK:         call @numjit_mpi_broadcast(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (!llvm.ptr, !llvm.ptr, i64, i64) -> ()
func.func @gather_and_broadcast(%x: tensor<5xf64>) -> (tensor<4x5xf64>, tensor<5xf64>) {
  %0 = numjit.all_gather %x, group_size = 4, rank = 2 : tensor<5xf64> -> tensor<4x5xf64>
  %1 = numjit.collective_broadcast %x, root = 3, group_size = 4, rank = 2 : tensor<5xf64>
  return %0, %1 : tensor<4x5xf64>, tensor<5xf64>
}

// A group of one rank needs no MPI: a copy.
// CHECK-LABEL: func.func @alone
// CHECK-NOT:     mpi.
// CHECK:         memref.copy
func.func @alone(%x: tensor<8xi32>) -> tensor<8xi32> {
  %0 = numjit.all_reduce sum %x, group_size = 1 : tensor<8xi32>
  return %0 : tensor<8xi32>
}

// The runtime functions, declared once.
// CHECK:       func.func private @numjit_mpi_all_gather(!llvm.ptr, !llvm.ptr, i64)
// CHECK:       func.func private @numjit_mpi_broadcast(!llvm.ptr, !llvm.ptr, i64, i64)
