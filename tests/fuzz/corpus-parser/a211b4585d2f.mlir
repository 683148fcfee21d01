func.func @gather_float_indices(%x: tensor<4xf32>, %i: tensor<2xf32>) {
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}
