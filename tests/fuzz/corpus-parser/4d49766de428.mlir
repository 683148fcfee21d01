func.func @reduce(%arg0: tensor<2x3xf32>, %arg1: tensor<2x3xf64>, %arg2: tensor<2x3x4xi32>, %arg3: tensor<0x4xi64>, %arg4: tensor<i32>) -> (tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2x3xf32>, tensor<i32>) {
  %0 = numjit.reduce sum %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %1 = numjit.reduce sum %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %2 = numjit.reduce sum %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
  %3 = numjit.reduce sum %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %4 = numjit.reduce prod %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %5 = numjit.reduce prod %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %6 = numjit.reduce prod %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
  %7 = numjit.reduce prod %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %8 = numjit.reduce max %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %9 = numjit.reduce max %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %10 = numjit.reduce max %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
  %11 = numjit.reduce max %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %12 = numjit.reduce min %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %13 = numjit.reduce min %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %14 = numjit.reduce min %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
  %15 = numjit.reduce min %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %16 = numjit.reduce sum %arg0, dims = [] : tensor<2x3xf32> -> tensor<2x3xf32>
  %17 = numjit.reduce max %arg4, dims = [] : tensor<i32> -> tensor<i32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17 : tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2x3xf32>, tensor<i32>
}
