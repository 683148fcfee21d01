func.func @constant() -> (tensor<2xf32>, tensor<f64>, tensor<2x2xi32>, tensor<4xi64>, tensor<3xi1>, tensor<i1>, tensor<0xi64>, tensor<2x0x3xf32>) {
  %0 = numjit.constant dense<[1.0, -2.5]> : tensor<2xf32>
  %1 = numjit.constant dense<3.5> : tensor<f64>
  %2 = numjit.constant dense<[[1, 2], [3, -4]]> : tensor<2x2xi32>
  %3 = numjit.constant dense<7> : tensor<4xi64>
  %4 = numjit.constant dense<[true, false, true]> : tensor<3xi1>
  %5 = numjit.constant dense<true> : tensor<i1>
  %6 = numjit.constant dense<> : tensor<0xi64>
  %7 = numjit.constant dense<> : tensor<2x0x3xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2xf32>, tensor<f64>, tensor<2x2xi32>, tensor<4xi64>, tensor<3xi1>, tensor<i1>, tensor<0xi64>, tensor<2x0x3xf32>
}
