func.func @add_i1(%a: tensor<4xi1>) {
  %0 = numjit.add %a, %a : tensor<4xi1>
  return
}
