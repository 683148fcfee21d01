func.func @f(%x: tensor<5xf32>) -> tensor<5xf32> {
  %0 = numjit.cumprod %x, axis = 0 reverse : tensor<5xf32>
  return %0 : tensor<5xf32>
}
