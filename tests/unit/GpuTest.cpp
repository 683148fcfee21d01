//===- GpuTest.cpp - The CUDA target: PTX, stages, errors, device runs ----===//
//
// Without a GPU (CI): every workload's PTX must pass ptxas, the GPU stage
// must show the kernels, and calling a CUDA function must fail cleanly.
// Where a driver and device exist, the same functions also run there and
// must match the CPU.
//
//===----------------------------------------------------------------------===//

#include "Ptxas.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace nj = numjit;

namespace {

using numjit_test::ptxasErrors;
using numjit_test::ptxasPath;

int count(const std::string &text, const std::string &what) {
  int n = 0;
  for (size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1))
    ++n;
  return n;
}

nj::Array random(const nj::Shape &shape, unsigned seed, float scale = 1.0f) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(-scale, scale);
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  std::vector<float> v(static_cast<size_t>(n));
  for (float &e : v)
    e = dist(rng);
  return nj::array(v, shape);
}

/// Rows of a one-hot matrix, row i hot at i % cols.
nj::Array oneHot(int64_t rows, int64_t cols) {
  std::vector<float> v(size_t(rows * cols), 0.0f);
  for (int64_t i = 0; i < rows; ++i)
    v[size_t(i * cols + i % cols)] = 1.0f;
  return nj::array(v, {rows, cols});
}

void expectClose(const nj::Array &got, const nj::Array &want, double tol, const std::string &what) {
  ASSERT_EQ(nj::shape_str(got.shape()), nj::shape_str(want.shape())) << what;
  std::vector<double> g = got.to_vector<double>(), w = want.to_vector<double>();
  int bad = 0;
  for (size_t i = 0; i < g.size(); ++i)
    if (!(std::abs(g[i] - w[i]) <= tol * std::max(1.0, std::abs(w[i]))) && bad++ < 4)
      ADD_FAILURE() << what << "[" << i << "]: GPU " << g[i] << ", CPU " << w[i];
}

/// One workload: a function of `inputs` as a jit()-able callable.
struct Workload {
  std::string name;
  std::function<std::vector<nj::Array>(std::span<const nj::Array>)> fn;
  std::vector<nj::Array> inputs;
};

constexpr int64_t kB = 32, kD = 784, kH = 512, kC = 10;

nj::Array mlpLoss(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                  nj::Array onehot) {
  nj::Array h = nj::tanh(nj::matmul(x, w1) + b1);
  nj::Array logits = nj::matmul(h, w2) + b2;
  nj::Array logp = logits - nj::logsumexp(logits, -1, /*keepdims=*/true);
  return -nj::sum(logp * onehot) / float(kB);
}

nj::Array exampleLoss(nj::Array w, nj::Array x, nj::Array y) {
  return nj::sum(nj::square(nj::tanh(nj::matmul(x, w)) - y));
}

/// 100 row indices in [-600, 600): negative and out-of-range ones too.
nj::Array takeIndices() {
  std::vector<int32_t> v;
  for (int32_t i = 0; i < 100; ++i)
    v.push_back((i * 337) % 1200 - 600);
  return nj::array(v, {100});
}

std::vector<Workload> workloads() {
  const int64_t n = 1 << 17;
  nj::Array x = random({n}, 1), y = random({n}, 2);
  std::vector<nj::Array> mlp = {random({kD, kH}, 3, 0.05f), random({kH}, 4, 0.1f),
                                random({kH, kC}, 5, 0.05f), random({kC}, 6, 0.1f),
                                random({kB, kD}, 7),
                                oneHot(kB, kC)};
  return {
      {"W1", [](auto a) { return std::vector{2.0f * a[0] + 3.0f * a[1] - a[0] * a[1]}; }, {x, y}},
      {"W2",
       [](auto a) {
         nj::Array v = a[0];
         return std::vector{0.5f * v * (1 + nj::tanh(0.7978845608f * (v + 0.044715f * v * v * v)))};
       },
       {x}},
      {"W3", [](auto a) { return std::vector{nj::sum(a[0] * a[1])}; }, {x, y}},
      {"W4", [](auto a) { return std::vector{nj::softmax(a[0], -1)}; }, {random({256, 1024}, 8)}},
      {"W5", [](auto a) { return std::vector{nj::matmul(a[0], a[1])}; },
       {random({256, 256}, 9), random({256, 256}, 10)}},
      {"W6-loss", [](auto a) { return std::vector{mlpLoss(a[0], a[1], a[2], a[3], a[4], a[5])}; },
       mlp},
      {"W6-value_and_grad",
       [](auto a) {
         auto [loss, grads] = nj::value_and_grad(mlpLoss, {0, 1, 2, 3})(a[0], a[1], a[2], a[3],
                                                                       a[4], a[5]);
         auto [g1, g2, g3, g4] = grads;
         return std::vector{loss, g1, g2, g3, g4};
       },
       mlp},
      {"vmap-grad",
       [](auto a) {
         return std::vector{nj::vmap(nj::grad(exampleLoss), {nj::none, 0, 0})(a[0], a[1], a[2])};
       },
       {random({64, 16}, 11, 0.1f), random({kB, 64}, 12), random({kB, 16}, 13)}},
      // Control flow: the loops and branches run on the host, their bodies'
      // kernels on the device.
      {"fori_loop",
       [](auto a) {
         return std::vector{nj::fori_loop(0, 101, [](nj::Array, nj::Array c) {
           return c * 0.99f + 0.01f;
         }, a[0])};
       },
       {x}},
      {"cond",
       [](auto a) {
         return std::vector{nj::cond(nj::sum(a[0]) > 0.0f, [](nj::Array v) { return v * 2.0f; },
                                     [](nj::Array v) { return nj::exp(v); }, a[0])};
       },
       {x}},
      {"while_loop",
       [](auto a) {
         auto r = nj::while_loop(
             [](const std::tuple<nj::Array, nj::Array> &c) { return std::get<0>(c) < 5; },
             [](const std::tuple<nj::Array, nj::Array> &c) {
               auto [k, v] = c;
               return std::tuple{k + 1, nj::tanh(v)};
             },
             std::tuple{nj::array(int32_t(0)), a[0]});
         return std::vector{std::get<1>(r)};
       },
       {x}},
      {"scan-grad",
       [](auto a) {
         auto loss = [](nj::Array w, nj::Array xs) {
           auto [h, ys] = nj::scan([&](nj::Array c, nj::Array xi) {
             nj::Array next = nj::tanh(c * w + xi);
             return std::pair{next, nj::sum(next)};
           }, nj::zeros({256}), xs);
           return nj::sum(ys) + nj::sum(h);
         };
         return std::vector{nj::grad(loss)(a[0], a[1])};
       },
       {random({256}, 14), random({8, 256}, 15)}},
      // Random draws and gathers lower like elementwise work (argsort,
      // cumsum and scatter are refused on this path: OpTableTest).
      {"random",
       [](auto a) {
         return std::vector{nj::random::normal(a[0], {4096}),
                            nj::astype(nj::random::bernoulli(a[0], 0.3, {4096}), nj::f32)};
       },
       {nj::random::key(7)}},
      {"take",
       [](auto a) { return std::vector{nj::take(a[0], a[1], 0) * 2.0f}; },
       {random({512, 64}, 16), takeIndices()}},
  };
}

template <size_t> using Arg = nj::Array;

/// Lowers `w` for sm_90, checks its stages and PTX, and where a device is
/// present runs it there against the CPU.
template <size_t... I> void checkWorkload(const Workload &w, std::index_sequence<I...>) {
  auto body = [&w](Arg<I>... a) {
    nj::Array xs[] = {a...};
    return w.fn(xs);
  };
  auto gpu = nj::jit(body, nj::cuda("sm_90"));
  nj::Lowered lowered = gpu.lower(w.inputs[I]...);
  const std::string &ptx = lowered.as_text(nj::Stage::PTX);
  EXPECT_GE(count(ptx, ".entry"), 1) << ptx.substr(0, 400);
  EXPECT_NE(ptx.find(".target sm_90"), std::string::npos);
  EXPECT_EQ(count(lowered.as_text(nj::Stage::GPU), "gpu.module @"), 1)
      << "all kernels of one function share one module";
  if (ptxasPath().empty()) {
    GTEST_SKIP() << "ptxas not found (no CUDA toolkit at /usr/local/cuda, NUMJIT_PTXAS "
                    "unset): the PTX was made but not assembled";
  }
  EXPECT_EQ(ptxasErrors(ptx, "sm_90", w.name), "");
  if (!nj::cuda_available())
    return; // no device here: the run is checked on machines with one
  std::vector<nj::Array> got = gpu(w.inputs[I]...);
  std::vector<nj::Array> want = nj::jit(body, nj::host())(w.inputs[I]...);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i)
    expectClose(got[i], want[i], 1e-4, w.name + " result " + std::to_string(i));
}

class GpuWorkload : public ::testing::TestWithParam<size_t> {};

TEST_P(GpuWorkload, PtxPassesPtxasAndRunsWhereAGpuIs) {
  Workload w = workloads()[GetParam()];
  switch (w.inputs.size()) {
  case 1: return checkWorkload(w, std::make_index_sequence<1>());
  case 2: return checkWorkload(w, std::make_index_sequence<2>());
  case 3: return checkWorkload(w, std::make_index_sequence<3>());
  case 6: return checkWorkload(w, std::make_index_sequence<6>());
  }
  FAIL() << "no arity " << w.inputs.size();
}

INSTANTIATE_TEST_SUITE_P(Workloads, GpuWorkload, ::testing::Range<size_t>(0, 14),
                         [](const ::testing::TestParamInfo<size_t> &info) {
                           std::string name = workloads()[info.param].name;
                           for (char &c : name)
                             if (c == '-')
                               c = '_';
                           return name;
                         });

TEST(Gpu, SequentialOpsAreRefusedNamingTheOpAndTheLine) {
  // argsort (so sort, top_k, permutation), cumsum, cumprod and scatter are
  // loops per line or per update on the CPU, with no GPU lowering yet.
  auto f = nj::jit([](nj::Array x) { return nj::cumsum(x, 0); }, nj::cuda("sm_90")); int line = __LINE__;
  try {
    f.lower(nj::ones({16}));
    ADD_FAILURE() << "expected numjit::Error";
  } catch (const nj::Error &e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("'numjit.cumsum' op has no GPU lowering yet"), std::string::npos) << msg;
    EXPECT_NE(msg.find("GpuTest.cpp:" + std::to_string(line)), std::string::npos) << msg;
  }
  auto g = nj::jit([](nj::Array x) { return nj::sort(x); }, nj::cuda("sm_90"));
  EXPECT_THROW(g.lower(nj::ones({16})), nj::Error);
}

TEST(Gpu, ElementwiseChainIsOneKernel) {
  auto f = nj::jit([](nj::Array x, nj::Array y) { return nj::exp(x * y) + nj::tanh(x) - y; },
                   nj::cuda("sm_90"));
  nj::Array x = nj::ones({1000, 3}), y = nj::ones({3});
  nj::Lowered l = f.lower(x, y);
  const std::string &gpu = l.as_text(nj::Stage::GPU);
  EXPECT_EQ(count(gpu, "gpu.func @"), 1) << gpu;
  EXPECT_EQ(count(gpu, "gpu.launch_func"), 1) << gpu;
  EXPECT_EQ(count(l.as_text(nj::Stage::PTX), ".entry"), 1);
  // The host code launches through the driver wrappers, nothing else.
  const std::string &ir = l.as_text(nj::Stage::LLVMIR);
  EXPECT_NE(ir.find("@mgpuLaunchKernel"), std::string::npos);
  EXPECT_NE(ir.find("@mgpuModuleLoadJIT"), std::string::npos);
}

TEST(Gpu, ReductionsUseBlockTrees) {
  auto f = nj::jit([](nj::Array x) { return nj::sum(x, 1); }, nj::cuda("sm_90"));
  nj::Lowered l = f.lower(nj::ones({64, 4096}));
  EXPECT_NE(l.as_text(nj::Stage::GPU).find("gpu.all_reduce"), std::string::npos);
  // The tree is warp shuffles and shared memory.
  const std::string &ptx = l.as_text(nj::Stage::PTX);
  EXPECT_NE(ptx.find("shfl.sync.bfly"), std::string::npos);
  EXPECT_NE(ptx.find(".shared"), std::string::npos);
}

TEST(Gpu, LargeMatmulCallsCublasWithAKernelToFallBackOn) {
  auto f = nj::jit([](nj::Array a, nj::Array b) { return nj::matmul(a, b); }, nj::cuda("sm_90"));
  nj::Lowered l = f.lower(nj::ones({256, 128}), nj::ones({128, 64}));
  const std::string &gpu = l.as_text(nj::Stage::GPU);
  EXPECT_NE(gpu.find("call @numjit_cublas_sgemm"), std::string::npos) << gpu;
  EXPECT_NE(gpu.find("scf.if"), std::string::npos) << gpu;
  EXPECT_GE(count(l.as_text(nj::Stage::PTX), ".entry"), 1) << "no kernel to fall back on";
  // A small one is a kernel only.
  nj::Lowered small = f.lower(nj::ones({8, 8}), nj::ones({8, 8}));
  EXPECT_EQ(small.as_text(nj::Stage::GPU).find("numjit_cublas"), std::string::npos);
}

TEST(Gpu, CallingWithoutADriverThrowsNamingTheLine) {
  if (nj::cuda_available())
    GTEST_SKIP() << "a CUDA driver and device are present: there is no error to test";
  auto f = nj::jit([](nj::Array x) { return x + 1.0f; }, nj::cuda("sm_90")); int line = __LINE__;
  try {
    f(nj::ones({4}));
    FAIL() << "no error";
  } catch (const nj::Error &e) {
    std::string what = e.what();
    EXPECT_NE(what.find("no CUDA driver or device was found"), std::string::npos) << what;
    EXPECT_NE(what.find("cuda:sm_90"), std::string::npos) << what;
    EXPECT_NE(what.find("GpuTest.cpp:" + std::to_string(line)), std::string::npos) << what;
  }
  // Lowering needs no driver.
  EXPECT_FALSE(f.lower(nj::ones({4})).as_text(nj::Stage::PTX).empty());
}

TEST(Gpu, HostCompilesHaveNoGpuStages) {
  auto f = nj::jit([](nj::Array x) { return x * 2.0f; }, nj::host());
  nj::Lowered l = f.lower(nj::ones({4}));
  EXPECT_FALSE(l.as_text(nj::Stage::Assembly).empty());
  EXPECT_THROW(l.as_text(nj::Stage::PTX), nj::Error);
  EXPECT_THROW(l.as_text(nj::Stage::GPU), nj::Error);
}

TEST(Gpu, TargetsAreChecked) {
  EXPECT_EQ(nj::cuda("sm_80").name(), "cuda:sm_80");
  EXPECT_EQ(nj::cuda("sm_90a").name(), "cuda:sm_90a");
  EXPECT_TRUE(nj::cuda("sm_90").is_cuda());
  EXPECT_FALSE(nj::host().is_cuda());
  EXPECT_THROW(nj::cuda("sm_9"), nj::Error);
  EXPECT_THROW(nj::cuda("gfx90a"), nj::Error);
  // Without a device, cuda() still makes PTX (for sm_90).
  EXPECT_TRUE(nj::cuda().is_cuda());
}

TEST(Gpu, NumjitTargetSelectsTheDefault) {
  const char *old = std::getenv("NUMJIT_TARGET");
  std::string saved = old ? old : "";
  setenv("NUMJIT_TARGET", "cuda:sm_80", 1);
  EXPECT_EQ(nj::default_target().name(), "cuda:sm_80");
  auto f = nj::jit([](nj::Array x) { return -x; });
  EXPECT_NE(f.lower(nj::ones({8})).as_text(nj::Stage::PTX).find(".target sm_80"),
            std::string::npos);
  setenv("NUMJIT_TARGET", "host", 1);
  EXPECT_EQ(nj::default_target().name(), "host");
  setenv("NUMJIT_TARGET", "tpu", 1);
  EXPECT_THROW(nj::default_target(), nj::Error);
  if (old)
    setenv("NUMJIT_TARGET", saved.c_str(), 1);
  else
    unsetenv("NUMJIT_TARGET");
}

} // namespace
