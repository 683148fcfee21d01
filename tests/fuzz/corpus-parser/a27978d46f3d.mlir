func.func @reshape(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<6xf32>, tensor<2x3xf32>, tensor<2x2xf64>, tensor<3x2xi1>, tensor<2x2xi32>, tensor<0x5xi32>) {
  %0 = numjit.reshape %x : tensor<2x3xf32> -> tensor<2x3xf32>
  %a = numjit.reshape %x : tensor<2x3xf32> -> tensor<3x2xf32>
  %1 = numjit.reshape %a : tensor<3x2xf32> -> tensor<6xf32>
  %b = numjit.reshape %x : tensor<2x3xf32> -> tensor<6x1xf32>
  %c = numjit.reshape %b : tensor<6x1xf32> -> tensor<1x6xf32>
  %2 = numjit.reshape %c : tensor<1x6xf32> -> tensor<2x3xf32>
  %d = numjit.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf64>
  %3 = numjit.reshape %d : tensor<4xf64> -> tensor<2x2xf64>
  %e = numjit.constant dense<[true, false, true, true, false, false]> : tensor<6xi1>
  %4 = numjit.reshape %e : tensor<6xi1> -> tensor<3x2xi1>
  %f = numjit.constant dense<5> : tensor<4xi32>
  %5 = numjit.reshape %f : tensor<4xi32> -> tensor<2x2xi32>
  %g = numjit.constant dense<> : tensor<0xi32>
  %6 = numjit.reshape %g : tensor<0xi32> -> tensor<0x5xi32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x3xf32>, tensor<6xf32>, tensor<2x3xf32>, tensor<2x2xf64>, tensor<3x2xi1>, tensor<2x2xi32>, tensor<0x5xi32>
}
