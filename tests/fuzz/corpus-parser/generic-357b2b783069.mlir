"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2xf32>, tensor<3x2xf32>, tensor<2xf32>) -> tensor<2xf32>, sym_name = "scan"}> ({
  ^bb0(%arg0: tensor<2xf32>, %arg1: tensor<3x2xf32>, %arg2: tensor<2xf32>):
    %0:2 = "numjit.scan"(%arg0, %arg2, %arg1) <{length = 3 : i64, operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg3: tensor<2xf32>, %arg4: tensor<2xf32>, %arg5: tensor<2xf32>):
      %1 = "numjit.mul"(%arg3, %arg4) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
      %2 = "numjit.add"(%1, %arg5) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
      %3 = "numjit.sin"(%2) : (tensor<2xf32>) -> tensor<2xf32>
      "numjit.yield"(%3, %arg4) : (tensor<2xf32>, tensor<2xf32>) -> ()
    }) : (tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>) -> (tensor<2xf32>, tensor<2xf32>)
    "func.return"(%0#0) : (tensor<2xf32>) -> ()
  }) : () -> ()
}) : () -> ()

