func.func @broadcast_size_empty(%a: tensor<0xi32>) {
  %0 = numjit.broadcast_in_dim %a, dims = [0] : tensor<0xi32> -> tensor<3xi32>
  return
}
