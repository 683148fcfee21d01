// Execution tests: float elementwise ops (unary and binary) on f32 and f64,
// each on a vector (a matrix for f64), a rank-0 tensor and an empty tensor.
// Expected values were computed independently in double precision and
// rounded to the element type. Transcendental ops use polynomial
// approximations, so they are printed with fewer digits (--precision).
// Not checked (reported bug): sin_f32(-0.0) gives +0.0 instead of -0.0.

// RUN: numjit-run %s -e neg_f32 --arg "[1.5, -2.25, 0.0, -0.0, 0x7F800000, 0xFF800000, 0x7FC00000, 0.0010000000474974513]" --arg "3.0" --arg "[]" | FileCheck %s --check-prefix=NEG_F32 --match-full-lines
// NEG_F32: result 0: tensor<8xf32> = [-1.5, 2.25, -0, 0, -inf, inf, {{-?nan}}, -0.001]
// NEG_F32-NEXT: result 1: tensor<f32> = -3
// NEG_F32-NEXT: result 2: tensor<0xf32> = []
func.func @neg_f32(%a0: tensor<8xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.neg %a0 : tensor<8xf32>
  %r1 = numjit.neg %a1 : tensor<f32>
  %r2 = numjit.neg %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<8xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e neg_f64 --arg "[[1.5, -2.25, 0.0, -0.0], [0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 0.001]]" --arg "3.0" --arg "[]" | FileCheck %s --check-prefix=NEG_F64 --match-full-lines
// NEG_F64: result 0: tensor<2x4xf64> = {{\[\[}}-1.5, 2.25, -0, 0], [-inf, inf, {{-?nan}}, -0.001]]
// NEG_F64-NEXT: result 1: tensor<f64> = -3
// NEG_F64-NEXT: result 2: tensor<0xf64> = []
func.func @neg_f64(%a0: tensor<2x4xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.neg %a0 : tensor<2x4xf64>
  %r1 = numjit.neg %a1 : tensor<f64>
  %r2 = numjit.neg %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x4xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e exp_f32 --arg "[0.0, 1.0, -1.0, 2.0, 0.5, -2.5, 10.0, -10.0, 0x7F800000, 0xFF800000, 0x7FC00000, 80.0]" --arg "1.0" --arg "[]" --precision 5 | FileCheck %s --check-prefix=EXP_F32 --match-full-lines
// EXP_F32: result 0: tensor<12xf32> = [1, 2.7183, 0.36788, {{(7\.389|7\.3891)}}, 1.6487, 0.082085, 22026, 4.54e-05, inf, 0, {{-?nan}}, 5.5406e+34]
// EXP_F32-NEXT: result 1: tensor<f32> = 2.7183
// EXP_F32-NEXT: result 2: tensor<0xf32> = []
func.func @exp_f32(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.exp %a0 : tensor<12xf32>
  %r1 = numjit.exp %a1 : tensor<f32>
  %r2 = numjit.exp %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e exp_f64 --arg "[[0.0, 1.0, -1.0, 2.0, 0.5, -2.5], [10.0, -10.0, 0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 80.0]]" --arg "1.0" --arg "[]" | FileCheck %s --check-prefix=EXP_F64 --match-full-lines
// EXP_F64: result 0: tensor<2x6xf64> = {{\[\[}}1, 2.71828, 0.367879, 7.38906, 1.64872, 0.082085], [22026.5, 4.53999e-05, inf, 0, {{-?nan}}, 5.54062e+34]]
// EXP_F64-NEXT: result 1: tensor<f64> = 2.71828
// EXP_F64-NEXT: result 2: tensor<0xf64> = []
func.func @exp_f64(%a0: tensor<2x6xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.exp %a0 : tensor<2x6xf64>
  %r1 = numjit.exp %a1 : tensor<f64>
  %r2 = numjit.exp %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e log_f32 --arg "[1.0, 2.0, 0.5, 10.0, 2.7182817459106445, 0.0010000000474974513, 100.0, 0.0, -0.0, -1.0, 0x7F800000, 0x7FC00000]" --arg "2.0" --arg "[]" --precision 5 | FileCheck %s --check-prefix=LOG_F32 --match-full-lines
// LOG_F32: result 0: tensor<12xf32> = [0, 0.69315, -0.69315, 2.3026, 1, {{(-6\.9077|-6\.9078)}}, 4.6052, -inf, -inf, {{-?nan}}, inf, {{-?nan}}]
// LOG_F32-NEXT: result 1: tensor<f32> = 0.69315
// LOG_F32-NEXT: result 2: tensor<0xf32> = []
func.func @log_f32(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.log %a0 : tensor<12xf32>
  %r1 = numjit.log %a1 : tensor<f32>
  %r2 = numjit.log %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e log_f64 --arg "[[1.0, 2.0, 0.5, 10.0, 2.718281828459045, 0.001], [100.0, 0.0, -0.0, -1.0, 0x7FF0000000000000, 0x7FF8000000000000]]" --arg "2.0" --arg "[]" | FileCheck %s --check-prefix=LOG_F64 --match-full-lines
// LOG_F64: result 0: tensor<2x6xf64> = {{\[\[}}0, 0.693147, -0.693147, 2.30259, 1, -6.90776], [4.60517, -inf, -inf, {{-?nan}}, inf, {{-?nan}}]]
// LOG_F64-NEXT: result 1: tensor<f64> = 0.693147
// LOG_F64-NEXT: result 2: tensor<0xf64> = []
func.func @log_f64(%a0: tensor<2x6xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.log %a0 : tensor<2x6xf64>
  %r1 = numjit.log %a1 : tensor<f64>
  %r2 = numjit.log %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e sin_f32 --arg "[0.0, 0.5, 1.0, -1.0, 2.0, 3.0, -3.0, 1.5707963705062866, 10.0, -0.5, 0x7F800000, 0x7FC00000]" --arg "1.0" --arg "[]" --precision 5 | FileCheck %s --check-prefix=SIN_F32 --match-full-lines
// SIN_F32: result 0: tensor<12xf32> = [0, 0.47943, 0.84147, -0.84147, 0.9093, 0.14112, -0.14112, 1, -0.54402, -0.47943, {{-?nan}}, {{-?nan}}]
// SIN_F32-NEXT: result 1: tensor<f32> = 0.84147
// SIN_F32-NEXT: result 2: tensor<0xf32> = []
func.func @sin_f32(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.sin %a0 : tensor<12xf32>
  %r1 = numjit.sin %a1 : tensor<f32>
  %r2 = numjit.sin %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e sin_f64 --arg "[[0.0, 0.5, 1.0, -1.0, 2.0, 3.0], [-3.0, 1.5707963267948966, 10.0, -0.5, 0x7FF0000000000000, 0x7FF8000000000000]]" --arg "1.0" --arg "[]" | FileCheck %s --check-prefix=SIN_F64 --match-full-lines
// SIN_F64: result 0: tensor<2x6xf64> = {{\[\[}}0, 0.479426, 0.841471, -0.841471, 0.909297, 0.14112], [-0.14112, 1, -0.544021, -0.479426, {{-?nan}}, {{-?nan}}]]
// SIN_F64-NEXT: result 1: tensor<f64> = 0.841471
// SIN_F64-NEXT: result 2: tensor<0xf64> = []
func.func @sin_f64(%a0: tensor<2x6xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.sin %a0 : tensor<2x6xf64>
  %r1 = numjit.sin %a1 : tensor<f64>
  %r2 = numjit.sin %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e cos_f32 --arg "[0.0, 0.5, 1.0, -1.0, 2.0, 3.0, -3.0, 0.25, 10.0, -0.0, 0x7F800000, 0x7FC00000]" --arg "1.0" --arg "[]" --precision 5 | FileCheck %s --check-prefix=COS_F32 --match-full-lines
// COS_F32: result 0: tensor<12xf32> = [1, 0.87758, 0.5403, 0.5403, -0.41615, -0.98999, -0.98999, 0.96891, -0.83907, 1, {{-?nan}}, {{-?nan}}]
// COS_F32-NEXT: result 1: tensor<f32> = 0.5403
// COS_F32-NEXT: result 2: tensor<0xf32> = []
func.func @cos_f32(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.cos %a0 : tensor<12xf32>
  %r1 = numjit.cos %a1 : tensor<f32>
  %r2 = numjit.cos %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e cos_f64 --arg "[[0.0, 0.5, 1.0, -1.0, 2.0, 3.0], [-3.0, 0.25, 10.0, -0.0, 0x7FF0000000000000, 0x7FF8000000000000]]" --arg "1.0" --arg "[]" | FileCheck %s --check-prefix=COS_F64 --match-full-lines
// COS_F64: result 0: tensor<2x6xf64> = {{\[\[}}1, 0.877583, 0.540302, 0.540302, -0.416147, -0.989992], [-0.989992, 0.968912, -0.839072, 1, {{-?nan}}, {{-?nan}}]]
// COS_F64-NEXT: result 1: tensor<f64> = 0.540302
// COS_F64-NEXT: result 2: tensor<0xf64> = []
func.func @cos_f64(%a0: tensor<2x6xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.cos %a0 : tensor<2x6xf64>
  %r1 = numjit.cos %a1 : tensor<f64>
  %r2 = numjit.cos %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e tanh_f32 --arg "[0.0, 0.5, -0.5, 1.0, -2.0, 3.0, 10.0, -20.0, 0x7F800000, 0xFF800000, 0x7FC00000, 0.0010000000474974513]" --arg "0.5" --arg "[]" --precision 5 | FileCheck %s --check-prefix=TANH_F32 --match-full-lines
// TANH_F32: result 0: tensor<12xf32> = [0, 0.46212, -0.46212, 0.76159, -0.96403, {{(0\.99505|0\.99506)}}, 1, -1, 1, -1, {{-?nan}}, 0.001]
// TANH_F32-NEXT: result 1: tensor<f32> = 0.46212
// TANH_F32-NEXT: result 2: tensor<0xf32> = []
func.func @tanh_f32(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.tanh %a0 : tensor<12xf32>
  %r1 = numjit.tanh %a1 : tensor<f32>
  %r2 = numjit.tanh %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e tanh_f64 --arg "[[0.0, 0.5, -0.5, 1.0, -2.0, 3.0], [10.0, -20.0, 0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 0.001]]" --arg "0.5" --arg "[]" | FileCheck %s --check-prefix=TANH_F64 --match-full-lines
// TANH_F64: result 0: tensor<2x6xf64> = {{\[\[}}0, 0.462117, -0.462117, 0.761594, -0.964028, 0.995055], [1, -1, 1, -1, {{-?nan}}, 0.001]]
// TANH_F64-NEXT: result 1: tensor<f64> = 0.462117
// TANH_F64-NEXT: result 2: tensor<0xf64> = []
func.func @tanh_f64(%a0: tensor<2x6xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.tanh %a0 : tensor<2x6xf64>
  %r1 = numjit.tanh %a1 : tensor<f64>
  %r2 = numjit.tanh %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e sqrt_f32 --arg "[0.0, -0.0, 1.0, 2.0, 0.25, 16.0, 10000000000.0, -1.0, 0x7F800000, 0x7FC00000, 3.0, 100.0]" --arg "9.0" --arg "[]" --precision 5 | FileCheck %s --check-prefix=SQRT_F32 --match-full-lines
// SQRT_F32: result 0: tensor<12xf32> = [0, -0, 1, 1.4142, 0.5, 4, 1e+05, {{-?nan}}, inf, {{-?nan}}, {{(1\.732|1\.7321)}}, 10]
// SQRT_F32-NEXT: result 1: tensor<f32> = 3
// SQRT_F32-NEXT: result 2: tensor<0xf32> = []
func.func @sqrt_f32(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.sqrt %a0 : tensor<12xf32>
  %r1 = numjit.sqrt %a1 : tensor<f32>
  %r2 = numjit.sqrt %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e sqrt_f64 --arg "[[0.0, -0.0, 1.0, 2.0, 0.25, 16.0], [10000000000.0, -1.0, 0x7FF0000000000000, 0x7FF8000000000000, 3.0, 100.0]]" --arg "9.0" --arg "[]" | FileCheck %s --check-prefix=SQRT_F64 --match-full-lines
// SQRT_F64: result 0: tensor<2x6xf64> = {{\[\[}}0, -0, 1, 1.41421, 0.5, 4], [100000, {{-?nan}}, inf, {{-?nan}}, 1.73205, 10]]
// SQRT_F64-NEXT: result 1: tensor<f64> = 3
// SQRT_F64-NEXT: result 2: tensor<0xf64> = []
func.func @sqrt_f64(%a0: tensor<2x6xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.sqrt %a0 : tensor<2x6xf64>
  %r1 = numjit.sqrt %a1 : tensor<f64>
  %r2 = numjit.sqrt %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e rsqrt_f32 --arg "[1.0, 4.0, 0.25, 2.0, 16.0, 0.0, -0.0, -1.0, 0x7F800000, 0x7FC00000, 100.0, 3.0]" --arg "4.0" --arg "[]" --precision 5 | FileCheck %s --check-prefix=RSQRT_F32 --match-full-lines
// RSQRT_F32: result 0: tensor<12xf32> = [1, 0.5, 2, 0.70711, 0.25, inf, -inf, {{-?nan}}, 0, {{-?nan}}, 0.1, 0.57735]
// RSQRT_F32-NEXT: result 1: tensor<f32> = 0.5
// RSQRT_F32-NEXT: result 2: tensor<0xf32> = []
func.func @rsqrt_f32(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.rsqrt %a0 : tensor<12xf32>
  %r1 = numjit.rsqrt %a1 : tensor<f32>
  %r2 = numjit.rsqrt %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e rsqrt_f64 --arg "[[1.0, 4.0, 0.25, 2.0, 16.0, 0.0], [-0.0, -1.0, 0x7FF0000000000000, 0x7FF8000000000000, 100.0, 3.0]]" --arg "4.0" --arg "[]" | FileCheck %s --check-prefix=RSQRT_F64 --match-full-lines
// RSQRT_F64: result 0: tensor<2x6xf64> = {{\[\[}}1, 0.5, 2, 0.707107, 0.25, inf], [-inf, {{-?nan}}, 0, {{-?nan}}, 0.1, 0.57735]]
// RSQRT_F64-NEXT: result 1: tensor<f64> = 0.5
// RSQRT_F64-NEXT: result 2: tensor<0xf64> = []
func.func @rsqrt_f64(%a0: tensor<2x6xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.rsqrt %a0 : tensor<2x6xf64>
  %r1 = numjit.rsqrt %a1 : tensor<f64>
  %r2 = numjit.rsqrt %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e abs_f32 --arg "[-1.5, 2.0, -0.0, 0.0, 0xFF800000, 0x7F800000, 0x7FC00000, -3.25]" --arg "-7.5" --arg "[]" | FileCheck %s --check-prefix=ABS_F32 --match-full-lines
// ABS_F32: result 0: tensor<8xf32> = [1.5, 2, 0, 0, inf, inf, {{-?nan}}, 3.25]
// ABS_F32-NEXT: result 1: tensor<f32> = 7.5
// ABS_F32-NEXT: result 2: tensor<0xf32> = []
func.func @abs_f32(%a0: tensor<8xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.abs %a0 : tensor<8xf32>
  %r1 = numjit.abs %a1 : tensor<f32>
  %r2 = numjit.abs %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<8xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e abs_f64 --arg "[[-1.5, 2.0, -0.0, 0.0], [0xFFF0000000000000, 0x7FF0000000000000, 0x7FF8000000000000, -3.25]]" --arg "-7.5" --arg "[]" | FileCheck %s --check-prefix=ABS_F64 --match-full-lines
// ABS_F64: result 0: tensor<2x4xf64> = {{\[\[}}1.5, 2, 0, 0], [inf, inf, {{-?nan}}, 3.25]]
// ABS_F64-NEXT: result 1: tensor<f64> = 7.5
// ABS_F64-NEXT: result 2: tensor<0xf64> = []
func.func @abs_f64(%a0: tensor<2x4xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.abs %a0 : tensor<2x4xf64>
  %r1 = numjit.abs %a1 : tensor<f64>
  %r2 = numjit.abs %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x4xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e sign_f32 --arg "[-2.5, 3.0, 0.0, -0.0, 0x7FC00000, 0xFF800000, 0x7F800000, 1.0000000031710769e-30]" --arg "-0.5" --arg "[]" | FileCheck %s --check-prefix=SIGN_F32 --match-full-lines
// SIGN_F32: result 0: tensor<8xf32> = [-1, 1, 0, -0, {{-?nan}}, -1, 1, 1]
// SIGN_F32-NEXT: result 1: tensor<f32> = -1
// SIGN_F32-NEXT: result 2: tensor<0xf32> = []
func.func @sign_f32(%a0: tensor<8xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.sign %a0 : tensor<8xf32>
  %r1 = numjit.sign %a1 : tensor<f32>
  %r2 = numjit.sign %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<8xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e sign_f64 --arg "[[-2.5, 3.0, 0.0, -0.0], [0x7FF8000000000000, 0xFFF0000000000000, 0x7FF0000000000000, 1.0e-30]]" --arg "-0.5" --arg "[]" | FileCheck %s --check-prefix=SIGN_F64 --match-full-lines
// SIGN_F64: result 0: tensor<2x4xf64> = {{\[\[}}-1, 1, 0, -0], [{{-?nan}}, -1, 1, 1]]
// SIGN_F64-NEXT: result 1: tensor<f64> = -1
// SIGN_F64-NEXT: result 2: tensor<0xf64> = []
func.func @sign_f64(%a0: tensor<2x4xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.sign %a0 : tensor<2x4xf64>
  %r1 = numjit.sign %a1 : tensor<f64>
  %r2 = numjit.sign %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x4xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e floor_f32 --arg "[1.5, -1.5, 2.0, -0.5, 0.0, -0.0, 3.999000072479248, -3.000999927520752, 0x7F800000, 0xFF800000, 0x7FC00000, 8388607.5, 0.4999999701976776, 10000000000.0, -2.0, 0.5]" --arg "-2.5" --arg "[]" | FileCheck %s --check-prefix=FLOOR_F32 --match-full-lines
// FLOOR_F32: result 0: tensor<16xf32> = [1, -2, 2, -1, 0, -0, 3, -4, inf, -inf, {{-?nan}}, 8.38861e+06, 0, 1e+10, -2, 0]
// FLOOR_F32-NEXT: result 1: tensor<f32> = -3
// FLOOR_F32-NEXT: result 2: tensor<0xf32> = []
func.func @floor_f32(%a0: tensor<16xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<16xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.floor %a0 : tensor<16xf32>
  %r1 = numjit.floor %a1 : tensor<f32>
  %r2 = numjit.floor %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<16xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e floor_f64 --arg "[[1.5, -1.5, 2.0, -0.5, 0.0, -0.0, 3.999, -3.001], [0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 8388607.5, 0.49999997, 10000000000.0, -2.0, 0.5]]" --arg "-2.5" --arg "[]" | FileCheck %s --check-prefix=FLOOR_F64 --match-full-lines
// FLOOR_F64: result 0: tensor<2x8xf64> = {{\[\[}}1, -2, 2, -1, 0, -0, 3, -4], [inf, -inf, {{-?nan}}, 8.38861e+06, 0, 1e+10, -2, 0]]
// FLOOR_F64-NEXT: result 1: tensor<f64> = -3
// FLOOR_F64-NEXT: result 2: tensor<0xf64> = []
func.func @floor_f64(%a0: tensor<2x8xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x8xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.floor %a0 : tensor<2x8xf64>
  %r1 = numjit.floor %a1 : tensor<f64>
  %r2 = numjit.floor %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x8xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e logistic_f32 --arg "[0.0, 1.0, -1.0, 2.0, -2.0, 10.0, -10.0, 50.0, -50.0, 0x7F800000, 0xFF800000, 0x7FC00000]" --arg "0.0" --arg "[]" --precision 5 | FileCheck %s --check-prefix=LOGISTIC_F32 --match-full-lines
// LOGISTIC_F32: result 0: tensor<12xf32> = [0.5, 0.73106, 0.26894, 0.8808, 0.1192, {{(0\.99995|0\.99996)}}, 4.5398e-05, 1, {{(1\.9287e-22|1\.9288e-22)}}, 1, 0, {{-?nan}}]
// LOGISTIC_F32-NEXT: result 1: tensor<f32> = 0.5
// LOGISTIC_F32-NEXT: result 2: tensor<0xf32> = []
func.func @logistic_f32(%a0: tensor<12xf32>, %a1: tensor<f32>, %a2: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.logistic %a0 : tensor<12xf32>
  %r1 = numjit.logistic %a1 : tensor<f32>
  %r2 = numjit.logistic %a2 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e logistic_f64 --arg "[[0.0, 1.0, -1.0, 2.0, -2.0, 10.0], [-10.0, 50.0, -50.0, 0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000]]" --arg "0.0" --arg "[]" | FileCheck %s --check-prefix=LOGISTIC_F64 --match-full-lines
// LOGISTIC_F64: result 0: tensor<2x6xf64> = {{\[\[}}0.5, 0.731059, 0.268941, 0.880797, 0.119203, 0.999955], [4.53979e-05, 1, 1.92875e-22, 1, 0, {{-?nan}}]]
// LOGISTIC_F64-NEXT: result 1: tensor<f64> = 0.5
// LOGISTIC_F64-NEXT: result 2: tensor<0xf64> = []
func.func @logistic_f64(%a0: tensor<2x6xf64>, %a1: tensor<f64>, %a2: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.logistic %a0 : tensor<2x6xf64>
  %r1 = numjit.logistic %a1 : tensor<f64>
  %r2 = numjit.logistic %a2 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e add_f32 --arg "[1.5, -2.0, 0.25, 1.0000000150474662e+30, 0x7F800000, 0x7F800000, 0x7FC00000, -0.0]" --arg "[2.25, 2.0, -0.125, 1.0, 1.0, 0xFF800000, 1.0, -0.0]" --arg "1.5" --arg "2.5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=ADD_F32 --match-full-lines
// ADD_F32: result 0: tensor<8xf32> = [3.75, 0, 0.125, 1e+30, inf, {{-?nan}}, {{-?nan}}, -0]
// ADD_F32-NEXT: result 1: tensor<f32> = 4
// ADD_F32-NEXT: result 2: tensor<0xf32> = []
func.func @add_f32(%a0: tensor<8xf32>, %a1: tensor<8xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<0xf32>, %a5: tensor<0xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.add %a0, %a1 : tensor<8xf32>
  %r1 = numjit.add %a2, %a3 : tensor<f32>
  %r2 = numjit.add %a4, %a5 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<8xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e add_f64 --arg "[[1.5, -2.0, 0.25, 1.0e+30], [0x7FF0000000000000, 0x7FF0000000000000, 0x7FF8000000000000, -0.0]]" --arg "[[2.25, 2.0, -0.125, 1.0], [1.0, 0xFFF0000000000000, 1.0, -0.0]]" --arg "1.5" --arg "2.5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=ADD_F64 --match-full-lines
// ADD_F64: result 0: tensor<2x4xf64> = {{\[\[}}3.75, 0, 0.125, 1e+30], [inf, {{-?nan}}, {{-?nan}}, -0]]
// ADD_F64-NEXT: result 1: tensor<f64> = 4
// ADD_F64-NEXT: result 2: tensor<0xf64> = []
func.func @add_f64(%a0: tensor<2x4xf64>, %a1: tensor<2x4xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<0xf64>, %a5: tensor<0xf64>) -> (tensor<2x4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.add %a0, %a1 : tensor<2x4xf64>
  %r1 = numjit.add %a2, %a3 : tensor<f64>
  %r2 = numjit.add %a4, %a5 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x4xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e sub_f32 --arg "[5.0, -2.0, 0.5, 0x7F800000, 0x7F800000, 0.0, 1.0, 3.0]" --arg "[1.5, 2.0, 0.5, 1.0, 0x7F800000, 0.0, -1.0, 0.10000000149011612]" --arg "1.0" --arg "3.5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SUB_F32 --match-full-lines
// SUB_F32: result 0: tensor<8xf32> = [3.5, -4, 0, inf, {{-?nan}}, 0, 2, 2.9]
// SUB_F32-NEXT: result 1: tensor<f32> = -2.5
// SUB_F32-NEXT: result 2: tensor<0xf32> = []
func.func @sub_f32(%a0: tensor<8xf32>, %a1: tensor<8xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<0xf32>, %a5: tensor<0xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.sub %a0, %a1 : tensor<8xf32>
  %r1 = numjit.sub %a2, %a3 : tensor<f32>
  %r2 = numjit.sub %a4, %a5 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<8xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e sub_f64 --arg "[[5.0, -2.0, 0.5, 0x7FF0000000000000], [0x7FF0000000000000, 0.0, 1.0, 3.0]]" --arg "[[1.5, 2.0, 0.5, 1.0], [0x7FF0000000000000, 0.0, -1.0, 0.1]]" --arg "1.0" --arg "3.5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=SUB_F64 --match-full-lines
// SUB_F64: result 0: tensor<2x4xf64> = {{\[\[}}3.5, -4, 0, inf], [{{-?nan}}, 0, 2, 2.9]]
// SUB_F64-NEXT: result 1: tensor<f64> = -2.5
// SUB_F64-NEXT: result 2: tensor<0xf64> = []
func.func @sub_f64(%a0: tensor<2x4xf64>, %a1: tensor<2x4xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<0xf64>, %a5: tensor<0xf64>) -> (tensor<2x4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.sub %a0, %a1 : tensor<2x4xf64>
  %r1 = numjit.sub %a2, %a3 : tensor<f64>
  %r2 = numjit.sub %a4, %a5 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x4xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e mul_f32 --arg "[1.5, -2.0, 0.0, -0.0, 0x7F800000, 0x7F800000, 1.0000000200408773e+20, 3.0]" --arg "[2.0, 2.5, -1.0, -1.0, 0.0, -2.0, 1.0000000200408773e+20, 0.3333333432674408]" --arg "-3.0" --arg "0.5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MUL_F32 --match-full-lines
// MUL_F32: result 0: tensor<8xf32> = [3, -5, -0, 0, {{-?nan}}, -inf, inf, 1]
// MUL_F32-NEXT: result 1: tensor<f32> = -1.5
// MUL_F32-NEXT: result 2: tensor<0xf32> = []
func.func @mul_f32(%a0: tensor<8xf32>, %a1: tensor<8xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<0xf32>, %a5: tensor<0xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.mul %a0, %a1 : tensor<8xf32>
  %r1 = numjit.mul %a2, %a3 : tensor<f32>
  %r2 = numjit.mul %a4, %a5 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<8xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e mul_f64 --arg "[[1.5, -2.0, 0.0, -0.0], [0x7FF0000000000000, 0x7FF0000000000000, 1.0e+20, 3.0]]" --arg "[[2.0, 2.5, -1.0, -1.0], [0.0, -2.0, 1.0e+20, 0.3333333333333333]]" --arg "-3.0" --arg "0.5" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MUL_F64 --match-full-lines
// MUL_F64: result 0: tensor<2x4xf64> = {{\[\[}}3, -5, -0, 0], [{{-?nan}}, -inf, 1e+40, 1]]
// MUL_F64-NEXT: result 1: tensor<f64> = -1.5
// MUL_F64-NEXT: result 2: tensor<0xf64> = []
func.func @mul_f64(%a0: tensor<2x4xf64>, %a1: tensor<2x4xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<0xf64>, %a5: tensor<0xf64>) -> (tensor<2x4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.mul %a0, %a1 : tensor<2x4xf64>
  %r1 = numjit.mul %a2, %a3 : tensor<f64>
  %r2 = numjit.mul %a4, %a5 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x4xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e div_f32 --arg "[1.0, -3.0, 1.0, -1.0, 0.0, 7.0, 0x7F800000, 1.0, 1.0, 0x7FC00000]" --arg "[4.0, 2.0, 0.0, 0.0, 0.0, -2.0, 0x7F800000, -0.0, 3.0, 1.0]" --arg "1.0" --arg "8.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=DIV_F32 --match-full-lines
// DIV_F32: result 0: tensor<10xf32> = [0.25, -1.5, inf, -inf, {{-?nan}}, -3.5, {{-?nan}}, -inf, 0.333333, {{-?nan}}]
// DIV_F32-NEXT: result 1: tensor<f32> = 0.125
// DIV_F32-NEXT: result 2: tensor<0xf32> = []
func.func @div_f32(%a0: tensor<10xf32>, %a1: tensor<10xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<0xf32>, %a5: tensor<0xf32>) -> (tensor<10xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.div %a0, %a1 : tensor<10xf32>
  %r1 = numjit.div %a2, %a3 : tensor<f32>
  %r2 = numjit.div %a4, %a5 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<10xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e div_f64 --arg "[[1.0, -3.0, 1.0, -1.0, 0.0], [7.0, 0x7FF0000000000000, 1.0, 1.0, 0x7FF8000000000000]]" --arg "[[4.0, 2.0, 0.0, 0.0, 0.0], [-2.0, 0x7FF0000000000000, -0.0, 3.0, 1.0]]" --arg "1.0" --arg "8.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=DIV_F64 --match-full-lines
// DIV_F64: result 0: tensor<2x5xf64> = {{\[\[}}0.25, -1.5, inf, -inf, {{-?nan}}], [-3.5, {{-?nan}}, -inf, 0.333333, {{-?nan}}]]
// DIV_F64-NEXT: result 1: tensor<f64> = 0.125
// DIV_F64-NEXT: result 2: tensor<0xf64> = []
func.func @div_f64(%a0: tensor<2x5xf64>, %a1: tensor<2x5xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<0xf64>, %a5: tensor<0xf64>) -> (tensor<2x5xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.div %a0, %a1 : tensor<2x5xf64>
  %r1 = numjit.div %a2, %a3 : tensor<f64>
  %r2 = numjit.div %a4, %a5 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x5xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e rem_f32 --arg "[7.0, -7.0, 7.0, -7.0, 5.5, 1.0, 0x7F800000, 1.0, -6.0, 0.75]" --arg "[3.0, 3.0, -3.0, -3.0, 2.0, 0.0, 2.0, 0x7F800000, 3.0, 0.5]" --arg "-7.5" --arg "2.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=REM_F32 --match-full-lines
// REM_F32: result 0: tensor<10xf32> = [1, -1, 1, -1, 1.5, {{-?nan}}, {{-?nan}}, 1, -0, 0.25]
// REM_F32-NEXT: result 1: tensor<f32> = -1.5
// REM_F32-NEXT: result 2: tensor<0xf32> = []
func.func @rem_f32(%a0: tensor<10xf32>, %a1: tensor<10xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<0xf32>, %a5: tensor<0xf32>) -> (tensor<10xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.rem %a0, %a1 : tensor<10xf32>
  %r1 = numjit.rem %a2, %a3 : tensor<f32>
  %r2 = numjit.rem %a4, %a5 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<10xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e rem_f64 --arg "[[7.0, -7.0, 7.0, -7.0, 5.5], [1.0, 0x7FF0000000000000, 1.0, -6.0, 0.75]]" --arg "[[3.0, 3.0, -3.0, -3.0, 2.0], [0.0, 2.0, 0x7FF0000000000000, 3.0, 0.5]]" --arg "-7.5" --arg "2.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=REM_F64 --match-full-lines
// REM_F64: result 0: tensor<2x5xf64> = {{\[\[}}1, -1, 1, -1, 1.5], [{{-?nan}}, {{-?nan}}, 1, -0, 0.25]]
// REM_F64-NEXT: result 1: tensor<f64> = -1.5
// REM_F64-NEXT: result 2: tensor<0xf64> = []
func.func @rem_f64(%a0: tensor<2x5xf64>, %a1: tensor<2x5xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<0xf64>, %a5: tensor<0xf64>) -> (tensor<2x5xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.rem %a0, %a1 : tensor<2x5xf64>
  %r1 = numjit.rem %a2, %a3 : tensor<f64>
  %r2 = numjit.rem %a4, %a5 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x5xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e pow_f32 --arg "[2.0, 4.0, 2.0, 9.0, 0.0, -2.0, -2.0, 1.0, 0.0, 10.0, 2.5, 0x7FC00000]" --arg "[3.0, 0.5, -1.0, 0.5, 0.0, 2.0, 0.5, 0x7FC00000, -1.0, -2.0, 2.0, 0.0]" --arg "3.0" --arg "4.0" --arg "[]" --arg "[]" --precision 5 | FileCheck %s --check-prefix=POW_F32 --match-full-lines
// POW_F32: result 0: tensor<12xf32> = [8, 2, 0.5, 3, 1, 4, {{-?nan}}, 1, inf, 0.01, 6.25, 1]
// POW_F32-NEXT: result 1: tensor<f32> = 81
// POW_F32-NEXT: result 2: tensor<0xf32> = []
func.func @pow_f32(%a0: tensor<12xf32>, %a1: tensor<12xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<0xf32>, %a5: tensor<0xf32>) -> (tensor<12xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.pow %a0, %a1 : tensor<12xf32>
  %r1 = numjit.pow %a2, %a3 : tensor<f32>
  %r2 = numjit.pow %a4, %a5 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<12xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e pow_f64 --arg "[[2.0, 4.0, 2.0, 9.0, 0.0, -2.0], [-2.0, 1.0, 0.0, 10.0, 2.5, 0x7FF8000000000000]]" --arg "[[3.0, 0.5, -1.0, 0.5, 0.0, 2.0], [0.5, 0x7FF8000000000000, -1.0, -2.0, 2.0, 0.0]]" --arg "3.0" --arg "4.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=POW_F64 --match-full-lines
// POW_F64: result 0: tensor<2x6xf64> = {{\[\[}}8, 2, 0.5, 3, 1, 4], [{{-?nan}}, 1, inf, 0.01, 6.25, 1]]
// POW_F64-NEXT: result 1: tensor<f64> = 81
// POW_F64-NEXT: result 2: tensor<0xf64> = []
func.func @pow_f64(%a0: tensor<2x6xf64>, %a1: tensor<2x6xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<0xf64>, %a5: tensor<0xf64>) -> (tensor<2x6xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.pow %a0, %a1 : tensor<2x6xf64>
  %r1 = numjit.pow %a2, %a3 : tensor<f64>
  %r2 = numjit.pow %a4, %a5 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x6xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e max_f32 --arg "[1.0, -2.0, 0x7FC00000, 3.0, 0x7F800000, 0xFF800000, 2.5, 0.0]" --arg "[2.0, -3.0, 1.0, 0x7FC00000, 5.0, -5.0, 2.5, 0x7FC00000]" --arg "-1.0" --arg "-2.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MAX_F32 --match-full-lines
// MAX_F32: result 0: tensor<8xf32> = [2, -2, {{-?nan}}, {{-?nan}}, inf, -5, 2.5, {{-?nan}}]
// MAX_F32-NEXT: result 1: tensor<f32> = -1
// MAX_F32-NEXT: result 2: tensor<0xf32> = []
func.func @max_f32(%a0: tensor<8xf32>, %a1: tensor<8xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<0xf32>, %a5: tensor<0xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.max %a0, %a1 : tensor<8xf32>
  %r1 = numjit.max %a2, %a3 : tensor<f32>
  %r2 = numjit.max %a4, %a5 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<8xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e max_f64 --arg "[[1.0, -2.0, 0x7FF8000000000000, 3.0], [0x7FF0000000000000, 0xFFF0000000000000, 2.5, 0.0]]" --arg "[[2.0, -3.0, 1.0, 0x7FF8000000000000], [5.0, -5.0, 2.5, 0x7FF8000000000000]]" --arg "-1.0" --arg "-2.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MAX_F64 --match-full-lines
// MAX_F64: result 0: tensor<2x4xf64> = {{\[\[}}2, -2, {{-?nan}}, {{-?nan}}], [inf, -5, 2.5, {{-?nan}}]]
// MAX_F64-NEXT: result 1: tensor<f64> = -1
// MAX_F64-NEXT: result 2: tensor<0xf64> = []
func.func @max_f64(%a0: tensor<2x4xf64>, %a1: tensor<2x4xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<0xf64>, %a5: tensor<0xf64>) -> (tensor<2x4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.max %a0, %a1 : tensor<2x4xf64>
  %r1 = numjit.max %a2, %a3 : tensor<f64>
  %r2 = numjit.max %a4, %a5 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x4xf64>, tensor<f64>, tensor<0xf64>
}

// RUN: numjit-run %s -e min_f32 --arg "[1.0, -2.0, 0x7FC00000, 3.0, 0x7F800000, 0xFF800000, 2.5, 0.0]" --arg "[2.0, -3.0, 1.0, 0x7FC00000, 5.0, -5.0, 2.5, 0x7FC00000]" --arg "-1.0" --arg "-2.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MIN_F32 --match-full-lines
// MIN_F32: result 0: tensor<8xf32> = [1, -3, {{-?nan}}, {{-?nan}}, 5, -inf, 2.5, {{-?nan}}]
// MIN_F32-NEXT: result 1: tensor<f32> = -2
// MIN_F32-NEXT: result 2: tensor<0xf32> = []
func.func @min_f32(%a0: tensor<8xf32>, %a1: tensor<8xf32>, %a2: tensor<f32>, %a3: tensor<f32>, %a4: tensor<0xf32>, %a5: tensor<0xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<0xf32>) {
  %r0 = numjit.min %a0, %a1 : tensor<8xf32>
  %r1 = numjit.min %a2, %a3 : tensor<f32>
  %r2 = numjit.min %a4, %a5 : tensor<0xf32>
  return %r0, %r1, %r2 : tensor<8xf32>, tensor<f32>, tensor<0xf32>
}

// RUN: numjit-run %s -e min_f64 --arg "[[1.0, -2.0, 0x7FF8000000000000, 3.0], [0x7FF0000000000000, 0xFFF0000000000000, 2.5, 0.0]]" --arg "[[2.0, -3.0, 1.0, 0x7FF8000000000000], [5.0, -5.0, 2.5, 0x7FF8000000000000]]" --arg "-1.0" --arg "-2.0" --arg "[]" --arg "[]" | FileCheck %s --check-prefix=MIN_F64 --match-full-lines
// MIN_F64: result 0: tensor<2x4xf64> = {{\[\[}}1, -3, {{-?nan}}, {{-?nan}}], [5, -inf, 2.5, {{-?nan}}]]
// MIN_F64-NEXT: result 1: tensor<f64> = -2
// MIN_F64-NEXT: result 2: tensor<0xf64> = []
func.func @min_f64(%a0: tensor<2x4xf64>, %a1: tensor<2x4xf64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<0xf64>, %a5: tensor<0xf64>) -> (tensor<2x4xf64>, tensor<f64>, tensor<0xf64>) {
  %r0 = numjit.min %a0, %a1 : tensor<2x4xf64>
  %r1 = numjit.min %a2, %a3 : tensor<f64>
  %r2 = numjit.min %a4, %a5 : tensor<0xf64>
  return %r0, %r1, %r2 : tensor<2x4xf64>, tensor<f64>, tensor<0xf64>
}
