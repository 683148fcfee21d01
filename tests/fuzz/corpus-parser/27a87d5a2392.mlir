func.func @broadcast_size(%a: tensor<2x3xf32>) {
  %0 = numjit.broadcast_in_dim %a, dims = [0, 2] : tensor<2x3xf32> -> tensor<2x5x4xf32>
  return
}
