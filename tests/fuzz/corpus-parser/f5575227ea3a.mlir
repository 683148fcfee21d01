func.func @sub_zero(%x: tensor<4xi32>, %y: tensor<i64>, %f: tensor<4xf32>) -> (tensor<4xi32>, tensor<i64>, tensor<4xi32>, tensor<4xf32>) {
  %z = numjit.constant dense<0> : tensor<4xi32>
  %zl = numjit.constant dense<0> : tensor<i64>
  %zf = numjit.constant dense<0.0> : tensor<4xf32>
  %0 = numjit.sub %x, %z : tensor<4xi32>
  %1 = numjit.sub %y, %zl : tensor<i64>
  %2 = numjit.sub %z, %x : tensor<4xi32>
  %3 = numjit.sub %f, %zf : tensor<4xf32>
  return %0, %1, %2, %3 : tensor<4xi32>, tensor<i64>, tensor<4xi32>, tensor<4xf32>
}
