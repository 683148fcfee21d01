func.func @reduce_dims_negative(%a: tensor<2x3xf32>) {
  %0 = numjit.reduce max %a, dims = [-1] : tensor<2x3xf32> -> tensor<2xf32>
  return
}
