func.func @rem(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.rem %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.rem %arg1, %arg1 : tensor<f64>
  %2 = numjit.rem %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.rem %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}
