func.func @argsort_shape(%x: tensor<4x3xf32>) {
  %0 = numjit.argsort %x, axis = 0 : tensor<4x3xf32> -> tensor<3x4xi32>
  return
}
