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
