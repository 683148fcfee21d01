func.func @transpose_perm_range(%a: tensor<2x3xf32>) {
  %0 = numjit.transpose %a, permutation = [0, 2] : tensor<2x3xf32> -> tensor<2x3xf32>
  return
}
