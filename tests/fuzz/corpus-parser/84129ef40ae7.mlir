func.func @broadcast_element_type(%a: tensor<3xf32>) {
  %0 = numjit.broadcast_in_dim %a, dims = [1] : tensor<3xf32> -> tensor<2x3xf64>
  return
}
