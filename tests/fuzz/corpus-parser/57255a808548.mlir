func.func @f(%x: tensor<4xf32>) -> tensor<i32> {
  %0 = numjit.argmax %x, dim = 0 : tensor<4xf32> -> tensor<i32>
  return %0 : tensor<i32>
}
