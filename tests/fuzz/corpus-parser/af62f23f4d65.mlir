func.func @slice_start_after_limit(%a: tensor<4x4xf32>) {
  %0 = numjit.slice %a, start = [0, 3], limit = [4, 2], strides = [1, 1] : tensor<4x4xf32> -> tensor<4x0xf32>
  return
}
