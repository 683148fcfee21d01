// RUN: numjit-opt %s --convert-numjit-to-linalg --split-input-file | FileCheck %s

// argsort: per line, the positions 0..n-1 and their keys into the first
// halves of two 2n scratch tensors, then merge passes of doubling width
// (scf.while) that compare the keys carried beside the positions (read in
// order, not through the positions), then the positions out as i32.
// CHECK-LABEL: func.func @argsort
// CHECK:         %[[P:.*]] = tensor.empty(%{{.*}}) : tensor<?xindex>
// CHECK:         %[[K:.*]] = tensor.empty(%{{.*}}) : tensor<?xf32>
// CHECK:         scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[P]], %{{.*}} = %[[K]])
// CHECK:           scf.for
// CHECK:             tensor.extract %arg0[
// CHECK:             tensor.insert
// CHECK:           scf.while
// CHECK:             scf.for
// CHECK:               scf.for
// CHECK-NOT:             tensor.extract %arg0
// CHECK:                 arith.cmpf olt
// CHECK:                 arith.cmpf uno
// CHECK:                 arith.select
// CHECK:           arith.index_cast %{{.*}} : index to i32
func.func @argsort(%x: tensor<3x8xf32>) -> tensor<3x8xi32> {
  %0 = numjit.argsort %x, axis = 1 : tensor<3x8xf32> -> tensor<3x8xi32>
  return %0 : tensor<3x8xi32>
}

// -----

// Unsigned keys compare unsigned.
// CHECK-LABEL: func.func @argsort_unsigned
// CHECK:         arith.cmpi ult, %{{.*}}, %{{.*}} : i8
func.func @argsort_unsigned(%x: tensor<8xui8>) -> tensor<8xi32> {
  %0 = numjit.argsort %x, axis = 0 descending : tensor<8xui8> -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

// -----

// cumsum: a loop over the other dimensions, then one down the line
// carrying the running value.
// CHECK-LABEL: func.func @cumsum
// CHECK:         scf.for
// CHECK:           %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:           scf.for {{.*}} iter_args(%{{.*}} = %[[ZERO]],
// CHECK:             tensor.extract %arg0[
// CHECK:             arith.addf
// CHECK:             tensor.insert
func.func @cumsum(%x: tensor<4x3xf32>) -> tensor<4x3xf32> {
  %0 = numjit.cumsum %x, axis = 0 : tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// A reversed cumprod walks the line from its end.
// CHECK-LABEL: func.func @cumprod_reverse
// CHECK:         %[[ONE:.*]] = arith.constant 1 : i32
// CHECK:         scf.for %[[K:.*]] = {{.*}} iter_args(%{{.*}} = %[[ONE]],
// CHECK:           arith.subi
// CHECK:           arith.muli
func.func @cumprod_reverse(%x: tensor<5xi32>) -> tensor<5xi32> {
  %0 = numjit.cumprod %x, axis = 0 reverse : tensor<5xi32>
  return %0 : tensor<5xi32>
}
