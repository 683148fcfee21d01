func.func @f(%x: tensor<9223372036854775807xf32>, %y: tensor<2xf32>) -> tensor<3xf32> {
  %2 = numjit.concatenate (%x, %y), dim = 0 : (tensor<9223372036854775807xf32>, tensor<2xf32>) -> tensor<3xf32>
  return %2 : tensor<3xf32>
}
