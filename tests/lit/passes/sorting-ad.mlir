// RUN: numjit-opt %s --split-input-file '--numjit-grad=function=f' -canonicalize -cse | FileCheck %s --check-prefix=GRAD
// RUN: numjit-opt %s --split-input-file '--numjit-jvp=function=f' -canonicalize -cse | FileCheck %s --check-prefix=JVP
// RUN: numjit-opt %s --split-input-file '--numjit-vmap=function=f in-axes=0 batch-size=7' -canonicalize -cse | FileCheck %s --check-prefix=VMAP

// cumsum: its tangent is the cumsum of the tangent; its transpose the
// cumsum in the other direction. vmap moves the axis past the batch dim.
// GRAD-LABEL: func.func @f_vjp(%arg0: tensor<4x5xf32>, %arg1: tensor<4x5xf32>)
// GRAD:         %[[Y:.*]] = numjit.cumsum %arg0, axis = 1 : tensor<4x5xf32>
// GRAD:         %[[CT:.*]] = numjit.cumsum %arg1, axis = 1 reverse : tensor<4x5xf32>
// GRAD:         return %[[Y]], %[[CT]]
// JVP-LABEL: func.func @f_jvp(%arg0: tensor<4x5xf32>, %arg1: tensor<4x5xf32>)
// JVP:         %[[Y:.*]] = numjit.cumsum %arg0, axis = 1 : tensor<4x5xf32>
// JVP:         %[[T:.*]] = numjit.cumsum %arg1, axis = 1 : tensor<4x5xf32>
// JVP:         return %[[Y]], %[[T]]
// VMAP-LABEL: func.func @f_vmap(%arg0: tensor<7x4x5xf32>)
// VMAP:         numjit.cumsum %arg0, axis = 2 : tensor<7x4x5xf32>
func.func @f(%x: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %0 = numjit.cumsum %x, axis = 1 : tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

// cumprod is expanded before differentiation into ceil(log2 5) = 3 steps
// of y * shift(y) (slices padded, ones where nothing was shifted in), so
// no cumprod and no division remain; vmap keeps the op.
// GRAD-LABEL: func.func @f_vjp(
// GRAD-NOT:     numjit.cumprod
// GRAD-NOT:     numjit.div
// GRAD-COUNT-3: numjit.slice %{{.*}}, start = [0], limit =
// GRAD:         return
// JVP-LABEL: func.func @f_jvp(
// JVP-NOT:     numjit.cumprod
// JVP:         numjit.pad
// JVP:         return
// VMAP-LABEL: func.func @f_vmap(%arg0: tensor<7x5xf32>)
// VMAP:         numjit.cumprod %arg0, axis = 1 reverse : tensor<7x5xf32>
func.func @f(%x: tensor<5xf32>) -> tensor<5xf32> {
  %0 = numjit.cumprod %x, axis = 0 reverse : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// argsort has integer results: no derivative, and the gradient of a sort
// built on it (a gather by the permutation) is a scatter_add through it.
// GRAD-LABEL: func.func @f_vjp(%arg0: tensor<6xf32>, %arg1: tensor<6xf32>)
// GRAD:         %[[P:.*]] = numjit.argsort %arg0, axis = 0 descending : tensor<6xf32> -> tensor<6xi32>
// GRAD:         numjit.gather %arg0[%[[P]]]
// GRAD:         numjit.scatter %{{.*}}[%[[P]]], %arg1
// GRAD:           numjit.add
// VMAP-LABEL: func.func @f_vmap(%arg0: tensor<7x6xf32>)
// VMAP:         numjit.argsort %arg0, axis = 1 descending : tensor<7x6xf32> -> tensor<7x6xi32>
func.func @f(%x: tensor<6xf32>) -> tensor<6xf32> {
  %p = numjit.argsort %x, axis = 0 descending : tensor<6xf32> -> tensor<6xi32>
  %0 = numjit.gather %x[%p], axis = 0, batch_dims = 0 : (tensor<6xf32>, tensor<6xi32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}
