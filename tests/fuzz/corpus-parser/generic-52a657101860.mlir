"builtin.module"() ({
  "func.func"() <{function_type = (tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>), sym_name = "broadcast_kept"}> ({
  ^bb0(%arg0: tensor<3xf32>):
    %0 = "numjit.constant"() <{value = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>}> : () -> tensor<3xf32>
    %1 = "numjit.broadcast_in_dim"(%0) <{dims = array<i64: 1>}> : (tensor<3xf32>) -> tensor<2x3xf32>
    %2 = "numjit.broadcast_in_dim"(%arg0) <{dims = array<i64: 1>}> : (tensor<3xf32>) -> tensor<2x3xf32>
    "func.return"(%1, %2) : (tensor<2x3xf32>, tensor<2x3xf32>) -> ()
  }) : () -> ()
}) : () -> ()

