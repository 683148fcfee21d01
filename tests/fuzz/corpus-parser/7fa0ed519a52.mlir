func.func @constant_vector() {
  %0 = numjit.constant dense<1.0> : vector<2xf32>
  return
}
