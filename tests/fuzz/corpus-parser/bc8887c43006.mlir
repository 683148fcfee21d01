func.func @abs(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.abs %arg0 : tensor<4xf32>
  %1 = numjit.abs %arg1 : tensor<f64>
  %2 = numjit.abs %arg2 : tensor<2x3xi32>
  %3 = numjit.abs %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}
