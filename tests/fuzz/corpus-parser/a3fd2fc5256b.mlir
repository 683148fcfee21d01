func.func @dot_rhs_repeat(%a: tensor<3x3xf32>, %b: tensor<3x4xf32>) {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [0, 1] x [0, 0] : (tensor<3x3xf32>, tensor<3x4xf32>) -> tensor<4xf32>
  return
}
