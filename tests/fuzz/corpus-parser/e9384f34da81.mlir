func.func @argmax_dim_negative(%a: tensor<2x3xf32>) {
  %0 = numjit.argmax %a, dim = -1 : tensor<2x3xf32> -> tensor<2xi64>
  return
}
