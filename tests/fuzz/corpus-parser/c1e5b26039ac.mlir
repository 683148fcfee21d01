func.func @reduce_dims_range(%a: tensor<2x3xf32>) {
  %0 = numjit.reduce sum %a, dims = [0, 2] : tensor<2x3xf32> -> tensor<f32>
  return
}
