func.func @concatenate_size(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) {
  %0 = "numjit.concatenate"(%a, %b) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<4x3xf32>
  return
}
