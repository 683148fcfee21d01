func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = numjit.exp %x : tensor<4xf32>
  %1 = numjit.mul %0, %x : tensor<4xf32>
  return %1 : tensor<4xf32>
}
