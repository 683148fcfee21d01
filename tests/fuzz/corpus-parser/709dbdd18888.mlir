func.func @select_fold(%p: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<i64>, %d: tensor<i64>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<i64>, tensor<f64>) {
  %t = numjit.constant dense<true> : tensor<4xi1>
  %f = numjit.constant dense<false> : tensor<4xi1>
  %0 = numjit.select %t, %a, %b : tensor<4xi1>, tensor<4xf32>
  %1 = numjit.select %f, %a, %b : tensor<4xi1>, tensor<4xf32>
  %2 = numjit.select %p, %a, %a : tensor<4xi1>, tensor<4xf32>
  %f0 = numjit.constant dense<false> : tensor<i1>
  %3 = numjit.select %f0, %c, %d : tensor<i1>, tensor<i64>
  %c1 = numjit.constant dense<1.0> : tensor<f64>
  %c2 = numjit.constant dense<2.0> : tensor<f64>
  %4 = numjit.select %f0, %c1, %c2 : tensor<i1>, tensor<f64>
  return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<i64>, tensor<f64>
}
