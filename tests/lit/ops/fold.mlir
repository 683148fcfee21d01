// RUN: numjit-opt %s -canonicalize | FileCheck %s

// Tests for the folders of ir/NumjitFolds.cpp, one function (or a few) per
// folder, each with the cases that fold and the nearby cases that must not.
// Functions return every value so that nothing is removed as dead code;
// canonicalization hoists (and uniques) constants to the top of the function.

//===----------------------------------------------------------------------===//
// numjit.constant: ConstantOp::fold lets identical constants be uniqued.
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @constant_uniqued()
// CHECK-NEXT:    %[[C:.*]] = numjit.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %[[I:.*]] = numjit.iota dim = 0 : tensor<3xi32>
// CHECK-NEXT:    return %[[C]], %[[C]], %[[I]]
func.func @constant_uniqued() -> (tensor<2xf32>, tensor<2xf32>, tensor<3xi32>) {
  %0 = numjit.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %1 = numjit.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %2 = numjit.iota dim = 0 : tensor<3xi32>
  return %0, %1, %2 : tensor<2xf32>, tensor<2xf32>, tensor<3xi32>
}

//===----------------------------------------------------------------------===//
// numjit.add
//===----------------------------------------------------------------------===//

// Constant folding: floats in their own precision (2^24 + 1 rounds back to
// 2^24 in f32), integers wrap, nan and inf follow IEEE, splats of any size
// fold to a splat, splat and non-splat operands mix, empty tensors fold.
// CHECK-LABEL: func.func @add_constants()
// CHECK-DAG:     %[[F32:.*]] = numjit.constant dense<[1.750000e+00, -2.000000e+00]> : tensor<2xf32>
// CHECK-DAG:     %[[I32:.*]] = numjit.constant dense<[-2147483648, 2, -4]> : tensor<3xi32>
// CHECK-DAG:     %[[I64:.*]] = numjit.constant dense<-2> : tensor<i64>
// CHECK-DAG:     %[[NAN:.*]] = numjit.constant dense<0x7FF8000000000000> : tensor<2xf64>
// CHECK-DAG:     %[[BIG:.*]] = numjit.constant dense<2.000000e+00> : tensor<1000x1000xf32>
// CHECK-DAG:     %[[MIX:.*]] = numjit.constant dense<[11, 12, 13]> : tensor<3xi32>
// CHECK-DAG:     %[[EMPTY:.*]] = numjit.constant dense<> : tensor<0xf32>
// CHECK-DAG:     %[[ROUND:.*]] = numjit.constant dense<0x4B800000> : tensor<1xf32>
// CHECK-NOT:     numjit.add
// CHECK:         return %[[F32]], %[[I32]], %[[I64]], %[[NAN]], %[[BIG]], %[[MIX]], %[[EMPTY]], %[[ROUND]] :
func.func @add_constants() -> (tensor<2xf32>, tensor<3xi32>, tensor<i64>, tensor<2xf64>, tensor<1000x1000xf32>, tensor<3xi32>, tensor<0xf32>, tensor<1xf32>) {
  %a = numjit.constant dense<[1.5, 2.0]> : tensor<2xf32>
  %b = numjit.constant dense<[0.25, -4.0]> : tensor<2xf32>
  %0 = numjit.add %a, %b : tensor<2xf32>
  %c = numjit.constant dense<[2147483647, 1, -5]> : tensor<3xi32>
  %d = numjit.constant dense<1> : tensor<3xi32>
  %1 = numjit.add %c, %d : tensor<3xi32>
  %e = numjit.constant dense<9223372036854775807> : tensor<i64>
  %2 = numjit.add %e, %e : tensor<i64>
  // [nan + 1, inf + -inf] = [nan, nan]
  %f = numjit.constant dense<[0x7FF8000000000000, 0x7FF0000000000000]> : tensor<2xf64>
  %g = numjit.constant dense<[1.0, 0xFFF0000000000000]> : tensor<2xf64>
  %3 = numjit.add %f, %g : tensor<2xf64>
  %h = numjit.constant dense<1.0> : tensor<1000x1000xf32>
  %4 = numjit.add %h, %h : tensor<1000x1000xf32>
  %i = numjit.constant dense<[1, 2, 3]> : tensor<3xi32>
  %j = numjit.constant dense<10> : tensor<3xi32>
  %5 = numjit.add %i, %j : tensor<3xi32>
  %z = numjit.constant dense<> : tensor<0xf32>
  %6 = numjit.add %z, %z : tensor<0xf32>
  %k = numjit.constant dense<16777216.0> : tensor<1xf32>
  %l = numjit.constant dense<1.0> : tensor<1xf32>
  %7 = numjit.add %k, %l : tensor<1xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2xf32>, tensor<3xi32>, tensor<i64>, tensor<2xf64>, tensor<1000x1000xf32>, tensor<3xi32>, tensor<0xf32>, tensor<1xf32>
}

// Integer x + 0 and (commuted) 0 + x fold to x.
// CHECK-LABEL: func.func @add_int_zero(
// CHECK-NOT:     numjit.add
// CHECK:         return %arg0, %arg0, %arg1 :
func.func @add_int_zero(%x: tensor<4xi32>, %y: tensor<i64>) -> (tensor<4xi32>, tensor<4xi32>, tensor<i64>) {
  %z = numjit.constant dense<0> : tensor<4xi32>
  %zl = numjit.constant dense<0> : tensor<i64>
  %0 = numjit.add %x, %z : tensor<4xi32>
  %1 = numjit.add %z, %x : tensor<4xi32>
  %2 = numjit.add %y, %zl : tensor<i64>
  return %0, %1, %2 : tensor<4xi32>, tensor<4xi32>, tensor<i64>
}

// Float x + 0.0 must not fold (-0.0 + 0.0 is +0.0); neither does x + -0.0.
// CHECK-LABEL: func.func @add_float_zero_kept(
// CHECK-DAG:     %[[Z:.*]] = numjit.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-DAG:     %[[NZ:.*]] = numjit.constant dense<-0.000000e+00> : tensor<4xf32>
// CHECK:         %[[A:.*]] = numjit.add %arg0, %[[Z]] : tensor<4xf32>
// CHECK-NEXT:    %[[B:.*]] = numjit.add %arg0, %[[Z]] : tensor<4xf32>
// CHECK-NEXT:    %[[C:.*]] = numjit.add %arg0, %[[NZ]] : tensor<4xf32>
// CHECK-NEXT:    return %[[A]], %[[B]], %[[C]] :
func.func @add_float_zero_kept(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %z = numjit.constant dense<0.0> : tensor<4xf32>
  %nz = numjit.constant dense<-0.0> : tensor<4xf32>
  %0 = numjit.add %x, %z : tensor<4xf32>
  %1 = numjit.add %z, %x : tensor<4xf32>
  %2 = numjit.add %x, %nz : tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// A dense_resource operand is not constant-folded (its values are opaque to
// the folder) and nothing crashes.
// CHECK-LABEL: func.func @add_resource_kept()
// CHECK:         %[[R:.*]] = numjit.constant dense_resource<blob> : tensor<2xf32>
// CHECK-NEXT:    %[[S:.*]] = numjit.add %[[R]], %[[R]] : tensor<2xf32>
// CHECK-NEXT:    return %[[S]], %[[R]] :
func.func @add_resource_kept() -> (tensor<2xf32>, tensor<2xf32>) {
  %r = numjit.constant dense_resource<blob> : tensor<2xf32>
  %0 = numjit.add %r, %r : tensor<2xf32>
  %one = numjit.constant dense<1.0> : tensor<2xf32>
  %1 = numjit.mul %r, %one : tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}

//===----------------------------------------------------------------------===//
// numjit.sub
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @sub_constants()
// CHECK-DAG:     %[[I:.*]] = numjit.constant dense<[2147483647, -2]> : tensor<2xi32>
// CHECK-DAG:     %[[F:.*]] = numjit.constant dense<[-2.000000e+00, 0.000000e+00]> : tensor<2xf32>
// CHECK-DAG:     %[[M:.*]] = numjit.constant dense<[9.000000e+00, 8.000000e+00, 7.000000e+00]> : tensor<3xf64>
// CHECK-NOT:     numjit.sub
// CHECK:         return %[[I]], %[[F]], %[[M]] :
func.func @sub_constants() -> (tensor<2xi32>, tensor<2xf32>, tensor<3xf64>) {
  %a = numjit.constant dense<[-2147483648, 5]> : tensor<2xi32>
  %b = numjit.constant dense<[1, 7]> : tensor<2xi32>
  %0 = numjit.sub %a, %b : tensor<2xi32>
  %c = numjit.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %d = numjit.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %1 = numjit.sub %c, %d : tensor<2xf32>
  %e = numjit.constant dense<10.0> : tensor<3xf64>
  %f = numjit.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf64>
  %2 = numjit.sub %e, %f : tensor<3xf64>
  return %0, %1, %2 : tensor<2xi32>, tensor<2xf32>, tensor<3xf64>
}

// Integer x - 0 folds; 0 - x does not (sub is not commutative); float
// x - 0.0 is left alone.
// CHECK-LABEL: func.func @sub_zero(
// CHECK-DAG:     %[[Z:.*]] = numjit.constant dense<0> : tensor<4xi32>
// CHECK-DAG:     %[[ZF:.*]] = numjit.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK:         %[[A:.*]] = numjit.sub %[[Z]], %arg0 : tensor<4xi32>
// CHECK-NEXT:    %[[B:.*]] = numjit.sub %arg2, %[[ZF]] : tensor<4xf32>
// CHECK-NEXT:    return %arg0, %arg1, %[[A]], %[[B]] :
func.func @sub_zero(%x: tensor<4xi32>, %y: tensor<i64>, %f: tensor<4xf32>) -> (tensor<4xi32>, tensor<i64>, tensor<4xi32>, tensor<4xf32>) {
  %z = numjit.constant dense<0> : tensor<4xi32>
  %zl = numjit.constant dense<0> : tensor<i64>
  %zf = numjit.constant dense<0.0> : tensor<4xf32>
  %0 = numjit.sub %x, %z : tensor<4xi32>
  %1 = numjit.sub %y, %zl : tensor<i64>
  %2 = numjit.sub %z, %x : tensor<4xi32>
  %3 = numjit.sub %f, %zf : tensor<4xf32>
  return %0, %1, %2, %3 : tensor<4xi32>, tensor<i64>, tensor<4xi32>, tensor<4xf32>
}

//===----------------------------------------------------------------------===//
// numjit.mul
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @mul_constants()
// CHECK-DAG:     %[[I64:.*]] = numjit.constant dense<[-12884901888, 9]> : tensor<2xi64>
// CHECK-DAG:     %[[F64:.*]] = numjit.constant dense<[-3.000000e+00, 0x7FF8000000000000]> : tensor<2xf64>
// CHECK-DAG:     %[[I32:.*]] = numjit.constant dense<[0, 1]> : tensor<2xi32>
// CHECK-NOT:     numjit.mul
// CHECK:         return %[[I64]], %[[F64]], %[[I32]] :
func.func @mul_constants() -> (tensor<2xi64>, tensor<2xf64>, tensor<2xi32>) {
  %a = numjit.constant dense<[4294967296, 3]> : tensor<2xi64>
  %b = numjit.constant dense<[-3, 3]> : tensor<2xi64>
  %0 = numjit.mul %a, %b : tensor<2xi64>
  // [1.5 * -2, inf * 0] = [-3, nan]
  %c = numjit.constant dense<[1.5, 0x7FF0000000000000]> : tensor<2xf64>
  %d = numjit.constant dense<[-2.0, 0.0]> : tensor<2xf64>
  %1 = numjit.mul %c, %d : tensor<2xf64>
  // 65536 * 65536 wraps to 0 in i32.
  %e = numjit.constant dense<[65536, -1]> : tensor<2xi32>
  %2 = numjit.mul %e, %e : tensor<2xi32>
  return %0, %1, %2 : tensor<2xi64>, tensor<2xf64>, tensor<2xi32>
}

// x * 1 and (commuted) 1 * x fold to x for integers and floats.
// CHECK-LABEL: func.func @mul_one(
// CHECK-NOT:     numjit.mul
// CHECK:         return %arg0, %arg0, %arg1, %arg1, %arg2 :
func.func @mul_one(%x: tensor<4xi32>, %f: tensor<4xf32>, %d: tensor<f64>) -> (tensor<4xi32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<f64>) {
  %one = numjit.constant dense<1> : tensor<4xi32>
  %onef = numjit.constant dense<1.0> : tensor<4xf32>
  %oned = numjit.constant dense<1.0> : tensor<f64>
  %0 = numjit.mul %x, %one : tensor<4xi32>
  %1 = numjit.mul %one, %x : tensor<4xi32>
  %2 = numjit.mul %f, %onef : tensor<4xf32>
  %3 = numjit.mul %onef, %f : tensor<4xf32>
  %4 = numjit.mul %d, %oned : tensor<f64>
  return %0, %1, %2, %3, %4 : tensor<4xi32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<f64>
}

// x * 0 is not folded: for floats it would be wrong (nan * 0, inf * 0,
// -x * 0), and the folder does not special-case integers either. x * -1 and
// x * 2 are not identities.
// CHECK-LABEL: func.func @mul_kept(
// CHECK-DAG:     %[[ZF:.*]] = numjit.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-DAG:     %[[Z:.*]] = numjit.constant dense<0> : tensor<4xi32>
// CHECK-DAG:     %[[M1:.*]] = numjit.constant dense<-1> : tensor<4xi32>
// CHECK-DAG:     %[[TWO:.*]] = numjit.constant dense<2.000000e+00> : tensor<4xf32>
// CHECK:         %[[A:.*]] = numjit.mul %arg0, %[[ZF]] : tensor<4xf32>
// CHECK-NEXT:    %[[B:.*]] = numjit.mul %arg1, %[[Z]] : tensor<4xi32>
// CHECK-NEXT:    %[[C:.*]] = numjit.mul %arg1, %[[M1]] : tensor<4xi32>
// CHECK-NEXT:    %[[D:.*]] = numjit.mul %arg0, %[[TWO]] : tensor<4xf32>
// CHECK-NEXT:    return %[[A]], %[[B]], %[[C]], %[[D]] :
func.func @mul_kept(%f: tensor<4xf32>, %x: tensor<4xi32>) -> (tensor<4xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xf32>) {
  %zf = numjit.constant dense<0.0> : tensor<4xf32>
  %z = numjit.constant dense<0> : tensor<4xi32>
  %m1 = numjit.constant dense<-1> : tensor<4xi32>
  %two = numjit.constant dense<2.0> : tensor<4xf32>
  %0 = numjit.mul %f, %zf : tensor<4xf32>
  %1 = numjit.mul %x, %z : tensor<4xi32>
  %2 = numjit.mul %x, %m1 : tensor<4xi32>
  %3 = numjit.mul %f, %two : tensor<4xf32>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xf32>
}

// Only add, sub and mul constant-fold: div and rem (with their XLA
// semantics for a zero divisor) and the other elementwise ops stay.
// CHECK-LABEL: func.func @other_arith_kept()
// CHECK:         numjit.div
// CHECK-NEXT:    numjit.rem
// CHECK-NEXT:    numjit.max
// CHECK-NEXT:    numjit.neg
// CHECK-NEXT:    numjit.compare
// CHECK-NEXT:    return
func.func @other_arith_kept() -> (tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi1>) {
  %a = numjit.constant dense<[7, -7]> : tensor<2xi32>
  %b = numjit.constant dense<[2, 0]> : tensor<2xi32>
  %0 = numjit.div %a, %b : tensor<2xi32>
  %1 = numjit.rem %a, %b : tensor<2xi32>
  %2 = numjit.max %a, %b : tensor<2xi32>
  %3 = numjit.neg %a : tensor<2xi32>
  %4 = numjit.compare lt, %a, %b : tensor<2xi32>
  return %0, %1, %2, %3, %4 : tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi1>
}

//===----------------------------------------------------------------------===//
// numjit.select
//===----------------------------------------------------------------------===//

// A splat predicate picks a side (rank 0 included); equal sides need no
// predicate.
// CHECK-LABEL: func.func @select_fold(
// CHECK-NEXT:    %[[TWO:.*]] = numjit.constant dense<2.000000e+00> : tensor<f64>
// CHECK-NOT:     numjit.select
// CHECK:         return %arg1, %arg2, %arg1, %arg4, %[[TWO]] :
func.func @select_fold(%p: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<i64>, %d: tensor<i64>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<i64>, tensor<f64>) {
  %t = numjit.constant dense<true> : tensor<4xi1>
  %f = numjit.constant dense<false> : tensor<4xi1>
  %0 = numjit.select %t, %a, %b : tensor<4xi1>, tensor<4xf32>
  %1 = numjit.select %f, %a, %b : tensor<4xi1>, tensor<4xf32>
  %2 = numjit.select %p, %a, %a : tensor<4xi1>, tensor<4xf32>
  %f0 = numjit.constant dense<false> : tensor<i1>
  %3 = numjit.select %f0, %c, %d : tensor<i1>, tensor<i64>
  %c1 = numjit.constant dense<1.0> : tensor<f64>
  %c2 = numjit.constant dense<2.0> : tensor<f64>
  %4 = numjit.select %f0, %c1, %c2 : tensor<i1>, tensor<f64>
  return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<i64>, tensor<f64>
}

// A non-splat constant predicate or a variable predicate is kept (also
// select(p, true, false), which is not simplified to p).
// CHECK-LABEL: func.func @select_kept(
// CHECK-DAG:     %[[T:.*]] = numjit.constant dense<true> : tensor<4xi1>
// CHECK-DAG:     %[[F:.*]] = numjit.constant dense<false> : tensor<4xi1>
// CHECK-DAG:     %[[M:.*]] = numjit.constant dense<[true, false, true, false]> : tensor<4xi1>
// CHECK:         %[[A:.*]] = numjit.select %[[M]], %arg1, %arg2 : tensor<4xi1>, tensor<4xf32>
// CHECK-NEXT:    %[[B:.*]] = numjit.select %arg0, %arg1, %arg2 : tensor<4xi1>, tensor<4xf32>
// CHECK-NEXT:    %[[C:.*]] = numjit.select %arg0, %[[T]], %[[F]] : tensor<4xi1>, tensor<4xi1>
// CHECK-NEXT:    return %[[A]], %[[B]], %[[C]] :
func.func @select_kept(%p: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xi1>) {
  %m = numjit.constant dense<[true, false, true, false]> : tensor<4xi1>
  %t = numjit.constant dense<true> : tensor<4xi1>
  %f = numjit.constant dense<false> : tensor<4xi1>
  %0 = numjit.select %m, %a, %b : tensor<4xi1>, tensor<4xf32>
  %1 = numjit.select %p, %a, %b : tensor<4xi1>, tensor<4xf32>
  %2 = numjit.select %p, %t, %f : tensor<4xi1>, tensor<4xi1>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xi1>
}

//===----------------------------------------------------------------------===//
// numjit.convert
//===----------------------------------------------------------------------===//

// Only the same-type conversion folds; constants are not converted.
// CHECK-LABEL: func.func @convert(
// CHECK:         %[[C:.*]] = numjit.constant dense<[1.500000e+00, -2.500000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %[[A:.*]] = numjit.convert %arg0 : tensor<4xf32> -> tensor<4xi32>
// CHECK-NEXT:    %[[B:.*]] = numjit.convert %[[C]] : tensor<2xf32> -> tensor<2xi32>
// CHECK-NEXT:    return %arg0, %arg1, %[[A]], %[[B]] :
func.func @convert(%x: tensor<4xf32>, %b: tensor<i1>) -> (tensor<4xf32>, tensor<i1>, tensor<4xi32>, tensor<2xi32>) {
  %0 = numjit.convert %x : tensor<4xf32> -> tensor<4xf32>
  %1 = numjit.convert %b : tensor<i1> -> tensor<i1>
  %2 = numjit.convert %x : tensor<4xf32> -> tensor<4xi32>
  %c = numjit.constant dense<[1.5, -2.5]> : tensor<2xf32>
  %3 = numjit.convert %c : tensor<2xf32> -> tensor<2xi32>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<i1>, tensor<4xi32>, tensor<2xi32>
}

//===----------------------------------------------------------------------===//
// numjit.broadcast_in_dim
//===----------------------------------------------------------------------===//

// Same type is the identity; a splat constant broadcasts to a splat constant
// (of any shape, an empty one included).
// CHECK-LABEL: func.func @broadcast_fold(
// CHECK-DAG:     %[[S:.*]] = numjit.constant dense<2.000000e+00> : tensor<2x3xf32>
// CHECK-DAG:     %[[P:.*]] = numjit.constant dense<true> : tensor<2x2xi1>
// CHECK-DAG:     %[[I:.*]] = numjit.constant dense<-7> : tensor<3x1x2xi64>
// CHECK-DAG:     %[[E:.*]] = numjit.constant dense<{{.*}}> : tensor<0xf32>
// CHECK-NOT:     numjit.broadcast_in_dim
// CHECK:         return %arg0, %arg1, %[[S]], %[[P]], %[[I]], %[[E]] :
func.func @broadcast_fold(%x: tensor<3xf32>, %y: tensor<f64>) -> (tensor<3xf32>, tensor<f64>, tensor<2x3xf32>, tensor<2x2xi1>, tensor<3x1x2xi64>, tensor<0xf32>) {
  %0 = numjit.broadcast_in_dim %x, dims = [0] : tensor<3xf32> -> tensor<3xf32>
  %1 = numjit.broadcast_in_dim %y, dims = [] : tensor<f64> -> tensor<f64>
  %a = numjit.constant dense<2.0> : tensor<1xf32>
  %2 = numjit.broadcast_in_dim %a, dims = [1] : tensor<1xf32> -> tensor<2x3xf32>
  %t = numjit.constant dense<true> : tensor<i1>
  %3 = numjit.broadcast_in_dim %t, dims = [] : tensor<i1> -> tensor<2x2xi1>
  %n = numjit.constant dense<-7> : tensor<1x2xi64>
  %4 = numjit.broadcast_in_dim %n, dims = [1, 2] : tensor<1x2xi64> -> tensor<3x1x2xi64>
  %5 = numjit.broadcast_in_dim %a, dims = [0] : tensor<1xf32> -> tensor<0xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<3xf32>, tensor<f64>, tensor<2x3xf32>, tensor<2x2xi1>, tensor<3x1x2xi64>, tensor<0xf32>
}

// A non-splat constant or a variable is not broadcast at compile time.
// CHECK-LABEL: func.func @broadcast_kept(
// CHECK:         %[[C:.*]] = numjit.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK-NEXT:    %[[A:.*]] = numjit.broadcast_in_dim %[[C]], dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
// CHECK-NEXT:    %[[B:.*]] = numjit.broadcast_in_dim %arg0, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
// CHECK-NEXT:    return %[[A]], %[[B]] :
func.func @broadcast_kept(%x: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %c = numjit.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = numjit.broadcast_in_dim %c, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %1 = numjit.broadcast_in_dim %x, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

//===----------------------------------------------------------------------===//
// numjit.reshape
//===----------------------------------------------------------------------===//

// Same type is the identity; reshape of reshape becomes one reshape (or none
// when it comes back to the original type); constants are reshaped.
// CHECK-LABEL: func.func @reshape(
// CHECK-DAG:     %[[F:.*]] = numjit.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf64>
// CHECK-DAG:     %[[P:.*]] = numjit.constant dense<{{\[\[}}true, false], [true, true], [false, false]]> : tensor<3x2xi1>
// CHECK-DAG:     %[[S:.*]] = numjit.constant dense<5> : tensor<2x2xi32>
// CHECK-DAG:     %[[E:.*]] = numjit.constant dense<> : tensor<0x5xi32>
// CHECK:         %[[R:.*]] = numjit.reshape %arg0 : tensor<2x3xf32> -> tensor<6xf32>
// CHECK-NOT:     numjit.reshape
// CHECK:         return %arg0, %[[R]], %arg0, %[[F]], %[[P]], %[[S]], %[[E]] :
func.func @reshape(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<6xf32>, tensor<2x3xf32>, tensor<2x2xf64>, tensor<3x2xi1>, tensor<2x2xi32>, tensor<0x5xi32>) {
  %0 = numjit.reshape %x : tensor<2x3xf32> -> tensor<2x3xf32>
  %a = numjit.reshape %x : tensor<2x3xf32> -> tensor<3x2xf32>
  %1 = numjit.reshape %a : tensor<3x2xf32> -> tensor<6xf32>
  %b = numjit.reshape %x : tensor<2x3xf32> -> tensor<6x1xf32>
  %c = numjit.reshape %b : tensor<6x1xf32> -> tensor<1x6xf32>
  %2 = numjit.reshape %c : tensor<1x6xf32> -> tensor<2x3xf32>
  %d = numjit.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf64>
  %3 = numjit.reshape %d : tensor<4xf64> -> tensor<2x2xf64>
  %e = numjit.constant dense<[true, false, true, true, false, false]> : tensor<6xi1>
  %4 = numjit.reshape %e : tensor<6xi1> -> tensor<3x2xi1>
  %f = numjit.constant dense<5> : tensor<4xi32>
  %5 = numjit.reshape %f : tensor<4xi32> -> tensor<2x2xi32>
  %g = numjit.constant dense<> : tensor<0xi32>
  %6 = numjit.reshape %g : tensor<0xi32> -> tensor<0x5xi32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x3xf32>, tensor<6xf32>, tensor<2x3xf32>, tensor<2x2xf64>, tensor<3x2xi1>, tensor<2x2xi32>, tensor<0x5xi32>
}

//===----------------------------------------------------------------------===//
// numjit.transpose
//===----------------------------------------------------------------------===//

// Identity permutations fold (rank 0 included); others are kept, also on
// constants.
// CHECK-LABEL: func.func @transpose(
// CHECK:         %[[C:.*]] = numjit.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00]]> : tensor<1x2xf32>
// CHECK-NEXT:    %[[A:.*]] = numjit.transpose %arg0, permutation = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
// CHECK-NEXT:    %[[B:.*]] = numjit.transpose %arg2, permutation = [0, 2, 1] : tensor<2x3x4xi32> -> tensor<2x4x3xi32>
// CHECK-NEXT:    %[[D:.*]] = numjit.transpose %[[C]], permutation = [1, 0] : tensor<1x2xf32> -> tensor<2x1xf32>
// CHECK-NEXT:    return %arg0, %arg1, %arg2, %[[A]], %[[B]], %[[D]] :
func.func @transpose(%x: tensor<2x3xf32>, %y: tensor<f32>, %z: tensor<2x3x4xi32>) -> (tensor<2x3xf32>, tensor<f32>, tensor<2x3x4xi32>, tensor<3x2xf32>, tensor<2x4x3xi32>, tensor<2x1xf32>) {
  %0 = numjit.transpose %x, permutation = [0, 1] : tensor<2x3xf32> -> tensor<2x3xf32>
  %1 = numjit.transpose %y, permutation = [] : tensor<f32> -> tensor<f32>
  %2 = numjit.transpose %z, permutation = [0, 1, 2] : tensor<2x3x4xi32> -> tensor<2x3x4xi32>
  %3 = numjit.transpose %x, permutation = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  %4 = numjit.transpose %z, permutation = [0, 2, 1] : tensor<2x3x4xi32> -> tensor<2x4x3xi32>
  %c = numjit.constant dense<[[1.0, 2.0]]> : tensor<1x2xf32>
  %5 = numjit.transpose %c, permutation = [1, 0] : tensor<1x2xf32> -> tensor<2x1xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xf32>, tensor<f32>, tensor<2x3x4xi32>, tensor<3x2xf32>, tensor<2x4x3xi32>, tensor<2x1xf32>
}

//===----------------------------------------------------------------------===//
// numjit.slice
//===----------------------------------------------------------------------===//

// A slice with the operand's type takes everything and folds (rank 0 and
// empty tensors included, whatever the strides); others are kept, also on
// constants.
// CHECK-LABEL: func.func @slice(
// CHECK:         %[[C:.*]] = numjit.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK-NEXT:    %[[A:.*]] = numjit.slice %arg0, start = [0, 0], limit = [4, 4], strides = [2, 1] : tensor<4x4xf32> -> tensor<2x4xf32>
// CHECK-NEXT:    %[[B:.*]] = numjit.slice %[[C]], start = [1], limit = [3], strides = [1] : tensor<3xf32> -> tensor<2xf32>
// CHECK-NEXT:    return %arg0, %arg1, %arg2, %[[A]], %[[B]] :
func.func @slice(%x: tensor<4x4xf32>, %y: tensor<f32>, %e: tensor<0x3xi1>) -> (tensor<4x4xf32>, tensor<f32>, tensor<0x3xi1>, tensor<2x4xf32>, tensor<2xf32>) {
  %0 = numjit.slice %x, start = [0, 0], limit = [4, 4], strides = [1, 1] : tensor<4x4xf32> -> tensor<4x4xf32>
  %1 = numjit.slice %y, start = [], limit = [], strides = [] : tensor<f32> -> tensor<f32>
  %2 = numjit.slice %e, start = [0, 0], limit = [0, 3], strides = [5, 1] : tensor<0x3xi1> -> tensor<0x3xi1>
  %3 = numjit.slice %x, start = [0, 0], limit = [4, 4], strides = [2, 1] : tensor<4x4xf32> -> tensor<2x4xf32>
  %c = numjit.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %4 = numjit.slice %c, start = [1], limit = [3], strides = [1] : tensor<3xf32> -> tensor<2xf32>
  return %0, %1, %2, %3, %4 : tensor<4x4xf32>, tensor<f32>, tensor<0x3xi1>, tensor<2x4xf32>, tensor<2xf32>
}

//===----------------------------------------------------------------------===//
// numjit.concatenate (written in the generic form: its custom syntax does not
// parse back)
//===----------------------------------------------------------------------===//

// A single input folds away; two inputs are kept.
// CHECK-LABEL: func.func @concatenate(
// CHECK-NEXT:    %[[A:.*]] = numjit.concatenate (%arg0, %arg1)
// CHECK-SAME:        -> tensor<3x3xf32>
// CHECK-NEXT:    return %arg0, %[[A]] :
func.func @concatenate(%x: tensor<2x3xf32>, %y: tensor<1x3xf32>) -> (tensor<2x3xf32>, tensor<3x3xf32>) {
  %0 = "numjit.concatenate"(%x) <{dim = 1 : i64}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "numjit.concatenate"(%x, %y) <{dim = 0 : i64}> : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<3x3xf32>
}

//===----------------------------------------------------------------------===//
// numjit.reduce
//===----------------------------------------------------------------------===//

// Reducing over no dimensions is the identity; real reductions are kept,
// also on constants.
// CHECK-LABEL: func.func @reduce(
// CHECK:         %[[C:.*]] = numjit.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %[[A:.*]] = numjit.reduce prod %arg0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
// CHECK-NEXT:    %[[B:.*]] = numjit.reduce sum %[[C]], dims = [0] : tensor<2xf32> -> tensor<f32>
// CHECK-NEXT:    return %arg0, %arg1, %[[A]], %[[B]] :
func.func @reduce(%x: tensor<2x3xf32>, %y: tensor<i32>) -> (tensor<2x3xf32>, tensor<i32>, tensor<2xf32>, tensor<f32>) {
  %0 = numjit.reduce sum %x, dims = [] : tensor<2x3xf32> -> tensor<2x3xf32>
  %1 = numjit.reduce max %y, dims = [] : tensor<i32> -> tensor<i32>
  %2 = numjit.reduce prod %x, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
  %c = numjit.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %3 = numjit.reduce sum %c, dims = [0] : tensor<2xf32> -> tensor<f32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<i32>, tensor<2xf32>, tensor<f32>
}

{-#
  dialect_resources: {
    builtin: {
      blob: "0x040000000000803F00000040"
    }
  }
#-}
