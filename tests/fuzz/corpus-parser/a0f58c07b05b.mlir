func.func @dot_general(%arg0: tensor<2x3xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<5x2x3xf64>, %arg3: tensor<5x3x4xf64>, %arg4: tensor<3xi32>, %arg5: tensor<2x0xi64>, %arg6: tensor<0x4xi64>, %arg7: tensor<2xi32>) -> (tensor<2x4xf32>, tensor<4x2xf32>, tensor<5x2x4xf64>, tensor<5x4x2xf64>, tensor<i32>, tensor<3x2xi32>, tensor<3xi32>, tensor<2x4xi64>) {
  %0 = numjit.dot_general %arg0, %arg1, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %1 = numjit.dot_general %arg1, %arg0, batch = [] x [], contract = [0] x [1] : (tensor<3x4xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  %2 = numjit.dot_general %arg2, %arg3, batch = [0] x [0], contract = [2] x [1] : (tensor<5x2x3xf64>, tensor<5x3x4xf64>) -> tensor<5x2x4xf64>
  %3 = numjit.dot_general %arg3, %arg2, batch = [0] x [0], contract = [1] x [2] : (tensor<5x3x4xf64>, tensor<5x2x3xf64>) -> tensor<5x4x2xf64>
  %4 = numjit.dot_general %arg4, %arg4, batch = [] x [], contract = [0] x [0] : (tensor<3xi32>, tensor<3xi32>) -> tensor<i32>
  %5 = numjit.dot_general %arg4, %arg7, batch = [] x [], contract = [] x [] : (tensor<3xi32>, tensor<2xi32>) -> tensor<3x2xi32>
  %6 = numjit.dot_general %arg4, %arg4, batch = [0] x [0], contract = [] x [] : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %7 = numjit.dot_general %arg5, %arg6, batch = [] x [], contract = [1] x [0] : (tensor<2x0xi64>, tensor<0x4xi64>) -> tensor<2x4xi64>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x4xf32>, tensor<4x2xf32>, tensor<5x2x4xf64>, tensor<5x4x2xf64>, tensor<i32>, tensor<3x2xi32>, tensor<3xi32>, tensor<2x4xi64>
}
