"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xi32>, tensor<4xf32>, tensor<f64>) -> (tensor<4xi32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<f64>), sym_name = "mul_one"}> ({
  ^bb0(%arg0: tensor<4xi32>, %arg1: tensor<4xf32>, %arg2: tensor<f64>):
    %0 = "numjit.constant"() <{value = dense<1> : tensor<4xi32>}> : () -> tensor<4xi32>
    %1 = "numjit.constant"() <{value = dense<1.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %2 = "numjit.constant"() <{value = dense<1.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %3 = "numjit.mul"(%arg0, %0) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %4 = "numjit.mul"(%0, %arg0) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %5 = "numjit.mul"(%arg1, %1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %6 = "numjit.mul"(%1, %arg1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %7 = "numjit.mul"(%arg2, %2) : (tensor<f64>, tensor<f64>) -> tensor<f64>
    "func.return"(%3, %4, %5, %6, %7) : (tensor<4xi32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<f64>) -> ()
  }) : () -> ()
}) : () -> ()

