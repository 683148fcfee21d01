func.func @reduce(%x: tensor<2x3xf32>, %y: tensor<i32>) -> (tensor<2x3xf32>, tensor<i32>, tensor<2xf32>, tensor<f32>) {
  %0 = numjit.reduce sum %x, dims = [] : tensor<2x3xf32> -> tensor<2x3xf32>
  %1 = numjit.reduce max %y, dims = [] : tensor<i32> -> tensor<i32>
  %2 = numjit.reduce prod %x, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %c = numjit.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %3 = numjit.reduce sum %c, dims = [0] : tensor<2xf32> -> tensor<f32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<i32>, tensor<2xf32>, tensor<f32>
}
{-#
  dialect_resources: {
    builtin: {
      blob: "0x040000000000803F00000040"
    }
  }
#-}
