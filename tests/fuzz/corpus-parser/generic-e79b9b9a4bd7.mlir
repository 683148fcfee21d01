"builtin.module"() ({
  "func.func"() <{function_type = () -> (tensor<2xf32>, tensor<f64>, tensor<2x2xi32>, tensor<4xi64>, tensor<3xi1>, tensor<i1>, tensor<0xi64>, tensor<2x0x3xf32>), sym_name = "constant"}> ({
    %0 = "numjit.constant"() <{value = dense<[1.000000e+00, -2.500000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %1 = "numjit.constant"() <{value = dense<3.500000e+00> : tensor<f64>}> : () -> tensor<f64>
    %2 = "numjit.constant"() <{value = dense<[[1, 2], [3, -4]]> : tensor<2x2xi32>}> : () -> tensor<2x2xi32>
    %3 = "numjit.constant"() <{value = dense<7> : tensor<4xi64>}> : () -> tensor<4xi64>
    %4 = "numjit.constant"() <{value = dense<[true, false, true]> : tensor<3xi1>}> : () -> tensor<3xi1>
    %5 = "numjit.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %6 = "numjit.constant"() <{value = dense<> : tensor<0xi64>}> : () -> tensor<0xi64>
    %7 = "numjit.constant"() <{value = dense<> : tensor<2x0x3xf32>}> : () -> tensor<2x0x3xf32>
    "func.return"(%0, %1, %2, %3, %4, %5, %6, %7) : (tensor<2xf32>, tensor<f64>, tensor<2x2xi32>, tensor<4xi64>, tensor<3xi1>, tensor<i1>, tensor<0xi64>, tensor<2x0x3xf32>) -> ()
  }) : () -> ()
}) : () -> ()

