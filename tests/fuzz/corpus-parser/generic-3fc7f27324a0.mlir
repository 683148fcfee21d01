"builtin.module"() ({
  "func.func"() <{function_type = () -> (tensor<2xi64>, tensor<2xf64>, tensor<2xi32>), sym_name = "mul_constants"}> ({
    %0 = "numjit.constant"() <{value = dense<[4294967296, 3]> : tensor<2xi64>}> : () -> tensor<2xi64>
    %1 = "numjit.constant"() <{value = dense<[-3, 3]> : tensor<2xi64>}> : () -> tensor<2xi64>
    %2 = "numjit.mul"(%0, %1) : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
    %3 = "numjit.constant"() <{value = dense<[1.500000e+00, 0x7FF0000000000000]> : tensor<2xf64>}> : () -> tensor<2xf64>
    %4 = "numjit.constant"() <{value = dense<[-2.000000e+00, 0.000000e+00]> : tensor<2xf64>}> : () -> tensor<2xf64>
    %5 = "numjit.mul"(%3, %4) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %6 = "numjit.constant"() <{value = dense<[65536, -1]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %7 = "numjit.mul"(%6, %6) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    "func.return"(%2, %5, %7) : (tensor<2xi64>, tensor<2xf64>, tensor<2xi32>) -> ()
  }) : () -> ()
}) : () -> ()

