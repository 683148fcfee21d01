"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2xbf16>, tensor<2xf16>) -> (tensor<2xbf16>, tensor<bf16>), sym_name = "half_types"}> ({
  ^bb0(%arg0: tensor<2xbf16>, %arg1: tensor<2xf16>):
    %0 = "numjit.constant"() <{value = dense<[1.000000e+00, -2.500000e-01]> : tensor<2xbf16>}> : () -> tensor<2xbf16>
    %1 = "numjit.mul"(%arg0, %0) : (tensor<2xbf16>, tensor<2xbf16>) -> tensor<2xbf16>
    %2 = "numjit.erf_inv"(%arg1) : (tensor<2xf16>) -> tensor<2xf16>
    %3 = "numjit.convert"(%2) : (tensor<2xf16>) -> tensor<2xbf16>
    %4 = "numjit.reduce"(%1) <{dims = array<i64: 0>, kind = 0 : i32}> : (tensor<2xbf16>) -> tensor<bf16>
    "func.return"(%3, %4) : (tensor<2xbf16>, tensor<bf16>) -> ()
  }) : () -> ()
}) : () -> ()

