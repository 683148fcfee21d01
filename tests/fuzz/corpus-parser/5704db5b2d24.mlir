func.func @concatenate_element_type(%a: tensor<2x3xf32>, %b: tensor<2x3xf64>) {
  %0 = "numjit.concatenate"(%a, %b) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<2x3xf64>) -> tensor<4x3xf32>
  return
}
