func.func @dynamic_slice_too_big(%x: tensor<4x3xf32>, %s: tensor<i32>) {
  %0 = numjit.dynamic_slice %x[%s, %s], sizes = [2, 4] : (tensor<4x3xf32>, tensor<i32>, tensor<i32>) -> tensor<2x4xf32>
  return
}
