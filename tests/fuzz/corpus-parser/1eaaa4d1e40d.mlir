func.func @threefry_word(%k: tensor<4xui32>) {
  %0 = numjit.threefry2x32 %k, %k, %k, %k, word = 2 : tensor<4xui32>
  return
}
