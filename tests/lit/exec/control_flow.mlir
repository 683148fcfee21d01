// Execution tests: numjit.cond, numjit.while and numjit.scan compiled and
// run on the CPU (through scf, bufferized with a carry that may get a new
// buffer each step).

// RUN: numjit-run %s -e cond --arg "true" --arg "[1.0, -2.0]" | FileCheck %s --check-prefix=COND_T --match-full-lines
// RUN: numjit-run %s -e cond --arg "false" --arg "[1.0, -2.0]" | FileCheck %s --check-prefix=COND_F --match-full-lines
// COND_T: result 0: tensor<2xf32> = [2, -4]
// COND_F: result 0: tensor<2xf32> = [-1, 2]
func.func @cond(%p: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  %r = numjit.cond %p (%x) : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%a: tensor<2xf32>):
    %0 = numjit.add %a, %a : tensor<2xf32>
    numjit.yield %0 : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    %0 = numjit.neg %a : tensor<2xf32>
    numjit.yield %0 : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// Doubles until the sum reaches 100: 1.5 * 2^6 = 96, 2^7 * 1.5 = 192.
// RUN: numjit-run %s -e doubling --arg "[0.5, 1.0]" | FileCheck %s --check-prefix=WHILE --match-full-lines
// WHILE: result 0: tensor<i64> = 7
// WHILE-NEXT: result 1: tensor<2xf32> = [64, 128]
func.func @doubling(%x: tensor<2xf32>) -> (tensor<i64>, tensor<2xf32>) {
  %zero = numjit.constant dense<0> : tensor<i64>
  %r:2 = numjit.while (%zero, %x) : (tensor<i64>, tensor<2xf32>) -> (tensor<i64>, tensor<2xf32>)
  cond {
  ^bb0(%i: tensor<i64>, %s: tensor<2xf32>):
    %t = numjit.reduce sum %s, dims = [0] : tensor<2xf32> -> tensor<f32>
    %h = numjit.constant dense<100.0> : tensor<f32>
    %p = numjit.compare lt, %t, %h : tensor<f32>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%i: tensor<i64>, %s: tensor<2xf32>):
    %one = numjit.constant dense<1> : tensor<i64>
    %j = numjit.add %i, %one : tensor<i64>
    %d = numjit.add %s, %s : tensor<2xf32>
    numjit.yield %j, %d : tensor<i64>, tensor<2xf32>
  }
  return %r#0, %r#1 : tensor<i64>, tensor<2xf32>
}

// A running sum, forward and reversed, with the carries before each step.
// RUN: numjit-run %s -e prefix --arg "[1.0, 2.0, 3.0, 4.0]" | FileCheck %s --check-prefix=SCAN --match-full-lines
// SCAN: result 0: tensor<f64> = 10
// SCAN-NEXT: result 1: tensor<4xf64> = [0, 1, 3, 6]
// SCAN-NEXT: result 2: tensor<4xf64> = [9, 7, 4, 0]
func.func @prefix(%xs: tensor<4xf64>) -> (tensor<f64>, tensor<4xf64>, tensor<4xf64>) {
  %zero = numjit.constant dense<0.0> : tensor<f64>
  %r:2 = numjit.scan length = 4 carry (%zero) over (%xs) : (tensor<f64>, tensor<4xf64>) -> (tensor<f64>, tensor<4xf64>) {
  ^bb0(%c: tensor<f64>, %x: tensor<f64>):
    %n = numjit.add %c, %x : tensor<f64>
    numjit.yield %n, %c : tensor<f64>, tensor<f64>
  }
  %b:2 = numjit.scan reverse length = 4 carry (%zero) over (%xs) : (tensor<f64>, tensor<4xf64>) -> (tensor<f64>, tensor<4xf64>) {
  ^bb0(%c: tensor<f64>, %x: tensor<f64>):
    %n = numjit.add %c, %x : tensor<f64>
    numjit.yield %n, %c : tensor<f64>, tensor<f64>
  }
  return %r#0, %r#1, %b#1 : tensor<f64>, tensor<4xf64>, tensor<4xf64>
}
