"builtin.module"() ({
  "func.func"() <{function_type = () -> (tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi1>), sym_name = "other_arith_kept"}> ({
    %0 = "numjit.constant"() <{value = dense<[7, -7]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %1 = "numjit.constant"() <{value = dense<[2, 0]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %2 = "numjit.div"(%0, %1) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %3 = "numjit.rem"(%0, %1) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %4 = "numjit.max"(%0, %1) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %5 = "numjit.neg"(%0) : (tensor<2xi32>) -> tensor<2xi32>
    %6 = "numjit.compare"(%0, %1) <{direction = 2 : i32}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    "func.return"(%2, %3, %4, %5, %6) : (tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi1>) -> ()
  }) : () -> ()
}) : () -> ()

