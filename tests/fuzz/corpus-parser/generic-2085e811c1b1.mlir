"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<5xui8>) -> (tensor<4x8xi32>, tensor<5xi64>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<5xui8>), sym_name = "sorting"}> ({
  ^bb0(%arg0: tensor<4x8xf32>, %arg1: tensor<5xui8>):
    %0 = "numjit.argsort"(%arg0) <{axis = 1 : i64}> : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %1 = "numjit.argsort"(%arg1) <{axis = 0 : i64, descending}> : (tensor<5xui8>) -> tensor<5xi64>
    %2 = "numjit.cumsum"(%arg0) <{axis = 0 : i64}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %3 = "numjit.cumprod"(%arg0) <{axis = 1 : i64, reverse}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %4 = "numjit.cumsum"(%arg1) <{axis = 0 : i64, reverse}> : (tensor<5xui8>) -> tensor<5xui8>
    "func.return"(%0, %1, %2, %3, %4) : (tensor<4x8xi32>, tensor<5xi64>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<5xui8>) -> ()
  }) : () -> ()
}) : () -> ()

