func.func @compare_bad_direction(%a: tensor<4xf32>) {
  %0 = numjit.compare neq, %a, %a : tensor<4xf32>
  return
}
