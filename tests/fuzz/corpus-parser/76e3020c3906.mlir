func.func @dynamic_update_slice_fit(%x: tensor<4x3xf32>, %s: tensor<i32>, %u: tensor<2x5xf32>) {
  %0 = numjit.dynamic_update_slice %x[%s, %s], %u : tensor<4x3xf32>, tensor<2x5xf32>, starts(tensor<i32>, tensor<i32>) -> tensor<4x3xf32>
  return
}
