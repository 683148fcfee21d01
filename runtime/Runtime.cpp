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

const numjit::runtime::Symbol *numjit::runtime::symbols(int64_t &count) {
  static const Symbol table[] = {
      {"cblas_sgemm", reinterpret_cast<void *>(&cblas_sgemm)},
      {"cblas_dgemm", reinterpret_cast<void *>(&cblas_dgemm)},
      {"numjit_sbgemm", reinterpret_cast<void *>(&numjit_sbgemm)},
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
