func.func @scatter_updates(%x: tensor<4xf32>, %i: tensor<2xi32>, %u: tensor<3xf32>) {
  %0 = numjit.scatter %x[%i], %u, axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>, tensor<3xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    numjit.yield %b : tensor<f32>
  }
  return
}
