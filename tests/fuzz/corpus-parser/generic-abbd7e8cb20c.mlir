"builtin.module"() ({
  "func.func"() <{function_type = () -> (tensor<2xf32>, tensor<3xi32>, tensor<i64>, tensor<2xf64>, tensor<1000x1000xf32>, tensor<3xi32>, tensor<0xf32>, tensor<1xf32>), sym_name = "add_constants"}> ({
    %0 = "numjit.constant"() <{value = dense<[1.500000e+00, 2.000000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %1 = "numjit.constant"() <{value = dense<[2.500000e-01, -4.000000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %2 = "numjit.add"(%0, %1) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %3 = "numjit.constant"() <{value = dense<[2147483647, 1, -5]> : tensor<3xi32>}> : () -> tensor<3xi32>
    %4 = "numjit.constant"() <{value = dense<1> : tensor<3xi32>}> : () -> tensor<3xi32>
    %5 = "numjit.add"(%3, %4) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %6 = "numjit.constant"() <{value = dense<9223372036854775807> : tensor<i64>}> : () -> tensor<i64>
    %7 = "numjit.add"(%6, %6) : (tensor<i64>, tensor<i64>) -> tensor<i64>
    %8 = "numjit.constant"() <{value = dense<[0x7FF8000000000000, 0x7FF0000000000000]> : tensor<2xf64>}> : () -> tensor<2xf64>
    %9 = "numjit.constant"() <{value = dense<[1.000000e+00, 0xFFF0000000000000]> : tensor<2xf64>}> : () -> tensor<2xf64>
    %10 = "numjit.add"(%8, %9) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %11 = "numjit.constant"() <{value = dense<1.000000e+00> : tensor<1000x1000xf32>}> : () -> tensor<1000x1000xf32>
    %12 = "numjit.add"(%11, %11) : (tensor<1000x1000xf32>, tensor<1000x1000xf32>) -> tensor<1000x1000xf32>
    %13 = "numjit.constant"() <{value = dense<[1, 2, 3]> : tensor<3xi32>}> : () -> tensor<3xi32>
    %14 = "numjit.constant"() <{value = dense<10> : tensor<3xi32>}> : () -> tensor<3xi32>
    %15 = "numjit.add"(%13, %14) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %16 = "numjit.constant"() <{value = dense<> : tensor<0xf32>}> : () -> tensor<0xf32>
    %17 = "numjit.add"(%16, %16) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    %18 = "numjit.constant"() <{value = dense<0x4B800000> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = "numjit.constant"() <{value = dense<1.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %20 = "numjit.add"(%18, %19) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    "func.return"(%2, %5, %7, %10, %12, %15, %17, %20) : (tensor<2xf32>, tensor<3xi32>, tensor<i64>, tensor<2xf64>, tensor<1000x1000xf32>, tensor<3xi32>, tensor<0xf32>, tensor<1xf32>) -> ()
  }) : () -> ()
}) : () -> ()

