func.func @f(%x: tensor<3xf32>) -> tensor<3xf32> {
  %1 = numjit.pad %x, low = [0], high = [0], interior = [4611686018427387904] : tensor<3xf32> -> tensor<3xf32>
  return %1 : tensor<3xf32>
}
