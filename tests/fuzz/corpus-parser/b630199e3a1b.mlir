func.func @scatter_combiner_ops(%x: tensor<4xf32>, %i: tensor<2xi32>, %u: tensor<2xf32>) {
  %0 = numjit.scatter %x[%i], %u, axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %e = tensor.empty() : tensor<f32>
    numjit.yield %e : tensor<f32>
  }
  return
}
