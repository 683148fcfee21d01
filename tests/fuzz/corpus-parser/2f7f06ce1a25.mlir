func.func @slice_start_negative(%a: tensor<4x4xf32>) {
  %0 = numjit.slice %a, start = [-1, 0], limit = [2, 4], strides = [1, 1] : tensor<4x4xf32> -> tensor<3x4xf32>
  return
}
