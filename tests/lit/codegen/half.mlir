// RUN: numjit-opt %s --convert-numjit-to-linalg --split-input-file | FileCheck %s
// RUN: numjit-opt %s --split-input-file --numjit-expand-bf16 | FileCheck %s --check-prefix=EXPAND

// f16 and bf16 compute in f32: each op widens its operands and rounds its
// result back, math included (the polynomials are f32's).
// CHECK-LABEL: func.func @half_ops(
// CHECK:         linalg.generic
// CHECK:           arith.extf %{{.*}} : bf16 to f32
// CHECK:           arith.extf %{{.*}} : bf16 to f32
// CHECK:           arith.addf %{{.*}} : f32
// CHECK:           arith.truncf %{{.*}} : f32 to bf16
// CHECK:         linalg.generic
// CHECK:           arith.extf %{{.*}} : f16 to f32
// CHECK:           math.exp %{{.*}} : f32
// CHECK:           arith.truncf %{{.*}} : f32 to f16
func.func @half_ops(%a: tensor<4xbf16>, %b: tensor<4xbf16>, %h: tensor<4xf16>)
    -> (tensor<4xbf16>, tensor<4xf16>) {
  %0 = numjit.add %a, %b : tensor<4xbf16>
  %1 = numjit.exp %h : tensor<4xf16>
  return %0, %1 : tensor<4xbf16>, tensor<4xf16>
}

// -----

// f16 <-> bf16 goes through f32 (no instruction converts them directly);
// a max reduction compares in f32.
// CHECK-LABEL: func.func @half_convert(
// CHECK:           arith.extf %{{.*}} : f16 to f32
// CHECK:           arith.truncf %{{.*}} : f32 to bf16
// CHECK:           arith.maximumf %{{.*}} : f32
// CHECK:           arith.truncf %{{.*}} : f32 to f16
func.func @half_convert(%h: tensor<4xf16>) -> (tensor<4xbf16>, tensor<f16>) {
  %0 = numjit.convert %h : tensor<4xf16> -> tensor<4xbf16>
  %1 = numjit.reduce max %h, dims = [0] : tensor<4xf16> -> tensor<f16>
  return %0, %1 : tensor<4xbf16>, tensor<f16>
}

// -----

// Without AVX512-BF16 the rounding to bf16 becomes integer operations
// (round to nearest even, NaN quiet) and the widening a shift.
// EXPAND-LABEL: func.func @expand(
// EXPAND-NOT:     arith.truncf
// EXPAND:         arith.bitcast %{{.*}} : f32 to i32
// EXPAND:         arith.shrui
// EXPAND:         arith.trunci %{{.*}} : i32 to i16
// EXPAND:         arith.bitcast %{{.*}} : i16 to bf16
func.func @expand(%x: f32) -> bf16 {
  %0 = arith.truncf %x : f32 to bf16
  return %0 : bf16
}
