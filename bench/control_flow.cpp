//===- control_flow.cpp - Loops compiled once vs calls and C++ loops ------===//
//
//   OMP_NUM_THREADS=1 build/bench/numjit-bench-control-flow
//
// The same update, x <- x * 0.999 + 0.001 on 2^16 f32, 1,000 times:
//   ForiLoop      one jitted fori_loop of 1,000 steps (one call)
//   JittedSteps   1,000 calls of the jitted step
//   HandLoop      a C++ loop (control_flow_loop.cpp, -O3 -march=native)
//                 on a copy of the input, in place; GCC unrolls and jams
//                 its step loop (two steps per pass over the array)
// and the cost of tracing and compiling a fori_loop of 10 and of 10,000
// steps (ForiCompile/<steps>: a fresh function each repetition), which
// must not grow with the trip count.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <benchmark/benchmark.h>

#include <vector>

namespace nj = numjit;

void numjit_bench_hand_loop(float *x, long n, int steps); // control_flow_loop.cpp

namespace {

constexpr int64_t kSize = 1 << 16;
constexpr int kSteps = 1000;

nj::Array step(nj::Array x) { return x * 0.999f + 0.001f; }

void BM_ForiLoop(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x) {
    return nj::fori_loop(0, kSteps, [](nj::Array, nj::Array c) { return step(c); }, x);
  });
  nj::Array x = nj::ones({kSize});
  f(x);
  for (auto _ : state) {
    nj::Array r = f(x);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_ForiLoop)->Unit(benchmark::kMicrosecond)->Repetitions(5);

void BM_JittedSteps(benchmark::State &state) {
  auto f = nj::jit(step);
  nj::Array x = nj::ones({kSize});
  f(x);
  for (auto _ : state) {
    nj::Array r = x;
    for (int s = 0; s < kSteps; ++s)
      r = f(r);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_JittedSteps)->Unit(benchmark::kMicrosecond)->Repetitions(5);

void BM_HandLoop(benchmark::State &state) {
  std::vector<float> input(kSize, 1.0f), x(kSize);
  for (auto _ : state) {
    x = input; // numjit, too, leaves its input alone
    numjit_bench_hand_loop(x.data(), kSize, kSteps);
    benchmark::DoNotOptimize(x.data());
  }
}
BENCHMARK(BM_HandLoop)->Unit(benchmark::kMicrosecond)->Repetitions(5);

void BM_ForiCompile(benchmark::State &state) {
  static int variant = 0;
  int steps = int(state.range(0));
  nj::Array x = nj::ones({kSize});
  for (auto _ : state) {
    float c = 0.5f + float(++variant) * 1e-4f; // a fresh function each time
    auto f = nj::jit([c, steps](nj::Array v) {
      return nj::fori_loop(0, steps, [c](nj::Array, nj::Array a) { return a * c + 1.0f; }, v);
    });
    nj::Lowered lowered = f.lower(x);
    benchmark::DoNotOptimize(lowered);
  }
}
BENCHMARK(BM_ForiCompile)
    ->Arg(10)
    ->Arg(10000)
    ->Iterations(1)
    ->Repetitions(15)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
