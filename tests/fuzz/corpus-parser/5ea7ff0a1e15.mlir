func.func @add_int_zero(%x: tensor<4xi32>, %y: tensor<i64>) -> (tensor<4xi32>, tensor<4xi32>, tensor<i64>) {
  %z = numjit.constant dense<0> : tensor<4xi32>
  %zl = numjit.constant dense<0> : tensor<i64>
  %0 = numjit.add %x, %z : tensor<4xi32>
  %1 = numjit.add %z, %x : tensor<4xi32>
  %2 = numjit.add %y, %zl : tensor<i64>
  return %0, %1, %2 : tensor<4xi32>, tensor<4xi32>, tensor<i64>
}
