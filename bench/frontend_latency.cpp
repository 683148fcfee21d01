//===- frontend_latency.cpp - jit() call overhead and compile time --------===//
//
//   build/bench/numjit-bench-frontend
//
// CachedCall: a jitted 2-input elementwise function on 8-element f32 arrays,
// output allocation included (W8's measure). FirstCall: trace + compile +
// run of a fresh 5-op function `exp(x)*c + x*x - 1` in a warm process (W7's
// measure); a distinct constant per repetition defeats every cache.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <benchmark/benchmark.h>

namespace nj = numjit;

namespace {

void BM_JitCachedCall8(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x, nj::Array y) { return x * 2 + y; });
  nj::Array x = nj::ones({8}), y = nj::ones({8});
  f(x, y);
  for (auto _ : state) {
    nj::Array r = f(x, y);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_JitCachedCall8)->Repetitions(10)->ReportAggregatesOnly(true);

void BM_EagerAdd8(benchmark::State &state) {
  nj::Array x = nj::ones({8}), y = nj::ones({8});
  for (auto _ : state) {
    nj::Array r = x + y;
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_EagerAdd8)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_JitFirstCallFiveOps(benchmark::State &state) {
  static int variant = 0;
  nj::Array x = nj::ones({1024});
  for (auto _ : state) {
    float c = 0.5f + float(++variant) * 1e-4f;
    auto f = nj::jit([c](nj::Array v) { return nj::exp(v) * c + v * v - 1; });
    nj::Array r = f(x);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_JitFirstCallFiveOps)
    ->Iterations(1)
    ->Repetitions(20)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
