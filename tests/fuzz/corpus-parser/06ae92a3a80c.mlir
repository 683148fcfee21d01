func.func @slice(%x: tensor<4x4xf32>, %y: tensor<f32>, %e: tensor<0x3xi1>) -> (tensor<4x4xf32>, tensor<f32>, tensor<0x3xi1>, tensor<2x4xf32>, tensor<2xf32>) {
  %0 = numjit.slice %x, start = [0, 0], limit = [4, 4], strides = [1, 1] : tensor<4x4xf32> -> tensor<4x4xf32>
  %1 = numjit.slice %y, start = [], limit = [], strides = [] : tensor<f32> -> tensor<f32>
  %2 = numjit.slice %e, start = [0, 0], limit = [0, 3], strides = [5, 1] : tensor<0x3xi1> -> tensor<0x3xi1>
  %3 = numjit.slice %x, start = [0, 0], limit = [4, 4], strides = [2, 1] : tensor<4x4xf32> -> tensor<2x4xf32>
  %c = numjit.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %4 = numjit.slice %c, start = [1], limit = [3], strides = [1] : tensor<3xf32> -> tensor<2xf32>
  return %0, %1, %2, %3, %4 : tensor<4x4xf32>, tensor<f32>, tensor<0x3xi1>, tensor<2x4xf32>, tensor<2xf32>
}
