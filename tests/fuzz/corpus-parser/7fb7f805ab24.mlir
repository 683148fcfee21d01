func.func @compare(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>, %arg4: tensor<4xi1>) -> (tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>) {
  %0 = numjit.compare eq, %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.compare eq, %arg1, %arg1 : tensor<f64>
  %2 = numjit.compare eq, %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.compare eq, %arg3, %arg3 : tensor<0xi64>
  %4 = numjit.compare eq, %arg4, %arg4 : tensor<4xi1>
  %5 = numjit.compare ne, %arg0, %arg0 : tensor<4xf32>
  %6 = numjit.compare ne, %arg1, %arg1 : tensor<f64>
  %7 = numjit.compare ne, %arg2, %arg2 : tensor<2x3xi32>
  %8 = numjit.compare ne, %arg3, %arg3 : tensor<0xi64>
  %9 = numjit.compare ne, %arg4, %arg4 : tensor<4xi1>
  %10 = numjit.compare lt, %arg0, %arg0 : tensor<4xf32>
  %11 = numjit.compare lt, %arg1, %arg1 : tensor<f64>
  %12 = numjit.compare lt, %arg2, %arg2 : tensor<2x3xi32>
  %13 = numjit.compare lt, %arg3, %arg3 : tensor<0xi64>
  %14 = numjit.compare lt, %arg4, %arg4 : tensor<4xi1>
  %15 = numjit.compare le, %arg0, %arg0 : tensor<4xf32>
  %16 = numjit.compare le, %arg1, %arg1 : tensor<f64>
  %17 = numjit.compare le, %arg2, %arg2 : tensor<2x3xi32>
  %18 = numjit.compare le, %arg3, %arg3 : tensor<0xi64>
  %19 = numjit.compare le, %arg4, %arg4 : tensor<4xi1>
  %20 = numjit.compare gt, %arg0, %arg0 : tensor<4xf32>
  %21 = numjit.compare gt, %arg1, %arg1 : tensor<f64>
  %22 = numjit.compare gt, %arg2, %arg2 : tensor<2x3xi32>
  %23 = numjit.compare gt, %arg3, %arg3 : tensor<0xi64>
  %24 = numjit.compare gt, %arg4, %arg4 : tensor<4xi1>
  %25 = numjit.compare ge, %arg0, %arg0 : tensor<4xf32>
  %26 = numjit.compare ge, %arg1, %arg1 : tensor<f64>
  %27 = numjit.compare ge, %arg2, %arg2 : tensor<2x3xi32>
  %28 = numjit.compare ge, %arg3, %arg3 : tensor<0xi64>
  %29 = numjit.compare ge, %arg4, %arg4 : tensor<4xi1>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29 : tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>
}
