func.func @reduce_i1(%a: tensor<2x3xi1>) {
  %0 = numjit.reduce sum %a, dims = [1] : tensor<2x3xi1> -> tensor<2xi1>
  return
}
