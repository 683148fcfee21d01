func.func @erf_inv_of_ints(%x: tensor<4xi32>) {
  %0 = numjit.erf_inv %x : tensor<4xi32>
  return
}
