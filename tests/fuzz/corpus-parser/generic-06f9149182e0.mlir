"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<6xf32>, tensor<2x3xf32>, tensor<2x2xf64>, tensor<3x2xi1>, tensor<2x2xi32>, tensor<0x5xi32>), sym_name = "reshape"}> ({
  ^bb0(%arg0: tensor<2x3xf32>):
    %0 = "numjit.reshape"(%arg0) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %1 = "numjit.reshape"(%arg0) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %2 = "numjit.reshape"(%1) : (tensor<3x2xf32>) -> tensor<6xf32>
    %3 = "numjit.reshape"(%arg0) : (tensor<2x3xf32>) -> tensor<6x1xf32>
    %4 = "numjit.reshape"(%3) : (tensor<6x1xf32>) -> tensor<1x6xf32>
    %5 = "numjit.reshape"(%4) : (tensor<1x6xf32>) -> tensor<2x3xf32>
    %6 = "numjit.constant"() <{value = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf64>}> : () -> tensor<4xf64>
    %7 = "numjit.reshape"(%6) : (tensor<4xf64>) -> tensor<2x2xf64>
    %8 = "numjit.constant"() <{value = dense<[true, false, true, true, false, false]> : tensor<6xi1>}> : () -> tensor<6xi1>
    %9 = "numjit.reshape"(%8) : (tensor<6xi1>) -> tensor<3x2xi1>
    %10 = "numjit.constant"() <{value = dense<5> : tensor<4xi32>}> : () -> tensor<4xi32>
    %11 = "numjit.reshape"(%10) : (tensor<4xi32>) -> tensor<2x2xi32>
    %12 = "numjit.constant"() <{value = dense<> : tensor<0xi32>}> : () -> tensor<0xi32>
    %13 = "numjit.reshape"(%12) : (tensor<0xi32>) -> tensor<0x5xi32>
    "func.return"(%0, %2, %5, %7, %9, %11, %13) : (tensor<2x3xf32>, tensor<6xf32>, tensor<2x3xf32>, tensor<2x2xf64>, tensor<3x2xi1>, tensor<2x2xi32>, tensor<0x5xi32>) -> ()
  }) : () -> ()
}) : () -> ()

