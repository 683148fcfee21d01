// Round-trip tests for numjit.cond, numjit.while, numjit.scan and
// numjit.yield: parse, print, parse again, and pin the printed syntax; the
// second RUN line goes through the generic form and back.

// RUN: numjit-opt %s | numjit-opt | FileCheck %s
// RUN: numjit-opt %s --mlir-print-op-generic | numjit-opt | FileCheck %s

// CHECK-LABEL: func.func @cond(
// CHECK:         %[[R:.*]]:2 = numjit.cond %arg0(%arg1, %arg2) : (tensor<4xf32>, tensor<i64>) -> (tensor<4xf32>, tensor<i64>) {
// CHECK-NEXT:    ^bb0(%[[A:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<i64>):
// CHECK-NEXT:      %[[S:.*]] = numjit.add %[[A]], %[[A]] : tensor<4xf32>
// CHECK-NEXT:      numjit.yield %[[S]], %[[B]] : tensor<4xf32>, tensor<i64>
// CHECK-NEXT:    } else {
// CHECK-NEXT:    ^bb0(%[[C:.*]]: tensor<4xf32>, %[[D:.*]]: tensor<i64>):
// CHECK-NEXT:      %[[N:.*]] = numjit.neg %[[C]] : tensor<4xf32>
// CHECK-NEXT:      numjit.yield %[[N]], %[[D]] : tensor<4xf32>, tensor<i64>
// CHECK-NEXT:    }
func.func @cond(%p: tensor<i1>, %x: tensor<4xf32>, %n: tensor<i64>) -> (tensor<4xf32>, tensor<i64>) {
  %r:2 = numjit.cond %p (%x, %n) : (tensor<4xf32>, tensor<i64>) -> (tensor<4xf32>, tensor<i64>) {
  ^bb0(%a: tensor<4xf32>, %b: tensor<i64>):
    %0 = numjit.add %a, %a : tensor<4xf32>
    numjit.yield %0, %b : tensor<4xf32>, tensor<i64>
  } else {
  ^bb0(%a: tensor<4xf32>, %b: tensor<i64>):
    %0 = numjit.neg %a : tensor<4xf32>
    numjit.yield %0, %b : tensor<4xf32>, tensor<i64>
  }
  return %r#0, %r#1 : tensor<4xf32>, tensor<i64>
}

// A cond without operands or results.
// CHECK-LABEL: func.func @cond_empty(
// CHECK:         numjit.cond %arg0() : () -> () {
// CHECK-NEXT:      numjit.yield
// CHECK-NEXT:    } else {
// CHECK-NEXT:      numjit.yield
// CHECK-NEXT:    }
func.func @cond_empty(%p: tensor<i1>) {
  numjit.cond %p () : () -> () {
    numjit.yield
  } else {
    numjit.yield
  }
  return
}

// CHECK-LABEL: func.func @while(
// CHECK:         %{{.*}}:3 = numjit.while(%arg0, %arg1, %arg2) : (tensor<i64>, tensor<?xf32>, tensor<i64>) -> (tensor<i64>, tensor<?xf32>, tensor<i64>) cond {
// CHECK-NEXT:    ^bb0(%[[I:.*]]: tensor<i64>, %{{.*}}: tensor<?xf32>, %[[N:.*]]: tensor<i64>):
// CHECK-NEXT:      %[[P:.*]] = numjit.compare lt, %[[I]], %[[N]] : tensor<i64>
// CHECK-NEXT:      numjit.yield %[[P]] : tensor<i1>
// CHECK-NEXT:    } do {
// CHECK:           numjit.yield %{{.*}}, %{{.*}}, %{{.*}} : tensor<i64>, tensor<?xf32>, tensor<i64>
// CHECK-NEXT:    }
func.func @while(%i0: tensor<i64>, %x: tensor<?xf32>, %n: tensor<i64>) -> tensor<?xf32> {
  %r:3 = numjit.while (%i0, %x, %n) : (tensor<i64>, tensor<?xf32>, tensor<i64>) -> (tensor<i64>, tensor<?xf32>, tensor<i64>)
  cond {
  ^bb0(%i: tensor<i64>, %s: tensor<?xf32>, %m: tensor<i64>):
    %p = numjit.compare lt, %i, %m : tensor<i64>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%i: tensor<i64>, %s: tensor<?xf32>, %m: tensor<i64>):
    %one = numjit.constant dense<1> : tensor<i64>
    %j = numjit.add %i, %one : tensor<i64>
    %t = numjit.add %s, %s : tensor<?xf32>
    numjit.yield %j, %t, %m : tensor<i64>, tensor<?xf32>, tensor<i64>
  }
  return %r#1 : tensor<?xf32>
}

// CHECK-LABEL: func.func @scan(
// CHECK:         %{{.*}}:2 = numjit.scan length = 3 carry(%arg0) over(%arg1) : (tensor<f32>, tensor<3x2xf32>) -> (tensor<f32>, tensor<3x2xf32>) {
// CHECK-NEXT:    ^bb0(%{{.*}}: tensor<f32>, %{{.*}}: tensor<2xf32>):
// CHECK-LABEL: func.func @scan_reverse(
// CHECK:         numjit.scan reverse length = 0 carry(%arg0) over() : (tensor<2xf64>) -> (tensor<2xf64>, tensor<0xf64>) {
func.func @scan(%c0: tensor<f32>, %xs: tensor<3x2xf32>) -> (tensor<f32>, tensor<3x2xf32>) {
  %r:2 = numjit.scan length = 3 carry (%c0) over (%xs) : (tensor<f32>, tensor<3x2xf32>) -> (tensor<f32>, tensor<3x2xf32>) {
  ^bb0(%c: tensor<f32>, %x: tensor<2xf32>):
    %s = numjit.reduce sum %x, dims = [0] : tensor<2xf32> -> tensor<f32>
    %n = numjit.add %c, %s : tensor<f32>
    numjit.yield %n, %x : tensor<f32>, tensor<2xf32>
  }
  return %r#0, %r#1 : tensor<f32>, tensor<3x2xf32>
}
func.func @scan_reverse(%c0: tensor<2xf64>) -> tensor<0xf64> {
  %r:2 = numjit.scan reverse length = 0 carry (%c0) over () : (tensor<2xf64>) -> (tensor<2xf64>, tensor<0xf64>) {
  ^bb0(%c: tensor<2xf64>):
    %s = numjit.reduce sum %c, dims = [0] : tensor<2xf64> -> tensor<f64>
    numjit.yield %c, %s : tensor<2xf64>, tensor<f64>
  }
  return %r#1 : tensor<0xf64>
}
