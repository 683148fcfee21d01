func.func @scan_xs_length(%c: tensor<f32>, %xs: tensor<4xf32>) -> tensor<f32> {
  %r = numjit.scan length = 3 carry (%c) over (%xs) : (tensor<f32>, tensor<4xf32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %x: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}
