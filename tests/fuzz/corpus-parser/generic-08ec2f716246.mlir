"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xi32>, tensor<i64>) -> (tensor<4xi32>, tensor<4xi32>, tensor<i64>), sym_name = "add_int_zero"}> ({
  ^bb0(%arg0: tensor<4xi32>, %arg1: tensor<i64>):
    %0 = "numjit.constant"() <{value = dense<0> : tensor<4xi32>}> : () -> tensor<4xi32>
    %1 = "numjit.constant"() <{value = dense<0> : tensor<i64>}> : () -> tensor<i64>
    %2 = "numjit.add"(%arg0, %0) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %3 = "numjit.add"(%0, %arg0) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %4 = "numjit.add"(%arg1, %1) : (tensor<i64>, tensor<i64>) -> tensor<i64>
    "func.return"(%2, %3, %4) : (tensor<4xi32>, tensor<4xi32>, tensor<i64>) -> ()
  }) : () -> ()
}) : () -> ()

