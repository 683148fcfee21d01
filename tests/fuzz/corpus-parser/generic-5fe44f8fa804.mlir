"builtin.module"() ({
  "func.func"() <{function_type = (tensor<f32>) -> tensor<f32>, sym_name = "loop"}> ({
  ^bb0(%arg0: tensor<f32>):
    %0 = "numjit.while"(%arg0) ({
    ^bb0(%arg2: tensor<f32>):
      %2 = "numjit.constant"() <{value = dense<1.000000e+02> : tensor<f32>}> : () -> tensor<f32>
      %3 = "numjit.compare"(%arg2, %2) <{direction = 2 : i32}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "numjit.yield"(%3) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg1: tensor<f32>):
      %1 = "numjit.mul"(%arg1, %arg1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "numjit.yield"(%1) : (tensor<f32>) -> ()
    }) : (tensor<f32>) -> tensor<f32>
    "func.return"(%0) : (tensor<f32>) -> ()
  }) : () -> ()
}) : () -> ()

