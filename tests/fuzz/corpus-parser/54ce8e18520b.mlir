func.func @abs_result_type(%a: tensor<4xf32>) {
  %0 = "numjit.abs"(%a) : (tensor<4xf32>) -> tensor<4xf64>
  return
}
