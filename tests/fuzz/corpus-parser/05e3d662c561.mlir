func.func @broadcast_dims_order(%a: tensor<2x3xf32>) {
  %0 = numjit.broadcast_in_dim %a, dims = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  return
}
