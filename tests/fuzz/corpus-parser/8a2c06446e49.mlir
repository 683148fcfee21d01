func.func @reshape_missing_size(%x: tensor<?x6xf32>) {
  %0 = numjit.reshape %x : tensor<?x6xf32> -> tensor<?x2x3xf32>
  return
}
