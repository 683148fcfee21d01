func.func @loop(%x: tensor<f32>) -> tensor<f32> {
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<f32>):
    %h = numjit.constant dense<100.0> : tensor<f32>
    %p = numjit.compare lt, %a, %h : tensor<f32>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<f32>):
    %y = numjit.mul %a, %a : tensor<f32>
    numjit.yield %y : tensor<f32>
  }
  return %r : tensor<f32>
}
