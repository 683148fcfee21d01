func.func @gather_batch_sizes(%x: tensor<4x3xf32>, %i: tensor<5x2xi32>) {
  %0 = numjit.gather %x[%i], axis = 1, batch_dims = 1 : (tensor<4x3xf32>, tensor<5x2xi32>) -> tensor<4x2xf32>
  return
}
