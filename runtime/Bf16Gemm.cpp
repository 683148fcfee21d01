//===- Bf16Gemm.cpp - bf16 x bf16 -> f32 matrix products --------*- C++ -*-===//
//
// `numjit_sbgemm` computes C = alpha * op(A) op(B) + beta * C with A and B
// in bf16 and C in f32, as OpenBLAS's cblas_sbgemm does (Debian builds
// OpenBLAS without it). Where the CPU has AVX512-BF16 the product runs on
// `vdpbf16ps`, which multiplies 32 pairs of bf16 and adds them into 16 f32
// lanes in one instruction, twice the multiply-adds of an f32 FMA; other
// CPUs widen the inputs to f32 and call cblas_sgemm.
//
// The AVX512-BF16 path is the usual blocked GEMM (Goto's): B is packed in
// panels of KC k-pairs x NC columns (kept in L2), A in blocks of MC rows
// (KC = 512, MC = 48, NC = 1024 were the fastest of 15 tried at n = 2048),
// and a 12 x 32 register tile (24 zmm accumulators) runs over k-pairs
// with a 32-column B micro-panel (2 zmm per k-pair, 64 KB). Packing stores
// each k-pair of an element column as one 32-bit word, the layout
// vdpbf16ps reads, with zeros past the matrix edges (and for an odd K).
// Row blocks run on std::threads (no OpenMP here: this library sits beside
// both GCC's and LLVM's OpenMP runtimes).
//
//===----------------------------------------------------------------------===//

#include "runtime/Runtime.h"

#include <cblas.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace {

constexpr int kRowMajor = 101, kTrans = 112;
constexpr int MR = 12, NR = 32;
constexpr int KC = 512;  // k-pairs per packed panel (1024 values of k)
constexpr int MC = 48;   // rows per packed A block (a multiple of MR)
constexpr int NC = 1024; // columns per packed B panel (a multiple of NR)

float widen(uint16_t h) {
  uint32_t bits = uint32_t(h) << 16;
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

/// Element (i, j) of a row-major matrix, or of its transpose.
struct Matrix {
  const uint16_t *data;
  int ld;
  bool trans;
  uint16_t at(int i, int j) const {
    return trans ? data[int64_t(j) * ld + i] : data[int64_t(i) * ld + j];
  }
};

/// The k-pair (2p, 2p + 1) of row i of op(A) (zero past the edges) as one
/// word: the first of the pair in the low half.
uint32_t pairOf(const Matrix &x, int i, int k0, int kEnd, bool rowsAreK) {
  auto get = [&](int k) -> uint32_t {
    if (k >= kEnd)
      return 0;
    return rowsAreK ? x.at(k, i) : x.at(i, k);
  };
  return get(k0) | (get(k0 + 1) << 16);
}

/// Micro-panels `width` wide of lines [first, first + count) of x (rows of
/// A, width MR; columns of B, width NR, `linesAreColumns`) over the k-pairs
/// from k0, zero past `limit` lines: per panel, per k-pair, `width` words.
void pack(const Matrix &x, bool linesAreColumns, int width, int first, int count, int limit,
          int k0, int kp, int k, uint32_t *out) {
  for (int panel = 0; panel < count; panel += width)
    for (int p = 0; p < kp; ++p)
      for (int w = 0; w < width; ++w) {
        int line = first + panel + w;
        *out++ = line < limit ? pairOf(x, line, k0 + 2 * p, k, linesAreColumns) : 0;
      }
}

#if defined(__x86_64__)
/// C[0:mr, 0:nr] = alpha * (A panel x B panel) + beta * C (C unread when
/// beta is 0).
__attribute__((target("avx512f,avx512bf16"))) void
microKernel(int kp, const uint32_t *pa, const uint32_t *pb, float *c, int ldc, int mr,
            int nr, float alpha, float beta) {
  __m512 acc[MR][2];
  for (int r = 0; r < MR; ++r)
    acc[r][0] = acc[r][1] = _mm512_setzero_ps();
  for (int p = 0; p < kp; ++p) {
    __m512bh b0 = (__m512bh)_mm512_loadu_si512(pb);
    __m512bh b1 = (__m512bh)_mm512_loadu_si512(pb + 16);
    for (int r = 0; r < MR; ++r) {
      __m512bh av = (__m512bh)_mm512_set1_epi32(int(pa[r]));
      acc[r][0] = _mm512_dpbf16_ps(acc[r][0], av, b0);
      acc[r][1] = _mm512_dpbf16_ps(acc[r][1], av, b1);
    }
    pa += MR;
    pb += NR;
  }
  __mmask16 m0 = nr >= 16 ? __mmask16(0xFFFF) : __mmask16((1u << nr) - 1);
  __mmask16 m1 = nr >= 32 ? __mmask16(0xFFFF)
                 : nr > 16 ? __mmask16((1u << (nr - 16)) - 1)
                           : __mmask16(0);
  __m512 va = _mm512_set1_ps(alpha), vb = _mm512_set1_ps(beta);
  for (int r = 0; r < mr; ++r) {
    float *row = c + int64_t(r) * ldc;
    __m512 x0 = _mm512_mul_ps(acc[r][0], va), x1 = _mm512_mul_ps(acc[r][1], va);
    if (beta != 0) {
      x0 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m0, row), vb, x0);
      x1 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m1, row + 16), vb, x1);
    }
    _mm512_mask_storeu_ps(row, m0, x0);
    _mm512_mask_storeu_ps(row + 16, m1, x1);
  }
}

bool hasAvx512Bf16() {
  static const bool has = __builtin_cpu_supports("avx512f") &&
                          __builtin_cpu_supports("avx512bf16");
  return has;
}
#endif

/// Runs fn(t) for t in [0, tasks) on up to `threads` threads.
template <typename F> void parallelFor(int tasks, int threads, const F &fn) {
  threads = std::max(1, std::min(threads, tasks));
  if (threads == 1) {
    for (int t = 0; t < tasks; ++t)
      fn(t);
    return;
  }
  std::vector<std::thread> pool;
  for (int w = 0; w < threads; ++w)
    pool.emplace_back([&, w] {
      for (int t = w; t < tasks; t += threads)
        fn(t);
    });
  for (std::thread &t : pool)
    t.join();
}

/// f32 copies of op(A) and op(B) through cblas_sgemm: CPUs without
/// AVX512-BF16.
void widenedSgemm(const Matrix &a, const Matrix &b, int m, int n, int k, float alpha,
                  float beta, float *c, int ldc) {
  std::vector<float> wa(size_t(m) * size_t(k)), wb(size_t(k) * size_t(n));
  for (int i = 0; i < m; ++i)
    for (int p = 0; p < k; ++p)
      wa[size_t(i) * size_t(k) + size_t(p)] = widen(a.at(i, p));
  for (int p = 0; p < k; ++p)
    for (int j = 0; j < n; ++j)
      wb[size_t(p) * size_t(n) + size_t(j)] = widen(b.at(p, j));
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, alpha, wa.data(), k,
              wb.data(), n, beta, c, ldc);
}

} // namespace

extern "C" void numjit_sbgemm(int order, int transA, int transB, int m, int n, int k,
                              float alpha, const uint16_t *a, int lda, const uint16_t *b,
                              int ldb, float beta, float *c, int ldc) {
  if (m <= 0 || n <= 0)
    return;
  Matrix A{a, lda, transA == kTrans}, B{b, ldb, transB == kTrans};
  if (order != kRowMajor) { // column-major C = A B is row-major C^T = B^T A^T
    std::swap(m, n);
    std::swap(A, B);
  }
  if (k <= 0) {
    for (int i = 0; i < m; ++i)
      for (int j = 0; j < n; ++j) {
        float &x = c[int64_t(i) * ldc + j];
        x = beta == 0 ? 0.0f : beta * x;
      }
    return;
  }
#if defined(__x86_64__)
  if (hasAvx512Bf16()) {
    int threads = numjit::runtime::getNumThreads();
    int pairs = (k + 1) / 2;
    std::vector<uint32_t> packedB(size_t(KC) * size_t(NC));
    for (int jc = 0; jc < n; jc += NC) {
      int nc = std::min(NC, n - jc), ncPadded = (nc + NR - 1) / NR * NR;
      for (int pc = 0; pc < pairs; pc += KC) {
        int kp = std::min(KC, pairs - pc);
        pack(B, /*linesAreColumns=*/true, NR, jc, ncPadded, n, 2 * pc, kp, k, packedB.data());
        // Later k-panels add to what the first wrote.
        float betaHere = pc == 0 ? beta : 1.0f;
        int blocks = (m + MC - 1) / MC;
        parallelFor(blocks, threads, [&](int block) {
          thread_local std::vector<uint32_t> packedA;
          packedA.resize(size_t(MC) * size_t(KC));
          int ic = block * MC, mc = std::min(MC, m - ic), mcPadded = (mc + MR - 1) / MR * MR;
          pack(A, /*linesAreColumns=*/false, MR, ic, mcPadded, m, 2 * pc, kp, k,
               packedA.data());
          for (int jr = 0; jr < nc; jr += NR)
            for (int ir = 0; ir < mc; ir += MR)
              microKernel(kp, packedA.data() + size_t(ir) * size_t(kp),
                          packedB.data() + size_t(jr) * size_t(kp),
                          c + int64_t(ic + ir) * ldc + jc + jr, ldc, std::min(MR, mc - ir),
                          std::min(NR, nc - jr), alpha, betaHere);
        });
      }
    }
    return;
  }
#endif
  widenedSgemm(A, B, m, n, k, alpha, beta, c, ldc);
}
