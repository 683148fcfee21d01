"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>), sym_name = "min"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>):
    %0 = "numjit.min"(%arg0, %arg0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1 = "numjit.min"(%arg1, %arg1) : (tensor<f64>, tensor<f64>) -> tensor<f64>
    %2 = "numjit.min"(%arg2, %arg2) : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi32>
    %3 = "numjit.min"(%arg3, %arg3) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    "func.return"(%0, %1, %2, %3) : (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) -> ()
  }) : () -> ()
}) : () -> ()

