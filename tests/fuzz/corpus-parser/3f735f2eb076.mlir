func.func @compare_result_shape(%a: tensor<4xf32>) {
  %0 = "numjit.compare"(%a, %a) <{direction = 0 : i32}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<3xi1>
  return
}
