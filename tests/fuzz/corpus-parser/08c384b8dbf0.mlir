func.func @concatenate_dim(%a: tensor<2x3xf32>) {
  %0 = "numjit.concatenate"(%a, %a) <{dim = 2 : i64}> : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return
}
