"builtin.module"() ({
  "func.func"() <{function_type = (tensor<3xf32>, tensor<3x4xf32>) -> tensor<4xf32>, sym_name = "f"}> ({
  ^bb0(%arg0: tensor<3xf32>, %arg1: tensor<3x4xf32>):
    %0 = "numjit.dot_general"(%arg0, %arg1) <{lhs_batch = array<i64>, lhs_contract = array<i64: 0>, rhs_batch = array<i64>, rhs_contract = array<i64: 0>}> : (tensor<3xf32>, tensor<3x4xf32>) -> tensor<4xf32>
    "func.return"(%0) : (tensor<4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

