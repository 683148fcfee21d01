"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<1x3xf32>) -> (tensor<2x3xf32>, tensor<3x3xf32>), sym_name = "concatenate"}> ({
  ^bb0(%arg0: tensor<2x3xf32>, %arg1: tensor<1x3xf32>):
    %0 = "numjit.concatenate"(%arg0) <{dim = 1 : i64}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %1 = "numjit.concatenate"(%arg0, %arg1) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
    "func.return"(%0, %1) : (tensor<2x3xf32>, tensor<3x3xf32>) -> ()
  }) : () -> ()
}) : () -> ()

