func.func @pow_int(%a: tensor<4xi64>) {
  %0 = numjit.pow %a, %a : tensor<4xi64>
  return
}
