func.func @reshape(%arg0: tensor<2x3xf32>, %arg1: tensor<f64>, %arg2: tensor<0x3xi32>, %arg3: tensor<4xi1>, %arg4: tensor<1x1xi64>) -> (tensor<6xf32>, tensor<3x1x2xf32>, tensor<1x1xf64>, tensor<5x0xi32>, tensor<2x2xi1>, tensor<i64>) {
  %0 = numjit.reshape %arg0 : tensor<2x3xf32> -> tensor<6xf32>
  %1 = numjit.reshape %arg0 : tensor<2x3xf32> -> tensor<3x1x2xf32>
  %2 = numjit.reshape %arg1 : tensor<f64> -> tensor<1x1xf64>
  %3 = numjit.reshape %arg2 : tensor<0x3xi32> -> tensor<5x0xi32>
  %4 = numjit.reshape %arg3 : tensor<4xi1> -> tensor<2x2xi1>
  %5 = numjit.reshape %arg4 : tensor<1x1xi64> -> tensor<i64>
  return %0, %1, %2, %3, %4, %5 : tensor<6xf32>, tensor<3x1x2xf32>, tensor<1x1xf64>, tensor<5x0xi32>, tensor<2x2xi1>, tensor<i64>
}
