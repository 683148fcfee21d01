// W5 in two-byte floats: the n = 2048 matrix product of bf16 (and f16)
// inputs with f32 accumulation, beside W5/openblas (f32 cblas_sgemm) in the
// same binary. numjit widens the inputs to f32 (exact, O(n^2)), multiplies
// with OpenBLAS's sgemm and rounds the result once; Debian's OpenBLAS is
// built without cblas_sbgemm. The "-convert" rows time the widening and
// rounding alone, so the matrix product's share can be read off.
#include "inputs.h"

#include <benchmark/benchmark.h>
#include <numjit/numjit.h>

namespace nj = numjit;

namespace {

using namespace bench;

void setGflops(benchmark::State &state, int64_t n) {
  state.counters["GFLOP/s"] = benchmark::Counter(
      double(state.iterations()) * 2.0 * double(n) * double(n) * double(n) / 1e9,
      benchmark::Counter::kIsRate);
}

void W5_half(benchmark::State &state, nj::DType dtype) {
  int64_t n = state.range(0);
  auto f = nj::jit([](nj::Array a, nj::Array b) { return nj::matmul(a, b); });
  nj::Array a = nj::astype(randomArray({n, n}), dtype),
            b = nj::astype(randomArray({n, n}, 2), dtype);
  benchmark::DoNotOptimize(f(a, b)); // compile outside the timing
  for (auto _ : state)
    benchmark::DoNotOptimize(f(a, b));
  setGflops(state, n);
}

void W5_half_convert(benchmark::State &state, nj::DType dtype) {
  int64_t n = state.range(0);
  auto f = nj::jit([dtype](nj::Array a, nj::Array b) {
    return nj::astype(nj::astype(a, nj::f32) + nj::astype(b, nj::f32), dtype);
  });
  nj::Array a = nj::astype(randomArray({n, n}), dtype),
            b = nj::astype(randomArray({n, n}, 2), dtype);
  benchmark::DoNotOptimize(f(a, b));
  for (auto _ : state)
    benchmark::DoNotOptimize(f(a, b));
}

} // namespace

BENCHMARK_CAPTURE(W5_half, bf16, nj::bf16)->Name("W5/numjit-bf16")->Arg(2048)->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(W5_half, f16, nj::f16)->Name("W5/numjit-f16")->Arg(2048)->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(W5_half_convert, bf16, nj::bf16)->Name("W5/numjit-bf16-convert")->Arg(2048)->UseRealTime()
    ->Unit(benchmark::kMillisecond);
