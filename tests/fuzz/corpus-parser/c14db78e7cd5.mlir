func.func @while_cond_yield(%x: tensor<f32>) -> tensor<f32> {
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<f32>):
    %p = numjit.constant dense<true> : tensor<2xi1>
    numjit.yield %p : tensor<2xi1>
  } do {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}
