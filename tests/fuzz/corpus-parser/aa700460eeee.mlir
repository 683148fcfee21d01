func.func @select_kept(%p: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xi1>) {
  %m = numjit.constant dense<[true, false, true, false]> : tensor<4xi1>
  %t = numjit.constant dense<true> : tensor<4xi1>
  %f = numjit.constant dense<false> : tensor<4xi1>
  %0 = numjit.select %m, %a, %b : tensor<4xi1>, tensor<4xf32>
  %1 = numjit.select %p, %a, %b : tensor<4xi1>, tensor<4xf32>
  %2 = numjit.select %p, %t, %f : tensor<4xi1>, tensor<4xi1>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xi1>
}
