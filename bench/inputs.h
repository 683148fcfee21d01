//===- inputs.h - The inputs and output buffers every workload shares -----===//
//
// Every implementation of W1-W4 (and the triad) reads the same input
// buffers and writes into the same output buffer: on this VM where a buffer
// lands changes the speed of a memory-bound loop by up to 1.7x (the same
// Eigen sum(x*y) took 5.1 ms on one pair of 64 MiB buffers and 8.6 ms on
// another), which would swamp the differences between implementations.
// Inputs are made once. A baseline's output is an array from numjit's
// buffer pool, taken for the benchmark's run: the pool hands back the
// buffer it got last, so that is the buffer numjit's own results use too.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_BENCH_INPUTS_H
#define NUMJIT_BENCH_INPUTS_H

#include <numjit/numjit.h>

#include <benchmark/benchmark.h>

namespace bench {

namespace nj = numjit;

constexpr int64_t kN = int64_t(1) << 24;
constexpr int64_t kRows = 4096, kCols = 1024;

std::vector<float> randomVector(int64_t n, float lo = -2, float hi = 2, unsigned seed = 1);
nj::Array randomArray(const nj::Shape &shape, unsigned seed = 1);
const float *ptr(const nj::Array &a);
/// The input of `shape` made from `seed`, made once.
const nj::Array &input(const nj::Shape &shape, unsigned seed);
/// W1-W3's vectors (kN elements) and W4's matrix (kRows x kCols).
const nj::Array &vec(unsigned seed);
const nj::Array &w4Input();

/// An output buffer of `n` floats from numjit's buffer pool.
struct Output {
  explicit Output(int64_t n) : array(nj::zeros({n})) {}
  float *data() const { return static_cast<float *>(const_cast<void *>(array.data())); }
  nj::Array array;
};

inline void setBytes(benchmark::State &state, int64_t bytesPerIteration) {
  state.SetBytesProcessed(state.iterations() * bytesPerIteration);
}

} // namespace bench

#endif // NUMJIT_BENCH_INPUTS_H
