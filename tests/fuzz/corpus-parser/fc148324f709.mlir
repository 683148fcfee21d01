func.func @slice_limit(%a: tensor<4x4xf32>) {
  %0 = numjit.slice %a, start = [0, 0], limit = [5, 4], strides = [1, 1] : tensor<4x4xf32> -> tensor<5x4xf32>
  return
}
