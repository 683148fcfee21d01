// RUN: numjit-opt %s | FileCheck %s
// CHECK: numjit.add
func.func @f(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = numjit.add %a, %a : tensor<2xf32>
  return %0 : tensor<2xf32>
}
