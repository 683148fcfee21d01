// nj::distributed under mpirun: all_sum of 2^24 floats inside a jitted
// kernel beside a raw MPI_Allreduce of the same buffers, and the W6
// data-parallel training step (784-512-10 MLP, batch 256: each rank takes
// 256 / P rows, gradients all-summed inside the kernel) beside the same step
// on one rank with the whole batch. Run it as
//   mpirun --allow-run-as-root --oversubscribe -np 2 build/bench/numjit-bench-distributed
// Every rank runs the same fixed number of iterations (collectives must
// pair up); rank 0 prints. See bench/README.md.

#define OMPI_SKIP_MPICXX 1
#include <mpi.h>

#include <numjit/numjit.h>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <random>
#include <vector>

namespace nj = numjit;
namespace dist = numjit::distributed;

namespace {

/// The other ranks' reporter: prints nothing.
class Quiet : public benchmark::BenchmarkReporter {
public:
  bool ReportContext(const Context &) override { return true; }
  void ReportRuns(const std::vector<Run> &) override {}
};

constexpr int64_t kAllSumElements = int64_t(1) << 24;
constexpr int kIterations = 20;

void setBytes(benchmark::State &state) {
  state.SetBytesProcessed(int64_t(state.iterations()) * kAllSumElements * 4);
}

void AllSum_mpi(benchmark::State &state) {
  std::vector<float> in(size_t(kAllSumElements), 1.f), out(in.size());
  for (auto _ : state) {
    MPI_Allreduce(in.data(), out.data(), int(kAllSumElements), MPI_FLOAT, MPI_SUM,
                  MPI_COMM_WORLD);
    benchmark::ClobberMemory();
  }
  setBytes(state);
}

void AllSum_numjit_into(benchmark::State &state) {
  dist::Group g = dist::init();
  auto f = nj::jit([g](nj::Array x) { return dist::all_sum(x, g); });
  // 64-byte aligned, as numjit's own buffers are (an unaligned destination
  // goes through a temporary).
  std::vector<float> in(size_t(kAllSumElements), 1.f);
  std::unique_ptr<float, decltype(&std::free)> out(
      static_cast<float *>(std::aligned_alloc(64, size_t(kAllSumElements) * 4)), &std::free);
  nj::Array x = nj::view(in.data(), {kAllSumElements});
  nj::Array dest = nj::view(out.get(), {kAllSumElements});
  f.into(dest, x); // compiles
  for (auto _ : state) {
    f.into(dest, x);
    benchmark::ClobberMemory();
  }
  setBytes(state);
}

void AllSum_numjit(benchmark::State &state) {
  dist::Group g = dist::init();
  auto f = nj::jit([g](nj::Array x) { return dist::all_sum(x, g); });
  nj::Array x = nj::ones({kAllSumElements});
  benchmark::DoNotOptimize(f(x));
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x));
  setBytes(state);
}

// W6, data parallel.
constexpr int64_t kB = 256, kD = 784, kH = 512, kC = 10;

nj::Array partLoss(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                   nj::Array onehot) {
  nj::Array h = nj::tanh(nj::matmul(x, w1) + b1);
  nj::Array logits = nj::matmul(h, w2) + b2;
  nj::Array logp = logits - nj::logsumexp(logits, -1, /*keepdims=*/true);
  return -nj::sum(logp * onehot) / float(kB);
}

nj::Array randomArray(const nj::Shape &shape, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> u(-1.f, 1.f);
  std::vector<float> v(size_t(shape[0] * shape[1]));
  for (float &e : v)
    e = u(rng);
  return nj::array(v, shape);
}

void W6Step(benchmark::State &state, bool parallel) {
  dist::Group g = dist::init();
  int p = parallel ? g.size() : 1;
  int64_t rows = kB / p, first = parallel ? rows * g.rank() : 0;
  auto grads = nj::value_and_grad(partLoss, {0, 1, 2, 3});
  auto step = nj::jit([g, grads, parallel](nj::Array w1, nj::Array b1, nj::Array w2,
                                           nj::Array b2, nj::Array x, nj::Array y) {
    auto [loss, gs] = grads(w1, b1, w2, b2, x, y);
    auto [g1, gb1, g2, gb2] = gs;
    auto total = [&](nj::Array a) { return parallel ? dist::all_sum(a, g) : a; };
    const float lr = 0.1f;
    return std::make_tuple(w1 - lr * total(g1), b1 - lr * total(gb1), w2 - lr * total(g2),
                           b2 - lr * total(gb2), total(loss));
  });
  nj::Array w1 = randomArray({kD, kH}, 1) * 0.05f, b1 = nj::zeros({kH});
  nj::Array w2 = randomArray({kH, kC}, 2) * 0.05f, b2 = nj::zeros({kC});
  nj::Array x = nj::slice(randomArray({kB, kD}, 3), {first, 0}, {first + rows, kD});
  std::vector<float> oh(size_t(kB * kC), 0);
  for (int64_t i = 0; i < kB; ++i)
    oh[size_t(i * kC + i % kC)] = 1;
  nj::Array y = nj::slice(nj::array(oh, {kB, kC}), {first, 0}, {first + rows, kC});
  benchmark::DoNotOptimize(step(w1, b1, w2, b2, x, y));
  for (auto _ : state)
    benchmark::DoNotOptimize(step(w1, b1, w2, b2, x, y));
  state.counters["ranks"] = p;
}
void W6_one_rank_whole_batch(benchmark::State &state) { W6Step(state, false); }
void W6_data_parallel(benchmark::State &state) { W6Step(state, true); }

BENCHMARK(AllSum_mpi)->Name("AllSum2^24/MPI_Allreduce")->Iterations(kIterations)->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(AllSum_numjit_into)->Name("AllSum2^24/numjit_into")->Iterations(kIterations)->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(AllSum_numjit)->Name("AllSum2^24/numjit")->Iterations(kIterations)->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(W6_one_rank_whole_batch)->Name("W6/one_rank_whole_batch")->Iterations(50)->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(W6_data_parallel)->Name("W6/data_parallel")->Iterations(50)->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv) {
  dist::Group g = dist::init(); // MPI_Init under mpirun
  benchmark::Initialize(&argc, argv);
  // Every rank runs every benchmark (their collectives pair up); rank 0
  // reports.
  if (g.rank() == 0) {
    benchmark::RunSpecifiedBenchmarks();
  } else {
    Quiet quiet;
    benchmark::RunSpecifiedBenchmarks(&quiet);
  }
  benchmark::Shutdown();
}
