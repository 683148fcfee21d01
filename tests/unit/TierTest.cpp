//===- TierTest.cpp - Small kernels' baseline tier and tier-up ------------===//
//
// A small JIT kernel starts as unoptimized code (jit/Baseline.cpp) and is
// optimized at its NUMJIT_TIER_UP_CALLS-th call. These tests check that the
// tier-up happens once, on that call, without counting as a compile; that
// both tiers give the same bits, NaN, infinities and signed zeros included,
// over ops of every kind; that large kernels are optimized at once; and
// that the persistent cache keeps the baseline with its IR, then the
// optimized code in its place.
//
//===----------------------------------------------------------------------===//

#include "ScopedEnv.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

#include <unistd.h>

namespace nj = numjit;
namespace fs = std::filesystem;

namespace {

/// 1,000 floats with the edge values every op must carry through.
nj::Array edgeInput(float scale) {
  std::vector<float> v(1000);
  for (size_t i = 0; i < v.size(); ++i)
    v[i] = scale * (float(i) - 500.0f) / 37.0f;
  v[3] = std::numeric_limits<float>::quiet_NaN();
  v[5] = std::numeric_limits<float>::infinity();
  v[7] = -std::numeric_limits<float>::infinity();
  v[11] = -0.0f;
  v[13] = 0.0f;
  v[17] = 1e-40f; // subnormal
  v[19] = 88.9f;  // exp overflows
  return nj::array(v, {1000});
}

/// The bytes of `a` (on the host).
std::vector<unsigned char> bytesOf(const nj::Array &a) {
  if (a.dtype() == nj::f32) {
    std::vector<float> v = a.to_vector<float>();
    std::vector<unsigned char> b(v.size() * sizeof(float));
    std::memcpy(b.data(), v.data(), b.size());
    return b;
  }
  if (a.dtype() == nj::i32) {
    std::vector<int32_t> v = a.to_vector<int32_t>();
    std::vector<unsigned char> b(v.size() * sizeof(int32_t));
    std::memcpy(b.data(), v.data(), b.size());
    return b;
  }
  std::vector<int64_t> v = nj::astype(a, nj::i64).to_vector<int64_t>();
  std::vector<unsigned char> b(v.size() * sizeof(int64_t));
  std::memcpy(b.data(), v.data(), b.size());
  return b;
}

struct Case {
  const char *name;
  std::function<nj::Array(nj::Array)> fn;
  bool tiers; ///< Whether its kernel suits the baseline tier.
};

} // namespace

TEST(Tier, SmallKernelIsOptimizedOnItsTierUpCallWithTheSameBits) {
  ScopedEnv cache("NUMJIT_CACHE_DIR", "off");
  ScopedEnv calls("NUMJIT_TIER_UP_CALLS", "5");
  float c = 0.5f + float(::getpid() % 1000) * 1e-6f; // a kernel no other run has
  auto f = nj::jit([c](nj::Array v) { return nj::exp(v) * c + v * v - 1; });
  nj::Array x = edgeInput(0.1f);
  uint64_t compiles = nj::num_compiles(), tierUps = nj::num_tier_ups();
  size_t loaded = nj::num_loaded_kernels();
  std::vector<unsigned char> first = bytesOf(f(x));
  EXPECT_EQ(nj::num_compiles(), compiles + 1);
  for (int call = 2; call <= 8; ++call) {
    std::vector<unsigned char> r = bytesOf(f(x));
    EXPECT_EQ(r, first) << "call " << call << " differs from the first";
    // The fifth call optimizes, before it runs.
    EXPECT_EQ(nj::num_tier_ups(), tierUps + (call >= 5 ? 1 : 0)) << "after call " << call;
  }
  EXPECT_EQ(nj::num_compiles(), compiles + 1) << "a tier-up is not a compile";
  EXPECT_EQ(nj::num_loaded_kernels(), loaded + 1) << "one kernel, whatever its tiers";
}

TEST(Tier, BothTiersGiveTheSameBitsOnEveryKindOfOp) {
  ScopedEnv cache("NUMJIT_CACHE_DIR", "off");
  ScopedEnv calls("NUMJIT_TIER_UP_CALLS", "2");
  float s = 1.0f + float(::getpid() % 1000) * 1e-6f;
  std::vector<Case> cases = {
      {"exp-log-sin-tanh",
       [s](nj::Array v) { return nj::exp(v * 0.1f) + nj::log(nj::abs(v)) + nj::sin(v) * nj::tanh(v * s); },
       true},
      {"sqrt-divide-floor",
       [s](nj::Array v) { return nj::sqrt(v) / (v - s) + nj::floor(v * 3.3f); }, true},
      {"maximum-minimum-where-clip",
       [s](nj::Array v) {
         return nj::where(v > s, nj::maximum(v, v * -1.0f), nj::minimum(v, nj::clip(v, -2.0f, 2.0f)));
       },
       true},
      {"integer-divide-rem-by-zero",
       [s](nj::Array v) {
         nj::Array i = nj::astype(nj::clip(v * 10.0f, -1e6f, 1e6f), nj::i32);
         nj::Array d = nj::astype(nj::clip(v * s, -5.0f, 5.0f), nj::i32);
         return nj::astype(nj::divide(i, d) + nj::rem(i, d), nj::f32);
       },
       true},
      {"sum-max-argmax", [s](nj::Array v) { return nj::sum(v * s) + nj::max(v) + nj::astype(nj::argmax(v), nj::f32); },
       false},
      {"rows-softmax-logsumexp",
       [s](nj::Array v) {
         nj::Array m = nj::reshape(v * s, {40, 25});
         return nj::softmax(m, 1) + nj::logsumexp(m, {1}, true);
       },
       false},
      {"cumsum-sort", [s](nj::Array v) { return nj::cumsum(v * s) + nj::sort(v); }, false},
      {"matmul",
       [s](nj::Array v) {
         nj::Array m = nj::reshape(v * s, {25, 40});
         return nj::matmul(m, nj::transpose(m));
       },
       false},
  };
  nj::Array x = edgeInput(1.0f);
  for (const Case &c : cases) {
    SCOPED_TRACE(c.name);
    auto f = nj::jit(c.fn);
    uint64_t tierUps = nj::num_tier_ups();
    std::vector<unsigned char> first = bytesOf(f(x));
    std::vector<unsigned char> second = bytesOf(f(x)); // after the tier-up, if any
    EXPECT_EQ(first, second);
    EXPECT_EQ(bytesOf(f(x)), first);
    // The element-wise kernels must take the tier; the others may (a
    // kernel with a reduction may be several, each with its own tier).
    if (c.tiers) {
      EXPECT_EQ(nj::num_tier_ups(), tierUps + 1);
    }
  }
}

TEST(Tier, LargeKernelsAreOptimizedAtOnce) {
  ScopedEnv cache("NUMJIT_CACHE_DIR", "off");
  ScopedEnv calls("NUMJIT_TIER_UP_CALLS", "2");
  float s = 1.0f + float(::getpid() % 1000) * 1e-6f;
  // A serial scan over 100,000 elements: more loop iterations than the
  // baseline takes.
  auto f = nj::jit([s](nj::Array v) { return nj::cumsum(v * s); });
  nj::Array x = nj::ones({100000});
  uint64_t tierUps = nj::num_tier_ups();
  f(x);
  f(x);
  f(x);
  EXPECT_EQ(nj::num_tier_ups(), tierUps);
  EXPECT_NEAR(f(x).to_vector<float>().back(), 100000.0f * s, 100.0f); // f32 rounding
}

TEST(Tier, ZeroTierUpCallsOptimizesEveryKernelAtOnce) {
  ScopedEnv cache("NUMJIT_CACHE_DIR", "off");
  ScopedEnv calls("NUMJIT_TIER_UP_CALLS", "0");
  float s = 2.0f + float(::getpid() % 1000) * 1e-6f;
  auto f = nj::jit([s](nj::Array v) { return v * s + 1; });
  uint64_t tierUps = nj::num_tier_ups();
  for (int i = 0; i < 4; ++i)
    f(nj::ones({8}));
  EXPECT_EQ(nj::num_tier_ups(), tierUps);
}

TEST(Tier, PersistentCacheKeepsTheBaselineThenTheOptimizedCode) {
  fs::path dir = fs::temp_directory_path() / ("numjit-tier-cache-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  ScopedEnv cache("NUMJIT_CACHE_DIR", dir.c_str());
  ScopedEnv calls("NUMJIT_TIER_UP_CALLS", "2");
  // Whether the one entry holds LLVM bitcode (its magic "BC\xC0\xDE").
  auto entryHasBitcode = [&] {
    std::vector<fs::path> entries;
    for (const auto &e : fs::directory_iterator(dir))
      if (e.path().extension() == ".nk")
        entries.push_back(e.path());
    EXPECT_EQ(entries.size(), 1u);
    if (entries.empty())
      return false;
    std::ifstream in(entries[0], std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return data.find("BC\xC0\xDE") != std::string::npos;
  };
  float s = 3.0f + float(::getpid() % 1000) * 1e-6f;
  auto make = [s] { return nj::jit([s](nj::Array v) { return nj::exp(v) * s; }); };
  std::vector<float> values(64);
  for (size_t i = 0; i < values.size(); ++i)
    values[i] = float(i) / 32.0f - 1.0f;
  nj::Array x = nj::array(values, {64}); // no kernel of its own in the cache
  std::vector<float> expected = make()(x).to_vector<float>(); // baseline, stored with its IR
  EXPECT_TRUE(entryHasBitcode());

  // A new jit (the engine's cache cleared, as in a new process) loads the
  // baseline from disk and still tiers up.
  nj::clear_caches();
  uint64_t hits = nj::num_disk_cache_hits(), tierUps = nj::num_tier_ups();
  auto g = make();
  EXPECT_EQ(g(x).to_vector<float>(), expected);
  EXPECT_EQ(nj::num_disk_cache_hits(), hits + 1);
  EXPECT_EQ(g(x).to_vector<float>(), expected); // the tier-up
  EXPECT_EQ(nj::num_tier_ups(), tierUps + 1);
  EXPECT_FALSE(entryHasBitcode()) << "the optimized object replaces the baseline's";

  // The next load is the optimized code, with no tier-up left to do.
  nj::clear_caches();
  auto h = make();
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(h(x).to_vector<float>(), expected);
  EXPECT_EQ(nj::num_tier_ups(), tierUps + 1);
  fs::remove_all(dir);
}
