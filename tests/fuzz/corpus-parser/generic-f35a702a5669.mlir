"builtin.module"() ({
  "func.func"() <{function_type = (tensor<6xf32>) -> tensor<6xf32>, sym_name = "f"}> ({
  ^bb0(%arg0: tensor<6xf32>):
    %0 = "numjit.argsort"(%arg0) <{axis = 0 : i64, descending}> : (tensor<6xf32>) -> tensor<6xi32>
    %1 = "numjit.gather"(%arg0, %0) <{axis = 0 : i64, batch_dims = 0 : i64}> : (tensor<6xf32>, tensor<6xi32>) -> tensor<6xf32>
    "func.return"(%1) : (tensor<6xf32>) -> ()
  }) : () -> ()
}) : () -> ()

