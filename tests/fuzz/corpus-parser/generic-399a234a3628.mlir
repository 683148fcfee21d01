"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<1x3xf32>, tensor<2x0xi1>, tensor<4xi64>) -> (tensor<3x3xf32>, tensor<2x0xi1>, tensor<4xi64>), sym_name = "concatenate"}> ({
  ^bb0(%arg0: tensor<2x3xf32>, %arg1: tensor<1x3xf32>, %arg2: tensor<2x0xi1>, %arg3: tensor<4xi64>):
    %0 = "numjit.concatenate"(%arg0, %arg1) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
    %1 = "numjit.concatenate"(%arg2, %arg2, %arg2) <{dim = 1 : i64}> : (tensor<2x0xi1>, tensor<2x0xi1>, tensor<2x0xi1>) -> tensor<2x0xi1>
    %2 = "numjit.concatenate"(%arg3) <{dim = 0 : i64}> : (tensor<4xi64>) -> tensor<4xi64>
    "func.return"(%0, %1, %2) : (tensor<3x3xf32>, tensor<2x0xi1>, tensor<4xi64>) -> ()
  }) : () -> ()
}) : () -> ()

