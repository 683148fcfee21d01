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
func.func @cond_empty(%p: tensor<i1>) {
  numjit.cond %p () : () -> () {
    numjit.yield
  } else {
    numjit.yield
  }
  return
}
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
