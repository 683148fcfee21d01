func.func @sorting(%x: tensor<4x8xf32>, %u: tensor<5xui8>)
    -> (tensor<4x8xi32>, tensor<5xi64>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<5xui8>) {
  %0 = numjit.argsort %x, axis = 1 : tensor<4x8xf32> -> tensor<4x8xi32>
  %1 = numjit.argsort %u, axis = 0 descending : tensor<5xui8> -> tensor<5xi64>
  %2 = numjit.cumsum %x, axis = 0 : tensor<4x8xf32>
  %3 = numjit.cumprod %x, axis = 1 reverse : tensor<4x8xf32>
  %4 = numjit.cumsum %u, axis = 0 reverse : tensor<5xui8>
  return %0, %1, %2, %3, %4 : tensor<4x8xi32>, tensor<5xi64>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<5xui8>
}
