func.func @convert_shape(%a: tensor<4xf32>) {
  %0 = numjit.convert %a : tensor<4xf32> -> tensor<2x2xi32>
  return
}
