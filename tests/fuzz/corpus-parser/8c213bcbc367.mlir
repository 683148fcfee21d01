func.func @indexing(%x: tensor<4x3xf32>, %i: tensor<5xi32>, %y: tensor<2x4xf32>, %j: tensor<2x3xui8>,
                    %s: tensor<i64>, %k: tensor<8xui32>)
    -> (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<8xui32>) {
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4x3xf32>, tensor<5xi32>) -> tensor<5x3xf32>
  %1 = numjit.gather %y[%j], axis = 1, batch_dims = 1 : (tensor<2x4xf32>, tensor<2x3xui8>) -> tensor<2x3xf32>
  %2 = numjit.scatter %x[%i], %0, axis = 0, batch_dims = 0
      : (tensor<4x3xf32>, tensor<5xi32>, tensor<5x3xf32>) -> tensor<4x3xf32> {
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    %a = numjit.add %old, %new : tensor<f32>
    numjit.yield %a : tensor<f32>
  }
  %3 = numjit.dynamic_slice %x[%s, %s], sizes = [2, 2] : (tensor<4x3xf32>, tensor<i64>, tensor<i64>) -> tensor<2x2xf32>
  %4 = numjit.dynamic_update_slice %x[%s, %s], %3 : tensor<4x3xf32>, tensor<2x2xf32>, starts(tensor<i64>, tensor<i64>) -> tensor<4x3xf32>
  %5 = numjit.threefry2x32 %k, %k, %k, %k, word = 1 : tensor<8xui32>
  return %1, %2, %4, %5 : tensor<2x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<8xui32>
}
