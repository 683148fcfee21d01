func.func @iota() -> (tensor<2x3xi32>, tensor<4xf64>, tensor<2x3x4xf32>, tensor<0x2xi64>) {
  %0 = numjit.iota dim = 1 : tensor<2x3xi32>
  %1 = numjit.iota dim = 0 : tensor<4xf64>
  %2 = numjit.iota dim = 2 : tensor<2x3x4xf32>
  %3 = numjit.iota dim = 1 : tensor<0x2xi64>
  return %0, %1, %2, %3 : tensor<2x3xi32>, tensor<4xf64>, tensor<2x3x4xf32>, tensor<0x2xi64>
}
