func.func @constant_type_mismatch() {
  %0 = "numjit.constant"() <{value = dense<1.0> : tensor<2xf32>}> : () -> tensor<3xf32>
  return
}
