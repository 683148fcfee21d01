func.func @bitcast_width(%x: tensor<4xf64>) {
  %0 = numjit.bitcast_convert %x : tensor<4xf64> -> tensor<4xui32>
  return
}
