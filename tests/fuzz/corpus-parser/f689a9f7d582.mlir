func.func @while_body_args(%x: tensor<f32>) -> tensor<f32> {
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<f32>):
    %p = numjit.constant dense<true> : tensor<i1>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<i32>):
    numjit.yield %x : tensor<f32>
  }
  return %r : tensor<f32>
}
