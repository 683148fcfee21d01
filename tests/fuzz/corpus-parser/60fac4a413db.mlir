func.func @cond_branch_args(%p: tensor<i1>, %x: tensor<f32>) -> tensor<f32> {
  %r = numjit.cond %p (%x) : (tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f64>):
    numjit.yield %x : tensor<f32>
  } else {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}
