func.func @convert_to_i8(%a: tensor<4xf32>) {
  %0 = numjit.convert %a : tensor<4xf32> -> tensor<4xi8>
  return
}
