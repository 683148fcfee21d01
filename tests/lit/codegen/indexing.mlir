// RUN: numjit-opt %s --convert-numjit-to-linalg --split-input-file | FileCheck %s

// A gather is a linalg.generic over the result that reads the indices
// through a map and the operand with tensor.extract at the clamped index.
// CHECK-LABEL: func.func @take_rows
// CHECK:         linalg.generic {{.*}}ins(%arg1 : tensor<5xi32>) outs(%{{.*}} : tensor<5x3xf32>)
// CHECK:           arith.maxsi
// CHECK:           tensor.extract %arg0[
func.func @take_rows(%x: tensor<4x3xf32>, %i: tensor<5xi32>) -> tensor<5x3xf32> {
  %0 = numjit.gather %x[%i], axis = 0, batch_dims = 0 : (tensor<4x3xf32>, tensor<5xi32>) -> tensor<5x3xf32>
  return %0 : tensor<5x3xf32>
}

// -----

// A scatter is a loop nest over the updates carrying the result, the
// combiner's ops lowered to scalars.
// CHECK-LABEL: func.func @scatter_add
// CHECK:         scf.for
// CHECK:           tensor.extract %arg1
// CHECK:           arith.addf
// CHECK:           tensor.insert
func.func @scatter_add(%x: tensor<4xf32>, %i: tensor<2xi32>, %u: tensor<2xf32>) -> tensor<4xf32> {
  %0 = numjit.scatter %x[%i], %u, axis = 0, batch_dims = 0 : (tensor<4xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = numjit.add %a, %b : tensor<f32>
    numjit.yield %s : tensor<f32>
  }
  return %0 : tensor<4xf32>
}

// -----

// Dynamic slices: extract_slice / insert_slice at clamped offsets.
// CHECK-LABEL: func.func @dynamic
// CHECK:         tensor.extract_slice %arg0[%{{.*}}] [3] [1]
// CHECK:         tensor.insert_slice
func.func @dynamic(%x: tensor<8xf32>, %s: tensor<i32>) -> (tensor<3xf32>, tensor<8xf32>) {
  %0 = numjit.dynamic_slice %x[%s], sizes = [3] : (tensor<8xf32>, tensor<i32>) -> tensor<3xf32>
  %1 = numjit.dynamic_update_slice %x[%s], %0 : tensor<8xf32>, tensor<3xf32>, starts(tensor<i32>) -> tensor<8xf32>
  return %0, %1 : tensor<3xf32>, tensor<8xf32>
}
