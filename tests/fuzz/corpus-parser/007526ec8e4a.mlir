func.func @other_arith_kept() -> (tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi1>) {
  %a = numjit.constant dense<[7, -7]> : tensor<2xi32>
  %b = numjit.constant dense<[2, 0]> : tensor<2xi32>
  %0 = numjit.div %a, %b : tensor<2xi32>
  %1 = numjit.rem %a, %b : tensor<2xi32>
  %2 = numjit.max %a, %b : tensor<2xi32>
  %3 = numjit.neg %a : tensor<2xi32>
  %4 = numjit.compare lt, %a, %b : tensor<2xi32>
  return %0, %1, %2, %3, %4 : tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi1>
}
