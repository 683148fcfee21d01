"builtin.module"() ({
  "func.func"() <{function_type = (tensor<3xf32>, tensor<f64>, tensor<1x3xi32>, tensor<2xi1>, tensor<0xi64>, tensor<1xf32>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf64>, tensor<f64>, tensor<4x5x3xi32>, tensor<2x7xi1>, tensor<3x0xi64>, tensor<0xf32>), sym_name = "broadcast_in_dim"}> ({
  ^bb0(%arg0: tensor<3xf32>, %arg1: tensor<f64>, %arg2: tensor<1x3xi32>, %arg3: tensor<2xi1>, %arg4: tensor<0xi64>, %arg5: tensor<1xf32>):
    %0 = "numjit.broadcast_in_dim"(%arg0) <{dims = array<i64: 1>}> : (tensor<3xf32>) -> tensor<2x3xf32>
    %1 = "numjit.broadcast_in_dim"(%arg0) <{dims = array<i64: 0>}> : (tensor<3xf32>) -> tensor<3xf32>
    %2 = "numjit.broadcast_in_dim"(%arg1) <{dims = array<i64>}> : (tensor<f64>) -> tensor<2x3xf64>
    %3 = "numjit.broadcast_in_dim"(%arg1) <{dims = array<i64>}> : (tensor<f64>) -> tensor<f64>
    %4 = "numjit.broadcast_in_dim"(%arg2) <{dims = array<i64: 0, 2>}> : (tensor<1x3xi32>) -> tensor<4x5x3xi32>
    %5 = "numjit.broadcast_in_dim"(%arg3) <{dims = array<i64: 0>}> : (tensor<2xi1>) -> tensor<2x7xi1>
    %6 = "numjit.broadcast_in_dim"(%arg4) <{dims = array<i64: 1>}> : (tensor<0xi64>) -> tensor<3x0xi64>
    %7 = "numjit.broadcast_in_dim"(%arg5) <{dims = array<i64: 0>}> : (tensor<1xf32>) -> tensor<0xf32>
    "func.return"(%0, %1, %2, %3, %4, %5, %6, %7) : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf64>, tensor<f64>, tensor<4x5x3xi32>, tensor<2x7xi1>, tensor<3x0xi64>, tensor<0xf32>) -> ()
  }) : () -> ()
}) : () -> ()

