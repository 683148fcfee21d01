func.func @and_of_bf16(%x: tensor<4xbf16>) {
  %0 = numjit.and %x, %x : tensor<4xbf16>
  return
}
