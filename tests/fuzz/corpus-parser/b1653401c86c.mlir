func.func @select_pred_shape(%p: tensor<i1>, %a: tensor<4xf32>) {
  %0 = numjit.select %p, %a, %a : tensor<i1>, tensor<4xf32>
  return
}
