func.func @f(%x: tensor<3xf32>, %b: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = numjit.broadcast_in_dim %x, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %1 = numjit.add %0, %b : tensor<2x3xf32>
  %2 = numjit.reduce max %1, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  return %2 : tensor<2xf32>
}
