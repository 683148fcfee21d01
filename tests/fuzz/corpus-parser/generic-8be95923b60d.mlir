"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<5xi32>, tensor<2x4xf32>, tensor<2x3xui8>, tensor<i64>, tensor<8xui32>) -> (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<8xui32>), sym_name = "indexing"}> ({
  ^bb0(%arg0: tensor<4x3xf32>, %arg1: tensor<5xi32>, %arg2: tensor<2x4xf32>, %arg3: tensor<2x3xui8>, %arg4: tensor<i64>, %arg5: tensor<8xui32>):
    %0 = "numjit.gather"(%arg0, %arg1) <{axis = 0 : i64, batch_dims = 0 : i64}> : (tensor<4x3xf32>, tensor<5xi32>) -> tensor<5x3xf32>
    %1 = "numjit.gather"(%arg2, %arg3) <{axis = 1 : i64, batch_dims = 1 : i64}> : (tensor<2x4xf32>, tensor<2x3xui8>) -> tensor<2x3xf32>
    %2 = "numjit.scatter"(%arg0, %arg1, %0) <{axis = 0 : i64, batch_dims = 0 : i64}> ({
    ^bb0(%arg6: tensor<f32>, %arg7: tensor<f32>):
      %6 = "numjit.add"(%arg6, %arg7) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "numjit.yield"(%6) : (tensor<f32>) -> ()
    }) : (tensor<4x3xf32>, tensor<5xi32>, tensor<5x3xf32>) -> tensor<4x3xf32>
    %3 = "numjit.dynamic_slice"(%arg0, %arg4, %arg4) <{sizes = array<i64: 2, 2>}> : (tensor<4x3xf32>, tensor<i64>, tensor<i64>) -> tensor<2x2xf32>
    %4 = "numjit.dynamic_update_slice"(%arg0, %arg4, %arg4, %3) : (tensor<4x3xf32>, tensor<i64>, tensor<i64>, tensor<2x2xf32>) -> tensor<4x3xf32>
    %5 = "numjit.threefry2x32"(%arg5, %arg5, %arg5, %arg5) <{word = 1 : i64}> : (tensor<8xui32>, tensor<8xui32>, tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    "func.return"(%1, %2, %4, %5) : (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<8xui32>) -> ()
  }) : () -> ()
}) : () -> ()

