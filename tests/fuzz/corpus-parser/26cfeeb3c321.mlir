func.func @half_types(%a: tensor<2xbf16>, %h: tensor<2xf16>) -> (tensor<2xbf16>, tensor<bf16>) {
  %c = numjit.constant dense<[1.0, -0.25]> : tensor<2xbf16>
  %0 = numjit.mul %a, %c : tensor<2xbf16>
  %1 = numjit.erf_inv %h : tensor<2xf16>
  %2 = numjit.convert %1 : tensor<2xf16> -> tensor<2xbf16>
  %3 = numjit.reduce sum %0, dims = [0] : tensor<2xbf16> -> tensor<bf16>
  return %2, %3 : tensor<2xbf16>, tensor<bf16>
}
