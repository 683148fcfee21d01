// RUN: numjit-opt %s '--numjit-cpu-pipeline=function=f entry=f_entry' | FileCheck %s
// RUN: numjit-opt %s '--numjit-cpu-pipeline=function=f entry=f_entry' | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

// The kernel body is internal with noalias pointer arguments; the single
// public entry point unpacks `void **args` (inputs, then outputs).
// CHECK-LABEL: llvm.func internal @f(%arg0: !llvm.ptr {llvm.noalias}, %arg1: !llvm.ptr {llvm.noalias}, %arg2: !llvm.ptr {llvm.noalias})
// CHECK-LABEL: llvm.func @f_entry(%arg0: !llvm.ptr)
// CHECK-COUNT-3: llvm.load {{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK:       llvm.call @f(
// CHECK:       llvm.return
// IR: define internal void @f(ptr noalias %0, ptr noalias %1, ptr noalias %2)
// IR: define void @f_entry(ptr %0)
func.func @f(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %bb = numjit.broadcast_in_dim %b, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %0 = numjit.mul %a, %bb : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
