"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xf32>, tensor<4xi32>) -> (tensor<4xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xf32>), sym_name = "mul_kept"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<4xi32>):
    %0 = "numjit.constant"() <{value = dense<0.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %1 = "numjit.constant"() <{value = dense<0> : tensor<4xi32>}> : () -> tensor<4xi32>
    %2 = "numjit.constant"() <{value = dense<-1> : tensor<4xi32>}> : () -> tensor<4xi32>
    %3 = "numjit.constant"() <{value = dense<2.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %4 = "numjit.mul"(%arg0, %0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5 = "numjit.mul"(%arg1, %1) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %6 = "numjit.mul"(%arg1, %2) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %7 = "numjit.mul"(%arg0, %3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%4, %5, %6, %7) : (tensor<4xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

