func.func @scan_ys_rank(%c: tensor<f32>) -> tensor<f32> {
  %r:2 = numjit.scan length = 1 carry (%c) over () : (tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a, %a : tensor<f32>, tensor<f32>
  }
  return %r#1 : tensor<f32>
}
