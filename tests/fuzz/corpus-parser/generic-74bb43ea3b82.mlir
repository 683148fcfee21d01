"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x4xf32>, tensor<f32>, tensor<0x3xi1>) -> (tensor<4x4xf32>, tensor<f32>, tensor<0x3xi1>, tensor<2x4xf32>, tensor<2xf32>), sym_name = "slice"}> ({
  ^bb0(%arg0: tensor<4x4xf32>, %arg1: tensor<f32>, %arg2: tensor<0x3xi1>):
    %0 = "numjit.slice"(%arg0) <{limit = array<i64: 4, 4>, start = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %1 = "numjit.slice"(%arg1) <{limit = array<i64>, start = array<i64>, strides = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %2 = "numjit.slice"(%arg2) <{limit = array<i64: 0, 3>, start = array<i64: 0, 0>, strides = array<i64: 5, 1>}> : (tensor<0x3xi1>) -> tensor<0x3xi1>
    %3 = "numjit.slice"(%arg0) <{limit = array<i64: 4, 4>, start = array<i64: 0, 0>, strides = array<i64: 2, 1>}> : (tensor<4x4xf32>) -> tensor<2x4xf32>
    %4 = "numjit.constant"() <{value = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>}> : () -> tensor<3xf32>
    %5 = "numjit.slice"(%4) <{limit = array<i64: 3>, start = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<2xf32>
    "func.return"(%0, %1, %2, %3, %5) : (tensor<4x4xf32>, tensor<f32>, tensor<0x3xi1>, tensor<2x4xf32>, tensor<2xf32>) -> ()
  }) : () -> ()
}) : () -> ()

