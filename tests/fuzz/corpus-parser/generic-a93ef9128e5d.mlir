"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xi1>), sym_name = "select_kept"}> ({
  ^bb0(%arg0: tensor<4xi1>, %arg1: tensor<4xf32>, %arg2: tensor<4xf32>):
    %0 = "numjit.constant"() <{value = dense<[true, false, true, false]> : tensor<4xi1>}> : () -> tensor<4xi1>
    %1 = "numjit.constant"() <{value = dense<true> : tensor<4xi1>}> : () -> tensor<4xi1>
    %2 = "numjit.constant"() <{value = dense<false> : tensor<4xi1>}> : () -> tensor<4xi1>
    %3 = "numjit.select"(%0, %arg1, %arg2) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4 = "numjit.select"(%arg0, %arg1, %arg2) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5 = "numjit.select"(%arg0, %1, %2) : (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    "func.return"(%3, %4, %5) : (tensor<4xf32>, tensor<4xf32>, tensor<4xi1>) -> ()
  }) : () -> ()
}) : () -> ()

