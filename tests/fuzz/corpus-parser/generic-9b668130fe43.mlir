"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<f32>, tensor<2x3x4xi32>) -> (tensor<2x3xf32>, tensor<f32>, tensor<2x3x4xi32>, tensor<3x2xf32>, tensor<2x4x3xi32>, tensor<2x1xf32>), sym_name = "transpose"}> ({
  ^bb0(%arg0: tensor<2x3xf32>, %arg1: tensor<f32>, %arg2: tensor<2x3x4xi32>):
    %0 = "numjit.transpose"(%arg0) <{permutation = array<i64: 0, 1>}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %1 = "numjit.transpose"(%arg1) <{permutation = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %2 = "numjit.transpose"(%arg2) <{permutation = array<i64: 0, 1, 2>}> : (tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    %3 = "numjit.transpose"(%arg0) <{permutation = array<i64: 1, 0>}> : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %4 = "numjit.transpose"(%arg2) <{permutation = array<i64: 0, 2, 1>}> : (tensor<2x3x4xi32>) -> tensor<2x4x3xi32>
    %5 = "numjit.constant"() <{value = dense<[[1.000000e+00, 2.000000e+00]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
    %6 = "numjit.transpose"(%5) <{permutation = array<i64: 1, 0>}> : (tensor<1x2xf32>) -> tensor<2x1xf32>
    "func.return"(%0, %1, %2, %3, %4, %6) : (tensor<2x3xf32>, tensor<f32>, tensor<2x3x4xi32>, tensor<3x2xf32>, tensor<2x4x3xi32>, tensor<2x1xf32>) -> ()
  }) : () -> ()
}) : () -> ()

