func.func @concatenate(%a: tensor<2x3xf32>, %b: tensor<1x3xf32>, %c: tensor<2x0xi1>, %d: tensor<4xi64>) -> (tensor<3x3xf32>, tensor<2x0xi1>, tensor<4xi64>) {
  %0 = numjit.concatenate (%a, %b), dim = 0 : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
  %1 = numjit.concatenate (%c, %c, %c), dim = 1 : (tensor<2x0xi1>, tensor<2x0xi1>, tensor<2x0xi1>) -> tensor<2x0xi1>
  %2 = numjit.concatenate (%d), dim = 0 : (tensor<4xi64>) -> tensor<4xi64>
  return %0, %1, %2 : tensor<3x3xf32>, tensor<2x0xi1>, tensor<4xi64>
}
