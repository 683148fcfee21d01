func.func @dot(%x: tensor<3xf32>, %y: tensor<3xf32>) -> tensor<f32> {
  %0 = numjit.dot_general %x, %y, batch = [] x [], contract = [0] x [0] : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func @bmm(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}
func.func @neg(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = numjit.neg %a : tensor<2xf32>
  return %0 : tensor<2xf32>
}
