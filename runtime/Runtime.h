//===- Runtime.h - Functions that compiled kernels call ---------*- C++ -*-===//
//
// The few things a kernel does not generate itself: large matrix products go
// to a BLAS library, and the thread count of parallel loops (OpenMP) and of
// BLAS is set here. Kernels reach these functions by name; the JIT defines
// the names (Engine), so nothing has to be exported from the executable.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_RUNTIME_RUNTIME_H
#define NUMJIT_RUNTIME_RUNTIME_H

#include <cstdint>

extern "C" {
/// C[m x n] (+)= op(A) op(B) in row-major storage: op(A) is A[m x k] or, with
/// `transA`, A[k x m] read transposed (likewise B). Each pointer is
/// `base + offset` elements and `ld*` is the row stride in elements. With
/// `accumulate` zero, C is overwritten (BLAS beta = 0).
void numjit_rt_sgemm(int64_t transA, int64_t transB, int64_t m, int64_t n,
                     int64_t k, intptr_t a, int64_t aOffset, int64_t lda,
                     intptr_t b, int64_t bOffset, int64_t ldb, intptr_t c,
                     int64_t cOffset, int64_t ldc, int64_t accumulate);
/// The same in double precision.
void numjit_rt_dgemm(int64_t transA, int64_t transB, int64_t m, int64_t n,
                     int64_t k, intptr_t a, int64_t aOffset, int64_t lda,
                     intptr_t b, int64_t bOffset, int64_t ldb, intptr_t c,
                     int64_t cOffset, int64_t ldc, int64_t accumulate);
}

namespace numjit::runtime {
/// One symbol a kernel may call: its name and address.
struct Symbol {
  const char *name;
  void *address;
};
/// Every function above, for the JIT to define.
const Symbol *symbols(int64_t &count);

/// Sets up the OpenMP runtime's defaults before its first use; the JIT
/// calls it when it starts.
void initialize();

/// Threads used by parallel kernels and by BLAS calls (default: the number
/// of cores, or OMP_NUM_THREADS when set).
void setNumThreads(int n);
int getNumThreads();
} // namespace numjit::runtime

#endif // NUMJIT_RUNTIME_RUNTIME_H
