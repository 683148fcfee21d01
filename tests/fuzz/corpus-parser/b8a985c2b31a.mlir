func.func @concatenate_rank(%a: tensor<2x3xf32>, %b: tensor<2x3x1xf32>) {
  %0 = "numjit.concatenate"(%a, %a, %b) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3x1xf32>) -> tensor<6x3xf32>
  return
}
