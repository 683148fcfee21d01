func.func @slice(%arg0: tensor<4x4xf32>, %arg1: tensor<10xi32>, %arg2: tensor<f64>, %arg3: tensor<3x0xi1>, %arg4: tensor<5xi64>) -> (tensor<2x2xf32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<f64>, tensor<1x0xi1>, tensor<5xi64>) {
  %0 = numjit.slice %arg0, start = [0, 1], limit = [2, 3], strides = [1, 1] : tensor<4x4xf32> -> tensor<2x2xf32>
  %1 = numjit.slice %arg1, start = [1], limit = [10], strides = [3] : tensor<10xi32> -> tensor<3xi32>
  %2 = numjit.slice %arg1, start = [0], limit = [10], strides = [4] : tensor<10xi32> -> tensor<3xi32>
  %3 = numjit.slice %arg1, start = [4], limit = [4], strides = [1] : tensor<10xi32> -> tensor<0xi32>
  %4 = numjit.slice %arg2, start = [], limit = [], strides = [] : tensor<f64> -> tensor<f64>
  %5 = numjit.slice %arg3, start = [1, 0], limit = [3, 0], strides = [2, 1] : tensor<3x0xi1> -> tensor<1x0xi1>
  %6 = numjit.slice %arg4, start = [0], limit = [5], strides = [1] : tensor<5xi64> -> tensor<5xi64>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x2xf32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<f64>, tensor<1x0xi1>, tensor<5xi64>
}
