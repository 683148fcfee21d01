"builtin.module"() ({
  "func.func"() <{function_type = (tensor<3xf32>) -> tensor<3xf32>, sym_name = "branch"}> ({
  ^bb0(%arg0: tensor<3xf32>):
    %0 = "numjit.reduce"(%arg0) <{dims = array<i64: 0>, kind = 0 : i32}> : (tensor<3xf32>) -> tensor<f32>
    %1 = "numjit.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2 = "numjit.compare"(%0, %1) <{direction = 4 : i32}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %3 = "numjit.cond"(%2, %arg0) ({
    ^bb0(%arg2: tensor<3xf32>):
      %5 = "numjit.exp"(%arg2) : (tensor<3xf32>) -> tensor<3xf32>
      "numjit.yield"(%5) : (tensor<3xf32>) -> ()
    }, {
    ^bb0(%arg1: tensor<3xf32>):
      %4 = "numjit.neg"(%arg1) : (tensor<3xf32>) -> tensor<3xf32>
      "numjit.yield"(%4) : (tensor<3xf32>) -> ()
    }) : (tensor<i1>, tensor<3xf32>) -> tensor<3xf32>
    "func.return"(%3) : (tensor<3xf32>) -> ()
  }) : () -> ()
}) : () -> ()

