func.func @slice_lengths(%a: tensor<4x4xf32>) {
  %0 = numjit.slice %a, start = [0, 0], limit = [2], strides = [1, 1] : tensor<4x4xf32> -> tensor<2x4xf32>
  return
}
