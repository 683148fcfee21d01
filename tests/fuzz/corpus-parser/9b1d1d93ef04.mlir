func.func @scan(%c0: tensor<2xf32>, %xs: tensor<3x2xf32>, %w: tensor<2xf32>) -> tensor<2xf32> {
  %r:2 = numjit.scan length = 3 carry (%c0, %w) over (%xs) : (tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  ^bb0(%c: tensor<2xf32>, %v: tensor<2xf32>, %x: tensor<2xf32>):
    %0 = numjit.mul %c, %v : tensor<2xf32>
    %1 = numjit.add %0, %x : tensor<2xf32>
    %2 = numjit.sin %1 : tensor<2xf32>
    numjit.yield %2, %v : tensor<2xf32>, tensor<2xf32>
  }
  return %r#0 : tensor<2xf32>
}
