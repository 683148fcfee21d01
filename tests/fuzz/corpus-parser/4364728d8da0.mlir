func.func @argsort_axis(%x: tensor<4xf32>) {
  %0 = numjit.argsort %x, axis = 1 : tensor<4xf32> -> tensor<4xi32>
  return
}
