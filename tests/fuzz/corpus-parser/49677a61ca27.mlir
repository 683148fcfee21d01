func.func @while_cond_args(%x: tensor<f32>) -> tensor<f32> {
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<2xf32>):
    %p = numjit.constant dense<true> : tensor<i1>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}
