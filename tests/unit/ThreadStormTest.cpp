//===- ThreadStormTest.cpp - 8 threads x 1,000 calls through one engine ---===//
//
// Every thread mixes shared and per-thread jit functions, eager ops, grad,
// vmap and compiles that fail on purpose. The storm must compile each
// distinct kernel exactly once (as many compiles as one thread running the
// same calls alone), give the same bits as that lone run, and give each
// failure its own message.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace nj = numjit;

namespace {

constexpr int kThreads = 8;
constexpr int kCalls = 1000;
constexpr int kActions = 10; ///< Calls cycle through these; the last fails.

/// Functions that compile for the host but have no GPU lowering: lowering
/// them for a CUDA target fails in the compiler, which reports the op's
/// location, a line of its own for each thread.
const int kBadLine = __LINE__ + 2;
const std::function<nj::Array(nj::Array)> kBad[kThreads] = {
    [](nj::Array x) { return nj::cumsum(x); },
    [](nj::Array x) { return nj::cumsum(x); },
    [](nj::Array x) { return nj::cumsum(x); },
    [](nj::Array x) { return nj::cumsum(x); },
    [](nj::Array x) { return nj::cumsum(x); },
    [](nj::Array x) { return nj::cumsum(x); },
    [](nj::Array x) { return nj::cumsum(x); },
    [](nj::Array x) { return nj::cumsum(x); },
};

/// Whether `message` names line `line` of this file (as "file:line:" or as
/// MLIR prints a location, "file":line:).
bool namesLine(const std::string &message, int line) {
  std::string l = std::to_string(line) + ":";
  return message.find("ThreadStormTest.cpp:" + l) != std::string::npos ||
         message.find("ThreadStormTest.cpp\":" + l) != std::string::npos;
}

/// The functions of one run, made afresh for it (their caches start empty).
struct Workload {
  std::function<nj::Array(nj::Array, nj::Array)> shared =
      nj::jit([](nj::Array x, nj::Array y) { return nj::tanh(x) * y + 1.0f; });
  std::function<nj::Array(nj::Array)> loss = [](nj::Array w) {
    return nj::sum(nj::sin(w) * w);
  };
  std::function<nj::Array(nj::Array)> jitGrad = nj::jit(nj::grad(loss));
  std::function<nj::Array(nj::Array)> rowSums =
      nj::jit(nj::vmap([](nj::Array r) { return nj::sum(r * r); }));
  std::vector<std::function<nj::Array(nj::Array)>> own;

  Workload() {
    for (int t = 0; t < kThreads; ++t)
      own.push_back(nj::jit([c = float(t) + 2.0f](nj::Array x) { return x * c - 1.0f; }));
  }

  /// Call `k` of thread `t`: the result's bits, or the failure's message.
  std::vector<float> call(int t, int k, std::string &error) {
    int64_t n = 4 + (k + t) % 3 * 4; // sizes 4, 8 and 12
    nj::Array x = nj::linspace(-1.0, 1.0 + t, n, nj::f32);
    nj::Array y = nj::full({n}, float(k) * 0.5f);
    nj::Array r;
    switch (k) {
    case 0: r = shared(x, y); break;
    case 1: r = own[size_t(t)](x); break;
    case 2: r = nj::exp(x) * y + x; break; // eager
    case 3: r = jitGrad(x); break;
    case 4: r = nj::grad(loss)(x); break; // eager grad
    case 5: r = rowSums(nj::reshape(nj::concatenate({x, y}), {4, n / 2})); break;
    case 6: r = nj::vmap([](nj::Array v) { return nj::max(v) - v; })(nj::reshape(x, {2, n / 2}));
      break;
    case 7: r = shared(own[size_t(t)](x), x); break;
    case 8: r = nj::jit([](nj::Array v) { return nj::cumsum(v * v); })(x); break;
    default:
      try {
        (void)nj::jit(kBad[t], nj::cuda("sm_90")).lower(x);
        error = "no error";
      } catch (const nj::Error &e) {
        error = e.what();
      }
      return {};
    }
    return nj::reshape(r, {-1}).to_vector<float>();
  }
};

TEST(ThreadStorm, EachKernelOnceSameBitsOwnMessages) {
  // One thread alone: the distinct kernels, and the results to expect.
  nj::clear_caches();
  uint64_t before = nj::num_compiles();
  std::vector<std::vector<std::vector<float>>> expected(kThreads);
  {
    Workload alone;
    for (int t = 0; t < kThreads; ++t)
      for (int k = 0; k < kActions; ++k) {
        std::string error;
        expected[size_t(t)].push_back(alone.call(t, k, error));
      }
  }
  uint64_t distinct = nj::num_compiles() - before;
  ASSERT_GT(distinct, 20u);

  nj::clear_caches();
  before = nj::num_compiles();
  Workload storm;
  std::atomic<int> wrong{0}, failures{0}, swapped{0};
  std::vector<std::string> firstWrong(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kCalls; ++i) {
        int k = (i + t) % kActions;
        std::string error;
        std::vector<float> got = storm.call(t, k, error);
        if (k == kActions - 1) {
          ++failures;
          bool mine = error.find("has no GPU lowering") != std::string::npos &&
                      namesLine(error, kBadLine + t);
          for (int o = 0; o < kThreads; ++o)
            if (o != t && namesLine(error, kBadLine + o))
              mine = false;
          if (!mine) {
            ++swapped;
            firstWrong[size_t(t)] = error;
          }
        } else if (got != expected[size_t(t)][size_t(k)]) {
          ++wrong;
          firstWrong[size_t(t)] = "call " + std::to_string(k) + " gave other bits";
        }
      }
    });
  for (std::thread &thread : threads)
    thread.join();

  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(swapped.load(), 0);
  EXPECT_EQ(failures.load(), kThreads * kCalls / kActions);
  EXPECT_EQ(nj::num_compiles() - before, distinct);
  for (const std::string &w : firstWrong)
    EXPECT_EQ(w, "");
}

} // namespace
