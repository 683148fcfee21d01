func.func @reduce_dims_repeat(%a: tensor<2x3xf32>) {
  %0 = numjit.reduce sum %a, dims = [1, 1] : tensor<2x3xf32> -> tensor<2xf32>
  return
}
