func.func @slice_result(%a: tensor<10xi32>) {
  %0 = numjit.slice %a, start = [0], limit = [10], strides = [3] : tensor<10xi32> -> tensor<3xi32>
  return
}
