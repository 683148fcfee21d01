func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = "numjit.while"(%x) ({
  ^bb0(%a: tensor<4xf32>):
  }, {
  ^bb0(%a: tensor<4xf32>):
    numjit.yield %a : tensor<4xf32>
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
