func.func @dot_i1(%a: tensor<2x3xi1>) {
  %0 = numjit.dot_general %a, %a, batch = [] x [], contract = [1] x [1] : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x2xi1>
  return
}
