func.func @shift_of_bools(%x: tensor<4xi1>) {
  %0 = numjit.shift_left %x, %x : tensor<4xi1>
  return
}
