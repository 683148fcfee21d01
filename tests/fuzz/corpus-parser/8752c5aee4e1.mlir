func.func @mul_shape_mismatch(%a: tensor<4xf32>, %b: tensor<1xf32>) {
  %0 = "numjit.mul"(%a, %b) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
  return
}
