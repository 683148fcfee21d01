func.func @broadcast_kept(%x: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %c = numjit.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = numjit.broadcast_in_dim %c, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %1 = numjit.broadcast_in_dim %x, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}
