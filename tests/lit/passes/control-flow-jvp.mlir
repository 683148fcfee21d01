// RUN: numjit-opt %s '--numjit-jvp=function=loop' -canonicalize -cse | FileCheck %s --check-prefix=JVP

// Forward mode through a while loop: the tangent rides along as a second
// carry; the condition reads the primal carry only.
// JVP-LABEL: func.func @loop_jvp(%arg0: tensor<f32>, %arg1: tensor<f32>) -> (tensor<f32>, tensor<f32>)
// JVP:         %[[R:.*]]:2 = numjit.while(%arg0, %arg1) : (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>) cond {
// JVP:           numjit.compare lt
// JVP:         } do {
// JVP:         ^bb0(%[[X:.*]]: tensor<f32>, %[[T:.*]]: tensor<f32>):
// JVP:           %[[Y:.*]] = numjit.mul %[[X]], %[[X]] : tensor<f32>
// JVP:           numjit.yield %[[Y]], %{{.*}} : tensor<f32>, tensor<f32>
// JVP:         return %[[R]]#0, %[[R]]#1
func.func @loop(%x: tensor<f32>) -> tensor<f32> {
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<f32>):
    %h = numjit.constant dense<100.0> : tensor<f32>
    %p = numjit.compare lt, %a, %h : tensor<f32>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<f32>):
    %y = numjit.mul %a, %a : tensor<f32>
    numjit.yield %y : tensor<f32>
  }
  return %r : tensor<f32>
}

