func.func @argmax_result_type(%a: tensor<2x3xf32>) {
  %0 = numjit.argmax %a, dim = 1 : tensor<2x3xf32> -> tensor<2xf32>
  return
}
