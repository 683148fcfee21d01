// RUN: numjit-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(numjit-assume-aligned-outputs{min-bytes=4096}))' | FileCheck %s
// RUN: numjit-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(numjit-assume-aligned-outputs{min-bytes=4096}),finalize-memref-to-llvm,convert-func-to-llvm,reconcile-unrealized-casts,numjit-alignment-to-ptrmask)' | FileCheck %s --check-prefix=MASK

// The output (after the one input) of 4 KiB is assumed aligned right
// before its use, inside the loop body; the input is not, and neither is a
// smaller output.
// CHECK-LABEL: func.func @scale
// CHECK:         scf.for
// CHECK-NOT:       memref.assume_alignment %arg0
// CHECK:           %[[A:.*]] = memref.assume_alignment %arg1, 64
// CHECK-NEXT:      memref.store %{{.*}}, %[[A]]
// CHECK-NOT:     memref.assume_alignment %arg2
// The promise, restated as a ptrmask of the output's aligned pointer.
// MASK-LABEL: llvm.func @scale
// MASK-NOT:     llvm.intr.assume
// MASK:         llvm.intr.ptrmask %{{.*}}, %{{.*}} : (!llvm.ptr, i64) -> !llvm.ptr
// MASK-NOT:     llvm.intr.assume
func.func @scale(%x: memref<1024xf32>, %out: memref<1024xf32>, %small: memref<16xf32>)
    attributes {numjit.signature = {inputs = [{element = f32, shape = array<i64: 1024>}],
                                    outputs = [{element = f32, shape = array<i64: 1024>},
                                               {element = f32, shape = array<i64: 16>}],
                                    symbols = []}} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %c1024 = arith.constant 1024 : index
  scf.for %i = %c0 to %c1024 step %c1 {
    %v = memref.load %x[%i] : memref<1024xf32>
    %w = arith.addf %v, %v : f32
    memref.store %w, %out[%i] : memref<1024xf32>
  }
  %z = arith.constant 0.0 : f32
  scf.for %j = %c0 to %c16 step %c1 {
    memref.store %z, %small[%j] : memref<16xf32>
  }
  return
}

// -----

// A function without a kernel signature is left alone.
// CHECK-LABEL: func.func @plain
// CHECK-NOT:     memref.assume_alignment
func.func @plain(%out: memref<2048xf32>) {
  %c0 = arith.constant 0 : index
  %z = arith.constant 0.0 : f32
  memref.store %z, %out[%c0] : memref<2048xf32>
  return
}
