//===- MemoryBoundTest.cpp - 10,000 distinct functions in flat memory -----===//
//
// Each cycle jits a function no earlier cycle made (its constant differs),
// calls it and drops it. The in-memory kernel caches are bounded
// (NUMJIT_CACHE_KERNELS, 1024 by default) and the shared MLIR context is
// replaced once it has served enough traces, so resident memory levels off
// after warm-up. About a minute of compiling: labelled `big`.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <vector>

namespace nj = numjit;

namespace {

/// This process's resident memory in bytes (/proc/self/statm).
double residentBytes() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return double(resident) * double(sysconf(_SC_PAGESIZE));
}

TEST(MemoryBound, TenThousandDistinctFunctionsKeepResidentMemoryFlat) {
  // Compile every function rather than load it from the persistent cache.
  setenv("NUMJIT_CACHE_DIR", "off", 1);
  constexpr int kCycles = 10000, kEvery = 1000, kWarmUp = 3000;
  nj::Array x = nj::arange(8, nj::f32);
  uint64_t compiles = nj::num_compiles();
  std::vector<double> rss;
  int wrong = 0;
  size_t mostLoaded = 0;
  for (int i = 0; i < kCycles; ++i) {
    float c = 1.0f + float(i) / 4096.0f;
    auto f = nj::jit([c](nj::Array v) { return v * c + 1.0f; });
    float got = f(x).to_vector<float>()[3];
    if (std::fabs(got - (3.0f * c + 1.0f)) > 1e-5f)
      ++wrong;
    mostLoaded = std::max(mostLoaded, nj::num_loaded_kernels());
    if ((i + 1) % kEvery == 0)
      rss.push_back(residentBytes());
  }
  EXPECT_EQ(wrong, 0);
  EXPECT_EQ(nj::num_compiles() - compiles, uint64_t(kCycles));
  // The engine keeps at most 1024 kernels; a few more live in the eager
  // and thread caches.
  EXPECT_LE(mostLoaded, size_t(1024 + 32));

  std::printf("resident memory (MB) after each %d cycles:", kEvery);
  for (double r : rss)
    std::printf(" %.1f", r / 1e6);
  std::printf("\n");
  double warm = rss[kWarmUp / kEvery - 1];
  double peak = *std::max_element(rss.begin() + kWarmUp / kEvery, rss.end());
  EXPECT_LT(peak, warm * 1.10) << "grew from " << warm / 1e6 << " MB after " << kWarmUp
                               << " cycles to " << peak / 1e6 << " MB";
}

} // namespace
