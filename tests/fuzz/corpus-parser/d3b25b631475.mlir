func.func @mul_constants() -> (tensor<2xi64>, tensor<2xf64>, tensor<2xi32>) {
  %a = numjit.constant dense<[4294967296, 3]> : tensor<2xi64>
  %b = numjit.constant dense<[-3, 3]> : tensor<2xi64>
  %0 = numjit.mul %a, %b : tensor<2xi64>
  %c = numjit.constant dense<[1.5, 0x7FF0000000000000]> : tensor<2xf64>
  %d = numjit.constant dense<[-2.0, 0.0]> : tensor<2xf64>
  %1 = numjit.mul %c, %d : tensor<2xf64>
  %e = numjit.constant dense<[65536, -1]> : tensor<2xi32>
  %2 = numjit.mul %e, %e : tensor<2xi32>
  return %0, %1, %2 : tensor<2xi64>, tensor<2xf64>, tensor<2xi32>
}
