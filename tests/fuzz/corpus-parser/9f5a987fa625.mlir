func.func @constant_i8() {
  %0 = numjit.constant dense<1> : tensor<2xi8>
  return
}
