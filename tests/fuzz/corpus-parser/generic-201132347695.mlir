"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<4xf32>) -> (tensor<2xf32>, tensor<3xi32>, tensor<f32>), sym_name = "f"}> ({
  ^bb0(%arg0: tensor<2x3xf32>, %arg1: tensor<4xf32>):
    %0 = "numjit.reduce"(%arg0) <{dims = array<i64: 1>, kind = 2 : i32}> : (tensor<2x3xf32>) -> tensor<2xf32>
    %1 = "numjit.argmax"(%arg0) <{dim = 0 : i64}> : (tensor<2x3xf32>) -> tensor<3xi32>
    %2 = "numjit.reduce"(%arg1) <{dims = array<i64: 0>, kind = 0 : i32}> : (tensor<4xf32>) -> tensor<f32>
    "func.return"(%0, %1, %2) : (tensor<2xf32>, tensor<3xi32>, tensor<f32>) -> ()
  }) : () -> ()
}) : () -> ()

