func.func @argmax_i1(%a: tensor<2x3xi1>) {
  %0 = numjit.argmax %a, dim = 1 : tensor<2x3xi1> -> tensor<2xi64>
  return
}
