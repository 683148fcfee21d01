func.func @bits(%a: tensor<4xui32>, %b: tensor<4xui32>, %c: tensor<3xi64>, %p: tensor<2xi1>,
                %u: tensor<ui8>) -> (tensor<4xui32>, tensor<3xi64>, tensor<2xi1>, tensor<f32>) {
  %0 = numjit.and %a, %b : tensor<4xui32>
  %1 = numjit.or %0, %b : tensor<4xui32>
  %2 = numjit.xor %1, %a : tensor<4xui32>
  %3 = numjit.not %2 : tensor<4xui32>
  %4 = numjit.shift_left %3, %b : tensor<4xui32>
  %5 = numjit.shift_right_logical %4, %b : tensor<4xui32>
  %6 = numjit.shift_right_arithmetic %c, %c : tensor<3xi64>
  %7 = numjit.and %p, %p : tensor<2xi1>
  %8 = numjit.not %u : tensor<ui8>
  %9 = numjit.convert %8 : tensor<ui8> -> tensor<f32>
  %10 = numjit.erf %9 : tensor<f32>
  %11 = numjit.erf_inv %10 : tensor<f32>
  return %5, %6, %7, %11 : tensor<4xui32>, tensor<3xi64>, tensor<2xi1>, tensor<f32>
}
