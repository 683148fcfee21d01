"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<2x3xf64>, tensor<2x3x4xi32>, tensor<0x4xi64>, tensor<i32>) -> (tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2x3xf32>, tensor<i32>), sym_name = "reduce"}> ({
  ^bb0(%arg0: tensor<2x3xf32>, %arg1: tensor<2x3xf64>, %arg2: tensor<2x3x4xi32>, %arg3: tensor<0x4xi64>, %arg4: tensor<i32>):
    %0 = "numjit.reduce"(%arg0) <{dims = array<i64: 1>, kind = 0 : i32}> : (tensor<2x3xf32>) -> tensor<2xf32>
    %1 = "numjit.reduce"(%arg1) <{dims = array<i64: 0, 1>, kind = 0 : i32}> : (tensor<2x3xf64>) -> tensor<f64>
    %2 = "numjit.reduce"(%arg2) <{dims = array<i64: 2, 0>, kind = 0 : i32}> : (tensor<2x3x4xi32>) -> tensor<3xi32>
    %3 = "numjit.reduce"(%arg3) <{dims = array<i64: 0>, kind = 0 : i32}> : (tensor<0x4xi64>) -> tensor<4xi64>
    %4 = "numjit.reduce"(%arg0) <{dims = array<i64: 1>, kind = 1 : i32}> : (tensor<2x3xf32>) -> tensor<2xf32>
    %5 = "numjit.reduce"(%arg1) <{dims = array<i64: 0, 1>, kind = 1 : i32}> : (tensor<2x3xf64>) -> tensor<f64>
    %6 = "numjit.reduce"(%arg2) <{dims = array<i64: 2, 0>, kind = 1 : i32}> : (tensor<2x3x4xi32>) -> tensor<3xi32>
    %7 = "numjit.reduce"(%arg3) <{dims = array<i64: 0>, kind = 1 : i32}> : (tensor<0x4xi64>) -> tensor<4xi64>
    %8 = "numjit.reduce"(%arg0) <{dims = array<i64: 1>, kind = 2 : i32}> : (tensor<2x3xf32>) -> tensor<2xf32>
    %9 = "numjit.reduce"(%arg1) <{dims = array<i64: 0, 1>, kind = 2 : i32}> : (tensor<2x3xf64>) -> tensor<f64>
    %10 = "numjit.reduce"(%arg2) <{dims = array<i64: 2, 0>, kind = 2 : i32}> : (tensor<2x3x4xi32>) -> tensor<3xi32>
    %11 = "numjit.reduce"(%arg3) <{dims = array<i64: 0>, kind = 2 : i32}> : (tensor<0x4xi64>) -> tensor<4xi64>
    %12 = "numjit.reduce"(%arg0) <{dims = array<i64: 1>, kind = 3 : i32}> : (tensor<2x3xf32>) -> tensor<2xf32>
    %13 = "numjit.reduce"(%arg1) <{dims = array<i64: 0, 1>, kind = 3 : i32}> : (tensor<2x3xf64>) -> tensor<f64>
    %14 = "numjit.reduce"(%arg2) <{dims = array<i64: 2, 0>, kind = 3 : i32}> : (tensor<2x3x4xi32>) -> tensor<3xi32>
    %15 = "numjit.reduce"(%arg3) <{dims = array<i64: 0>, kind = 3 : i32}> : (tensor<0x4xi64>) -> tensor<4xi64>
    %16 = "numjit.reduce"(%arg0) <{dims = array<i64>, kind = 0 : i32}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %17 = "numjit.reduce"(%arg4) <{dims = array<i64>, kind = 2 : i32}> : (tensor<i32>) -> tensor<i32>
    "func.return"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17) : (tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2x3xf32>, tensor<i32>) -> ()
  }) : () -> ()
}) : () -> ()

