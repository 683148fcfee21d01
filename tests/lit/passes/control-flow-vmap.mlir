// RUN: numjit-opt %s '--numjit-vmap=function=branch batch-size=4' -canonicalize -cse | FileCheck %s --check-prefix=VMAP

// Batching a cond on a batched predicate: both branches on the whole
// batch, then a select per example.
// VMAP-LABEL: func.func @branch_vmap(%arg0: tensor<4x3xf32>) -> tensor<4x3xf32>
// VMAP-NOT:     numjit.cond
// VMAP:         %[[S:.*]] = numjit.reduce sum %arg0, dims = [1] : tensor<4x3xf32> -> tensor<4xf32>
// VMAP:         %[[P:.*]] = numjit.compare gt, %[[S]]
// VMAP:         %[[E:.*]] = numjit.exp %arg0
// VMAP:         %[[N:.*]] = numjit.neg %arg0
// VMAP:         %[[B:.*]] = numjit.broadcast_in_dim %[[P]], dims = [0] : tensor<4xi1> -> tensor<4x3xi1>
// VMAP:         %[[R:.*]] = numjit.select %[[B]], %[[E]], %[[N]]
// VMAP:         return %[[R]]
func.func @branch(%x: tensor<3xf32>) -> tensor<3xf32> {
  %s = numjit.reduce sum %x, dims = [0] : tensor<3xf32> -> tensor<f32>
  %z = numjit.constant dense<0.0> : tensor<f32>
  %p = numjit.compare gt, %s, %z : tensor<f32>
  %r = numjit.cond %p (%x) : (tensor<3xf32>) -> tensor<3xf32> {
  ^bb0(%a: tensor<3xf32>):
    %e = numjit.exp %a : tensor<3xf32>
    numjit.yield %e : tensor<3xf32>
  } else {
  ^bb0(%a: tensor<3xf32>):
    %n = numjit.neg %a : tensor<3xf32>
    numjit.yield %n : tensor<3xf32>
  }
  return %r : tensor<3xf32>
}
