func.func @gather_element(%x: tensor<4xf32>, %i: tensor<2xi32>) {
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>) -> tensor<2xf64>
  return
}
