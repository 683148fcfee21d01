func.func @sub_constants() -> (tensor<2xi32>, tensor<2xf32>, tensor<3xf64>) {
  %a = numjit.constant dense<[-2147483648, 5]> : tensor<2xi32>
  %b = numjit.constant dense<[1, 7]> : tensor<2xi32>
  %0 = numjit.sub %a, %b : tensor<2xi32>
  %c = numjit.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %d = numjit.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %1 = numjit.sub %c, %d : tensor<2xf32>
  %e = numjit.constant dense<10.0> : tensor<3xf64>
  %f = numjit.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf64>
  %2 = numjit.sub %e, %f : tensor<3xf64>
  return %0, %1, %2 : tensor<2xi32>, tensor<2xf32>, tensor<3xf64>
}
