func.func @argmax_result_shape(%a: tensor<2x3xf32>) {
  %0 = numjit.argmax %a, dim = 1 : tensor<2x3xf32> -> tensor<3xi64>
  return
}
