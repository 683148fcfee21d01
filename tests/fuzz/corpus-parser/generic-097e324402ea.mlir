"builtin.module"() ({
  "func.func"() <{function_type = (tensor<6xf32>, tensor<6xi32>) -> (tensor<3xf32>, tensor<3xi32>), sym_name = "f"}> ({
  ^bb0(%arg0: tensor<6xf32>, %arg1: tensor<6xi32>):
    %0 = "numjit.slice"(%arg0) <{limit = array<i64: 6>, start = array<i64: 1>, strides = array<i64: 2>}> : (tensor<6xf32>) -> tensor<3xf32>
    %1 = "numjit.slice"(%arg1) <{limit = array<i64: 6>, start = array<i64: 0>, strides = array<i64: 2>}> : (tensor<6xi32>) -> tensor<3xi32>
    "func.return"(%0, %1) : (tensor<3xf32>, tensor<3xi32>) -> ()
  }) : () -> ()
}) : () -> ()

