func.func @gather_batch_dims(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  %0 = numjit.gather %x[%i], axis = 1, batch_dims = 2 : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<4x2xf32>
  return
}
