func.func @cumprod_axis(%x: tensor<4xi32>) {
  %0 = numjit.cumprod %x, axis = -1 : tensor<4xi32>
  return
}
