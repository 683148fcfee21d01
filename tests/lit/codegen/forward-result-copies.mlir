// RUN: numjit-opt %s --split-input-file --numjit-forward-result-copies | FileCheck %s

// A result computed in an allocation and copied into its out-parameter is
// computed in the out-parameter.
// CHECK-LABEL: func.func @carry
// CHECK-NOT:     memref.alloc
// CHECK:         scf.for
// CHECK:           memref.store %{{.*}}, %arg1[
// CHECK-NOT:     memref.copy
// CHECK-NOT:     memref.dealloc
// CHECK:         return
func.func @carry(%x: memref<8xf32>, %out: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %a = memref.alloc() : memref<8xf32>
  scf.for %i = %c0 to %c8 step %c1 {
    %v = memref.load %x[%i] : memref<8xf32>
    memref.store %v, %a[%i] : memref<8xf32>
  }
  memref.copy %a, %out : memref<8xf32> to memref<8xf32>
  memref.dealloc %a : memref<8xf32>
  return
}

// -----

// Kept: the allocation is read after the copy.
// CHECK-LABEL: func.func @read_after
// CHECK:         memref.alloc
// CHECK:         memref.copy
func.func @read_after(%x: memref<8xf32>, %out: memref<8xf32>, %out2: memref<f32>) {
  %c0 = arith.constant 0 : index
  %a = memref.alloc() : memref<8xf32>
  memref.copy %x, %a : memref<8xf32> to memref<8xf32>
  memref.copy %a, %out : memref<8xf32> to memref<8xf32>
  %v = memref.load %a[%c0] : memref<8xf32>
  memref.store %v, %out2[] : memref<f32>
  memref.dealloc %a : memref<8xf32>
  return
}
