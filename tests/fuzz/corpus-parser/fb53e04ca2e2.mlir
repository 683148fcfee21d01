func.func @concatenate_rank0(%a: tensor<f32>) {
  %0 = "numjit.concatenate"(%a, %a) <{dim = 0 : i64}> : (tensor<f32>, tensor<f32>) -> tensor<2xf32>
  return
}
