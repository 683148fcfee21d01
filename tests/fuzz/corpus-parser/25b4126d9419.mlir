func.func @broadcast_dims_range(%a: tensor<3xf32>) {
  %0 = numjit.broadcast_in_dim %a, dims = [2] : tensor<3xf32> -> tensor<2x3xf32>
  return
}
