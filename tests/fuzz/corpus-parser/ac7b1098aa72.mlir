func.func @dot_element_type(%a: tensor<2x3xf32>, %b: tensor<3x4xf64>) {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf64>) -> tensor<2x4xf32>
  return
}
