func.func @add(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.add %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.add %arg1, %arg1 : tensor<f64>
  %2 = numjit.add %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.add %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}
