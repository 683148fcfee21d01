func.func @while_results(%x: tensor<f32>) -> tensor<f64> {
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f64>
  cond {
  ^bb0(%a: tensor<f32>):
    %p = numjit.compare lt, %a, %a : tensor<f32>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f64>
}
