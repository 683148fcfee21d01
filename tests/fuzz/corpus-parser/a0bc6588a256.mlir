func.func @iota_dim_too_large() {
  %0 = numjit.iota dim = 2 : tensor<2x3xi32>
  return
}
