func.func @dot_rhs_range(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [-1] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return
}
