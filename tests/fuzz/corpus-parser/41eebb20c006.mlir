func.func @mul_one(%x: tensor<4xi32>, %f: tensor<4xf32>, %d: tensor<f64>) -> (tensor<4xi32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<f64>) {
  %one = numjit.constant dense<1> : tensor<4xi32>
  %onef = numjit.constant dense<1.0> : tensor<4xf32>
  %oned = numjit.constant dense<1.0> : tensor<f64>
  %0 = numjit.mul %x, %one : tensor<4xi32>
  %1 = numjit.mul %one, %x : tensor<4xi32>
  %2 = numjit.mul %f, %onef : tensor<4xf32>
  %3 = numjit.mul %onef, %f : tensor<4xf32>
  %4 = numjit.mul %d, %oned : tensor<f64>
  return %0, %1, %2, %3, %4 : tensor<4xi32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<f64>
}
