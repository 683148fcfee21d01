"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<i32>, sym_name = "f"}> ({
  ^bb0(%arg0: tensor<4xf32>):
    %0 = "numjit.argmax"(%arg0) <{dim = 0 : i64}> : (tensor<4xf32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) : () -> ()

