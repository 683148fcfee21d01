// RUN: numjit-opt %s --split-input-file --numjit-parallelize-outer-loop | FileCheck %s
// RUN: numjit-opt %s --split-input-file '--numjit-parallelize-outer-loop=min-iterations=100 chunk-iterations=65536' | FileCheck %s --check-prefix=SMALL
// RUN: numjit-opt %s --split-input-file --numjit-parallelize-outer-loop --convert-linalg-to-loops --convert-scf-to-openmp | FileCheck %s --check-prefix=OMP

// 1000 x 100 iterations: chunks of 81 rows (8192 / 100), 13 of them, the
// last one 28 rows, so the chunk size is computed; the broadcast operand
// (no d0) is read whole.
// CHECK-LABEL: func.func @rows
// CHECK-SAME:  (%[[X:.*]]: memref<1000x100xf32>, %[[B:.*]]: memref<100xf32>, %[[Y:.*]]: memref<1000x100xf32>)
// CHECK-DAG:   %[[C81:.*]] = arith.constant 81 : index
// CHECK-DAG:   %[[C13:.*]] = arith.constant 13 : index
// CHECK-DAG:   %[[C1000:.*]] = arith.constant 1000 : index
// CHECK:       scf.parallel (%[[I:.*]]) = (%{{.*}}) to (%[[C13]]) step
// CHECK:         %[[LO:.*]] = arith.muli %[[I]], %[[C81]]
// CHECK:         %[[REST:.*]] = arith.subi %[[C1000]], %[[LO]]
// CHECK:         %[[N:.*]] = arith.minsi %[[C81]], %[[REST]]
// CHECK:         %[[XV:.*]] = memref.subview %[[X]][%[[LO]], 0] [%[[N]], 100] [1, 1]
// CHECK:         %[[YV:.*]] = memref.subview %[[Y]][%[[LO]], 0] [%[[N]], 100] [1, 1]
// CHECK:         linalg.generic {{.*}} ins(%[[XV]], %[[B]] : {{.*}}) outs(%[[YV]] :
// OMP-LABEL:   func.func @rows
// OMP:         omp.parallel
// OMP:         omp.wsloop
// OMP:         scf.for
#id = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @rows(%x: memref<1000x100xf32>, %b: memref<100xf32>, %y: memref<1000x100xf32>) {
  linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %b : memref<1000x100xf32>, memref<100xf32>) outs(%y : memref<1000x100xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// A transposed read: d0 is the operand's second dim, so that dim is split.
// With 65536 iterations a chunk (1024 rows of 64), 3 chunks: static sizes.
// SMALL-LABEL: func.func @transpose
// SMALL:       scf.parallel
// SMALL-DAG:   memref.subview %{{.*}}[0, %[[LO:.*]]] [64, 1024] [1, 1]
// SMALL-DAG:   memref.subview %{{.*}}[%[[LO]], 0] [1024, 64] [1, 1]
#in = affine_map<(d0, d1) -> (d1, d0)>
#out = affine_map<(d0, d1) -> (d0, d1)>
func.func @transpose(%x: memref<64x3072xf32>, %y: memref<3072x64xf32>) {
  linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "parallel"]}
      ins(%x : memref<64x3072xf32>) outs(%y : memref<3072x64xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  }
  return
}

// -----

// Left serial: too few iterations; an outer reduction loop; the outer loop
// inside a compound index (a sliding window).
// CHECK-LABEL: func.func @serial
// CHECK-NOT:   scf.parallel
// SMALL-LABEL: func.func @serial
// SMALL-NOT:   scf.parallel
#in2 = affine_map<(d0, d1) -> (d0 + d1)>
#out2 = affine_map<(d0, d1) -> (d0)>
#k2 = affine_map<(d0, d1) -> (d1)>
#red_in = affine_map<(d0, d1) -> (d0, d1)>
#red_out = affine_map<(d0, d1) -> (d1)>
func.func @serial(%s: memref<8xf32>, %t: memref<8xf32>, %x: memref<1000x1000xf32>, %r: memref<1000xf32>, %w: memref<2000xf32>, %k: memref<1000xf32>, %v: memref<1000xf32>) {
  linalg.copy ins(%s : memref<8xf32>) outs(%t : memref<8xf32>)
  linalg.generic {indexing_maps = [#red_in, #red_out], iterator_types = ["reduction", "parallel"]}
      ins(%x : memref<1000x1000xf32>) outs(%r : memref<1000xf32>) {
  ^bb0(%a: f32, %o: f32):
    %q = arith.addf %a, %o : f32
    linalg.yield %q : f32
  }
  linalg.generic {indexing_maps = [#in2, #k2, #out2], iterator_types = ["parallel", "reduction"]}
      ins(%w, %k : memref<2000xf32>, memref<1000xf32>) outs(%v : memref<1000xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %p = arith.mulf %a, %c : f32
    %q = arith.addf %p, %o : f32
    linalg.yield %q : f32
  }
  return
}

// -----

// Two ops over the same rows share one parallel loop when the second reads
// what the first wrote at the same rows; reading it transposed needs rows
// written by other chunks, so that op gets a loop of its own.
// SMALL-LABEL: func.func @groups
// CHECK-LABEL: func.func @groups
// CHECK:       scf.parallel
// CHECK:         linalg.fill
// CHECK:         linalg.generic
// CHECK:         scf.reduce
// CHECK:       scf.parallel
// CHECK:         linalg.generic
// CHECK:         scf.reduce
// CHECK-NOT:   scf.parallel
#id = affine_map<(d0, d1) -> (d0, d1)>
#t = affine_map<(d0, d1) -> (d1, d0)>
func.func @groups(%x: memref<512x512xf32>, %y: memref<512x512xf32>, %z: memref<512x512xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%y : memref<512x512xf32>)
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : memref<512x512xf32>) outs(%y : memref<512x512xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y : memref<512x512xf32>) outs(%z : memref<512x512xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  }
  return
}
