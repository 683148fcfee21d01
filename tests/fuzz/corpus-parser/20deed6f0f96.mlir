func.func @select_branch_mismatch(%p: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<4xf64>) {
  %0 = "numjit.select"(%p, %a, %b) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf64>) -> tensor<4xf64>
  return
}
