func.func @broadcast_dims_repeat(%a: tensor<1x1xf32>) {
  %0 = numjit.broadcast_in_dim %a, dims = [0, 0] : tensor<1x1xf32> -> tensor<3xf32>
  return
}
