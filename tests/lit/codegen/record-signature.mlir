// RUN: numjit-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect --numjit-record-signature | FileCheck %s

// The buffers and symbolic sizes of a kernel, recorded while it is on
// tensors: -1 - k stands for the k-th symbol, in order of first appearance.
// The arguments are the caller's buffers: not writable.
// CHECK-LABEL: func.func @two_symbols
// CHECK-SAME:  %arg0: tensor<?x3xf32> {bufferization.writable = false
// CHECK-SAME:  numjit.signature = {inputs = [{element = f32, shape = array<i64: -1, 3>}, {element = i32, shape = array<i64: -2, -1>}], outputs = [{element = f32, shape = array<i64: -2>}, {element = i1, shape = array<i64>}], symbols = ["n", "m"]}
func.func @two_symbols(%a: tensor<?x3xf32> {numjit.dims = ["n"]}, %b: tensor<?x?xi32> {numjit.dims = ["m", "n"]})
    -> (tensor<?xf32> {numjit.dims = ["m"]}, tensor<i1>) {
  %0 = "test.op"() : () -> tensor<?xf32>
  %1 = "test.op"() : () -> tensor<i1>
  return %0, %1 : tensor<?xf32>, tensor<i1>
}

// -----

// expected-error @+1 {{argument 0 of type 'tensor<?xf32>' has 1 dynamic sizes but 0 names in 'numjit.dims'}}
func.func @unnamed(%a: tensor<?xf32>) -> tensor<?xf32> {
  return %a : tensor<?xf32>
}

// -----

// expected-error @+1 {{result 0 has the symbolic size 'm', which no argument has}}
func.func @result_only(%a: tensor<?xf32> {numjit.dims = ["n"]}) -> (tensor<?xf32> {numjit.dims = ["m"]}) {
  return %a : tensor<?xf32>
}
