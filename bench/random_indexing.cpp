//===- random_indexing.cpp - Random draws and gathers against C++ loops ---===//
//
//   OMP_NUM_THREADS=1 build/bench/numjit-bench-random-indexing
//
//   Threefry/Bits       nj::random::bits of 2^24 u32 (one jitted call)
//   Threefry/Hand       the same hash in a C++ loop (-O3 -march=native)
//   Threefry/Uniform    nj::random::uniform of 2^24 f32
//   Fill/Numjit         a jitted iota of 2^24 u32: what returning a fresh
//                       64 MiB array costs, without the hash
//   Triad               a[i] = b[i] + 3 c[i] on 2^24 f32 in C++ (W1's kernel):
//                       the memory-bandwidth figure draws are compared with
//   Take/Numjit         take of 8192 random rows of a 65536 x 64 f32 matrix
//   Take/Memcpy         the same rows copied with memcpy
//   Argsort/Numjit      nj::argsort of 2^20 random f32 (a merge sort)
//   Argsort/StableSort  std::stable_sort of their positions, by value
//   Cumsum/Numjit       nj::cumsum of 2^24 f32
//   Cumsum/Loop         the running sum in a C++ loop
// Bytes/s counts what each writes (and the triad what it reads too).
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

namespace nj = numjit;

void numjit_bench_threefry_bits(uint32_t k0, uint32_t k1, uint32_t *out, long n);
void numjit_bench_triad(const float *b, const float *c, float *a, long n);
void numjit_bench_take_rows(const float *x, const int32_t *idx, float *out, long rows, long cols);
void numjit_bench_argsort(const float *x, int32_t *order, long n);
void numjit_bench_cumsum(const float *x, float *out, long n);

namespace {

constexpr int64_t kDraw = 1 << 24;
constexpr int64_t kRows = 65536, kCols = 64, kTaken = 8192, kSort = 1 << 20;

void BM_ThreefryBits(benchmark::State &state) {
  auto f = nj::jit([](nj::Array k) { return nj::random::bits(k, {kDraw}); });
  nj::Array k = nj::random::key(0);
  f(k);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(k));
  state.SetBytesProcessed(state.iterations() * kDraw * 4);
}
BENCHMARK(BM_ThreefryBits)->Name("Threefry/Bits")->Unit(benchmark::kMillisecond)->Repetitions(3);

void BM_ThreefryHand(benchmark::State &state) {
  std::vector<uint32_t> out(kDraw);
  for (auto _ : state) {
    numjit_bench_threefry_bits(0, 0, out.data(), kDraw);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * kDraw * 4);
}
BENCHMARK(BM_ThreefryHand)->Name("Threefry/Hand")->Unit(benchmark::kMillisecond)->Repetitions(3);

void BM_Uniform(benchmark::State &state) {
  auto f = nj::jit([](nj::Array k) { return nj::random::uniform(k, {kDraw}); });
  nj::Array k = nj::random::key(0);
  f(k);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(k));
  state.SetBytesProcessed(state.iterations() * kDraw * 4);
}
BENCHMARK(BM_Uniform)->Name("Threefry/Uniform")->Unit(benchmark::kMillisecond)->Repetitions(3);

void BM_Fill(benchmark::State &state) {
  auto f = nj::jit([](nj::Array k) { return nj::arange(kDraw, nj::u32) + k; });
  nj::Array k = nj::array(uint32_t(1));
  f(k);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(k));
  state.SetBytesProcessed(state.iterations() * kDraw * 4);
}
BENCHMARK(BM_Fill)->Name("Fill/Numjit")->Unit(benchmark::kMillisecond)->Repetitions(3);

void BM_Triad(benchmark::State &state) {
  std::vector<float> a(kDraw), b(kDraw, 1.0f), c(kDraw, 2.0f);
  for (auto _ : state) {
    numjit_bench_triad(b.data(), c.data(), a.data(), kDraw);
    benchmark::DoNotOptimize(a.data());
  }
  state.SetBytesProcessed(state.iterations() * kDraw * 12);
}
BENCHMARK(BM_Triad)->Name("Triad")->Unit(benchmark::kMillisecond)->Repetitions(3);

std::vector<int32_t> rowIndices() {
  std::vector<int64_t> r = nj::random::randint(nj::random::key(1), {kTaken}, 0, kRows)
                               .to_vector<int64_t>();
  return std::vector<int32_t>(r.begin(), r.end());
}

void BM_TakeNumjit(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x, nj::Array i) { return nj::take(x, i, 0); });
  nj::Array x = nj::ones({kRows, kCols});
  nj::Array idx = nj::array(rowIndices(), {kTaken});
  f(x, idx);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x, idx));
  state.SetBytesProcessed(state.iterations() * kTaken * kCols * 4);
}
BENCHMARK(BM_TakeNumjit)->Name("Take/Numjit")->Unit(benchmark::kMicrosecond)->Repetitions(3);

void BM_TakeMemcpy(benchmark::State &state) {
  std::vector<float> x(size_t(kRows * kCols), 1.0f), out(size_t(kTaken * kCols));
  std::vector<int32_t> idx = rowIndices();
  for (auto _ : state) {
    numjit_bench_take_rows(x.data(), idx.data(), out.data(), kTaken, kCols);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * kTaken * kCols * 4);
}
BENCHMARK(BM_TakeMemcpy)->Name("Take/Memcpy")->Unit(benchmark::kMicrosecond)->Repetitions(3);

void BM_ArgsortNumjit(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x) { return nj::argsort(x); });
  nj::Array x = nj::random::uniform(nj::random::key(2), {kSort});
  f(x);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x));
  state.SetItemsProcessed(state.iterations() * kSort);
}
BENCHMARK(BM_ArgsortNumjit)->Name("Argsort/Numjit")->Unit(benchmark::kMillisecond)->Repetitions(3);

void BM_ArgsortStableSort(benchmark::State &state) {
  std::vector<float> x = nj::random::uniform(nj::random::key(2), {kSort}).to_vector<float>();
  std::vector<int32_t> order(kSort);
  for (auto _ : state) {
    numjit_bench_argsort(x.data(), order.data(), kSort);
    benchmark::DoNotOptimize(order.data());
  }
  state.SetItemsProcessed(state.iterations() * kSort);
}
BENCHMARK(BM_ArgsortStableSort)
    ->Name("Argsort/StableSort")
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3);

void BM_CumsumNumjit(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x) { return nj::cumsum(x); });
  nj::Array x = nj::ones({kDraw});
  f(x);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x));
  state.SetBytesProcessed(state.iterations() * kDraw * 8);
}
BENCHMARK(BM_CumsumNumjit)->Name("Cumsum/Numjit")->Unit(benchmark::kMillisecond)->Repetitions(3);

void BM_CumsumLoop(benchmark::State &state) {
  std::vector<float> x(kDraw, 1.0f), out(kDraw);
  for (auto _ : state) {
    numjit_bench_cumsum(x.data(), out.data(), kDraw);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * kDraw * 8);
}
BENCHMARK(BM_CumsumLoop)->Name("Cumsum/Loop")->Unit(benchmark::kMillisecond)->Repetitions(3);

} // namespace
BENCHMARK_MAIN();
