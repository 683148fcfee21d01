func.func @cumsum_bool(%x: tensor<4xi1>) {
  %0 = numjit.cumsum %x, axis = 0 : tensor<4xi1>
  return
}
