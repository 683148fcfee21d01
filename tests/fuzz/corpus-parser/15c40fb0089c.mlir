func.func @cond_pred_rank(%p: tensor<2xi1>, %x: tensor<f32>) -> tensor<f32> {
  %r = "numjit.cond"(%p, %x) ({
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }, {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }) : (tensor<2xi1>, tensor<f32>) -> tensor<f32>
  return %r : tensor<f32>
}
