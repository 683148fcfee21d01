"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<i32>) -> (tensor<2x3xf32>, tensor<i32>, tensor<2xf32>, tensor<f32>), sym_name = "reduce"}> ({
  ^bb0(%arg0: tensor<2x3xf32>, %arg1: tensor<i32>):
    %0 = "numjit.reduce"(%arg0) <{dims = array<i64>, kind = 0 : i32}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %1 = "numjit.reduce"(%arg1) <{dims = array<i64>, kind = 2 : i32}> : (tensor<i32>) -> tensor<i32>
    %2 = "numjit.reduce"(%arg0) <{dims = array<i64: 1>, kind = 1 : i32}> : (tensor<2x3xf32>) -> tensor<2xf32>
    %3 = "numjit.constant"() <{value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %4 = "numjit.reduce"(%3) <{dims = array<i64: 0>, kind = 0 : i32}> : (tensor<2xf32>) -> tensor<f32>
    "func.return"(%0, %1, %2, %4) : (tensor<2x3xf32>, tensor<i32>, tensor<2xf32>, tensor<f32>) -> ()
  }) : () -> ()
}) : () -> ()

