// RUN: numjit-opt %s --split-input-file --numjit-control-flow-to-scf | FileCheck %s

// numjit.cond -> scf.if on the extracted predicate; the branches move over
// with their block arguments replaced by the inputs.
// CHECK-LABEL: func.func @cond(
// CHECK:         %[[P:.*]] = tensor.extract %arg0[] : tensor<i1>
// CHECK-NEXT:    %[[R:.*]] = scf.if %[[P]] -> (tensor<4xf32>) {
// CHECK-NEXT:      %[[S:.*]] = numjit.add %arg1, %arg1 : tensor<4xf32>
// CHECK-NEXT:      scf.yield %[[S]] : tensor<4xf32>
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %[[N:.*]] = numjit.neg %arg1 : tensor<4xf32>
// CHECK-NEXT:      scf.yield %[[N]] : tensor<4xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]]
func.func @cond(%p: tensor<i1>, %x: tensor<4xf32>) -> tensor<4xf32> {
  %r = numjit.cond %p (%x) : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<4xf32>):
    %0 = numjit.add %a, %a : tensor<4xf32>
    numjit.yield %0 : tensor<4xf32>
  } else {
  ^bb0(%a: tensor<4xf32>):
    %0 = numjit.neg %a : tensor<4xf32>
    numjit.yield %0 : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}

// -----

// numjit.while -> scf.while; the cond region ends in scf.condition.
// CHECK-LABEL: func.func @while(
// CHECK:         %[[R:.*]]:2 = scf.while (%[[I:.*]] = %arg0, %[[S:.*]] = %arg1) : (tensor<i64>, tensor<3xf32>) -> (tensor<i64>, tensor<3xf32>) {
// CHECK-NEXT:      %[[C:.*]] = numjit.compare lt, %[[I]], %[[I]] : tensor<i64>
// CHECK-NEXT:      %[[B:.*]] = tensor.extract %[[C]][] : tensor<i1>
// CHECK-NEXT:      scf.condition(%[[B]]) %[[I]], %[[S]] : tensor<i64>, tensor<3xf32>
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%[[J:.*]]: tensor<i64>, %[[T:.*]]: tensor<3xf32>):
// CHECK-NEXT:      %[[D:.*]] = numjit.add %[[T]], %[[T]] : tensor<3xf32>
// CHECK-NEXT:      scf.yield %[[J]], %[[D]] : tensor<i64>, tensor<3xf32>
// CHECK-NEXT:    }
func.func @while(%i0: tensor<i64>, %x: tensor<3xf32>) -> tensor<3xf32> {
  %r:2 = numjit.while (%i0, %x) : (tensor<i64>, tensor<3xf32>) -> (tensor<i64>, tensor<3xf32>)
  cond {
  ^bb0(%i: tensor<i64>, %s: tensor<3xf32>):
    %p = numjit.compare lt, %i, %i : tensor<i64>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%i: tensor<i64>, %s: tensor<3xf32>):
    %t = numjit.add %s, %s : tensor<3xf32>
    numjit.yield %i, %t : tensor<i64>, tensor<3xf32>
  }
  return %r#1 : tensor<3xf32>
}

// -----

// numjit.scan -> scf.for over 0..length; a step reads its slice of each
// input and writes its slice of each stacked output in place.
// CHECK-LABEL: func.func @scan(
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C5:.*]] = arith.constant 5 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[E:.*]] = tensor.empty() : tensor<5x2xf32>
// CHECK:         %[[R:.*]]:2 = scf.for %[[K:.*]] = %[[C0]] to %[[C5]] step %[[C1]] iter_args(%[[C:.*]] = %arg0, %[[Y:.*]] = %[[E]]) -> (tensor<2xf32>, tensor<5x2xf32>) {
// CHECK-NEXT:      %[[X:.*]] = tensor.extract_slice %arg1[%[[K]], 0] [1, 2] [1, 1] : tensor<5x2xf32> to tensor<2xf32>
// CHECK-NEXT:      %[[N:.*]] = numjit.add %[[C]], %[[X]] : tensor<2xf32>
// CHECK-NEXT:      %[[W:.*]] = tensor.insert_slice %[[C]] into %[[Y]][%[[K]], 0] [1, 2] [1, 1] : tensor<2xf32> into tensor<5x2xf32>
// CHECK-NEXT:      scf.yield %[[N]], %[[W]] : tensor<2xf32>, tensor<5x2xf32>
// CHECK-NEXT:    }
func.func @scan(%c0: tensor<2xf32>, %xs: tensor<5x2xf32>) -> (tensor<2xf32>, tensor<5x2xf32>) {
  %r:2 = numjit.scan length = 5 carry (%c0) over (%xs) : (tensor<2xf32>, tensor<5x2xf32>) -> (tensor<2xf32>, tensor<5x2xf32>) {
  ^bb0(%c: tensor<2xf32>, %x: tensor<2xf32>):
    %n = numjit.add %c, %x : tensor<2xf32>
    numjit.yield %n, %c : tensor<2xf32>, tensor<2xf32>
  }
  return %r#0, %r#1 : tensor<2xf32>, tensor<5x2xf32>
}

// -----

// A reverse scan counts its slice index down: k = length - 1 - i.
// CHECK-LABEL: func.func @scan_reverse(
// CHECK:         scf.for %[[I:[a-z0-9]+]] =
// CHECK:           %[[K:.*]] = arith.subi %{{.*}}, %[[I]] : index
// CHECK-NEXT:      tensor.extract_slice %arg1[%[[K]]]
func.func @scan_reverse(%c0: tensor<f32>, %xs: tensor<4xf32>) -> tensor<f32> {
  %r = numjit.scan reverse length = 4 carry (%c0) over (%xs) : (tensor<f32>, tensor<4xf32>) -> tensor<f32> {
  ^bb0(%c: tensor<f32>, %x: tensor<f32>):
    %n = numjit.mul %c, %x : tensor<f32>
    numjit.yield %n : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// Nested ops lower from the inside out.
// CHECK-LABEL: func.func @nested(
// CHECK:         scf.for
// CHECK:           scf.if
// CHECK-NOT:     numjit.cond
// CHECK-NOT:     numjit.scan
func.func @nested(%c0: tensor<f32>, %xs: tensor<3xf32>) -> tensor<f32> {
  %r = numjit.scan length = 3 carry (%c0) over (%xs) : (tensor<f32>, tensor<3xf32>) -> tensor<f32> {
  ^bb0(%c: tensor<f32>, %x: tensor<f32>):
    %p = numjit.compare gt, %x, %c : tensor<f32>
    %n = numjit.cond %p (%c, %x) : (tensor<f32>, tensor<f32>) -> tensor<f32> {
    ^bb0(%a: tensor<f32>, %b: tensor<f32>):
      numjit.yield %b : tensor<f32>
    } else {
    ^bb0(%a: tensor<f32>, %b: tensor<f32>):
      numjit.yield %a : tensor<f32>
    }
    numjit.yield %n : tensor<f32>
  }
  return %r : tensor<f32>
}
