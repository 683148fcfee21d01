func.func @argsort_result_type(%x: tensor<4xf32>) {
  %0 = numjit.argsort %x, axis = 0 : tensor<4xf32> -> tensor<4xf32>
  return
}
