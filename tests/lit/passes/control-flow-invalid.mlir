// RUN: numjit-opt %s '--numjit-grad=function=loop' -verify-diagnostics

// A while loop has forward mode only: reverse mode says what to use instead.
func.func @loop(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{(while_loop) cannot be differentiated in reverse mode (grad, vjp): its trip count is only known when it runs; use nj::fori_loop with C++ integer bounds or nj::scan}}
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
