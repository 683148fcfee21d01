//===- Buffers.cpp - Array storage: allocation and the buffer pool --------===//

#include "frontend/Trace.h"

#include <cstdlib>
#include <mutex>
#include <sys/mman.h>

namespace numjit::detail {

int64_t num_elements(const Shape &shape) {
  int64_t n = 1;
  for (int64_t d : shape) {
    if (is_symbolic(d))
      return -1;
    n *= d;
  }
  return n;
}

namespace {
/// Recycles large buffers: mapping and faulting in fresh pages for every
/// output of a big kernel costs more than the kernel itself. Holds at most
/// four free buffers per size and 1 GiB in all.
class BufferPool {
public:
  static constexpr size_t kMinBytes = size_t(1) << 20;

  static BufferPool &get() {
    static BufferPool *pool = new BufferPool; // never destroyed: outlives arrays
    return *pool;
  }
  void *take(size_t bytes) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto it = free_.find(bytes);
      if (it != free_.end() && !it->second.empty()) {
        void *p = it->second.back();
        it->second.pop_back();
        held_ -= bytes;
        return p;
      }
    }
    return allocate(bytes);
  }
  void give(void *p, size_t bytes) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      std::vector<void *> &list = free_[bytes];
      if (list.size() < 4 && held_ + bytes <= (size_t(1) << 30)) {
        list.push_back(p);
        held_ += bytes;
        return;
      }
    }
    std::free(p);
  }

private:
  /// Large buffers start on a 2 MiB boundary and ask for transparent huge
  /// pages: a pass over them then takes a TLB miss and a page fault per
  /// 2 MiB instead of per 4 KiB.
  static void *allocate(size_t bytes) {
    constexpr size_t kHuge = size_t(2) << 20;
    if (bytes < 2 * kHuge)
      return std::aligned_alloc(64, bytes);
    size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
    void *p = std::aligned_alloc(kHuge, rounded);
    if (p)
      madvise(p, rounded, MADV_HUGEPAGE); // advice only: failure is harmless
    return p;
  }

  std::mutex mutex_;
  std::unordered_map<size_t, std::vector<void *>> free_;
  size_t held_ = 0;
};
} // namespace

std::shared_ptr<void> alloc_buffer(size_t bytes) {
  // Never null, 64-byte aligned; a zero-size array still gets one line.
  size_t rounded = (std::max<size_t>(bytes, 1) + 63) / 64 * 64;
  if (rounded < BufferPool::kMinBytes)
    return std::shared_ptr<void>(std::aligned_alloc(64, rounded), std::free);
  return std::shared_ptr<void>(BufferPool::get().take(rounded), [rounded](void *p) {
    BufferPool::get().give(p, rounded);
  });
}

Array abstract_array(DType dtype, Shape shape) {
  auto impl = std::make_shared<ArrayImpl>();
  impl->dtype = dtype;
  impl->size = num_elements(shape);
  impl->shape = std::move(shape);
  return Array(std::move(impl));
}

std::shared_ptr<ArrayImpl> alloc_array(DType dtype, Shape shape) {
  auto impl = std::make_shared<ArrayImpl>();
  impl->dtype = dtype;
  impl->size = num_elements(shape);
  impl->shape = std::move(shape);
  size_t bytes = size_t(impl->size) * itemsize(dtype);
  if (bytes <= sizeof(impl->small)) {
    impl->data = impl->small;
  } else {
    impl->owner = alloc_buffer(bytes);
    impl->data = impl->owner.get();
  }
  return impl;
}

} // namespace numjit::detail
