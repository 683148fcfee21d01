func.func @scan_carry_types(%c: tensor<f32>) -> tensor<f64> {
  %r = numjit.scan length = 1 carry (%c) over () : (tensor<f32>) -> tensor<f64> {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f64>
}
