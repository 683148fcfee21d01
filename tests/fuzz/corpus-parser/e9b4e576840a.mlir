func.func @dynamic_slice_starts(%x: tensor<4x3xf32>, %s: tensor<i32>) {
  %0 = numjit.dynamic_slice %x[%s], sizes = [2, 2] : (tensor<4x3xf32>, tensor<i32>) -> tensor<2x2xf32>
  return
}
