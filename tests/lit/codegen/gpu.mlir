// The GPU stage: each linalg op on buffers becomes one kernel, outlined
// into a single gpu.module. An elementwise chain (broadcast included) is one
// thread-per-element kernel; a row reduction is one block per row whose
// threads meet in gpu.all_reduce; a large full reduction is split in 1024
// parts (a block each), then one block reduces the parts.

// RUN: numjit-opt %s --pass-pipeline='builtin.module(numjit-lower-to-linalg, numjit-gpu-fuse, numjit-bufferize, numjit-map-to-gpu-pipeline, numjit-gpu-outline)' | FileCheck %s
// RUN: numjit-opt %s --pass-pipeline='builtin.module(numjit-lower-to-linalg, numjit-gpu-fuse, numjit-bufferize, numjit-map-to-gpu-pipeline, numjit-gpu-outline, expand-strided-metadata, lower-affine, convert-scf-to-cf, nvvm-attach-target{chip=sm_90 features=+ptx80}, gpu.module(convert-gpu-to-nvvm, reconcile-unrealized-casts), gpu-module-to-binary{format=isa})' | FileCheck %s --check-prefix=PTX

// The host code of @chain launches one kernel.
// CHECK-LABEL: func.func @chain(
// CHECK:         gpu.launch_func @chain_kernel::@chain_kernel blocks in (%c2048, %c1, %c1) threads in (%c256, %c1, %c1)
// CHECK-NEXT:    return
// CHECK-LABEL: gpu.module @chain_kernel
// CHECK:       gpu.func @chain_kernel(%[[A:.*]]: memref<1024x512xf32>, %[[B:.*]]: memref<512xf32>, %[[OUT:.*]]: memref<1024x512xf32>) kernel
// CHECK-SAME:    known_block_size = array<i32: 256, 1, 1>, known_grid_size = array<i32: 2048, 1, 1>
// CHECK:         %[[I:.*]] = arith.addi
// CHECK:         scf.if
// CHECK:           %[[IJ:.*]]:2 = affine.delinearize_index %[[I]] into (1024, 512)
// CHECK:           %[[X:.*]] = memref.load %[[A]][%[[IJ]]#0, %[[IJ]]#1]
// CHECK:           %[[Y:.*]] = memref.load %[[B]][%[[IJ]]#1]
// CHECK:           arith.mulf %[[X]], %[[Y]]
// CHECK:           arith.negf
// CHECK:           arith.addf
// CHECK:           memref.store %{{.*}}, %[[OUT]][%[[IJ]]#0, %[[IJ]]#1]
// CHECK-NOT:   gpu.func
// CHECK:         gpu.return

// Row reduction: zero the rows (one thread each), then a block per row.
// CHECK:       gpu.func @rows_kernel(%{{.*}}: memref<64xf32>) kernel
// CHECK:       gpu.func @rows_kernel_0(%[[RA:.*]]: memref<64x1000xf32>, %[[RO:.*]]: memref<64xf32>) kernel
// CHECK-SAME:    known_grid_size = array<i32: 64, 1, 1>
// CHECK:         %[[ROW:.*]] = gpu.block_id x
// CHECK:         %[[T:.*]] = gpu.thread_id x
// CHECK:         %[[PART:.*]] = scf.for %[[K:.*]] = %[[T]] to %c1000 step %c256 iter_args(%[[ACC:.*]] = %cst)
// CHECK:           memref.load %[[RA]][%[[ROW]], %[[K]]]
// CHECK:         %[[TOTAL:.*]] = gpu.all_reduce %[[PART]] uniform
// CHECK:           arith.addf
// CHECK:         scf.if
// CHECK:           %[[OLD:.*]] = memref.load %[[RO]][%[[ROW]]]
// CHECK:           %[[NEW:.*]] = arith.addf %[[TOTAL]], %[[OLD]]
// CHECK:           memref.store %[[NEW]], %[[RO]][%[[ROW]]]

// Full reduction: 1024 partial maxima in a device buffer, then their max.
// CHECK:       gpu.func @full_kernel_2(%{{.*}}: memref<1024x1024xf32>, %{{.*}}: memref<1024xf32>) kernel
// CHECK-SAME:    known_grid_size = array<i32: 1024, 1, 1>
// CHECK:         gpu.all_reduce
// CHECK:           arith.maximumf
// CHECK:       gpu.func @full_kernel_3(%{{.*}}: memref<1024xf32>, %{{.*}}: memref<f32>) kernel
// CHECK-SAME:    known_grid_size = array<i32: 1, 1, 1>
// CHECK:         gpu.all_reduce

// exp(x - max) fused with its row sum: one block per row still, each thread
// storing its exp values (a polynomial, as on the CPU) as it folds them
// into its share of the sum.
// CHECK:       gpu.func @expsum_kernel_{{[0-9]+}}(%[[EX:.*]]: memref<64x1000xf32>, %[[EM:.*]]: memref<64x1xf32>, %[[EE:.*]]: memref<64x1000xf32>, %[[ES:.*]]: memref<64xf32>) kernel
// CHECK-SAME:    known_grid_size = array<i32: 64, 1, 1>
// CHECK:         scf.for %[[J:.*]] = %{{.*}} to %c1000 step %c256
// CHECK:           memref.load %[[EX]][%{{.*}}, %[[J]]]
// CHECK:           memref.store %{{.*}}, %[[EE]][%{{.*}}, %[[J]]]
// CHECK:         gpu.all_reduce

// The host side: launches only, the partial results in device memory.
// CHECK-LABEL: func.func @rows(
// CHECK-COUNT-2: gpu.launch_func
// CHECK-LABEL: func.func @full(
// CHECK:         gpu.alloc
// CHECK-COUNT-3: gpu.launch_func
// CHECK:         gpu.dealloc
// CHECK-LABEL: func.func @expsum(

// PTX: gpu.binary @chain_kernel
// PTX-SAME: #nvvm.target<chip = "sm_90", features = "+ptx80">
// PTX-SAME: .target sm_90
// PTX-SAME: .entry chain_kernel
// PTX-SAME: shfl.sync.bfly

func.func @chain(%a: tensor<1024x512xf32>, %b: tensor<512xf32>) -> tensor<1024x512xf32> {
  %bb = numjit.broadcast_in_dim %b, dims = [1] : tensor<512xf32> -> tensor<1024x512xf32>
  %0 = numjit.mul %a, %bb : tensor<1024x512xf32>
  %1 = numjit.neg %0 : tensor<1024x512xf32>
  %2 = numjit.add %1, %a : tensor<1024x512xf32>
  return %2 : tensor<1024x512xf32>
}

func.func @rows(%a: tensor<64x1000xf32>) -> tensor<64xf32> {
  %0 = numjit.reduce sum %a, dims = [1] : tensor<64x1000xf32> -> tensor<64xf32>
  return %0 : tensor<64xf32>
}

func.func @full(%a: tensor<1048576xf32>) -> tensor<f32> {
  %0 = numjit.reduce max %a, dims = [0] : tensor<1048576xf32> -> tensor<f32>
  return %0 : tensor<f32>
}

func.func @expsum(%a: tensor<64x1000xf32>, %m: tensor<64x1xf32>) -> (tensor<64x1000xf32>, tensor<64xf32>) {
  %mb = numjit.broadcast_in_dim %m, dims = [0, 1] : tensor<64x1xf32> -> tensor<64x1000xf32>
  %d = numjit.sub %a, %mb : tensor<64x1000xf32>
  %e = numjit.exp %d : tensor<64x1000xf32>
  %s = numjit.reduce sum %e, dims = [1] : tensor<64x1000xf32> -> tensor<64xf32>
  return %e, %s : tensor<64x1000xf32>, tensor<64xf32>
}
