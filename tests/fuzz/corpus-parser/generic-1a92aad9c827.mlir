"builtin.module"() ({
  "func.func"() <{function_type = () -> (tensor<2xf32>, tensor<2xf32>, tensor<3xi32>), sym_name = "constant_uniqued"}> ({
    %0 = "numjit.constant"() <{value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %1 = "numjit.constant"() <{value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %2 = "numjit.iota"() <{dim = 0 : i64}> : () -> tensor<3xi32>
    "func.return"(%0, %1, %2) : (tensor<2xf32>, tensor<2xf32>, tensor<3xi32>) -> ()
  }) : () -> ()
}) : () -> ()

