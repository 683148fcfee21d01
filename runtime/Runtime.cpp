//===- Runtime.cpp - Functions that compiled kernels call -----------------===//

#include "runtime/Runtime.h"

#include <cblas.h>

#include <cstdlib>

// The OpenMP runtime (libomp) that parallel kernels fork through. Declared
// here rather than through <omp.h>, which Debian ships only with clang.
extern "C" {
void omp_set_num_threads(int);
int omp_get_max_threads(void);
}

namespace {
template <typename T> T *at(intptr_t base, int64_t offset) {
  return reinterpret_cast<T *>(base) + offset;
}
CBLAS_TRANSPOSE trans(int64_t t) { return t ? CblasTrans : CblasNoTrans; }
} // namespace

extern "C" void numjit_rt_sgemm(int64_t transA, int64_t transB, int64_t m,
                                int64_t n, int64_t k, intptr_t a,
                                int64_t aOffset, int64_t lda, intptr_t b,
                                int64_t bOffset, int64_t ldb, intptr_t c,
                                int64_t cOffset, int64_t ldc,
                                int64_t accumulate) {
  cblas_sgemm(CblasRowMajor, trans(transA), trans(transB), m, n, k, 1.0f,
              at<float>(a, aOffset), lda, at<float>(b, bOffset), ldb,
              accumulate ? 1.0f : 0.0f, at<float>(c, cOffset), ldc);
}

extern "C" void numjit_rt_dgemm(int64_t transA, int64_t transB, int64_t m,
                                int64_t n, int64_t k, intptr_t a,
                                int64_t aOffset, int64_t lda, intptr_t b,
                                int64_t bOffset, int64_t ldb, intptr_t c,
                                int64_t cOffset, int64_t ldc,
                                int64_t accumulate) {
  cblas_dgemm(CblasRowMajor, trans(transA), trans(transB), m, n, k, 1.0,
              at<double>(a, aOffset), lda, at<double>(b, bOffset), ldb,
              accumulate ? 1.0 : 0.0, at<double>(c, cOffset), ldc);
}

const numjit::runtime::Symbol *numjit::runtime::symbols(int64_t &count) {
  static const Symbol table[] = {
      {"numjit_rt_sgemm", reinterpret_cast<void *>(&numjit_rt_sgemm)},
      {"numjit_rt_dgemm", reinterpret_cast<void *>(&numjit_rt_dgemm)},
  };
  count = sizeof(table) / sizeof(table[0]);
  return table;
}

void numjit::runtime::initialize() {
  // libomp reads its settings once, when it starts. Idle OpenMP threads
  // spin for a while by default, which starves OpenBLAS's own threads when
  // a kernel mixes parallel loops and BLAS calls; unless the user chose,
  // they sleep instead.
  static const bool once = [] {
    if (!std::getenv("OMP_WAIT_POLICY") && !std::getenv("KMP_BLOCKTIME"))
      setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
    return true;
  }();
  (void)once;
}

void numjit::runtime::setNumThreads(int n) {
  initialize();
  if (n < 1)
    n = 1;
  omp_set_num_threads(n);
  openblas_set_num_threads(n);
}

int numjit::runtime::getNumThreads() {
  initialize();
  return omp_get_max_threads();
}
