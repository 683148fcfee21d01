func.func @neg_i1(%a: tensor<4xi1>) {
  %0 = numjit.neg %a : tensor<4xi1>
  return
}
