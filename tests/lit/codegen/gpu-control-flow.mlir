// Control flow on the GPU path: branches and loops stay on the host, their
// bodies' ops become kernels. A predicate the device computes is copied
// into a host stack buffer (made once, at the top) before the host reads it.

// RUN: numjit-opt %s --pass-pipeline='builtin.module(numjit-lower-to-linalg, numjit-gpu-fuse, numjit-bufferize, numjit-map-to-gpu-pipeline, numjit-gpu-outline)' | FileCheck %s
// RUN: numjit-opt %s --pass-pipeline='builtin.module(numjit-lower-to-linalg, numjit-gpu-fuse, numjit-bufferize, numjit-map-to-gpu-pipeline, numjit-gpu-outline, expand-strided-metadata, lower-affine, convert-scf-to-cf, nvvm-attach-target{chip=sm_90 features=+ptx80}, gpu.module(convert-gpu-to-nvvm, reconcile-unrealized-casts), gpu-module-to-binary{format=isa})' | FileCheck %s --check-prefix=PTX

// CHECK-LABEL: func.func @branch(
// CHECK:         %[[HOST:.*]] = memref.alloca() : memref<i1>
// CHECK:         %[[PRED:.*]], %{{.*}} = gpu.alloc async {{.*}} : memref<i1>
// CHECK:         gpu.launch_func {{.*}} args({{.*}}%[[PRED]] : memref<i1>)
// CHECK:         gpu.memcpy async {{.*}} %[[HOST]], %[[PRED]] : memref<i1>, memref<i1>
// CHECK:         %[[P:.*]] = memref.load %[[HOST]][] : memref<i1>
// CHECK:         scf.if %[[P]]
// CHECK:           gpu.launch_func
// CHECK:         } else {
// CHECK:           gpu.launch_func
// PTX:         .entry branch_kernel
func.func @branch(%x: tensor<1024xf32>) -> tensor<1024xf32> {
  %s = numjit.reduce sum %x, dims = [0] : tensor<1024xf32> -> tensor<f32>
  %zero = numjit.constant dense<0.000000e+00> : tensor<f32>
  %p = numjit.compare gt, %s, %zero : tensor<f32>
  %r = numjit.cond %p (%x) : (tensor<1024xf32>) -> tensor<1024xf32> {
  ^bb0(%a: tensor<1024xf32>):
    %0 = numjit.add %a, %a : tensor<1024xf32>
    numjit.yield %0 : tensor<1024xf32>
  } else {
  ^bb0(%a: tensor<1024xf32>):
    %0 = numjit.exp %a : tensor<1024xf32>
    numjit.yield %0 : tensor<1024xf32>
  }
  return %r : tensor<1024xf32>
}

// A loop of elementwise steps: the host loop steps by 4, one kernel per
// iteration doing four steps.
// CHECK-LABEL: func.func @steps(
// CHECK:         scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c4
// CHECK-NEXT:      gpu.launch_func
// CHECK-NEXT:    }
func.func @steps(%x: tensor<4096xf32>) -> tensor<4096xf32> {
  %r = numjit.scan length = 100 carry(%x) over() : (tensor<4096xf32>) -> tensor<4096xf32> {
  ^bb0(%c: tensor<4096xf32>):
    %m = numjit.mul %c, %c : tensor<4096xf32>
    numjit.yield %m : tensor<4096xf32>
  }
  return %r : tensor<4096xf32>
}

// A value the host computes (a symbolic size, for a mean) is written into a
// host stack buffer and copied to the device buffer a kernel reads.
// CHECK-LABEL: func.func @mean_rows(
// CHECK:         %[[HOST:.*]] = memref.alloca() : memref<i64>
// CHECK:         memref.dim %arg0, %c0
// CHECK:         %[[DEV:.*]], %{{.*}} = gpu.alloc async {{.*}} : memref<i64>
// CHECK:         memref.store %{{.*}}, %[[HOST]][] : memref<i64>
// CHECK:         gpu.memcpy async {{.*}} %[[DEV]], %[[HOST]] : memref<i64>, memref<i64>
// CHECK:         gpu.launch_func {{.*}}%[[DEV]] : memref<i64>
// PTX:         .entry mean_rows_kernel_
func.func @mean_rows(%x: tensor<?x3xf64> {numjit.dims = ["n"]}) -> tensor<3xf64> {
  %0 = numjit.reduce sum %x, dims = [0] : tensor<?x3xf64> -> tensor<3xf64>
  %2 = numjit.get_dimension_size %x, dim = 0 : tensor<?x3xf64>
  %4 = numjit.convert %2 : tensor<i64> -> tensor<f64>
  %5 = numjit.broadcast_in_dim %4, dims = [] : tensor<f64> -> tensor<3xf64>
  %6 = numjit.div %0, %5 : tensor<3xf64>
  return %6 : tensor<3xf64>
}
