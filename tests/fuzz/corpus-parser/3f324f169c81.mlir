func.func @iota_dim_negative() {
  %0 = numjit.iota dim = -1 : tensor<2x3xf32>
  return
}
