"builtin.module"() ({
  "func.func"() <{function_type = (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2xf32>, sym_name = "f"}> ({
  ^bb0(%arg0: tensor<3xf32>, %arg1: tensor<2x3xf32>):
    %0 = "numjit.broadcast_in_dim"(%arg0) <{dims = array<i64: 1>}> : (tensor<3xf32>) -> tensor<2x3xf32>
    %1 = "numjit.add"(%0, %arg1) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %2 = "numjit.reduce"(%1) <{dims = array<i64: 1>, kind = 2 : i32}> : (tensor<2x3xf32>) -> tensor<2xf32>
    "func.return"(%2) : (tensor<2xf32>) -> ()
  }) : () -> ()
}) : () -> ()

