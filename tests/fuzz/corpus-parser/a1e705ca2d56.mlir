func.func @dot_batch_length(%a: tensor<2x3xf32>) {
  %0 = numjit.dot_general %a, %a, batch = [0] x [], contract = [1] x [1] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}
