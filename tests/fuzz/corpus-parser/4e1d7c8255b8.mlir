func.func @gather_shape(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<3x3xf32>
  return
}
