func.func @iota_i1() {
  %0 = numjit.iota dim = 0 : tensor<4xi1>
  return
}
