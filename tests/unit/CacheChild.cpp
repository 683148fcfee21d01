//===- CacheChild.cpp - A process for the persistent cache tests ---------===//
//
// `numjit-cache-child N`: jit()s N distinct functions (v * k + k for k in
// [0, N)) on arange(16), and prints the sum of all their results, then
// num_compiles() and num_disk_cache_hits(). DiskCacheTest.cpp runs it as
// several processes at once, and kills it while it compiles.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <cstdio>
#include <cstdlib>

namespace nj = numjit;

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 1;
  nj::Array x = nj::arange(16, nj::f32);
  double total = 0;
  for (int k = 0; k < n; ++k) {
    float c = float(k);
    auto f = nj::jit([c](nj::Array v) { return v * c + c; });
    for (float r : f(x).to_vector<float>())
      total += r;
  }
  std::printf("%.1f %llu %llu\n", total, static_cast<unsigned long long>(nj::num_compiles()),
              static_cast<unsigned long long>(nj::num_disk_cache_hits()));
  return 0;
}
