func.func @scan_xs_rank(%c: tensor<f32>, %xs: tensor<f32>) -> tensor<f32> {
  %r = numjit.scan length = 1 carry (%c) over (%xs) : (tensor<f32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}
