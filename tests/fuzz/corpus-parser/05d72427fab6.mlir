func.func @scan_length(%c: tensor<f32>) -> tensor<f32> {
  %r = numjit.scan length = -1 carry (%c) over () : (tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}
