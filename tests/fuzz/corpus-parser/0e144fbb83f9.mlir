func.func @transpose(%x: tensor<2x3xf32>, %y: tensor<f32>, %z: tensor<2x3x4xi32>) -> (tensor<2x3xf32>, tensor<f32>, tensor<2x3x4xi32>, tensor<3x2xf32>, tensor<2x4x3xi32>, tensor<2x1xf32>) {
  %0 = numjit.transpose %x, permutation = [0, 1] : tensor<2x3xf32> -> tensor<2x3xf32>
  %1 = numjit.transpose %y, permutation = [] : tensor<f32> -> tensor<f32>
  %2 = numjit.transpose %z, permutation = [0, 1, 2] : tensor<2x3x4xi32> -> tensor<2x3x4xi32>
  %3 = numjit.transpose %x, permutation = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  %4 = numjit.transpose %z, permutation = [0, 2, 1] : tensor<2x3x4xi32> -> tensor<2x4x3xi32>
  %c = numjit.constant dense<[[1.0, 2.0]]> : tensor<1x2xf32>
  %5 = numjit.transpose %c, permutation = [1, 0] : tensor<1x2xf32> -> tensor<2x1xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xf32>, tensor<f32>, tensor<2x3x4xi32>, tensor<3x2xf32>, tensor<2x4x3xi32>, tensor<2x1xf32>
}
