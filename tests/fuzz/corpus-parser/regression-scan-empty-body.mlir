func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c, %ys = numjit.scan length = 4 carry (%x) over (%x) : (tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%c: tensor<4xf32>, %e: tensor<f32>):
  }
  return %c : tensor<4xf32>
}
