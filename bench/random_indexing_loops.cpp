//===- random_indexing_loops.cpp - Hand-written baselines for random_indexing.cpp ---===//
//
// Built with -O3 -march=native: a C++ threefry2x32 loop, the triad, a
// row-copying take, std::stable_sort of positions, and a running sum.
//
//===----------------------------------------------------------------------===//

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <numeric>

namespace {
inline uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }
} // namespace

void numjit_bench_threefry_bits(uint32_t k0, uint32_t k1, uint32_t *out, long n) {
  const int rot[2][4] = {{13, 15, 26, 6}, {17, 29, 16, 24}};
  const uint32_t ks[3] = {k0, k1, k0 ^ k1 ^ 0x1BD11BDAu};
  for (long i = 0; i < n; ++i) {
    uint32_t x0 = ks[0], x1 = uint32_t(i) + ks[1];
    for (int g = 0; g < 5; ++g) {
      for (int j = 0; j < 4; ++j) {
        x0 += x1;
        x1 = rotl(x1, rot[g % 2][j]) ^ x0;
      }
      x0 += ks[(g + 1) % 3];
      x1 += ks[(g + 2) % 3] + uint32_t(g + 1);
    }
    out[i] = x0 ^ x1;
  }
}

void numjit_bench_triad(const float *b, const float *c, float *a, long n) {
  for (long i = 0; i < n; ++i)
    a[i] = b[i] + 3.0f * c[i];
}

void numjit_bench_take_rows(const float *x, const int32_t *idx, float *out, long rows,
                            long cols) {
  for (long r = 0; r < rows; ++r)
    std::memcpy(out + r * cols, x + long(idx[r]) * cols, size_t(cols) * sizeof(float));
}

void numjit_bench_argsort(const float *x, int32_t *order, long n) {
  std::iota(order, order + n, 0);
  std::stable_sort(order, order + n, [x](int32_t a, int32_t b) { return x[a] < x[b]; });
}

void numjit_bench_cumsum(const float *x, float *out, long n) {
  float acc = 0;
  for (long i = 0; i < n; ++i)
    out[i] = acc += x[i];
}
