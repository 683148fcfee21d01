func.func @and_of_floats(%x: tensor<4xf32>) {
  %0 = numjit.and %x, %x : tensor<4xf32>
  return
}
