func.func @dot_lhs_repeat(%a: tensor<3x3xf32>, %b: tensor<3x3x3xf32>) {
  %0 = numjit.dot_general %a, %b, batch = [0] x [0], contract = [0] x [1] : (tensor<3x3xf32>, tensor<3x3x3xf32>) -> tensor<3x3x3xf32>
  return
}
