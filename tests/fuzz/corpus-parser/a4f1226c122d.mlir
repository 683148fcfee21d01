func.func @compare_operand_mismatch(%a: tensor<4xf32>, %b: tensor<4xf64>) {
  %0 = "numjit.compare"(%a, %b) <{direction = 0 : i32}> : (tensor<4xf32>, tensor<4xf64>) -> tensor<4xi1>
  return
}
