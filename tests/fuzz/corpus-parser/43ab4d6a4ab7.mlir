func.func @argsort_scalar(%x: tensor<f32>) {
  %0 = numjit.argsort %x, axis = 0 : tensor<f32> -> tensor<i32>
  return
}
