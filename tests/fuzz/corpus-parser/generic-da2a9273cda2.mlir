"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf64>, tensor<3x4xf64>) -> tensor<2x4xf64>, sym_name = "f"}> ({
  ^bb0(%arg0: tensor<2x3xf64>, %arg1: tensor<3x4xf64>):
    %0 = "numjit.dot_general"(%arg0, %arg1) <{lhs_batch = array<i64>, lhs_contract = array<i64: 1>, rhs_batch = array<i64>, rhs_contract = array<i64: 0>}> : (tensor<2x3xf64>, tensor<3x4xf64>) -> tensor<2x4xf64>
    "func.return"(%0) : (tensor<2x4xf64>) -> ()
  }) : () -> ()
}) : () -> ()

