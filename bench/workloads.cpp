//===- workloads.cpp - W1-W8 with their baselines in one binary -----------===//
//
// Each workload runs as numjit (jit) and as its baselines: a hand-written
// -O3 loop with and without -ffast-math, Eigen, OpenBLAS. Names are
// "W<k>/<impl>" so bench/table.py can put them side by side. Run it all with
// bench/run.sh (which unsets OPENBLAS_CORETYPE and pins one thread).
//
//===----------------------------------------------------------------------===//

#include "allocations.h"
#include "inputs.h"
#include "loops.h"
#include "mlp_hand.h"

#include <numjit/numjit.h>

#include <Eigen/Dense>
#include <benchmark/benchmark.h>
#include <cblas.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <utility>

#include <unistd.h>

namespace nj = numjit;

namespace {

using namespace bench;

/// A caller's view of a benchmark buffer: read-only inputs, writable outputs.
nj::Array in(const nj::Array &a) { return nj::view(ptr(a), a.shape()); }
nj::Array out(Output &o, const nj::Shape &shape) { return nj::view(o.data(), shape); }

/// Runs `f` on views of `inputs`, into a view of a benchmark output buffer.
template <typename F, typename... Inputs>
void intoLoop(benchmark::State &state, const F &f, const nj::Shape &shape,
              const Inputs &...inputs) {
  Output o(nj::Array(nj::zeros(shape)).size());
  nj::Array dest = out(o, shape);
  f.into(dest, in(inputs)...); // compiles
  Allocations counted;
  for (auto _ : state) {
    f.into(dest, in(inputs)...);
    benchmark::ClobberMemory();
  }
  counted.report(state);
}

using EigenIn = Eigen::Map<const Eigen::ArrayXf, Eigen::Aligned64>;
using EigenOut = Eigen::Map<Eigen::ArrayXf, Eigen::Aligned64>;

//===----------------------------------------------------------------------===//
// Bandwidth reference: STREAM-style triad a = b + s * c
//===----------------------------------------------------------------------===//

void Triad_loop(benchmark::State &state) {
  const float *b = ptr(vec(1)), *c = ptr(vec(2));
  Output a(kN);
  for (auto _ : state) {
    loops_plain::triad(b, c, a.data(), kN);
    benchmark::ClobberMemory();
  }
  setBytes(state, 3 * kN * 4);
}
BENCHMARK(Triad_loop)->Name("Triad/loop")->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// W1: z = a*x + b*y - x*y (a = 2, b = 3), N = 2^24
//===----------------------------------------------------------------------===//

void W1_numjit(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x, nj::Array y) { return 2.0f * x + 3.0f * y - x * y; });
  const nj::Array &x = vec(1), &y = vec(2);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x, y));
  setBytes(state, 3 * kN * 4);
}
// Views in, the result into the caller's buffer.
void W1_numjit_into(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x, nj::Array y) { return 2.0f * x + 3.0f * y - x * y; });
  intoLoop(state, f, {kN}, vec(1), vec(2));
  setBytes(state, 3 * kN * 4);
}
template <void (*Loop)(const float *, const float *, float *, int64_t)>
void W1_loop(benchmark::State &state) {
  const float *x = ptr(vec(1)), *y = ptr(vec(2));
  Output z(kN);
  for (auto _ : state) {
    Loop(x, y, z.data(), kN);
    benchmark::ClobberMemory();
  }
  setBytes(state, 3 * kN * 4);
}
void W1_eigen(benchmark::State &state) {
  EigenIn x(ptr(vec(1)), kN), y(ptr(vec(2)), kN);
  Output out(kN);
  EigenOut z(out.data(), kN);
  for (auto _ : state) {
    z = 2.0f * x + 3.0f * y - x * y;
    benchmark::ClobberMemory();
  }
  setBytes(state, 3 * kN * 4);
}
BENCHMARK(W1_numjit)->Name("W1/numjit")->Unit(benchmark::kMillisecond);
BENCHMARK(W1_numjit_into)->Name("W1/numjit-into")->Unit(benchmark::kMillisecond);
BENCHMARK(W1_loop<loops_plain::w1>)->Name("W1/loop")->Unit(benchmark::kMillisecond);
BENCHMARK(W1_loop<loops_fast::w1>)->Name("W1/loop-fastmath")->Unit(benchmark::kMillisecond);
BENCHMARK(W1_eigen)->Name("W1/eigen")->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// W2: GELU (tanh form), N = 2^24
//===----------------------------------------------------------------------===//

void W2_numjit(benchmark::State &state) {
  auto f = nj::jit([](nj::Array v) {
    return 0.5f * v * (1 + nj::tanh(0.7978845608f * (v + 0.044715f * v * v * v)));
  });
  const nj::Array &x = vec(1);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x));
  setBytes(state, 2 * kN * 4);
}
void W2_numjit_into(benchmark::State &state) {
  auto f = nj::jit([](nj::Array v) {
    return 0.5f * v * (1 + nj::tanh(0.7978845608f * (v + 0.044715f * v * v * v)));
  });
  intoLoop(state, f, {kN}, vec(1));
  setBytes(state, 2 * kN * 4);
}
template <void (*Loop)(const float *, float *, int64_t)>
void W2_loop(benchmark::State &state) {
  const float *x = ptr(vec(1));
  Output z(kN);
  for (auto _ : state) {
    Loop(x, z.data(), kN);
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kN * 4);
}
void W2_eigen(benchmark::State &state) {
  EigenIn x(ptr(vec(1)), kN);
  Output out(kN);
  EigenOut z(out.data(), kN);
  for (auto _ : state) {
    z = 0.5f * x * (1.0f + (0.7978845608f * (x + 0.044715f * x.cube())).tanh());
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kN * 4);
}
BENCHMARK(W2_numjit)->Name("W2/numjit")->Unit(benchmark::kMillisecond);
BENCHMARK(W2_numjit_into)->Name("W2/numjit-into")->Unit(benchmark::kMillisecond);
BENCHMARK(W2_loop<loops_plain::w2>)->Name("W2/loop")->Unit(benchmark::kMillisecond);
BENCHMARK(W2_loop<loops_fast::w2>)->Name("W2/loop-fastmath")->Unit(benchmark::kMillisecond);
BENCHMARK(W2_eigen)->Name("W2/eigen")->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// W3: sum(x*y), N = 2^24
//===----------------------------------------------------------------------===//

void W3_numjit(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x, nj::Array y) { return nj::sum(x * y); });
  const nj::Array &x = vec(1), &y = vec(2);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x, y));
  setBytes(state, 2 * kN * 4);
}
// W3's result is one float: into a caller's scalar.
void W3_numjit_into(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x, nj::Array y) { return nj::sum(x * y); });
  float result = 0;
  nj::Array dest = nj::view(&result, {});
  f.into(dest, in(vec(1)), in(vec(2)));
  Allocations counted;
  for (auto _ : state) {
    f.into(dest, in(vec(1)), in(vec(2)));
    benchmark::DoNotOptimize(result);
  }
  counted.report(state);
  setBytes(state, 2 * kN * 4);
}
template <float (*Loop)(const float *, const float *, int64_t)>
void W3_loop(benchmark::State &state) {
  const float *x = ptr(vec(1)), *y = ptr(vec(2));
  for (auto _ : state)
    benchmark::DoNotOptimize(Loop(x, y, kN));
  setBytes(state, 2 * kN * 4);
}
void W3_eigen(benchmark::State &state) {
  EigenIn x(ptr(vec(1)), kN), y(ptr(vec(2)), kN);
  for (auto _ : state)
    benchmark::DoNotOptimize(float((x * y).sum()));
  setBytes(state, 2 * kN * 4);
}
BENCHMARK(W3_numjit)->Name("W3/numjit")->Unit(benchmark::kMillisecond);
BENCHMARK(W3_numjit_into)->Name("W3/numjit-into")->Unit(benchmark::kMillisecond);
BENCHMARK(W3_loop<loops_plain::w3>)->Name("W3/loop")->Unit(benchmark::kMillisecond);
BENCHMARK(W3_loop<loops_fast::w3>)->Name("W3/loop-fastmath")->Unit(benchmark::kMillisecond);
BENCHMARK(W3_eigen)->Name("W3/eigen")->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// W4: row softmax (max-subtracted), 4096 x 1024
//===----------------------------------------------------------------------===//

using RowMajor = Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using EigenRowsIn = Eigen::Map<const RowMajor, Eigen::Aligned64>;
using EigenRowsOut = Eigen::Map<RowMajor, Eigen::Aligned64>;

void W4_numjit(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x) { return nj::softmax(x, -1); });
  const nj::Array &x = w4Input();
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x));
  setBytes(state, 2 * kRows * kCols * 4);
}
void W4_numjit_into(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x) { return nj::softmax(x, -1); });
  intoLoop(state, f, {kRows, kCols}, w4Input());
  setBytes(state, 2 * kRows * kCols * 4);
}
template <void (*Loop)(const float *, float *, int64_t, int64_t)>
void W4_loop(benchmark::State &state) {
  const float *x = ptr(w4Input());
  Output z(kRows * kCols);
  for (auto _ : state) {
    Loop(x, z.data(), kRows, kCols);
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kRows * kCols * 4);
}
void W4_eigen(benchmark::State &state) {
  EigenRowsIn x(ptr(w4Input()), kRows, kCols);
  Output out(kRows * kCols);
  EigenRowsOut z(out.data(), kRows, kCols);
  for (auto _ : state) {
    z = (x.colwise() - x.rowwise().maxCoeff()).exp();
    z.colwise() /= z.rowwise().sum();
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kRows * kCols * 4);
}
// The same, row by row: each row stays in cache between its three passes.
void W4_eigen_rows(benchmark::State &state) {
  EigenRowsIn x(ptr(w4Input()), kRows, kCols);
  Output out(kRows * kCols);
  EigenRowsOut z(out.data(), kRows, kCols);
  for (auto _ : state) {
    for (int64_t r = 0; r < kRows; ++r) {
      z.row(r) = (x.row(r) - x.row(r).maxCoeff()).exp();
      z.row(r) /= z.row(r).sum();
    }
    benchmark::ClobberMemory();
  }
  setBytes(state, 2 * kRows * kCols * 4);
}
BENCHMARK(W4_numjit)->Name("W4/numjit")->Unit(benchmark::kMillisecond);
BENCHMARK(W4_numjit_into)->Name("W4/numjit-into")->Unit(benchmark::kMillisecond);
BENCHMARK(W4_loop<loops_plain::w4>)->Name("W4/loop")->Unit(benchmark::kMillisecond);
BENCHMARK(W4_loop<loops_fast::w4>)->Name("W4/loop-fastmath")->Unit(benchmark::kMillisecond);
BENCHMARK(W4_eigen)->Name("W4/eigen")->Unit(benchmark::kMillisecond);
BENCHMARK(W4_eigen_rows)->Name("W4/eigen-rows")->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// W5: square matmul, n = 1024 and 2048
//===----------------------------------------------------------------------===//

void setFlops(benchmark::State &state, int64_t n) {
  state.counters["GFLOP/s"] = benchmark::Counter(
      double(state.iterations()) * 2.0 * double(n) * double(n) * double(n) / 1e9,
      benchmark::Counter::kIsRate);
}
void W5_numjit(benchmark::State &state) {
  int64_t n = state.range(0);
  auto f = nj::jit([](nj::Array a, nj::Array b) { return nj::matmul(a, b); });
  nj::Array a = randomArray({n, n}), b = randomArray({n, n}, 2);
  benchmark::DoNotOptimize(f(a, b)); // compile outside the timing
  for (auto _ : state)
    benchmark::DoNotOptimize(f(a, b));
  setFlops(state, n);
}
void W5_eigen(benchmark::State &state) {
  int64_t n = state.range(0);
  Eigen::MatrixXf a = Eigen::MatrixXf::Random(n, n), b = Eigen::MatrixXf::Random(n, n), c(n, n);
  for (auto _ : state) {
    c.noalias() = a * b;
    benchmark::ClobberMemory();
  }
  setFlops(state, n);
}
void W5_openblas(benchmark::State &state) {
  int64_t n = state.range(0);
  std::vector<float> a = randomVector(n * n), b = randomVector(n * n, -2, 2, 2), c(static_cast<size_t>(n * n));
  for (auto _ : state) {
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, int(n), int(n), int(n), 1.0f,
                a.data(), int(n), b.data(), int(n), 0.0f, c.data(), int(n));
    benchmark::ClobberMemory();
  }
  setFlops(state, n);
}
BENCHMARK(W5_numjit)->Name("W5/numjit")->Arg(1024)->Arg(2048)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(W5_eigen)->Name("W5/eigen")->Arg(1024)->Arg(2048)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(W5_openblas)->Name("W5/openblas")->Arg(1024)->Arg(2048)->UseRealTime()->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// W6: loss and gradients of a 784-512-10 tanh MLP, softmax cross-entropy,
// batch 256
//===----------------------------------------------------------------------===//

constexpr int64_t kB = 256, kD = 784, kH = 512, kC = 10;

nj::Array mlpLoss(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                  nj::Array onehot) {
  nj::Array h = nj::tanh(nj::matmul(x, w1) + b1);
  nj::Array logits = nj::matmul(h, w2) + b2;
  nj::Array logp = logits - nj::logsumexp(logits, -1, /*keepdims=*/true);
  return -nj::sum(logp * onehot) / float(kB);
}

void W6_numjit(benchmark::State &state) {
  auto f = nj::jit(nj::value_and_grad(mlpLoss, {0, 1, 2, 3}));
  nj::Array w1 = randomArray({kD, kH}, 1) * 0.05f, b1 = nj::zeros({kH});
  nj::Array w2 = randomArray({kH, kC}, 2) * 0.05f, b2 = nj::zeros({kC});
  nj::Array x = randomArray({kB, kD}, 3);
  std::vector<float> oh(size_t(kB * kC), 0);
  for (int64_t i = 0; i < kB; ++i)
    oh[size_t(i * kC + i % kC)] = 1;
  nj::Array onehot = nj::array(oh, {kB, kC});
  for (auto _ : state)
    benchmark::DoNotOptimize(f(w1, b1, w2, b2, x, onehot));
}
using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// W6 inputs for the baselines: random weights * 0.05, zero biases,
// onehot[i, i % 10] = 1.
struct W6Data {
  RowMat w1 = RowMat::Random(kD, kH) * 0.05f, w2 = RowMat::Random(kH, kC) * 0.05f,
         x = RowMat::Random(kB, kD);
  Eigen::RowVectorXf b1 = Eigen::RowVectorXf::Zero(kH), b2 = Eigen::RowVectorXf::Zero(kC);
  RowMat onehot = RowMat::Zero(kB, kC);
  W6Data() {
    for (int64_t i = 0; i < kB; ++i)
      onehot(i, i % kC) = 1;
  }
};

// The loss and the gradients of w1, w2, b1, b2.
struct W6Grads {
  float loss;
  RowMat gw1, gw2;
  Eigen::RowVectorXf gb1, gb2;
};

// The W6 loss and gradients written with Eigen expressions.
W6Grads w6Eigen(const W6Data &d) {
  RowMat h = ((d.x * d.w1).rowwise() + d.b1).array().tanh().matrix();
  RowMat logits = (h * d.w2).rowwise() + d.b2;
  Eigen::VectorXf m = logits.rowwise().maxCoeff();
  RowMat e = (logits.colwise() - m).array().exp().matrix();
  Eigen::VectorXf s = e.rowwise().sum();
  RowMat p = (e.array().colwise() / s.array()).matrix();
  float loss = -((p.array().log() * d.onehot.array()).sum()) / float(kB);
  RowMat dlogits = (p - d.onehot) / float(kB);
  RowMat gw2 = h.transpose() * dlogits;
  Eigen::RowVectorXf gb2 = dlogits.colwise().sum();
  RowMat dh = (dlogits * d.w2.transpose()).array() * (1 - h.array().square());
  RowMat gw1 = d.x.transpose() * dh;
  Eigen::RowVectorXf gb1 = dh.colwise().sum();
  return {loss, std::move(gw1), std::move(gw2), std::move(gb1), std::move(gb2)};
}

void W6_eigen(benchmark::State &state) {
  W6Data d;
  for (auto _ : state) {
    W6Grads g = w6Eigen(d);
    benchmark::DoNotOptimize(g.loss);
    benchmark::DoNotOptimize(g.gw1.data());
    benchmark::DoNotOptimize(g.gw2.data());
    benchmark::DoNotOptimize(g.gb1.data());
    benchmark::DoNotOptimize(g.gb2.data());
  }
}

// Hand-written: cblas_sgemm plus -ffast-math loops (mlp_fast.cpp), checked
// once against w6Eigen before timing (loss to 1e-3 relative, gw1 to 1e-4).
void W6_hand(benchmark::State &state) {
  W6Data d;
  mlp_hand::MlpBuffers buf(kB, kD, kH, kC);
  auto run = [&] {
    return mlp_hand::mlpLossAndGrad(d.w1.data(), d.b1.data(), d.w2.data(), d.b2.data(),
                                    d.x.data(), d.onehot.data(), buf);
  };
  W6Grads ref = w6Eigen(d);
  float loss = run();
  float gw1Diff = 0;
  for (int64_t i = 0; i < kD * kH; ++i)
    gw1Diff = std::max(gw1Diff, std::abs(buf.gw1[size_t(i)] - ref.gw1.data()[i]));
  if (!(std::abs(loss - ref.loss) <= 1e-3f * std::abs(ref.loss)) || !(gw1Diff <= 1e-4f)) {
    char msg[128];
    std::snprintf(msg, sizeof msg, "mismatch with Eigen: loss %g vs %g, max |gw1 diff| %g",
                  double(loss), double(ref.loss), double(gw1Diff));
    state.SkipWithError(msg);
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(run());
    benchmark::DoNotOptimize(buf.gw1.data());
    benchmark::DoNotOptimize(buf.gw2.data());
    benchmark::DoNotOptimize(buf.gb1.data());
    benchmark::DoNotOptimize(buf.gb2.data());
  }
}
BENCHMARK(W6_numjit)->Name("W6/numjit")->Unit(benchmark::kMillisecond);
BENCHMARK(W6_eigen)->Name("W6/eigen")->Unit(benchmark::kMillisecond);
BENCHMARK(W6_hand)->Name("W6/openblas-fastmath")->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// Cheap-gradient check: jit(value_and_grad(loss)) against jit(loss) for the
// W6 MLP at batch 256 (the table's ratio column is loss / value_and_grad).
//===----------------------------------------------------------------------===//

void MLPGrad_loss(benchmark::State &state) {
  auto f = nj::jit(mlpLoss);
  nj::Array w1 = randomArray({kD, kH}, 1) * 0.05f, b1 = nj::zeros({kH});
  nj::Array w2 = randomArray({kH, kC}, 2) * 0.05f, b2 = nj::zeros({kC});
  nj::Array x = randomArray({kB, kD}, 3), onehot = nj::zeros({kB, kC});
  for (auto _ : state)
    benchmark::DoNotOptimize(f(w1, b1, w2, b2, x, onehot));
}
BENCHMARK(MLPGrad_loss)->Name("MLPGrad/loss-only")->Unit(benchmark::kMillisecond);
BENCHMARK(W6_numjit)->Name("MLPGrad/numjit")->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// Per-example gradients, batch 256: jit(vmap(grad)) against a C++ loop over
// jit(grad) on each example.
//===----------------------------------------------------------------------===//

nj::Array exampleLoss(nj::Array w, nj::Array x, nj::Array y) {
  // A linear + tanh model with a squared error, on one example.
  nj::Array pred = nj::tanh(nj::matmul(x, w));
  return nj::sum(nj::square(pred - y));
}
constexpr int64_t kPB = 256, kPD = 64, kPO = 16;

void PerExample_vmap(benchmark::State &state) {
  auto f = nj::jit(nj::vmap(nj::grad(exampleLoss), {nj::none, 0, 0}));
  nj::Array w = randomArray({kPD, kPO}, 1) * 0.1f;
  nj::Array xs = randomArray({kPB, kPD}, 2), ys = randomArray({kPB, kPO}, 3);
  for (auto _ : state)
    benchmark::DoNotOptimize(f(w, xs, ys));
}
void PerExample_loop(benchmark::State &state) {
  auto g = nj::jit(nj::grad(exampleLoss));
  nj::Array w = randomArray({kPD, kPO}, 1) * 0.1f;
  std::vector<nj::Array> xs, ys;
  for (int64_t i = 0; i < kPB; ++i) {
    xs.push_back(randomArray({kPD}, unsigned(10 + i)));
    ys.push_back(randomArray({kPO}, unsigned(1000 + i)));
  }
  for (auto _ : state)
    for (int64_t i = 0; i < kPB; ++i)
      benchmark::DoNotOptimize(g(w, xs[size_t(i)], ys[size_t(i)]));
}
BENCHMARK(PerExample_vmap)->Name("PerExample/numjit")->Unit(benchmark::kMillisecond);
BENCHMARK(PerExample_loop)->Name("PerExample/loop-of-jit-grad")->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// W7: first-call compile time of a fresh 5-op function, warm and cold
//===----------------------------------------------------------------------===//

double firstCallMs(int variant) {
  nj::Array x = nj::ones({1024});
  float c = 0.5f + float(variant) * 1e-4f;
  auto start = std::chrono::steady_clock::now();
  auto f = nj::jit([c](nj::Array v) { return nj::exp(v) * c + v * v - 1; });
  nj::Array r = f(x);
  benchmark::DoNotOptimize(r);
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

void W7_warm(benchmark::State &state) {
  // Compiles, not loads: the variants repeat from one run to the next, so
  // the persistent cache is off here (W7/numjit-cached measures it).
  ::setenv("NUMJIT_CACHE_DIR", "off", 1);
  static int variant = 0;
  firstCallMs(++variant); // the process is warm: contexts, JIT, TargetMachine
  for (auto _ : state)
    state.SetIterationTime(firstCallMs(++variant) / 1e3);
  ::unsetenv("NUMJIT_CACHE_DIR");
}
BENCHMARK(W7_warm)->Name("W7/numjit-warm")->UseManualTime()->Iterations(1)->Repetitions(20)
    ->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);

std::string selfPath;
/// The first call's time in a fresh process with persistent cache `dir`.
double childFirstCallMs(benchmark::State &state, const std::string &dir) {
  std::string cmd = "NUMJIT_CACHE_DIR=" + dir + " " + selfPath + " --numjit-cold-first-call";
  FILE *p = popen(cmd.c_str(), "r");
  double ms = 0;
  if (!p || fscanf(p, "%lf", &ms) != 1)
    state.SkipWithError("cold child failed");
  if (p)
    pclose(p);
  return ms;
}
void W7_cold(benchmark::State &state) {
  // A fresh process each time, without the persistent compile cache: the
  // first call there pays for everything.
  for (auto _ : state)
    state.SetIterationTime(childFirstCallMs(state, "off") / 1e3);
}
BENCHMARK(W7_cold)->Name("W7/numjit-cold")->UseManualTime()->Iterations(1)->Repetitions(5)
    ->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);
void W7_cached(benchmark::State &state) {
  // A fresh process each time, whose kernel a first run left in the
  // persistent cache: tracing, the cache lookup and loading the object.
  std::string dir = "/tmp/numjit-bench-cache-" + std::to_string(::getpid());
  childFirstCallMs(state, dir);
  for (auto _ : state)
    state.SetIterationTime(childFirstCallMs(state, dir) / 1e3);
  std::string rm = "rm -rf " + dir;
  if (std::system(rm.c_str()) != 0)
    state.SkipWithError("could not remove the cache folder");
}
BENCHMARK(W7_cached)->Name("W7/numjit-cached")->UseManualTime()->Iterations(1)->Repetitions(5)
    ->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);

//===----------------------------------------------------------------------===//
// W8: cached call overhead of x*2 + 1 on 8 elements, output allocation included
//===----------------------------------------------------------------------===//

void W8_numjit(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x) { return x * 2 + 1; });
  nj::Array x = nj::ones({8});
  f(x);
  Allocations counted;
  for (auto _ : state)
    benchmark::DoNotOptimize(f(x));
  counted.report(state);
}
BENCHMARK(W8_numjit)->Name("W8/numjit")->Repetitions(5)->ReportAggregatesOnly(true);

// Views made once, as a caller holding its buffers would.
alignas(64) float w8In[8] = {1, 2, 3, 4, 5, 6, 7, 8};
alignas(64) float w8Out[8];
void W8_numjit_into(benchmark::State &state) {
  auto f = nj::jit([](nj::Array x) { return x * 2 + 1; });
  nj::Array x = nj::view(static_cast<const float *>(w8In), {8});
  nj::Array z = nj::view(w8Out, {8});
  f.into(z, x);
  Allocations counted;
  for (auto _ : state) {
    f.into(z, x);
    benchmark::ClobberMemory();
  }
  counted.report(state);
}
BENCHMARK(W8_numjit_into)->Name("W8/numjit-into")->Repetitions(5)->ReportAggregatesOnly(true);

// The direct call: the same arithmetic as a C function on the buffers.
void W8_loop(benchmark::State &state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(loops_plain::w8(w8In, w8Out, 8));
    benchmark::ClobberMemory();
  }
}
BENCHMARK(W8_loop)->Name("W8/loop")->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv) {
  if (argc > 1 && std::strcmp(argv[1], "--numjit-cold-first-call") == 0) {
    std::printf("%.3f\n", firstCallMs(0));
    return 0;
  }
  selfPath = argv[0];
  Eigen::setNbThreads(1);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
