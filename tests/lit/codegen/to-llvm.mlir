// RUN: numjit-opt %s --split-input-file '--numjit-cpu-pipeline=function=f entry=f_entry' | FileCheck %s
// RUN: numjit-opt %s --split-input-file '--numjit-cpu-pipeline=function=f entry=f_entry' | mlir-translate --split-input-file --mlir-to-llvmir | FileCheck %s --check-prefix=IR
// RUN: numjit-opt %s --split-input-file '--numjit-cpu-pipeline=function=f entry=f_entry interface=c' | FileCheck %s --check-prefix=C

// The kernel body is internal and takes one memref descriptor per buffer
// (allocated and aligned pointer, offset, sizes, strides) with a noalias
// data pointer; the single public entry point unpacks `void **args`
// (inputs, then outputs) and builds the descriptors, whose static sizes
// LLVM folds once it inlines the body.
// CHECK-LABEL: llvm.func internal @f(%arg0: !llvm.ptr, %arg1: !llvm.ptr {llvm.noalias}, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr {llvm.noalias}, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr, %arg13: !llvm.ptr {llvm.noalias},
// CHECK-LABEL: llvm.func @f_entry(%arg0: !llvm.ptr)
// CHECK-COUNT-3: llvm.load {{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK:       llvm.call @f(
// CHECK:       llvm.return
// IR: define internal void @f(ptr %0, ptr noalias %1, i64 %2,
// IR: define void @f_entry(ptr %0)
// The C entry point takes the buffers directly and returns 0 (or a nonzero
// code for bad sizes, of which a static kernel has none to check).
// C-LABEL: llvm.func @f_entry(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr) -> i32
// C:       llvm.call @f(%arg0, %arg0, {{.*}}, %arg1, %arg1, {{.*}}, %arg2, %arg2,
// C:       llvm.return %{{.*}} : i32
func.func @f(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %bb = numjit.broadcast_in_dim %b, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
  %0 = numjit.mul %a, %bb : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A symbolic size: `void **args` starts with a pointer to the sizes' values,
// and each descriptor gets its size from there; the C entry takes the
// sizes first, returns 1 when one is negative and 2 when a buffer's bytes
// overflow int64_t.
// CHECK-LABEL: llvm.func @f_entry(%arg0: !llvm.ptr)
// CHECK:       %[[SIZES:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK:       %[[N:.*]] = llvm.load %{{.*}} : !llvm.ptr -> i64
// CHECK-COUNT-2: llvm.load {{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK:       llvm.call @f({{.*}}, %[[N]], {{.*}}, %[[N]],
// C-LABEL: llvm.func @f_entry(%arg0: i64, %arg1: !llvm.ptr, %arg2: !llvm.ptr) -> i32
// C:       llvm.icmp "slt" %arg0
// C:       llvm.cond_br %{{.*}}, ^[[NEG:.*]], ^
// C:       "llvm.intr.smul.with.overflow"
// C:       llvm.call @f(%arg1, %arg1, %{{.*}}, %arg0,
// C:       ^[[NEG]]:
// C-NEXT:  %[[ONE:.*]] = llvm.mlir.constant(1 : i32)
// C-NEXT:  llvm.return %[[ONE]]
func.func @f(%x: tensor<?x4xf32> {numjit.dims = ["n"]}) -> (tensor<?x4xf32> {numjit.dims = ["n"]}) {
  %0 = numjit.exp %x : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}
