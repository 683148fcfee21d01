"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x4xf32>, tensor<10xi32>, tensor<f64>, tensor<3x0xi1>, tensor<5xi64>) -> (tensor<2x2xf32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<f64>, tensor<1x0xi1>, tensor<5xi64>), sym_name = "slice"}> ({
  ^bb0(%arg0: tensor<4x4xf32>, %arg1: tensor<10xi32>, %arg2: tensor<f64>, %arg3: tensor<3x0xi1>, %arg4: tensor<5xi64>):
    %0 = "numjit.slice"(%arg0) <{limit = array<i64: 2, 3>, start = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x4xf32>) -> tensor<2x2xf32>
    %1 = "numjit.slice"(%arg1) <{limit = array<i64: 10>, start = array<i64: 1>, strides = array<i64: 3>}> : (tensor<10xi32>) -> tensor<3xi32>
    %2 = "numjit.slice"(%arg1) <{limit = array<i64: 10>, start = array<i64: 0>, strides = array<i64: 4>}> : (tensor<10xi32>) -> tensor<3xi32>
    %3 = "numjit.slice"(%arg1) <{limit = array<i64: 4>, start = array<i64: 4>, strides = array<i64: 1>}> : (tensor<10xi32>) -> tensor<0xi32>
    %4 = "numjit.slice"(%arg2) <{limit = array<i64>, start = array<i64>, strides = array<i64>}> : (tensor<f64>) -> tensor<f64>
    %5 = "numjit.slice"(%arg3) <{limit = array<i64: 3, 0>, start = array<i64: 1, 0>, strides = array<i64: 2, 1>}> : (tensor<3x0xi1>) -> tensor<1x0xi1>
    %6 = "numjit.slice"(%arg4) <{limit = array<i64: 5>, start = array<i64: 0>, strides = array<i64: 1>}> : (tensor<5xi64>) -> tensor<5xi64>
    "func.return"(%0, %1, %2, %3, %4, %5, %6) : (tensor<2x2xf32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<f64>, tensor<1x0xi1>, tensor<5xi64>) -> ()
  }) : () -> ()
}) : () -> ()

