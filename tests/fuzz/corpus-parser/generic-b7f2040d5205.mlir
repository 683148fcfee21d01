"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xui32>, tensor<4xui32>, tensor<3xi64>, tensor<2xi1>, tensor<ui8>) -> (tensor<4xui32>, tensor<3xi64>, tensor<2xi1>, tensor<f32>), sym_name = "bits"}> ({
  ^bb0(%arg0: tensor<4xui32>, %arg1: tensor<4xui32>, %arg2: tensor<3xi64>, %arg3: tensor<2xi1>, %arg4: tensor<ui8>):
    %0 = "numjit.and"(%arg0, %arg1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %1 = "numjit.or"(%0, %arg1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %2 = "numjit.xor"(%1, %arg0) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %3 = "numjit.not"(%2) : (tensor<4xui32>) -> tensor<4xui32>
    %4 = "numjit.shift_left"(%3, %arg1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %5 = "numjit.shift_right_logical"(%4, %arg1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %6 = "numjit.shift_right_arithmetic"(%arg2, %arg2) : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    %7 = "numjit.and"(%arg3, %arg3) : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
    %8 = "numjit.not"(%arg4) : (tensor<ui8>) -> tensor<ui8>
    %9 = "numjit.convert"(%8) : (tensor<ui8>) -> tensor<f32>
    %10 = "numjit.erf"(%9) : (tensor<f32>) -> tensor<f32>
    %11 = "numjit.erf_inv"(%10) : (tensor<f32>) -> tensor<f32>
    "func.return"(%5, %6, %7, %11) : (tensor<4xui32>, tensor<3xi64>, tensor<2xi1>, tensor<f32>) -> ()
  }) : () -> ()
}) : () -> ()

