func.func @constant_uniqued() -> (tensor<2xf32>, tensor<2xf32>, tensor<3xi32>) {
  %0 = numjit.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %1 = numjit.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %2 = numjit.iota dim = 0 : tensor<3xi32>
  return %0, %1, %2 : tensor<2xf32>, tensor<2xf32>, tensor<3xi32>
}
