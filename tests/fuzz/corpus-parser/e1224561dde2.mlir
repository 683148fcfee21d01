func.func @iota_rank0() {
  %0 = numjit.iota dim = 0 : tensor<i32>
  return
}
