func.func @scan_body_yield(%c: tensor<f32>) -> tensor<2xf32> {
  %r:2 = numjit.scan length = 2 carry (%c) over () : (tensor<f32>) -> (tensor<f32>, tensor<2xf32>) {
  ^bb0(%a: tensor<f32>):
    %d = numjit.convert %a : tensor<f32> -> tensor<f64>
    numjit.yield %a, %d : tensor<f32>, tensor<f64>
  }
  return %r#1 : tensor<2xf32>
}
