func.func @reduce_bad_kind(%a: tensor<2x3xf32>) {
  %0 = numjit.reduce mean %a, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  return
}
