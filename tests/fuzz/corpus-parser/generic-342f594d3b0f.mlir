"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<2x3x4xi32>, tensor<f64>, tensor<0x2xi1>, tensor<5xi64>) -> (tensor<3x2xf32>, tensor<4x2x3xi32>, tensor<2x3x4xi32>, tensor<f64>, tensor<2x0xi1>, tensor<5xi64>), sym_name = "transpose"}> ({
  ^bb0(%arg0: tensor<2x3xf32>, %arg1: tensor<2x3x4xi32>, %arg2: tensor<f64>, %arg3: tensor<0x2xi1>, %arg4: tensor<5xi64>):
    %0 = "numjit.transpose"(%arg0) <{permutation = array<i64: 1, 0>}> : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %1 = "numjit.transpose"(%arg1) <{permutation = array<i64: 2, 0, 1>}> : (tensor<2x3x4xi32>) -> tensor<4x2x3xi32>
    %2 = "numjit.transpose"(%arg1) <{permutation = array<i64: 0, 1, 2>}> : (tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    %3 = "numjit.transpose"(%arg2) <{permutation = array<i64>}> : (tensor<f64>) -> tensor<f64>
    %4 = "numjit.transpose"(%arg3) <{permutation = array<i64: 1, 0>}> : (tensor<0x2xi1>) -> tensor<2x0xi1>
    %5 = "numjit.transpose"(%arg4) <{permutation = array<i64: 0>}> : (tensor<5xi64>) -> tensor<5xi64>
    "func.return"(%0, %1, %2, %3, %4, %5) : (tensor<3x2xf32>, tensor<4x2x3xi32>, tensor<2x3x4xi32>, tensor<f64>, tensor<2x0xi1>, tensor<5xi64>) -> ()
  }) : () -> ()
}) : () -> ()

