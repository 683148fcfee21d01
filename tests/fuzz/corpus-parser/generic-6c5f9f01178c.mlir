"builtin.module"() ({
  "func.func"() <{function_type = () -> (tensor<2xi32>, tensor<2xf32>, tensor<3xf64>), sym_name = "sub_constants"}> ({
    %0 = "numjit.constant"() <{value = dense<[-2147483648, 5]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %1 = "numjit.constant"() <{value = dense<[1, 7]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %2 = "numjit.sub"(%0, %1) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %3 = "numjit.constant"() <{value = dense<[1.000000e+00, 0.000000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %4 = "numjit.constant"() <{value = dense<[3.000000e+00, 0.000000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %5 = "numjit.sub"(%3, %4) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %6 = "numjit.constant"() <{value = dense<1.000000e+01> : tensor<3xf64>}> : () -> tensor<3xf64>
    %7 = "numjit.constant"() <{value = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf64>}> : () -> tensor<3xf64>
    %8 = "numjit.sub"(%6, %7) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    "func.return"(%2, %5, %8) : (tensor<2xi32>, tensor<2xf32>, tensor<3xf64>) -> ()
  }) : () -> ()
}) : () -> ()

