func.func @iota_extra_size(%n: index) {
  %0 = numjit.iota dim = 0, sizes = [%n] : tensor<4xi32>
  return
}
