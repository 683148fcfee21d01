func.func @cumsum_types(%x: tensor<4xf32>) {
  %0 = "numjit.cumsum"(%x) {axis = 0 : i64} : (tensor<4xf32>) -> tensor<4xf64>
  return
}
