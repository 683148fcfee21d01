//===- allocations.h - What a call allocates, as benchmark counters -------===//
//
// The binary that links allocations.cpp counts its C++ heap blocks (a
// replaced operator new: its own allocations, Eigen's and the benchmark
// library's included, so read the counters around numjit calls only).
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_BENCH_ALLOCATIONS_H
#define NUMJIT_BENCH_ALLOCATIONS_H

#include <numjit/numjit.h>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>

namespace bench {

/// operator new calls so far.
uint64_t heapBlocks();

/// What a numjit call allocates, per call since construction: array
/// buffers (numjit's count) and C++ heap blocks.
class Allocations {
public:
  Allocations() : buffers_(numjit::num_buffer_allocations()), heap_(heapBlocks()) {}
  void report(benchmark::State &state) const {
    double n = double(std::max<int64_t>(state.iterations(), 1));
    state.counters["buffers/call"] = double(numjit::num_buffer_allocations() - buffers_) / n;
    state.counters["heap/call"] = double(heapBlocks() - heap_) / n;
  }

private:
  uint64_t buffers_, heap_;
};

} // namespace bench

#endif // NUMJIT_BENCH_ALLOCATIONS_H
