func.func @f(%x: tensor<3xf32>, %y: tensor<3xf32>) -> tensor<3xf32> {
  %0 = numjit.exp %x : tensor<3xf32>
  %1 = numjit.mul %0, %y : tensor<3xf32>
  return %1 : tensor<3xf32>
}
