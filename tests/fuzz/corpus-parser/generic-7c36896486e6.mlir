"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>), sym_name = "sign"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>):
    %0 = "numjit.sign"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    %1 = "numjit.sign"(%arg1) : (tensor<f64>) -> tensor<f64>
    %2 = "numjit.sign"(%arg2) : (tensor<2x3xi32>) -> tensor<2x3xi32>
    %3 = "numjit.sign"(%arg3) : (tensor<0xi64>) -> tensor<0xi64>
    "func.return"(%0, %1, %2, %3) : (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) -> ()
  }) : () -> ()
}) : () -> ()

