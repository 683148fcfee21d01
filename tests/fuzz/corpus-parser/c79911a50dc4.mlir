func.func @convert(%x: tensor<4xf32>, %b: tensor<i1>) -> (tensor<4xf32>, tensor<i1>, tensor<4xi32>, tensor<2xi32>) {
  %0 = numjit.convert %x : tensor<4xf32> -> tensor<4xf32>
  %1 = numjit.convert %b : tensor<i1> -> tensor<i1>
  %2 = numjit.convert %x : tensor<4xf32> -> tensor<4xi32>
  %c = numjit.constant dense<[1.5, -2.5]> : tensor<2xf32>
  %3 = numjit.convert %c : tensor<2xf32> -> tensor<2xi32>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<i1>, tensor<4xi32>, tensor<2xi32>
}
