func.func @select_pred_not_i1(%p: tensor<4xf32>, %a: tensor<4xf32>) {
  %0 = numjit.select %p, %a, %a : tensor<4xf32>, tensor<4xf32>
  return
}
