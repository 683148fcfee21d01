"builtin.module"() ({
  "func.func"() <{function_type = (tensor<i1>, tensor<4xf32>, tensor<i64>) -> (tensor<4xf32>, tensor<i64>), sym_name = "cond"}> ({
  ^bb0(%arg16: tensor<i1>, %arg17: tensor<4xf32>, %arg18: tensor<i64>):
    %10:2 = "numjit.cond"(%arg16, %arg17, %arg18) ({
    ^bb0(%arg21: tensor<4xf32>, %arg22: tensor<i64>):
      %12 = "numjit.add"(%arg21, %arg21) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      "numjit.yield"(%12, %arg22) : (tensor<4xf32>, tensor<i64>) -> ()
    }, {
    ^bb0(%arg19: tensor<4xf32>, %arg20: tensor<i64>):
      %11 = "numjit.neg"(%arg19) : (tensor<4xf32>) -> tensor<4xf32>
      "numjit.yield"(%11, %arg20) : (tensor<4xf32>, tensor<i64>) -> ()
    }) : (tensor<i1>, tensor<4xf32>, tensor<i64>) -> (tensor<4xf32>, tensor<i64>)
    "func.return"(%10#0, %10#1) : (tensor<4xf32>, tensor<i64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i1>) -> (), sym_name = "cond_empty"}> ({
  ^bb0(%arg15: tensor<i1>):
    "numjit.cond"(%arg15) ({
      "numjit.yield"() : () -> ()
    }, {
      "numjit.yield"() : () -> ()
    }) : (tensor<i1>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i64>, tensor<?xf32>, tensor<i64>) -> tensor<?xf32>, sym_name = "while"}> ({
  ^bb0(%arg6: tensor<i64>, %arg7: tensor<?xf32>, %arg8: tensor<i64>):
    %5:3 = "numjit.while"(%arg6, %arg7, %arg8) ({
    ^bb0(%arg12: tensor<i64>, %arg13: tensor<?xf32>, %arg14: tensor<i64>):
      %9 = "numjit.compare"(%arg12, %arg14) <{direction = 2 : i32}> : (tensor<i64>, tensor<i64>) -> tensor<i1>
      "numjit.yield"(%9) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg9: tensor<i64>, %arg10: tensor<?xf32>, %arg11: tensor<i64>):
      %6 = "numjit.constant"() <{value = dense<1> : tensor<i64>}> : () -> tensor<i64>
      %7 = "numjit.add"(%arg9, %6) : (tensor<i64>, tensor<i64>) -> tensor<i64>
      %8 = "numjit.add"(%arg10, %arg10) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
      "numjit.yield"(%7, %8, %arg11) : (tensor<i64>, tensor<?xf32>, tensor<i64>) -> ()
    }) : (tensor<i64>, tensor<?xf32>, tensor<i64>) -> (tensor<i64>, tensor<?xf32>, tensor<i64>)
    "func.return"(%5#1) : (tensor<?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<3x2xf32>) -> (tensor<f32>, tensor<3x2xf32>), sym_name = "scan"}> ({
  ^bb0(%arg2: tensor<f32>, %arg3: tensor<3x2xf32>):
    %2:2 = "numjit.scan"(%arg2, %arg3) <{length = 3 : i64, operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<2xf32>):
      %3 = "numjit.reduce"(%arg5) <{dims = array<i64: 0>, kind = 0 : i32}> : (tensor<2xf32>) -> tensor<f32>
      %4 = "numjit.add"(%arg4, %3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "numjit.yield"(%4, %arg5) : (tensor<f32>, tensor<2xf32>) -> ()
    }) : (tensor<f32>, tensor<3x2xf32>) -> (tensor<f32>, tensor<3x2xf32>)
    "func.return"(%2#0, %2#1) : (tensor<f32>, tensor<3x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xf64>) -> tensor<0xf64>, sym_name = "scan_reverse"}> ({
  ^bb0(%arg0: tensor<2xf64>):
    %0:2 = "numjit.scan"(%arg0) <{length = 0 : i64, operandSegmentSizes = array<i32: 1, 0>, reverse}> ({
    ^bb0(%arg1: tensor<2xf64>):
      %1 = "numjit.reduce"(%arg1) <{dims = array<i64: 0>, kind = 0 : i32}> : (tensor<2xf64>) -> tensor<f64>
      "numjit.yield"(%arg1, %1) : (tensor<2xf64>, tensor<f64>) -> ()
    }) : (tensor<2xf64>) -> (tensor<2xf64>, tensor<0xf64>)
    "func.return"(%0#1) : (tensor<0xf64>) -> ()
  }) : () -> ()
}) : () -> ()

