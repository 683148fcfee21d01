func.func @reshape_element_type(%a: tensor<2x3xf32>) {
  %0 = numjit.reshape %a : tensor<2x3xf32> -> tensor<6xi32>
  return
}
