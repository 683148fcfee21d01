func.func @compare_result_not_i1(%a: tensor<4xf32>) {
  %0 = "numjit.compare"(%a, %a) <{direction = 0 : i32}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}
