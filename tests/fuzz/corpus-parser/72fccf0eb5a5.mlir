func.func @broadcast_dynamic_to_static(%x: tensor<?xf32>) {
  %0 = numjit.broadcast_in_dim %x, dims = [0] : tensor<?xf32> -> tensor<4xf32>
  return
}
