func.func @f(%x: tensor<2x3xf32>, %y: tensor<4xf32>) -> (tensor<2xf32>, tensor<3xi32>, tensor<f32>) {
  %0 = numjit.reduce max %x, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %1 = numjit.argmax %x, dim = 0 : tensor<2x3xf32> -> tensor<3xi32>
  %2 = numjit.reduce sum %y, dims = [0] : tensor<4xf32> -> tensor<f32>
  return %0, %1, %2 : tensor<2xf32>, tensor<3xi32>, tensor<f32>
}
