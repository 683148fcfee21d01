func.func @compare_bad_direction_value(%a: tensor<4xf32>) {
  %0 = "numjit.compare"(%a, %a) <{direction = 9 : i32}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  return
}
