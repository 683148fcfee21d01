func.func @add_constants() -> (tensor<2xf32>, tensor<3xi32>, tensor<i64>, tensor<2xf64>, tensor<1000x1000xf32>, tensor<3xi32>, tensor<0xf32>, tensor<1xf32>) {
  %a = numjit.constant dense<[1.5, 2.0]> : tensor<2xf32>
  %b = numjit.constant dense<[0.25, -4.0]> : tensor<2xf32>
  %0 = numjit.add %a, %b : tensor<2xf32>
  %c = numjit.constant dense<[2147483647, 1, -5]> : tensor<3xi32>
  %d = numjit.constant dense<1> : tensor<3xi32>
  %1 = numjit.add %c, %d : tensor<3xi32>
  %e = numjit.constant dense<9223372036854775807> : tensor<i64>
  %2 = numjit.add %e, %e : tensor<i64>
  %f = numjit.constant dense<[0x7FF8000000000000, 0x7FF0000000000000]> : tensor<2xf64>
  %g = numjit.constant dense<[1.0, 0xFFF0000000000000]> : tensor<2xf64>
  %3 = numjit.add %f, %g : tensor<2xf64>
  %h = numjit.constant dense<1.0> : tensor<1000x1000xf32>
  %4 = numjit.add %h, %h : tensor<1000x1000xf32>
  %i = numjit.constant dense<[1, 2, 3]> : tensor<3xi32>
  %j = numjit.constant dense<10> : tensor<3xi32>
  %5 = numjit.add %i, %j : tensor<3xi32>
  %z = numjit.constant dense<> : tensor<0xf32>
  %6 = numjit.add %z, %z : tensor<0xf32>
  %k = numjit.constant dense<16777216.0> : tensor<1xf32>
  %l = numjit.constant dense<1.0> : tensor<1xf32>
  %7 = numjit.add %k, %l : tensor<1xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2xf32>, tensor<3xi32>, tensor<i64>, tensor<2xf64>, tensor<1000x1000xf32>, tensor<3xi32>, tensor<0xf32>, tensor<1xf32>
}
