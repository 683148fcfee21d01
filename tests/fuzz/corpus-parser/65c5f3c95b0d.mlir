func.func @argmax_dim(%a: tensor<2x3xf32>) {
  %0 = numjit.argmax %a, dim = 2 : tensor<2x3xf32> -> tensor<2xi64>
  return
}
