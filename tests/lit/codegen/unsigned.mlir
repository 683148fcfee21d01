// RUN: numjit-opt %s --convert-numjit-to-linalg --split-input-file | FileCheck %s

// Unsigned integers: the lowering picks unsigned arithmetic where the
// signedness matters, then every type becomes signless; the function's
// unsigned arguments and results keep the fact as numjit.unsigned.
// CHECK-LABEL: func.func @unsigned_ops(
// CHECK-SAME:      %arg0: tensor<4xi32> {numjit.unsigned}, %arg1: tensor<4xi32> {numjit.unsigned})
// CHECK-SAME:      -> (tensor<4xi32> {numjit.unsigned}, tensor<4xi1>, tensor<4xf32>, tensor<i32> {numjit.unsigned})
// CHECK:         arith.divui
// CHECK:         arith.cmpi ult
// CHECK:         arith.uitofp
// CHECK:         arith.maxui
// CHECK-NOT:     ui32
func.func @unsigned_ops(%a: tensor<4xui32>, %b: tensor<4xui32>)
    -> (tensor<4xui32>, tensor<4xi1>, tensor<4xf32>, tensor<ui32>) {
  %0 = numjit.div %a, %b : tensor<4xui32>
  %1 = numjit.compare lt, %a, %b : tensor<4xui32>
  %2 = numjit.convert %a : tensor<4xui32> -> tensor<4xf32>
  %3 = numjit.reduce max %a, dims = [0] : tensor<4xui32> -> tensor<ui32>
  return %0, %1, %2, %3 : tensor<4xui32>, tensor<4xi1>, tensor<4xf32>, tensor<ui32>
}

// -----

// Constants keep their bits: 4294967295 and 255 are -1 when signless.
// CHECK-LABEL: func.func @unsigned_constant
// CHECK:         arith.constant dense<[-1, 7]> : tensor<2xi32>
// CHECK:         arith.constant dense<-1> : tensor<3xi8>
func.func @unsigned_constant() -> (tensor<2xui32>, tensor<3xui8>) {
  %0 = numjit.constant dense<[4294967295, 7]> : tensor<2xui32>
  %1 = numjit.constant dense<255> : tensor<3xui8>
  return %0, %1 : tensor<2xui32>, tensor<3xui8>
}

// -----

// Shifts: amounts outside [0, width) select 0 (shli, shrui) or clamp to
// width - 1 (shrsi).
// CHECK-LABEL: func.func @shifts
// CHECK:         arith.cmpi ult
// CHECK:         arith.shli
// CHECK:         arith.shrui
// CHECK:         arith.shrsi
func.func @shifts(%a: tensor<4xui8>, %b: tensor<4xi32>) -> (tensor<4xui8>, tensor<4xui8>, tensor<4xi32>) {
  %0 = numjit.shift_left %a, %a : tensor<4xui8>
  %1 = numjit.shift_right_logical %a, %a : tensor<4xui8>
  %2 = numjit.shift_right_arithmetic %b, %b : tensor<4xi32>
  return %0, %1, %2 : tensor<4xui8>, tensor<4xui8>, tensor<4xi32>
}
