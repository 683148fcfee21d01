func.func @dot_contract_length(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0, 1] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2xf32>
  return
}
