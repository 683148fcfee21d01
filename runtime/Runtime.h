//===- Runtime.h - What compiled kernels call -------------------*- C++ -*-===//
//
// The few things a kernel does not generate itself: large matrix products go
// to OpenBLAS (`cblas_sgemm/dgemm`, called directly) or, for bf16, to
// numjit's own `numjit_sbgemm`, and the thread count
// of parallel loops (OpenMP) and of BLAS is set here. The JIT defines the
// BLAS symbols for its kernels (Engine), so nothing has to be exported from
// the executable; an ahead-of-time object links OpenBLAS itself.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_RUNTIME_RUNTIME_H
#define NUMJIT_RUNTIME_RUNTIME_H

#include <cstdint>

/// C = alpha * op(A) op(B) + beta * C for bf16 A and B and f32 C, with
/// cblas_sbgemm's arguments (order 101 row-major / 102 column-major, trans
/// 111 no / 112 yes): on AVX512-BF16 where the CPU has it, else widened to
/// f32 through cblas_sgemm (Bf16Gemm.cpp).
extern "C" void numjit_sbgemm(int order, int transA, int transB, int m, int n, int k,
                              float alpha, const uint16_t *a, int lda, const uint16_t *b,
                              int ldb, float beta, float *c, int ldc);

namespace numjit::runtime {
/// One symbol a kernel may call: its name and address.
struct Symbol {
  const char *name;
  void *address;
};
/// The BLAS functions kernels call, for the JIT to define.
const Symbol *symbols(int64_t &count);
/// The mgpu* functions GPU kernels' host code calls (Cuda.cpp).
const Symbol *cudaSymbols(int64_t &count);

/// Sets up the OpenMP runtime's defaults before its first use; the JIT
/// calls it when it starts.
void initialize();

/// Threads used by parallel kernels and by BLAS calls (default: the number
/// of cores, or OMP_NUM_THREADS when set).
void setNumThreads(int n);
int getNumThreads();
} // namespace numjit::runtime

#endif // NUMJIT_RUNTIME_RUNTIME_H
