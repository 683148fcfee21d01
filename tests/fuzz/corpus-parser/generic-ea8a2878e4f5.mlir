"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xi32>, tensor<i64>, tensor<4xf32>) -> (tensor<4xi32>, tensor<i64>, tensor<4xi32>, tensor<4xf32>), sym_name = "sub_zero"}> ({
  ^bb0(%arg0: tensor<4xi32>, %arg1: tensor<i64>, %arg2: tensor<4xf32>):
    %0 = "numjit.constant"() <{value = dense<0> : tensor<4xi32>}> : () -> tensor<4xi32>
    %1 = "numjit.constant"() <{value = dense<0> : tensor<i64>}> : () -> tensor<i64>
    %2 = "numjit.constant"() <{value = dense<0.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %3 = "numjit.sub"(%arg0, %0) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %4 = "numjit.sub"(%arg1, %1) : (tensor<i64>, tensor<i64>) -> tensor<i64>
    %5 = "numjit.sub"(%0, %arg0) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %6 = "numjit.sub"(%arg2, %2) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%3, %4, %5, %6) : (tensor<4xi32>, tensor<i64>, tensor<4xi32>, tensor<4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

