// RUN: numjit-opt %s --split-input-file --numjit-hoist-invariant-loads | FileCheck %s

// A gather's index, loaded at the outer index only, leaves the row loop;
// the row's element load (inner index) stays.
// CHECK-LABEL: func.func @take_rows
// CHECK:         scf.for %[[I:.*]] =
// CHECK-NEXT:      %[[IDX:.*]] = memref.load %arg1[%[[I]]]
// CHECK-NEXT:      scf.for %[[J:.*]] =
// CHECK-NOT:         memref.load %arg1
// CHECK:             memref.load %arg0[%{{.*}}, %[[J]]]
func.func @take_rows(%x: memref<16x8xf32>, %i: memref<4xindex>, %out: memref<4x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  scf.for %r = %c0 to %c4 step %c1 {
    scf.for %j = %c0 to %c8 step %c1 {
      %k = memref.load %i[%r] : memref<4xindex>
      %v = memref.load %x[%k, %j] : memref<16x8xf32>
      memref.store %v, %out[%r, %j] : memref<4x8xf32>
    }
  }
  return
}

// -----

// Not hoisted: from a buffer the function writes (through a view), and
// out of a loop that may not run (dynamic bounds).
// CHECK-LABEL: func.func @stays
// CHECK:         scf.for
// CHECK-NEXT:      memref.load %arg0
// CHECK:         scf.for
// CHECK-NEXT:      memref.load %arg1
func.func @stays(%a: memref<4xf32>, %b: memref<4xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %view = memref.subview %a[1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
  scf.for %j = %c0 to %c4 step %c1 {
    %v = memref.load %a[%c0] : memref<4xf32>
    memref.store %v, %view[%c1] : memref<2xf32, strided<[1], offset: 1>>
  }
  scf.for %j = %c0 to %n step %c1 {
    %v = memref.load %b[%c0] : memref<4xf32>
    memref.store %v, %a[%j] : memref<4xf32>
  }
  return
}
