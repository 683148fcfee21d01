"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xf32>, tensor<2x3xi32>, tensor<i1>, tensor<0x2xf64>, tensor<4xi64>) -> (tensor<4xi32>, tensor<4xf64>, tensor<4xi1>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<f64>, tensor<0x2xi64>, tensor<4xi64>), sym_name = "convert"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<2x3xi32>, %arg2: tensor<i1>, %arg3: tensor<0x2xf64>, %arg4: tensor<4xi64>):
    %0 = "numjit.convert"(%arg0) : (tensor<4xf32>) -> tensor<4xi32>
    %1 = "numjit.convert"(%arg0) : (tensor<4xf32>) -> tensor<4xf64>
    %2 = "numjit.convert"(%arg0) : (tensor<4xf32>) -> tensor<4xi1>
    %3 = "numjit.convert"(%arg1) : (tensor<2x3xi32>) -> tensor<2x3xf32>
    %4 = "numjit.convert"(%arg1) : (tensor<2x3xi32>) -> tensor<2x3xi64>
    %5 = "numjit.convert"(%arg2) : (tensor<i1>) -> tensor<f64>
    %6 = "numjit.convert"(%arg3) : (tensor<0x2xf64>) -> tensor<0x2xi64>
    %7 = "numjit.convert"(%arg4) : (tensor<4xi64>) -> tensor<4xi64>
    "func.return"(%0, %1, %2, %3, %4, %5, %6, %7) : (tensor<4xi32>, tensor<4xf64>, tensor<4xi1>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<f64>, tensor<0x2xi64>, tensor<4xi64>) -> ()
  }) : () -> ()
}) : () -> ()

