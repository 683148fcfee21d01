func.func @dot_lhs_range(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [2] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return
}
