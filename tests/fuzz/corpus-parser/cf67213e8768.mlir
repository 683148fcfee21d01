func.func @scan_few_results(%c: tensor<f32>, %d: tensor<f32>) -> tensor<f32> {
  %r = numjit.scan length = 1 carry (%c, %d) over () : (tensor<f32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    numjit.yield %a, %b : tensor<f32>, tensor<f32>
  }
  return %r : tensor<f32>
}
