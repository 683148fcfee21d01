func.func @log(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.log %arg0 : tensor<4xf32>
  %1 = numjit.log %arg1 : tensor<f64>
  %2 = numjit.log %arg2 : tensor<2x0xf32>
  %3 = numjit.log %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}
