func.func @argmax(%arg0: tensor<2x3xf32>, %arg1: tensor<4xf64>, %arg2: tensor<2x3x4xi32>, %arg3: tensor<0x5xi64>) -> (tensor<2xi64>, tensor<3xi32>, tensor<i32>, tensor<i64>, tensor<2x3xi64>, tensor<0xi32>) {
  %0 = numjit.argmax %arg0, dim = 1 : tensor<2x3xf32> -> tensor<2xi64>
  %1 = numjit.argmax %arg0, dim = 0 : tensor<2x3xf32> -> tensor<3xi32>
  %2 = numjit.argmax %arg1, dim = 0 : tensor<4xf64> -> tensor<i32>
  %3 = numjit.argmax %arg1, dim = 0 : tensor<4xf64> -> tensor<i64>
  %4 = numjit.argmax %arg2, dim = 2 : tensor<2x3x4xi32> -> tensor<2x3xi64>
  %5 = numjit.argmax %arg3, dim = 1 : tensor<0x5xi64> -> tensor<0xi32>
  return %0, %1, %2, %3, %4, %5 : tensor<2xi64>, tensor<3xi32>, tensor<i32>, tensor<i64>, tensor<2x3xi64>, tensor<0xi32>
}
