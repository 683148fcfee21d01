func.func @f(%x: tensor<3x4xf32>, %y: tensor<5xi32>) -> (tensor<3x4xf32>, tensor<2x5xi32>, tensor<5xi32>) {
  %0 = numjit.all_reduce sum %x, group_size = 2 : tensor<3x4xf32>
  %1 = numjit.all_gather %y, group_size = 2, rank = 1 : tensor<5xi32> -> tensor<2x5xi32>
  %2 = numjit.collective_broadcast %y, root = 0, group_size = 2, rank = 1 : tensor<5xi32>
  return %0, %1, %2 : tensor<3x4xf32>, tensor<2x5xi32>, tensor<5xi32>
}
func.func @g(%a: memref<8xf32>, %b: memref<8xf32>) {
  numjit.collective all_max %a, %b, group_size = 4 : memref<8xf32>, memref<8xf32>
  return
}
