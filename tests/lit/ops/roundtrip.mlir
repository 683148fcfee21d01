// Round-trip tests for every op of the numjit dialect: parse, print, parse
// again, and pin the printed custom syntax. The second RUN line goes through
// the generic form and back.

// RUN: numjit-opt %s | numjit-opt | FileCheck %s
// RUN: numjit-opt %s --mlir-print-op-generic | numjit-opt | FileCheck %s


// CHECK-LABEL: func.func @constant(
// CHECK-SAME:      ) -> (tensor<2xf32>, tensor<f64>, tensor<2x2xi32>, tensor<4xi64>, tensor<3xi1>, tensor<i1>, tensor<0xi64>, tensor<2x0x3xf32>) {
// CHECK-NEXT:      %0 = numjit.constant dense<[1.000000e+00, -2.500000e+00]> : tensor<2xf32>
// CHECK-NEXT:      %1 = numjit.constant dense<3.500000e+00> : tensor<f64>
// CHECK-NEXT:      %2 = numjit.constant dense<{{\[\[}}1, 2], [3, -4]]> : tensor<2x2xi32>
// CHECK-NEXT:      %3 = numjit.constant dense<7> : tensor<4xi64>
// CHECK-NEXT:      %4 = numjit.constant dense<[true, false, true]> : tensor<3xi1>
// CHECK-NEXT:      %5 = numjit.constant dense<true> : tensor<i1>
// CHECK-NEXT:      %6 = numjit.constant dense<> : tensor<0xi64>
// CHECK-NEXT:      %7 = numjit.constant dense<> : tensor<2x0x3xf32>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2xf32>, tensor<f64>, tensor<2x2xi32>, tensor<4xi64>, tensor<3xi1>, tensor<i1>, tensor<0xi64>, tensor<2x0x3xf32>
func.func @constant() -> (tensor<2xf32>, tensor<f64>, tensor<2x2xi32>, tensor<4xi64>, tensor<3xi1>, tensor<i1>, tensor<0xi64>, tensor<2x0x3xf32>) {
  %0 = numjit.constant dense<[1.0, -2.5]> : tensor<2xf32>
  %1 = numjit.constant dense<3.5> : tensor<f64>
  %2 = numjit.constant dense<[[1, 2], [3, -4]]> : tensor<2x2xi32>
  %3 = numjit.constant dense<7> : tensor<4xi64>
  %4 = numjit.constant dense<[true, false, true]> : tensor<3xi1>
  %5 = numjit.constant dense<true> : tensor<i1>
  %6 = numjit.constant dense<> : tensor<0xi64>
  %7 = numjit.constant dense<> : tensor<2x0x3xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2xf32>, tensor<f64>, tensor<2x2xi32>, tensor<4xi64>, tensor<3xi1>, tensor<i1>, tensor<0xi64>, tensor<2x0x3xf32>
}

// CHECK-LABEL: func.func @iota(
// CHECK-SAME:      ) -> (tensor<2x3xi32>, tensor<4xf64>, tensor<2x3x4xf32>, tensor<0x2xi64>) {
// CHECK-NEXT:      %0 = numjit.iota dim = 1 : tensor<2x3xi32>
// CHECK-NEXT:      %1 = numjit.iota dim = 0 : tensor<4xf64>
// CHECK-NEXT:      %2 = numjit.iota dim = 2 : tensor<2x3x4xf32>
// CHECK-NEXT:      %3 = numjit.iota dim = 1 : tensor<0x2xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<2x3xi32>, tensor<4xf64>, tensor<2x3x4xf32>, tensor<0x2xi64>
func.func @iota() -> (tensor<2x3xi32>, tensor<4xf64>, tensor<2x3x4xf32>, tensor<0x2xi64>) {
  %0 = numjit.iota dim = 1 : tensor<2x3xi32>
  %1 = numjit.iota dim = 0 : tensor<4xf64>
  %2 = numjit.iota dim = 2 : tensor<2x3x4xf32>
  %3 = numjit.iota dim = 1 : tensor<0x2xi64>
  return %0, %1, %2, %3 : tensor<2x3xi32>, tensor<4xf64>, tensor<2x3x4xf32>, tensor<0x2xi64>
}

// CHECK-LABEL: func.func @neg(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.neg %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.neg %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.neg %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.neg %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @neg(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.neg %arg0 : tensor<4xf32>
  %1 = numjit.neg %arg1 : tensor<f64>
  %2 = numjit.neg %arg2 : tensor<2x3xi32>
  %3 = numjit.neg %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @abs(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.abs %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.abs %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.abs %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.abs %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @abs(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.abs %arg0 : tensor<4xf32>
  %1 = numjit.abs %arg1 : tensor<f64>
  %2 = numjit.abs %arg2 : tensor<2x3xi32>
  %3 = numjit.abs %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @sign(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.sign %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.sign %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.sign %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.sign %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @sign(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.sign %arg0 : tensor<4xf32>
  %1 = numjit.sign %arg1 : tensor<f64>
  %2 = numjit.sign %arg2 : tensor<2x3xi32>
  %3 = numjit.sign %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @exp(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.exp %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.exp %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.exp %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.exp %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @exp(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.exp %arg0 : tensor<4xf32>
  %1 = numjit.exp %arg1 : tensor<f64>
  %2 = numjit.exp %arg2 : tensor<2x0xf32>
  %3 = numjit.exp %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @log(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.log %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.log %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.log %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.log %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @log(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.log %arg0 : tensor<4xf32>
  %1 = numjit.log %arg1 : tensor<f64>
  %2 = numjit.log %arg2 : tensor<2x0xf32>
  %3 = numjit.log %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @sin(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.sin %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.sin %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.sin %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.sin %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @sin(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.sin %arg0 : tensor<4xf32>
  %1 = numjit.sin %arg1 : tensor<f64>
  %2 = numjit.sin %arg2 : tensor<2x0xf32>
  %3 = numjit.sin %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @cos(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.cos %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.cos %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.cos %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.cos %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @cos(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.cos %arg0 : tensor<4xf32>
  %1 = numjit.cos %arg1 : tensor<f64>
  %2 = numjit.cos %arg2 : tensor<2x0xf32>
  %3 = numjit.cos %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @tanh(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.tanh %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.tanh %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.tanh %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.tanh %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @tanh(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.tanh %arg0 : tensor<4xf32>
  %1 = numjit.tanh %arg1 : tensor<f64>
  %2 = numjit.tanh %arg2 : tensor<2x0xf32>
  %3 = numjit.tanh %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @sqrt(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.sqrt %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.sqrt %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.sqrt %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.sqrt %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @sqrt(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.sqrt %arg0 : tensor<4xf32>
  %1 = numjit.sqrt %arg1 : tensor<f64>
  %2 = numjit.sqrt %arg2 : tensor<2x0xf32>
  %3 = numjit.sqrt %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @rsqrt(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.rsqrt %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.rsqrt %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.rsqrt %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.rsqrt %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @rsqrt(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.rsqrt %arg0 : tensor<4xf32>
  %1 = numjit.rsqrt %arg1 : tensor<f64>
  %2 = numjit.rsqrt %arg2 : tensor<2x0xf32>
  %3 = numjit.rsqrt %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @floor(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.floor %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.floor %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.floor %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.floor %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @floor(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.floor %arg0 : tensor<4xf32>
  %1 = numjit.floor %arg1 : tensor<f64>
  %2 = numjit.floor %arg2 : tensor<2x0xf32>
  %3 = numjit.floor %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @logistic(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.logistic %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.logistic %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.logistic %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.logistic %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @logistic(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.logistic %arg0 : tensor<4xf32>
  %1 = numjit.logistic %arg1 : tensor<f64>
  %2 = numjit.logistic %arg2 : tensor<2x0xf32>
  %3 = numjit.logistic %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// CHECK-LABEL: func.func @add(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.add %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.add %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.add %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.add %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @add(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.add %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.add %arg1, %arg1 : tensor<f64>
  %2 = numjit.add %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.add %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @sub(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.sub %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.sub %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.sub %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.sub %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @sub(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.sub %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.sub %arg1, %arg1 : tensor<f64>
  %2 = numjit.sub %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.sub %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @mul(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.mul %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.mul %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.mul %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.mul %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @mul(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.mul %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.mul %arg1, %arg1 : tensor<f64>
  %2 = numjit.mul %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.mul %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @div(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.div %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.div %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.div %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.div %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @div(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.div %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.div %arg1, %arg1 : tensor<f64>
  %2 = numjit.div %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.div %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @rem(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.rem %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.rem %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.rem %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.rem %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @rem(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.rem %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.rem %arg1, %arg1 : tensor<f64>
  %2 = numjit.rem %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.rem %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @max(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.max %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.max %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.max %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.max %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @max(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.max %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.max %arg1, %arg1 : tensor<f64>
  %2 = numjit.max %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.max %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @min(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.min %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.min %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.min %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.min %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
func.func @min(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>) {
  %0 = numjit.min %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.min %arg1, %arg1 : tensor<f64>
  %2 = numjit.min %arg2, %arg2 : tensor<2x3xi32>
  %3 = numjit.min %arg3, %arg3 : tensor<0xi64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<0xi64>
}

// CHECK-LABEL: func.func @pow(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
// CHECK-NEXT:      %0 = numjit.pow %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.pow %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.pow %arg2, %arg2 : tensor<2x0xf32>
// CHECK-NEXT:      %3 = numjit.pow %arg3, %arg3 : tensor<3x2xf64>
// CHECK-NEXT:      return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
func.func @pow(%arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x0xf32>, %arg3: tensor<3x2xf64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>) {
  %0 = numjit.pow %arg0, %arg0 : tensor<4xf32>
  %1 = numjit.pow %arg1, %arg1 : tensor<f64>
  %2 = numjit.pow %arg2, %arg2 : tensor<2x0xf32>
  %3 = numjit.pow %arg3, %arg3 : tensor<3x2xf64>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<f64>, tensor<2x0xf32>, tensor<3x2xf64>
}

// Every direction on every element type (i1 included).
// CHECK-LABEL: func.func @compare(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<f64>, %arg2: tensor<2x3xi32>, %arg3: tensor<0xi64>, %arg4: tensor<4xi1>) -> (tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>) {
// CHECK-NEXT:      %0 = numjit.compare eq, %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.compare eq, %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %2 = numjit.compare eq, %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.compare eq, %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      %4 = numjit.compare eq, %arg4, %arg4 : tensor<4xi1>
// CHECK-NEXT:      %5 = numjit.compare ne, %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %6 = numjit.compare ne, %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %7 = numjit.compare ne, %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %8 = numjit.compare ne, %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      %9 = numjit.compare ne, %arg4, %arg4 : tensor<4xi1>
// CHECK-NEXT:      %10 = numjit.compare lt, %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %11 = numjit.compare lt, %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %12 = numjit.compare lt, %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %13 = numjit.compare lt, %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      %14 = numjit.compare lt, %arg4, %arg4 : tensor<4xi1>
// CHECK-NEXT:      %15 = numjit.compare le, %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %16 = numjit.compare le, %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %17 = numjit.compare le, %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %18 = numjit.compare le, %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      %19 = numjit.compare le, %arg4, %arg4 : tensor<4xi1>
// CHECK-NEXT:      %20 = numjit.compare gt, %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %21 = numjit.compare gt, %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %22 = numjit.compare gt, %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %23 = numjit.compare gt, %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      %24 = numjit.compare gt, %arg4, %arg4 : tensor<4xi1>
// CHECK-NEXT:      %25 = numjit.compare ge, %arg0, %arg0 : tensor<4xf32>
// CHECK-NEXT:      %26 = numjit.compare ge, %arg1, %arg1 : tensor<f64>
// CHECK-NEXT:      %27 = numjit.compare ge, %arg2, %arg2 : tensor<2x3xi32>
// CHECK-NEXT:      %28 = numjit.compare ge, %arg3, %arg3 : tensor<0xi64>
// CHECK-NEXT:      %29 = numjit.compare ge, %arg4, %arg4 : tensor<4xi1>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29 : tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>, tensor<4xi1>, tensor<i1>, tensor<2x3xi1>, tensor<0xi1>, tensor<4xi1>
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

// The pred is i1 with the result's shape; the values may have any element type,
// i1 included.
// CHECK-LABEL: func.func @select(
// CHECK-SAME:      %arg0: tensor<4xi1>, %arg1: tensor<4xf32>, %arg2: tensor<i1>, %arg3: tensor<f64>, %arg4: tensor<2x3xi1>, %arg5: tensor<2x3xi32>, %arg6: tensor<0xi1>, %arg7: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<2x3xi1>, tensor<0xi64>) {
// CHECK-NEXT:      %0 = numjit.select %arg0, %arg1, %arg1 : tensor<4xi1>, tensor<4xf32>
// CHECK-NEXT:      %1 = numjit.select %arg2, %arg3, %arg3 : tensor<i1>, tensor<f64>
// CHECK-NEXT:      %2 = numjit.select %arg4, %arg5, %arg5 : tensor<2x3xi1>, tensor<2x3xi32>
// CHECK-NEXT:      %3 = numjit.select %arg4, %arg4, %arg4 : tensor<2x3xi1>, tensor<2x3xi1>
// CHECK-NEXT:      %4 = numjit.select %arg6, %arg7, %arg7 : tensor<0xi1>, tensor<0xi64>
// CHECK-NEXT:      return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<2x3xi1>, tensor<0xi64>
func.func @select(%arg0: tensor<4xi1>, %arg1: tensor<4xf32>, %arg2: tensor<i1>, %arg3: tensor<f64>, %arg4: tensor<2x3xi1>, %arg5: tensor<2x3xi32>, %arg6: tensor<0xi1>, %arg7: tensor<0xi64>) -> (tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<2x3xi1>, tensor<0xi64>) {
  %0 = numjit.select %arg0, %arg1, %arg1 : tensor<4xi1>, tensor<4xf32>
  %1 = numjit.select %arg2, %arg3, %arg3 : tensor<i1>, tensor<f64>
  %2 = numjit.select %arg4, %arg5, %arg5 : tensor<2x3xi1>, tensor<2x3xi32>
  %3 = numjit.select %arg4, %arg4, %arg4 : tensor<2x3xi1>, tensor<2x3xi1>
  %4 = numjit.select %arg6, %arg7, %arg7 : tensor<0xi1>, tensor<0xi64>
  return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<f64>, tensor<2x3xi32>, tensor<2x3xi1>, tensor<0xi64>
}

// CHECK-LABEL: func.func @convert(
// CHECK-SAME:      %arg0: tensor<4xf32>, %arg1: tensor<2x3xi32>, %arg2: tensor<i1>, %arg3: tensor<0x2xf64>, %arg4: tensor<4xi64>) -> (tensor<4xi32>, tensor<4xf64>, tensor<4xi1>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<f64>, tensor<0x2xi64>, tensor<4xi64>) {
// CHECK-NEXT:      %0 = numjit.convert %arg0 : tensor<4xf32> -> tensor<4xi32>
// CHECK-NEXT:      %1 = numjit.convert %arg0 : tensor<4xf32> -> tensor<4xf64>
// CHECK-NEXT:      %2 = numjit.convert %arg0 : tensor<4xf32> -> tensor<4xi1>
// CHECK-NEXT:      %3 = numjit.convert %arg1 : tensor<2x3xi32> -> tensor<2x3xf32>
// CHECK-NEXT:      %4 = numjit.convert %arg1 : tensor<2x3xi32> -> tensor<2x3xi64>
// CHECK-NEXT:      %5 = numjit.convert %arg2 : tensor<i1> -> tensor<f64>
// CHECK-NEXT:      %6 = numjit.convert %arg3 : tensor<0x2xf64> -> tensor<0x2xi64>
// CHECK-NEXT:      %7 = numjit.convert %arg4 : tensor<4xi64> -> tensor<4xi64>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<4xi32>, tensor<4xf64>, tensor<4xi1>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<f64>, tensor<0x2xi64>, tensor<4xi64>
func.func @convert(%arg0: tensor<4xf32>, %arg1: tensor<2x3xi32>, %arg2: tensor<i1>, %arg3: tensor<0x2xf64>, %arg4: tensor<4xi64>) -> (tensor<4xi32>, tensor<4xf64>, tensor<4xi1>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<f64>, tensor<0x2xi64>, tensor<4xi64>) {
  %0 = numjit.convert %arg0 : tensor<4xf32> -> tensor<4xi32>
  %1 = numjit.convert %arg0 : tensor<4xf32> -> tensor<4xf64>
  %2 = numjit.convert %arg0 : tensor<4xf32> -> tensor<4xi1>
  %3 = numjit.convert %arg1 : tensor<2x3xi32> -> tensor<2x3xf32>
  %4 = numjit.convert %arg1 : tensor<2x3xi32> -> tensor<2x3xi64>
  %5 = numjit.convert %arg2 : tensor<i1> -> tensor<f64>
  %6 = numjit.convert %arg3 : tensor<0x2xf64> -> tensor<0x2xi64>
  %7 = numjit.convert %arg4 : tensor<4xi64> -> tensor<4xi64>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<4xi32>, tensor<4xf64>, tensor<4xi1>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<f64>, tensor<0x2xi64>, tensor<4xi64>
}

// CHECK-LABEL: func.func @broadcast_in_dim(
// CHECK-SAME:      %arg0: tensor<3xf32>, %arg1: tensor<f64>, %arg2: tensor<1x3xi32>, %arg3: tensor<2xi1>, %arg4: tensor<0xi64>, %arg5: tensor<1xf32>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf64>, tensor<f64>, tensor<4x5x3xi32>, tensor<2x7xi1>, tensor<3x0xi64>, tensor<0xf32>) {
// CHECK-NEXT:      %0 = numjit.broadcast_in_dim %arg0, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
// CHECK-NEXT:      %1 = numjit.broadcast_in_dim %arg0, dims = [0] : tensor<3xf32> -> tensor<3xf32>
// CHECK-NEXT:      %2 = numjit.broadcast_in_dim %arg1, dims = [] : tensor<f64> -> tensor<2x3xf64>
// CHECK-NEXT:      %3 = numjit.broadcast_in_dim %arg1, dims = [] : tensor<f64> -> tensor<f64>
// CHECK-NEXT:      %4 = numjit.broadcast_in_dim %arg2, dims = [0, 2] : tensor<1x3xi32> -> tensor<4x5x3xi32>
// CHECK-NEXT:      %5 = numjit.broadcast_in_dim %arg3, dims = [0] : tensor<2xi1> -> tensor<2x7xi1>
// CHECK-NEXT:      %6 = numjit.broadcast_in_dim %arg4, dims = [1] : tensor<0xi64> -> tensor<3x0xi64>
// CHECK-NEXT:      %7 = numjit.broadcast_in_dim %arg5, dims = [0] : tensor<1xf32> -> tensor<0xf32>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf64>, tensor<f64>, tensor<4x5x3xi32>, tensor<2x7xi1>, tensor<3x0xi64>, tensor<0xf32>
func.func @broadcast_in_dim(%arg0: tensor<3xf32>, %arg1: tensor<f64>, %arg2: tensor<1x3xi32>, %arg3: tensor<2xi1>, %arg4: tensor<0xi64>, %arg5: tensor<1xf32>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf64>, tensor<f64>, tensor<4x5x3xi32>, tensor<2x7xi1>, tensor<3x0xi64>, tensor<0xf32>) {
  %0 = numjit.broadcast_in_dim %arg0, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %1 = numjit.broadcast_in_dim %arg0, dims = [0] : tensor<3xf32> -> tensor<3xf32>
  %2 = numjit.broadcast_in_dim %arg1, dims = [] : tensor<f64> -> tensor<2x3xf64>
  %3 = numjit.broadcast_in_dim %arg1, dims = [] : tensor<f64> -> tensor<f64>
  %4 = numjit.broadcast_in_dim %arg2, dims = [0, 2] : tensor<1x3xi32> -> tensor<4x5x3xi32>
  %5 = numjit.broadcast_in_dim %arg3, dims = [0] : tensor<2xi1> -> tensor<2x7xi1>
  %6 = numjit.broadcast_in_dim %arg4, dims = [1] : tensor<0xi64> -> tensor<3x0xi64>
  %7 = numjit.broadcast_in_dim %arg5, dims = [0] : tensor<1xf32> -> tensor<0xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf64>, tensor<f64>, tensor<4x5x3xi32>, tensor<2x7xi1>, tensor<3x0xi64>, tensor<0xf32>
}

// CHECK-LABEL: func.func @reshape(
// CHECK-SAME:      %arg0: tensor<2x3xf32>, %arg1: tensor<f64>, %arg2: tensor<0x3xi32>, %arg3: tensor<4xi1>, %arg4: tensor<1x1xi64>) -> (tensor<6xf32>, tensor<3x1x2xf32>, tensor<1x1xf64>, tensor<5x0xi32>, tensor<2x2xi1>, tensor<i64>) {
// CHECK-NEXT:      %0 = numjit.reshape %arg0 : tensor<2x3xf32> -> tensor<6xf32>
// CHECK-NEXT:      %1 = numjit.reshape %arg0 : tensor<2x3xf32> -> tensor<3x1x2xf32>
// CHECK-NEXT:      %2 = numjit.reshape %arg1 : tensor<f64> -> tensor<1x1xf64>
// CHECK-NEXT:      %3 = numjit.reshape %arg2 : tensor<0x3xi32> -> tensor<5x0xi32>
// CHECK-NEXT:      %4 = numjit.reshape %arg3 : tensor<4xi1> -> tensor<2x2xi1>
// CHECK-NEXT:      %5 = numjit.reshape %arg4 : tensor<1x1xi64> -> tensor<i64>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5 : tensor<6xf32>, tensor<3x1x2xf32>, tensor<1x1xf64>, tensor<5x0xi32>, tensor<2x2xi1>, tensor<i64>
func.func @reshape(%arg0: tensor<2x3xf32>, %arg1: tensor<f64>, %arg2: tensor<0x3xi32>, %arg3: tensor<4xi1>, %arg4: tensor<1x1xi64>) -> (tensor<6xf32>, tensor<3x1x2xf32>, tensor<1x1xf64>, tensor<5x0xi32>, tensor<2x2xi1>, tensor<i64>) {
  %0 = numjit.reshape %arg0 : tensor<2x3xf32> -> tensor<6xf32>
  %1 = numjit.reshape %arg0 : tensor<2x3xf32> -> tensor<3x1x2xf32>
  %2 = numjit.reshape %arg1 : tensor<f64> -> tensor<1x1xf64>
  %3 = numjit.reshape %arg2 : tensor<0x3xi32> -> tensor<5x0xi32>
  %4 = numjit.reshape %arg3 : tensor<4xi1> -> tensor<2x2xi1>
  %5 = numjit.reshape %arg4 : tensor<1x1xi64> -> tensor<i64>
  return %0, %1, %2, %3, %4, %5 : tensor<6xf32>, tensor<3x1x2xf32>, tensor<1x1xf64>, tensor<5x0xi32>, tensor<2x2xi1>, tensor<i64>
}

// CHECK-LABEL: func.func @transpose(
// CHECK-SAME:      %arg0: tensor<2x3xf32>, %arg1: tensor<2x3x4xi32>, %arg2: tensor<f64>, %arg3: tensor<0x2xi1>, %arg4: tensor<5xi64>) -> (tensor<3x2xf32>, tensor<4x2x3xi32>, tensor<2x3x4xi32>, tensor<f64>, tensor<2x0xi1>, tensor<5xi64>) {
// CHECK-NEXT:      %0 = numjit.transpose %arg0, permutation = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
// CHECK-NEXT:      %1 = numjit.transpose %arg1, permutation = [2, 0, 1] : tensor<2x3x4xi32> -> tensor<4x2x3xi32>
// CHECK-NEXT:      %2 = numjit.transpose %arg1, permutation = [0, 1, 2] : tensor<2x3x4xi32> -> tensor<2x3x4xi32>
// CHECK-NEXT:      %3 = numjit.transpose %arg2, permutation = [] : tensor<f64> -> tensor<f64>
// CHECK-NEXT:      %4 = numjit.transpose %arg3, permutation = [1, 0] : tensor<0x2xi1> -> tensor<2x0xi1>
// CHECK-NEXT:      %5 = numjit.transpose %arg4, permutation = [0] : tensor<5xi64> -> tensor<5xi64>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5 : tensor<3x2xf32>, tensor<4x2x3xi32>, tensor<2x3x4xi32>, tensor<f64>, tensor<2x0xi1>, tensor<5xi64>
func.func @transpose(%arg0: tensor<2x3xf32>, %arg1: tensor<2x3x4xi32>, %arg2: tensor<f64>, %arg3: tensor<0x2xi1>, %arg4: tensor<5xi64>) -> (tensor<3x2xf32>, tensor<4x2x3xi32>, tensor<2x3x4xi32>, tensor<f64>, tensor<2x0xi1>, tensor<5xi64>) {
  %0 = numjit.transpose %arg0, permutation = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  %1 = numjit.transpose %arg1, permutation = [2, 0, 1] : tensor<2x3x4xi32> -> tensor<4x2x3xi32>
  %2 = numjit.transpose %arg1, permutation = [0, 1, 2] : tensor<2x3x4xi32> -> tensor<2x3x4xi32>
  %3 = numjit.transpose %arg2, permutation = [] : tensor<f64> -> tensor<f64>
  %4 = numjit.transpose %arg3, permutation = [1, 0] : tensor<0x2xi1> -> tensor<2x0xi1>
  %5 = numjit.transpose %arg4, permutation = [0] : tensor<5xi64> -> tensor<5xi64>
  return %0, %1, %2, %3, %4, %5 : tensor<3x2xf32>, tensor<4x2x3xi32>, tensor<2x3x4xi32>, tensor<f64>, tensor<2x0xi1>, tensor<5xi64>
}

// CHECK-LABEL: func.func @slice(
// CHECK-SAME:      %arg0: tensor<4x4xf32>, %arg1: tensor<10xi32>, %arg2: tensor<f64>, %arg3: tensor<3x0xi1>, %arg4: tensor<5xi64>) -> (tensor<2x2xf32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<f64>, tensor<1x0xi1>, tensor<5xi64>) {
// CHECK-NEXT:      %0 = numjit.slice %arg0, start = [0, 1], limit = [2, 3], strides = [1, 1] : tensor<4x4xf32> -> tensor<2x2xf32>
// CHECK-NEXT:      %1 = numjit.slice %arg1, start = [1], limit = [10], strides = [3] : tensor<10xi32> -> tensor<3xi32>
// CHECK-NEXT:      %2 = numjit.slice %arg1, start = [0], limit = [10], strides = [4] : tensor<10xi32> -> tensor<3xi32>
// CHECK-NEXT:      %3 = numjit.slice %arg1, start = [4], limit = [4], strides = [1] : tensor<10xi32> -> tensor<0xi32>
// CHECK-NEXT:      %4 = numjit.slice %arg2, start = [], limit = [], strides = [] : tensor<f64> -> tensor<f64>
// CHECK-NEXT:      %5 = numjit.slice %arg3, start = [1, 0], limit = [3, 0], strides = [2, 1] : tensor<3x0xi1> -> tensor<1x0xi1>
// CHECK-NEXT:      %6 = numjit.slice %arg4, start = [0], limit = [5], strides = [1] : tensor<5xi64> -> tensor<5xi64>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5, %6 : tensor<2x2xf32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<f64>, tensor<1x0xi1>, tensor<5xi64>
func.func @slice(%arg0: tensor<4x4xf32>, %arg1: tensor<10xi32>, %arg2: tensor<f64>, %arg3: tensor<3x0xi1>, %arg4: tensor<5xi64>) -> (tensor<2x2xf32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<f64>, tensor<1x0xi1>, tensor<5xi64>) {
  %0 = numjit.slice %arg0, start = [0, 1], limit = [2, 3], strides = [1, 1] : tensor<4x4xf32> -> tensor<2x2xf32>
  %1 = numjit.slice %arg1, start = [1], limit = [10], strides = [3] : tensor<10xi32> -> tensor<3xi32>
  %2 = numjit.slice %arg1, start = [0], limit = [10], strides = [4] : tensor<10xi32> -> tensor<3xi32>
  %3 = numjit.slice %arg1, start = [4], limit = [4], strides = [1] : tensor<10xi32> -> tensor<0xi32>
  %4 = numjit.slice %arg2, start = [], limit = [], strides = [] : tensor<f64> -> tensor<f64>
  %5 = numjit.slice %arg3, start = [1, 0], limit = [3, 0], strides = [2, 1] : tensor<3x0xi1> -> tensor<1x0xi1>
  %6 = numjit.slice %arg4, start = [0], limit = [5], strides = [1] : tensor<5xi64> -> tensor<5xi64>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x2xf32>, tensor<3xi32>, tensor<3xi32>, tensor<0xi32>, tensor<f64>, tensor<1x0xi1>, tensor<5xi64>
}

// Every kind on every numeric element type; dims need not be sorted; empty dims
// and empty inputs.
// CHECK-LABEL: func.func @reduce(
// CHECK-SAME:      %arg0: tensor<2x3xf32>, %arg1: tensor<2x3xf64>, %arg2: tensor<2x3x4xi32>, %arg3: tensor<0x4xi64>, %arg4: tensor<i32>) -> (tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2x3xf32>, tensor<i32>) {
// CHECK-NEXT:      %0 = numjit.reduce sum %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
// CHECK-NEXT:      %1 = numjit.reduce sum %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
// CHECK-NEXT:      %2 = numjit.reduce sum %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
// CHECK-NEXT:      %3 = numjit.reduce sum %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
// CHECK-NEXT:      %4 = numjit.reduce prod %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
// CHECK-NEXT:      %5 = numjit.reduce prod %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
// CHECK-NEXT:      %6 = numjit.reduce prod %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
// CHECK-NEXT:      %7 = numjit.reduce prod %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
// CHECK-NEXT:      %8 = numjit.reduce max %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
// CHECK-NEXT:      %9 = numjit.reduce max %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
// CHECK-NEXT:      %10 = numjit.reduce max %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
// CHECK-NEXT:      %11 = numjit.reduce max %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
// CHECK-NEXT:      %12 = numjit.reduce min %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
// CHECK-NEXT:      %13 = numjit.reduce min %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
// CHECK-NEXT:      %14 = numjit.reduce min %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
// CHECK-NEXT:      %15 = numjit.reduce min %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
// CHECK-NEXT:      %16 = numjit.reduce sum %arg0, dims = [] : tensor<2x3xf32> -> tensor<2x3xf32>
// CHECK-NEXT:      %17 = numjit.reduce max %arg4, dims = [] : tensor<i32> -> tensor<i32>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17 : tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2x3xf32>, tensor<i32>
func.func @reduce(%arg0: tensor<2x3xf32>, %arg1: tensor<2x3xf64>, %arg2: tensor<2x3x4xi32>, %arg3: tensor<0x4xi64>, %arg4: tensor<i32>) -> (tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2x3xf32>, tensor<i32>) {
  %0 = numjit.reduce sum %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %1 = numjit.reduce sum %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %2 = numjit.reduce sum %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
  %3 = numjit.reduce sum %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %4 = numjit.reduce prod %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %5 = numjit.reduce prod %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %6 = numjit.reduce prod %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
  %7 = numjit.reduce prod %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %8 = numjit.reduce max %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %9 = numjit.reduce max %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %10 = numjit.reduce max %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
  %11 = numjit.reduce max %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %12 = numjit.reduce min %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %13 = numjit.reduce min %arg1, dims = [0, 1] : tensor<2x3xf64> -> tensor<f64>
  %14 = numjit.reduce min %arg2, dims = [2, 0] : tensor<2x3x4xi32> -> tensor<3xi32>
  %15 = numjit.reduce min %arg3, dims = [0] : tensor<0x4xi64> -> tensor<4xi64>
  %16 = numjit.reduce sum %arg0, dims = [] : tensor<2x3xf32> -> tensor<2x3xf32>
  %17 = numjit.reduce max %arg4, dims = [] : tensor<i32> -> tensor<i32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17 : tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2xf32>, tensor<f64>, tensor<3xi32>, tensor<4xi64>, tensor<2x3xf32>, tensor<i32>
}

// i32 and i64 results; the non-reduced dimensions may be empty.
// CHECK-LABEL: func.func @argmax(
// CHECK-SAME:      %arg0: tensor<2x3xf32>, %arg1: tensor<4xf64>, %arg2: tensor<2x3x4xi32>, %arg3: tensor<0x5xi64>) -> (tensor<2xi64>, tensor<3xi32>, tensor<i32>, tensor<i64>, tensor<2x3xi64>, tensor<0xi32>) {
// CHECK-NEXT:      %0 = numjit.argmax %arg0, dim = 1 : tensor<2x3xf32> -> tensor<2xi64>
// CHECK-NEXT:      %1 = numjit.argmax %arg0, dim = 0 : tensor<2x3xf32> -> tensor<3xi32>
// CHECK-NEXT:      %2 = numjit.argmax %arg1, dim = 0 : tensor<4xf64> -> tensor<i32>
// CHECK-NEXT:      %3 = numjit.argmax %arg1, dim = 0 : tensor<4xf64> -> tensor<i64>
// CHECK-NEXT:      %4 = numjit.argmax %arg2, dim = 2 : tensor<2x3x4xi32> -> tensor<2x3xi64>
// CHECK-NEXT:      %5 = numjit.argmax %arg3, dim = 1 : tensor<0x5xi64> -> tensor<0xi32>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5 : tensor<2xi64>, tensor<3xi32>, tensor<i32>, tensor<i64>, tensor<2x3xi64>, tensor<0xi32>
func.func @argmax(%arg0: tensor<2x3xf32>, %arg1: tensor<4xf64>, %arg2: tensor<2x3x4xi32>, %arg3: tensor<0x5xi64>) -> (tensor<2xi64>, tensor<3xi32>, tensor<i32>, tensor<i64>, tensor<2x3xi64>, tensor<0xi32>) {
  %0 = numjit.argmax %arg0, dim = 1 : tensor<2x3xf32> -> tensor<2xi64>
  %1 = numjit.argmax %arg0, dim = 0 : tensor<2x3xf32> -> tensor<3xi32>
  %2 = numjit.argmax %arg1, dim = 0 : tensor<4xf64> -> tensor<i32>
  %3 = numjit.argmax %arg1, dim = 0 : tensor<4xf64> -> tensor<i64>
  %4 = numjit.argmax %arg2, dim = 2 : tensor<2x3x4xi32> -> tensor<2x3xi64>
  %5 = numjit.argmax %arg3, dim = 1 : tensor<0x5xi64> -> tensor<0xi32>
  return %0, %1, %2, %3, %4, %5 : tensor<2xi64>, tensor<3xi32>, tensor<i32>, tensor<i64>, tensor<2x3xi64>, tensor<0xi32>
}

// Matrix products with and without batch dimensions, an inner product, an outer
// product and an empty contraction.
// CHECK-LABEL: func.func @dot_general(
// CHECK-SAME:      %arg0: tensor<2x3xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<5x2x3xf64>, %arg3: tensor<5x3x4xf64>, %arg4: tensor<3xi32>, %arg5: tensor<2x0xi64>, %arg6: tensor<0x4xi64>, %arg7: tensor<2xi32>) -> (tensor<2x4xf32>, tensor<4x2xf32>, tensor<5x2x4xf64>, tensor<5x4x2xf64>, tensor<i32>, tensor<3x2xi32>, tensor<3xi32>, tensor<2x4xi64>) {
// CHECK-NEXT:      %0 = numjit.dot_general %arg0, %arg1, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:      %1 = numjit.dot_general %arg1, %arg0, batch = [] x [], contract = [0] x [1] : (tensor<3x4xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
// CHECK-NEXT:      %2 = numjit.dot_general %arg2, %arg3, batch = [0] x [0], contract = [2] x [1] : (tensor<5x2x3xf64>, tensor<5x3x4xf64>) -> tensor<5x2x4xf64>
// CHECK-NEXT:      %3 = numjit.dot_general %arg3, %arg2, batch = [0] x [0], contract = [1] x [2] : (tensor<5x3x4xf64>, tensor<5x2x3xf64>) -> tensor<5x4x2xf64>
// CHECK-NEXT:      %4 = numjit.dot_general %arg4, %arg4, batch = [] x [], contract = [0] x [0] : (tensor<3xi32>, tensor<3xi32>) -> tensor<i32>
// CHECK-NEXT:      %5 = numjit.dot_general %arg4, %arg7, batch = [] x [], contract = [] x [] : (tensor<3xi32>, tensor<2xi32>) -> tensor<3x2xi32>
// CHECK-NEXT:      %6 = numjit.dot_general %arg4, %arg4, batch = [0] x [0], contract = [] x [] : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
// CHECK-NEXT:      %7 = numjit.dot_general %arg5, %arg6, batch = [] x [], contract = [1] x [0] : (tensor<2x0xi64>, tensor<0x4xi64>) -> tensor<2x4xi64>
// CHECK-NEXT:      return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x4xf32>, tensor<4x2xf32>, tensor<5x2x4xf64>, tensor<5x4x2xf64>, tensor<i32>, tensor<3x2xi32>, tensor<3xi32>, tensor<2x4xi64>
func.func @dot_general(%arg0: tensor<2x3xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<5x2x3xf64>, %arg3: tensor<5x3x4xf64>, %arg4: tensor<3xi32>, %arg5: tensor<2x0xi64>, %arg6: tensor<0x4xi64>, %arg7: tensor<2xi32>) -> (tensor<2x4xf32>, tensor<4x2xf32>, tensor<5x2x4xf64>, tensor<5x4x2xf64>, tensor<i32>, tensor<3x2xi32>, tensor<3xi32>, tensor<2x4xi64>) {
  %0 = numjit.dot_general %arg0, %arg1, batch = [] x [], contract = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %1 = numjit.dot_general %arg1, %arg0, batch = [] x [], contract = [0] x [1] : (tensor<3x4xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  %2 = numjit.dot_general %arg2, %arg3, batch = [0] x [0], contract = [2] x [1] : (tensor<5x2x3xf64>, tensor<5x3x4xf64>) -> tensor<5x2x4xf64>
  %3 = numjit.dot_general %arg3, %arg2, batch = [0] x [0], contract = [1] x [2] : (tensor<5x3x4xf64>, tensor<5x2x3xf64>) -> tensor<5x4x2xf64>
  %4 = numjit.dot_general %arg4, %arg4, batch = [] x [], contract = [0] x [0] : (tensor<3xi32>, tensor<3xi32>) -> tensor<i32>
  %5 = numjit.dot_general %arg4, %arg7, batch = [] x [], contract = [] x [] : (tensor<3xi32>, tensor<2xi32>) -> tensor<3x2xi32>
  %6 = numjit.dot_general %arg4, %arg4, batch = [0] x [0], contract = [] x [] : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %7 = numjit.dot_general %arg5, %arg6, batch = [] x [], contract = [1] x [0] : (tensor<2x0xi64>, tensor<0x4xi64>) -> tensor<2x4xi64>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x4xf32>, tensor<4x2xf32>, tensor<5x2x4xf64>, tensor<5x4x2xf64>, tensor<i32>, tensor<3x2xi32>, tensor<3xi32>, tensor<2x4xi64>
}

// CHECK-LABEL: func.func @concatenate(
// CHECK-NEXT:    numjit.concatenate (%arg0, %arg1), dim = 0 : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
// CHECK-NEXT:    numjit.concatenate (%arg2, %arg2, %arg2), dim = 1 : (tensor<2x0xi1>, tensor<2x0xi1>, tensor<2x0xi1>) -> tensor<2x0xi1>
// CHECK-NEXT:    numjit.concatenate (%arg3), dim = 0 : (tensor<4xi64>) -> tensor<4xi64>
func.func @concatenate(%a: tensor<2x3xf32>, %b: tensor<1x3xf32>, %c: tensor<2x0xi1>, %d: tensor<4xi64>) -> (tensor<3x3xf32>, tensor<2x0xi1>, tensor<4xi64>) {
  %0 = numjit.concatenate (%a, %b), dim = 0 : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
  %1 = numjit.concatenate (%c, %c, %c), dim = 1 : (tensor<2x0xi1>, tensor<2x0xi1>, tensor<2x0xi1>) -> tensor<2x0xi1>
  %2 = numjit.concatenate (%d), dim = 0 : (tensor<4xi64>) -> tensor<4xi64>
  return %0, %1, %2 : tensor<3x3xf32>, tensor<2x0xi1>, tensor<4xi64>
}

// Dynamic sizes: ops whose result size is not given by their operands take
// it as index operands; the others carry `?` through.
// CHECK-LABEL: func.func @dynamic(
// CHECK-SAME:      %[[X:.*]]: tensor<?x3xf32> {numjit.dims = ["n"]}, %[[S:.*]]: tensor<f32>)
// CHECK:           %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x3xf32>
// CHECK-NEXT:      %{{.*}} = numjit.broadcast_in_dim %[[S]], dims = [], sizes = [%[[N]]] : tensor<f32> -> tensor<?x3xf32>
// CHECK-NEXT:      %{{.*}} = numjit.iota dim = 0, sizes = [%[[N]]] : tensor<?x3xf32>
// CHECK-NEXT:      %{{.*}} = numjit.add %{{.*}}, %{{.*}} : tensor<?x3xf32>
// CHECK-NEXT:      %{{.*}} = numjit.reshape %{{.*}}, sizes = [%[[N]]] : tensor<?x3xf32> -> tensor<?x3x1xf32>
// CHECK-NEXT:      %{{.*}} = numjit.slice %[[X]], start = [0, 1], limit = [-9223372036854775808, 3], strides = [1, 1] : tensor<?x3xf32> -> tensor<?x2xf32>
// CHECK-NEXT:      %{{.*}} = numjit.reduce sum %[[X]], dims = [1] : tensor<?x3xf32> -> tensor<?xf32>
// CHECK-NEXT:      %{{.*}} = numjit.get_dimension_size %[[X]], dim = 0 : tensor<?x3xf32>
func.func @dynamic(%x: tensor<?x3xf32> {numjit.dims = ["n"]}, %s: tensor<f32>)
    -> (tensor<?x3x1xf32>, tensor<?x2xf32>, tensor<?xf32>, tensor<i64>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x3xf32>
  %b = numjit.broadcast_in_dim %s, dims = [], sizes = [%n] : tensor<f32> -> tensor<?x3xf32>
  %i = numjit.iota dim = 0, sizes = [%n] : tensor<?x3xf32>
  %a = numjit.add %b, %i : tensor<?x3xf32>
  %r = numjit.reshape %a, sizes = [%n] : tensor<?x3xf32> -> tensor<?x3x1xf32>
  %sl = numjit.slice %x, start = [0, 1], limit = [-9223372036854775808, 3], strides = [1, 1] : tensor<?x3xf32> -> tensor<?x2xf32>
  %red = numjit.reduce sum %x, dims = [1] : tensor<?x3xf32> -> tensor<?xf32>
  %size = numjit.get_dimension_size %x, dim = 0 : tensor<?x3xf32>
  return %r, %sl, %red, %size : tensor<?x3x1xf32>, tensor<?x2xf32>, tensor<?xf32>, tensor<i64>
}

// Unsigned element types, bitwise ops and shifts, erf and erf_inv.

// CHECK-LABEL: func.func @bits(
// CHECK-NEXT:      %0 = numjit.and %arg0, %arg1 : tensor<4xui32>
// CHECK-NEXT:      %1 = numjit.or %0, %arg1 : tensor<4xui32>
// CHECK-NEXT:      %2 = numjit.xor %1, %arg0 : tensor<4xui32>
// CHECK-NEXT:      %3 = numjit.not %2 : tensor<4xui32>
// CHECK-NEXT:      %4 = numjit.shift_left %3, %arg1 : tensor<4xui32>
// CHECK-NEXT:      %5 = numjit.shift_right_logical %4, %arg1 : tensor<4xui32>
// CHECK-NEXT:      %6 = numjit.shift_right_arithmetic %arg2, %arg2 : tensor<3xi64>
// CHECK-NEXT:      %7 = numjit.and %arg3, %arg3 : tensor<2xi1>
// CHECK-NEXT:      %8 = numjit.not %arg4 : tensor<ui8>
// CHECK-NEXT:      %9 = numjit.convert %8 : tensor<ui8> -> tensor<f32>
// CHECK-NEXT:      %10 = numjit.erf %9 : tensor<f32>
// CHECK-NEXT:      %11 = numjit.erf_inv %10 : tensor<f32>
func.func @bits(%a: tensor<4xui32>, %b: tensor<4xui32>, %c: tensor<3xi64>, %p: tensor<2xi1>,
                %u: tensor<ui8>) -> (tensor<4xui32>, tensor<3xi64>, tensor<2xi1>, tensor<f32>) {
  %0 = numjit.and %a, %b : tensor<4xui32>
  %1 = numjit.or %0, %b : tensor<4xui32>
  %2 = numjit.xor %1, %a : tensor<4xui32>
  %3 = numjit.not %2 : tensor<4xui32>
  %4 = numjit.shift_left %3, %b : tensor<4xui32>
  %5 = numjit.shift_right_logical %4, %b : tensor<4xui32>
  %6 = numjit.shift_right_arithmetic %c, %c : tensor<3xi64>
  %7 = numjit.and %p, %p : tensor<2xi1>
  %8 = numjit.not %u : tensor<ui8>
  %9 = numjit.convert %8 : tensor<ui8> -> tensor<f32>
  %10 = numjit.erf %9 : tensor<f32>
  %11 = numjit.erf_inv %10 : tensor<f32>
  return %5, %6, %7, %11 : tensor<4xui32>, tensor<3xi64>, tensor<2xi1>, tensor<f32>
}

// f16 and bf16 tensors: every float op takes them.
// CHECK-LABEL: func.func @half_types(
// CHECK-NEXT:      %0 = numjit.constant dense<[1.000000e+00, -2.500000e-01]> : tensor<2xbf16>
// CHECK-NEXT:      %1 = numjit.mul %arg0, %0 : tensor<2xbf16>
// CHECK-NEXT:      %2 = numjit.erf_inv %arg1 : tensor<2xf16>
// CHECK-NEXT:      %3 = numjit.convert %2 : tensor<2xf16> -> tensor<2xbf16>
// CHECK-NEXT:      %4 = numjit.reduce sum %1, dims = [0] : tensor<2xbf16> -> tensor<bf16>
func.func @half_types(%a: tensor<2xbf16>, %h: tensor<2xf16>) -> (tensor<2xbf16>, tensor<bf16>) {
  %c = numjit.constant dense<[1.0, -0.25]> : tensor<2xbf16>
  %0 = numjit.mul %a, %c : tensor<2xbf16>
  %1 = numjit.erf_inv %h : tensor<2xf16>
  %2 = numjit.convert %1 : tensor<2xf16> -> tensor<2xbf16>
  %3 = numjit.reduce sum %0, dims = [0] : tensor<2xbf16> -> tensor<bf16>
  return %2, %3 : tensor<2xbf16>, tensor<bf16>
}
