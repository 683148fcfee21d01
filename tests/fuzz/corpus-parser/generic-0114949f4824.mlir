"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>), sym_name = "sin"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>):
    %0 = "numjit.sin"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    %1 = "numjit.sin"(%arg1) : (tensor<f64>) -> tensor<f64>
    %2 = "numjit.sin"(%arg2) : (tensor<2x0xf32>) -> tensor<2x0xf32>
    %3 = "numjit.sin"(%arg3) : (tensor<3x2xf64>) -> tensor<3x2xf64>
    "func.return"(%0, %1, %2, %3) : (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) -> ()
  }) : () -> ()
}) : () -> ()

