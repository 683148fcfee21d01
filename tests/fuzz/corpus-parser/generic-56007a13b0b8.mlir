"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xi1>, tensor<4xf32>, tensor<i1>, tensor<f64>, tensor<2x3xi1>, tensor<2x3xi32>, tensor<0xi1>, tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<2x3xi1>, tensor<0xi64>), sym_name = "select"}> ({
  ^bb0(%arg0: tensor<4xi1>, %arg1: tensor<4xf32>, %arg2: tensor<i1>, %arg3: tensor<f64>, %arg4: tensor<2x3xi1>, %arg5: tensor<2x3xi32>, %arg6: tensor<0xi1>, %arg7: tensor<0xi64>):
    %0 = "numjit.select"(%arg0, %arg1, %arg1) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1 = "numjit.select"(%arg2, %arg3, %arg3) : (tensor<i1>, tensor<f64>, tensor<f64>) -> tensor<f64>
    %2 = "numjit.select"(%arg4, %arg5, %arg5) : (tensor<2x3xi1>, tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi32>
    %3 = "numjit.select"(%arg4, %arg4, %arg4) : (tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
    %4 = "numjit.select"(%arg6, %arg7, %arg7) : (tensor<0xi1>, tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    "func.return"(%0, %1, %2, %3, %4) : (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<2x3xi1>, tensor<0xi64>) -> ()
  }) : () -> ()
}) : () -> ()

