func.func @dot_size(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return
}
