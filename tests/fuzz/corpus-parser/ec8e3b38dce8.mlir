func.func @broadcast_dims_count(%a: tensor<2x3xf32>) {
  %0 = numjit.broadcast_in_dim %a, dims = [1] : tensor<2x3xf32> -> tensor<4x2x3xf32>
  return
}
