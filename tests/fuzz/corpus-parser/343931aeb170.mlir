func.func @add_mismatch(%a: tensor<4xf32>, %b: tensor<4xf64>) {
  %0 = "numjit.add"(%a, %b) : (tensor<4xf32>, tensor<4xf64>) -> tensor<4xf64>
  return
}
