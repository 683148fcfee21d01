func.func @broadcast_fold(%x: tensor<3xf32>, %y: tensor<f64>) -> (tensor<3xf32>, tensor<f64>, tensor<2x3xf32>, tensor<2x2xi1>, tensor<3x1x2xi64>, tensor<0xf32>) {
  %0 = numjit.broadcast_in_dim %x, dims = [0] : tensor<3xf32> -> tensor<3xf32>
  %1 = numjit.broadcast_in_dim %y, dims = [] : tensor<f64> -> tensor<f64>
  %a = numjit.constant dense<2.0> : tensor<1xf32>
  %2 = numjit.broadcast_in_dim %a, dims = [1] : tensor<1xf32> -> tensor<2x3xf32>
  %t = numjit.constant dense<true> : tensor<i1>
  %3 = numjit.broadcast_in_dim %t, dims = [] : tensor<i1> -> tensor<2x2xi1>
  %n = numjit.constant dense<-7> : tensor<1x2xi64>
  %4 = numjit.broadcast_in_dim %n, dims = [1, 2] : tensor<1x2xi64> -> tensor<3x1x2xi64>
  %5 = numjit.broadcast_in_dim %a, dims = [0] : tensor<1xf32> -> tensor<0xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<3xf32>, tensor<f64>, tensor<2x3xf32>, tensor<2x2xi1>, tensor<3x1x2xi64>, tensor<0xf32>
}
