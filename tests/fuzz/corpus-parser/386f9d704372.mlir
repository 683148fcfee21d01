func.func @add_float_zero_kept(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %z = numjit.constant dense<0.0> : tensor<4xf32>
  %nz = numjit.constant dense<-0.0> : tensor<4xf32>
  %0 = numjit.add %x, %z : tensor<4xf32>
  %1 = numjit.add %z, %x : tensor<4xf32>
  %2 = numjit.add %x, %nz : tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}
