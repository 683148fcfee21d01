"builtin.module"() ({
  "func.func"() <{function_type = (tensor<3xf32>, tensor<f64>) -> (tensor<3xf32>, tensor<f64>, tensor<2x3xf32>, tensor<2x2xi1>, tensor<3x1x2xi64>, tensor<0xf32>), sym_name = "broadcast_fold"}> ({
  ^bb0(%arg0: tensor<3xf32>, %arg1: tensor<f64>):
    %0 = "numjit.broadcast_in_dim"(%arg0) <{dims = array<i64: 0>}> : (tensor<3xf32>) -> tensor<3xf32>
    %1 = "numjit.broadcast_in_dim"(%arg1) <{dims = array<i64>}> : (tensor<f64>) -> tensor<f64>
    %2 = "numjit.constant"() <{value = dense<2.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %3 = "numjit.broadcast_in_dim"(%2) <{dims = array<i64: 1>}> : (tensor<1xf32>) -> tensor<2x3xf32>
    %4 = "numjit.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %5 = "numjit.broadcast_in_dim"(%4) <{dims = array<i64>}> : (tensor<i1>) -> tensor<2x2xi1>
    %6 = "numjit.constant"() <{value = dense<-7> : tensor<1x2xi64>}> : () -> tensor<1x2xi64>
    %7 = "numjit.broadcast_in_dim"(%6) <{dims = array<i64: 1, 2>}> : (tensor<1x2xi64>) -> tensor<3x1x2xi64>
    %8 = "numjit.broadcast_in_dim"(%2) <{dims = array<i64: 0>}> : (tensor<1xf32>) -> tensor<0xf32>
    "func.return"(%0, %1, %3, %5, %7, %8) : (tensor<3xf32>, tensor<f64>, tensor<2x3xf32>, tensor<2x2xi1>, tensor<3x1x2xi64>, tensor<0xf32>) -> ()
  }) : () -> ()
}) : () -> ()

