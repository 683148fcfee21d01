"builtin.module"() ({
  "func.func"() <{function_type = (tensor<5x2x3xf32>, tensor<5x3x4xf32>) -> tensor<5x2x4xf32>, sym_name = "f"}> ({
  ^bb0(%arg0: tensor<5x2x3xf32>, %arg1: tensor<5x3x4xf32>):
    %0 = "numjit.dot_general"(%arg0, %arg1) <{lhs_batch = array<i64: 0>, lhs_contract = array<i64: 2>, rhs_batch = array<i64: 0>, rhs_contract = array<i64: 1>}> : (tensor<5x2x3xf32>, tensor<5x3x4xf32>) -> tensor<5x2x4xf32>
    "func.return"(%0) : (tensor<5x2x4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

