func.func @reduce_result(%a: tensor<2x3xf32>) {
  %0 = numjit.reduce prod %a, dims = [1] : tensor<2x3xf32> -> tensor<3xf32>
  return
}
