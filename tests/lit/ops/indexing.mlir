// Round trip of the indexing ops and threefry2x32, in custom and generic form.
// RUN: numjit-opt %s | numjit-opt | FileCheck %s
// RUN: numjit-opt %s --mlir-print-op-generic | numjit-opt | FileCheck %s

// CHECK-LABEL: func.func @indexing(
// CHECK:         numjit.gather %arg0[%arg1], axis = 0, batch_dims = 0 : (tensor<4x3xf32>, tensor<5xi32>) -> tensor<5x3xf32>
// CHECK:         numjit.gather %arg2[%arg3], axis = 1, batch_dims = 1 : (tensor<2x4xf32>, tensor<2x3xui8>) -> tensor<2x3xf32>
// CHECK:         numjit.scatter %arg0[%arg1], %{{.*}}, axis = 0, batch_dims = 0 : (tensor<4x3xf32>, tensor<5xi32>, tensor<5x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT:    ^bb0(%[[OLD:.*]]: tensor<f32>, %[[NEW:.*]]: tensor<f32>):
// CHECK-NEXT:      %[[S:.*]] = numjit.add %[[OLD]], %[[NEW]] : tensor<f32>
// CHECK-NEXT:      numjit.yield %[[S]] : tensor<f32>
// CHECK:         numjit.dynamic_slice %arg0[%arg4, %arg4], sizes = [2, 2] : (tensor<4x3xf32>, tensor<i64>, tensor<i64>) -> tensor<2x2xf32>
// CHECK:         numjit.dynamic_update_slice %arg0[%arg4, %arg4], %{{.*}} : tensor<4x3xf32>, tensor<2x2xf32>, starts(tensor<i64>, tensor<i64>) -> tensor<4x3xf32>
// CHECK:         numjit.threefry2x32 %arg5, %arg5, %arg5, %arg5, word = 1 : tensor<8xui32>
func.func @indexing(%x: tensor<4x3xf32>, %i: tensor<5xi32>, %y: tensor<2x4xf32>, %j: tensor<2x3xui8>,
                    %s: tensor<i64>, %k: tensor<8xui32>)
    -> (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<8xui32>) {
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4x3xf32>, tensor<5xi32>) -> tensor<5x3xf32>
  %1 = numjit.gather %y[%j], axis = 1, batch_dims = 1 : (tensor<2x4xf32>, tensor<2x3xui8>) -> tensor<2x3xf32>
  %2 = numjit.scatter %x[%i], %0, axis = 0, batch_dims = 0
      : (tensor<4x3xf32>, tensor<5xi32>, tensor<5x3xf32>) -> tensor<4x3xf32> {
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    %a = numjit.add %old, %new : tensor<f32>
    numjit.yield %a : tensor<f32>
  }
  %3 = numjit.dynamic_slice %x[%s, %s], sizes = [2, 2] : (tensor<4x3xf32>, tensor<i64>, tensor<i64>) -> tensor<2x2xf32>
  %4 = numjit.dynamic_update_slice %x[%s, %s], %3 : tensor<4x3xf32>, tensor<2x2xf32>, starts(tensor<i64>, tensor<i64>) -> tensor<4x3xf32>
  %5 = numjit.threefry2x32 %k, %k, %k, %k, word = 1 : tensor<8xui32>
  return %1, %2, %4, %5 : tensor<2x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<8xui32>
}
