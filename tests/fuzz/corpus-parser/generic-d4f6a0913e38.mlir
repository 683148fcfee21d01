"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xf32>, tensor<i1>) -> (tensor<4xf32>, tensor<i1>, tensor<4xi32>, tensor<2xi32>), sym_name = "convert"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<i1>):
    %0 = "numjit.convert"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    %1 = "numjit.convert"(%arg1) : (tensor<i1>) -> tensor<i1>
    %2 = "numjit.convert"(%arg0) : (tensor<4xf32>) -> tensor<4xi32>
    %3 = "numjit.constant"() <{value = dense<[1.500000e+00, -2.500000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %4 = "numjit.convert"(%3) : (tensor<2xf32>) -> tensor<2xi32>
    "func.return"(%0, %1, %2, %4) : (tensor<4xf32>, tensor<i1>, tensor<4xi32>, tensor<2xi32>) -> ()
  }) : () -> ()
}) : () -> ()

