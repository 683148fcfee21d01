func.func @concatenate_result(%a: tensor<2x3xf32>) {
  %0 = "numjit.concatenate"(%a, %a) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<5x3xf32>
  return
}
