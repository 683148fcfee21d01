func.func @mul_kept(%f: tensor<4xf32>, %x: tensor<4xi32>) -> (tensor<4xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xf32>) {
  %zf = numjit.constant dense<0.0> : tensor<4xf32>
  %z = numjit.constant dense<0> : tensor<4xi32>
  %m1 = numjit.constant dense<-1> : tensor<4xi32>
  %two = numjit.constant dense<2.0> : tensor<4xf32>
  %0 = numjit.mul %f, %zf : tensor<4xf32>
  %1 = numjit.mul %x, %z : tensor<4xi32>
  %2 = numjit.mul %x, %m1 : tensor<4xi32>
  %3 = numjit.mul %f, %two : tensor<4xf32>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xf32>
}
