//===- allocations.cpp - A counting operator new for allocations.h --------===//

#include "allocations.h"

#include <atomic>
#include <cstdlib>
#include <new>

// GCC sees the replaced operator new inlined next to operator delete's
// free() and reports a mismatch that is not one: both use malloc/free.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

namespace {
std::atomic<uint64_t> &count() {
  static std::atomic<uint64_t> n{0}; // constant-initialized: safe before main
  return n;
}
} // namespace

uint64_t bench::heapBlocks() { return count().load(std::memory_order_relaxed); }

void *operator new(size_t n) {
  count().fetch_add(1, std::memory_order_relaxed);
  if (void *p = std::malloc(n ? n : 1))
    return p;
  throw std::bad_alloc();
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete(void *p, size_t) noexcept { std::free(p); }
