"builtin.module"() ({
  "func.func"() <{function_type = (tensor<5xf32>) -> tensor<5xf32>, sym_name = "f"}> ({
  ^bb0(%arg0: tensor<5xf32>):
    %0 = "numjit.cumprod"(%arg0) <{axis = 0 : i64, reverse}> : (tensor<5xf32>) -> tensor<5xf32>
    "func.return"(%0) : (tensor<5xf32>) -> ()
  }) : () -> ()
}) : () -> ()

