func.func @add_resource_kept() -> (tensor<2xf32>, tensor<2xf32>) {
  %r = numjit.constant dense_resource<blob> : tensor<2xf32>
  %0 = numjit.add %r, %r : tensor<2xf32>
  %one = numjit.constant dense<1.0> : tensor<2xf32>
  %1 = numjit.mul %r, %one : tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}
