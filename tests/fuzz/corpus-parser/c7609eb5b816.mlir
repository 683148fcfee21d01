func.func @scan_ys_length(%c: tensor<f32>) -> tensor<2xf32> {
  %r:2 = numjit.scan length = 3 carry (%c) over () : (tensor<f32>) -> (tensor<f32>, tensor<2xf32>) {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a, %a : tensor<f32>, tensor<f32>
  }
  return %r#1 : tensor<2xf32>
}
