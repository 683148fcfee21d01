func.func @f(%x: tensor<6xf32>, %i: tensor<6xi32>) -> (tensor<3xf32>, tensor<3xi32>) {
  %0 = numjit.slice %x, start = [1], limit = [6], strides = [2] : tensor<6xf32> -> tensor<3xf32>
  %1 = numjit.slice %i, start = [0], limit = [6], strides = [2] : tensor<6xi32> -> tensor<3xi32>
  return %0, %1 : tensor<3xf32>, tensor<3xi32>
}
