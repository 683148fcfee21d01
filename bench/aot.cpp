//===- aot.cpp - W1-W4 and W8 as ahead-of-time kernels --------------------===//
//
// The kernels of aot_kernels.cpp, linked into this binary as a user links
// them, on the same inputs and output buffers as the jit and baseline runs
// of workloads.cpp: `numjit-aot` (fixed shape) and `numjit-aot-symbolic`
// (a size known only at the call) next to `numjit` (jit). W8's baseline is a
// C function doing x * 2 + 1 (loops.inc), called the same way.
//
//===----------------------------------------------------------------------===//

#include "inputs.h"
#include "loops.h"

#include "bench_kernels.h"

#include <benchmark/benchmark.h>

namespace {

using namespace bench;

void W1_aot(benchmark::State &state) {
  const float *x = ptr(vec(1)), *y = ptr(vec(2));
  Output z(kN);
  for (auto _ : state) {
    benchmark::DoNotOptimize(w1(x, y, z.data()));
    benchmark::ClobberMemory();
  }
  setBytes(state, 3 * kN * 4);
}
void W1_aot_symbolic(benchmark::State &state) {
  const float *x = ptr(vec(1)), *y = ptr(vec(2));
  Output z(kN);
  for (auto _ : state) {
    benchmark::DoNotOptimize(w1_n(kN, x, y, z.data()));
    benchmark::ClobberMemory();
  }
  setBytes(state, 3 * kN * 4);
}
BENCHMARK(W1_aot)->Name("W1/numjit-aot")->Unit(benchmark::kMillisecond);
BENCHMARK(W1_aot_symbolic)->Name("W1/numjit-aot-symbolic")->Unit(benchmark::kMillisecond);

void W2_aot(benchmark::State &state) {
  const float *x = ptr(vec(1));
  Output z(kN);
  for (auto _ : state) {
    benchmark::DoNotOptimize(w2(x, z.data()));
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kN * 4);
}
void W2_aot_symbolic(benchmark::State &state) {
  const float *x = ptr(vec(1));
  Output z(kN);
  for (auto _ : state) {
    benchmark::DoNotOptimize(w2_n(kN, x, z.data()));
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kN * 4);
}
BENCHMARK(W2_aot)->Name("W2/numjit-aot")->Unit(benchmark::kMillisecond);
BENCHMARK(W2_aot_symbolic)->Name("W2/numjit-aot-symbolic")->Unit(benchmark::kMillisecond);

void W3_aot(benchmark::State &state) {
  const float *x = ptr(vec(1)), *y = ptr(vec(2));
  float s;
  for (auto _ : state) {
    benchmark::DoNotOptimize(w3(x, y, &s));
    benchmark::DoNotOptimize(s);
  }
  setBytes(state, 2 * kN * 4);
}
void W3_aot_symbolic(benchmark::State &state) {
  const float *x = ptr(vec(1)), *y = ptr(vec(2));
  float s;
  for (auto _ : state) {
    benchmark::DoNotOptimize(w3_n(kN, x, y, &s));
    benchmark::DoNotOptimize(s);
  }
  setBytes(state, 2 * kN * 4);
}
BENCHMARK(W3_aot)->Name("W3/numjit-aot")->Unit(benchmark::kMillisecond);
BENCHMARK(W3_aot_symbolic)->Name("W3/numjit-aot-symbolic")->Unit(benchmark::kMillisecond);

void W4_aot(benchmark::State &state) {
  const float *x = ptr(w4Input());
  Output z(kRows * kCols);
  for (auto _ : state) {
    benchmark::DoNotOptimize(w4(x, z.data()));
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kRows * kCols * 4);
}
void W4_aot_symbolic(benchmark::State &state) {
  const float *x = ptr(w4Input());
  Output z(kRows * kCols);
  for (auto _ : state) {
    benchmark::DoNotOptimize(w4_n(kRows, x, z.data()));
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kRows * kCols * 4);
}
BENCHMARK(W4_aot)->Name("W4/numjit-aot")->Unit(benchmark::kMillisecond);
BENCHMARK(W4_aot_symbolic)->Name("W4/numjit-aot-symbolic")->Unit(benchmark::kMillisecond);

// W8: a call on 8 elements into a caller's buffer.
alignas(64) float w8In[8] = {1, 2, 3, 4, 5, 6, 7, 8};
alignas(64) float w8Out[8];
void W8_aot(benchmark::State &state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(w8(w8In, w8Out));
    benchmark::ClobberMemory();
  }
}
void W8_aot_symbolic(benchmark::State &state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(w8_n(8, w8In, w8Out));
    benchmark::ClobberMemory();
  }
}
void W8_loop(benchmark::State &state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(loops_plain::w8(w8In, w8Out, 8));
    benchmark::ClobberMemory();
  }
}
BENCHMARK(W8_aot)->Name("W8/numjit-aot")->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(W8_aot_symbolic)->Name("W8/numjit-aot-symbolic")->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(W8_loop)->Name("W8/loop")->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace
