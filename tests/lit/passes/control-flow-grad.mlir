// RUN: numjit-opt %s '--numjit-grad=function=scan' -canonicalize -cse | FileCheck %s --check-prefix=GRAD

// Reverse mode through a scan: the forward scan also stacks the carry each
// step starts from (the loop-invariant %w is not stacked), and a reverse
// scan replays each step from it, carrying the carry's and %w's
// cotangents and stacking the inputs'.
// GRAD-LABEL: func.func @scan_vjp(
// GRAD:         %[[F:.*]]:3 = numjit.scan length = 3 carry(%arg0, %arg2) over(%arg1) : (tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>)
// GRAD:         numjit.yield %{{.*}}, %{{.*}}, %{{.*}} : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
// GRAD:         %[[B:.*]]:4 = numjit.scan reverse length = 3 carry(%{{.*}}, %{{.*}}, %arg2) over(%[[F]]#2, %arg1) : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>, tensor<3x2xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>)
// GRAD:         numjit.cos
// GRAD:         return %[[F]]#0, %[[B]]#0, %[[B]]#3, %[[B]]#1
func.func @scan(%c0: tensor<2xf32>, %xs: tensor<3x2xf32>, %w: tensor<2xf32>) -> tensor<2xf32> {
  %r:2 = numjit.scan length = 3 carry (%c0, %w) over (%xs) : (tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  ^bb0(%c: tensor<2xf32>, %v: tensor<2xf32>, %x: tensor<2xf32>):
    %0 = numjit.mul %c, %v : tensor<2xf32>
    %1 = numjit.add %0, %x : tensor<2xf32>
    %2 = numjit.sin %1 : tensor<2xf32>
    numjit.yield %2, %v : tensor<2xf32>, tensor<2xf32>
  }
  return %r#0 : tensor<2xf32>
}

