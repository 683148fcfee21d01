func.func @sqrt_unranked(%a: tensor<*xf32>) {
  %0 = "numjit.sqrt"(%a) : (tensor<*xf32>) -> tensor<*xf32>
  return
}
