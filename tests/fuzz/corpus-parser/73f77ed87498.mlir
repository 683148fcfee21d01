func.func @concatenate_no_inputs() {
  %0 = "numjit.concatenate"() <{dim = 0 : i64}> : () -> tensor<0xf32>
  return
}
