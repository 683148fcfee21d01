func.func @cond_isolated(%p: tensor<i1>, %x: tensor<f32>) -> tensor<f32> {
  %r = numjit.cond %p () : () -> tensor<f32> {
    numjit.yield %x : tensor<f32>
  } else {
    numjit.yield %x : tensor<f32>
  }
  return %r : tensor<f32>
}
