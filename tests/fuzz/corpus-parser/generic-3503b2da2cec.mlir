"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>, tensor<i64>, tensor<i64>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<i64>, tensor<f64>), sym_name = "select_fold"}> ({
  ^bb0(%arg0: tensor<4xi1>, %arg1: tensor<4xf32>, %arg2: tensor<4xf32>, %arg3: tensor<i64>, %arg4: tensor<i64>):
    %0 = "numjit.constant"() <{value = dense<true> : tensor<4xi1>}> : () -> tensor<4xi1>
    %1 = "numjit.constant"() <{value = dense<false> : tensor<4xi1>}> : () -> tensor<4xi1>
    %2 = "numjit.select"(%0, %arg1, %arg2) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3 = "numjit.select"(%1, %arg1, %arg2) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4 = "numjit.select"(%arg0, %arg1, %arg1) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5 = "numjit.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %6 = "numjit.select"(%5, %arg3, %arg4) : (tensor<i1>, tensor<i64>, tensor<i64>) -> tensor<i64>
    %7 = "numjit.constant"() <{value = dense<1.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %8 = "numjit.constant"() <{value = dense<2.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %9 = "numjit.select"(%5, %7, %8) : (tensor<i1>, tensor<f64>, tensor<f64>) -> tensor<f64>
    "func.return"(%2, %3, %4, %6, %9) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<i64>, tensor<f64>) -> ()
  }) : () -> ()
}) : () -> ()

