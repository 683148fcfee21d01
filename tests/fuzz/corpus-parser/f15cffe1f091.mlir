func.func @f(%x: tensor<6xf32>) -> tensor<6xf32> {
  %p = numjit.argsort %x, axis = 0 descending : tensor<6xf32> -> tensor<6xi32>
  %0 = numjit.gather %x[%p], axis = 0, batch_dims = 0 : (tensor<6xf32>, tensor<6xi32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}
