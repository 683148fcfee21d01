//===- nontemporal.cpp - Where non-temporal stores start to pay -----------===//
//
//   build/bench/numjit-bench-nontemporal
//
// W1's arithmetic (z = 2x + 3y - xy) as a hand-written AVX-512 loop with
// ordinary and with non-temporal (streaming) stores, over outputs of 1 to
// 64 MiB, each followed by a consumer that reads the result back (one
// float per cache line). A streaming store skips the read-for-ownership of
// the output line (a quarter of W1's traffic) but leaves the result out of
// the cache, so a small result that a consumer would have found in cache
// must come back from memory. The crossover is the threshold a compiler
// should use; this VM reports 480 MiB of L3, so it cannot be read off the
// reported cache size. Measured here in two runs: streaming loses at 1-4 MiB
// of output (0.64-0.78x, 0.68-1.0x) and wins from 16 MiB on (1.08-1.27x);
// 8 MiB went either way (0.93x, 1.32x). But where the inputs and the output
// together fit in the cache from one call to the next, streaming is a loss
// even at 16 MiB: W4 (a 16 MiB softmax) ran 1.7x slower with it. So numjit
// streams outputs of 32 MiB and more (mlir::numjit::kAlignedOutputBytes).
//
//===----------------------------------------------------------------------===//

#include <benchmark/benchmark.h>

#include <immintrin.h>

#include <cstdlib>
#include <cstring>

namespace {

float *buffer(int64_t n, float fill) {
  auto *p = static_cast<float *>(std::aligned_alloc(64, size_t(n) * 4));
  for (int64_t i = 0; i < n; ++i)
    p[i] = fill + float(i % 7);
  return p;
}

template <bool Streaming> void W1Then(benchmark::State &state) {
  int64_t n = state.range(0) << 20 >> 2; // floats in range(0) MiB
  float *x = buffer(n, 1), *y = buffer(n, 2), *z = buffer(n, 0);
  const __m512 two = _mm512_set1_ps(2), three = _mm512_set1_ps(3);
  for (auto _ : state) {
    for (int64_t i = 0; i < n; i += 16) {
      __m512 a = _mm512_load_ps(x + i), b = _mm512_load_ps(y + i);
      __m512 r = _mm512_sub_ps(_mm512_add_ps(_mm512_mul_ps(two, a), _mm512_mul_ps(three, b)),
                               _mm512_mul_ps(a, b));
      if constexpr (Streaming)
        _mm512_stream_ps(z + i, r);
      else
        _mm512_store_ps(z + i, r);
    }
    if constexpr (Streaming)
      _mm_sfence();
    float sum = 0; // the consumer
    for (int64_t i = 0; i < n; i += 16)
      sum += z[i];
    benchmark::DoNotOptimize(sum);
  }
  state.SetBytesProcessed(state.iterations() * 3 * n * 4);
  std::free(x);
  std::free(y);
  std::free(z);
}
BENCHMARK(W1Then<false>)->Name("W1-then-read/stores")->RangeMultiplier(2)->Range(1, 64)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(W1Then<true>)->Name("W1-then-read/streaming-stores")->RangeMultiplier(2)
    ->Range(1, 64)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
