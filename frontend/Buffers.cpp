//===- Buffers.cpp - Array storage: allocation and the buffer pool --------===//

#include "frontend/Trace.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <new>
#include <sys/mman.h>

namespace numjit::detail {

int64_t num_elements(const Shape &shape) {
  int64_t n = 1;
  bool overflow = false;
  for (int64_t d : shape) {
    if (is_symbolic(d))
      return -1;
    overflow |= __builtin_mul_overflow(n, d, &n);
  }
  // A shape with a zero is empty whatever its other sizes; one too large to
  // count (checked_num_elements refuses those) saturates.
  if (overflow)
    return std::find(shape.begin(), shape.end(), 0) != shape.end()
               ? 0
               : std::numeric_limits<int64_t>::max();
  return n;
}

int64_t checked_num_elements(const char *op, const Shape &shape,
                             const std::source_location &loc) {
  int64_t n = 1;
  for (int64_t d : shape) {
    if (d < 0)
      fail(op, (is_symbolic(d) ? "a concrete array cannot have a symbolic size: "
                               : "negative dimension in shape ") +
                   shape_str(shape),
           loc);
    if (d != 0 && n > std::numeric_limits<int64_t>::max() / d) {
      for (int64_t e : shape) // an empty array of a huge shape is still fine
        if (e == 0)
          return 0;
      fail(op, "shape " + shape_str(shape) + " has more elements than int64 can count",
           loc);
    }
    n *= d;
  }
  // Eight bytes an element at most: the byte count must fit int64 too.
  if (n > std::numeric_limits<int64_t>::max() / 8)
    fail(op, "shape " + shape_str(shape) + " has " + std::to_string(n) +
                 " elements, too many to address in bytes (int64)",
         loc);
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

namespace {
std::atomic<uint64_t> bufferAllocations{0};
} // namespace

std::shared_ptr<void> alloc_buffer(size_t bytes) {
  bufferAllocations.fetch_add(1, std::memory_order_relaxed);
  // Never null, 64-byte aligned; a zero-size array still gets one line.
  if (bytes > size_t(std::numeric_limits<ptrdiff_t>::max())) // no rounding overflows below
    throw std::bad_alloc();
  size_t rounded = (std::max<size_t>(bytes, 1) + 63) / 64 * 64;
  if (rounded < BufferPool::kMinBytes) {
    void *p = std::aligned_alloc(64, rounded);
    if (!p)
      throw std::bad_alloc();
    return std::shared_ptr<void>(p, std::free);
  }
  void *p = BufferPool::get().take(rounded);
  if (!p) // more than memory holds: an exception, not a write through null
    throw std::bad_alloc();
  return std::shared_ptr<void>(p, [rounded](void *q) { BufferPool::get().give(q, rounded); });
}

namespace {
/// Per-thread free lists of ArrayImpls (with their shape vectors' storage)
/// and of the shared_ptr control blocks that own them: making and dropping
/// a small array then costs no trip to malloc. Fixed arrays, trivially
/// destructible, so that reading it is one load off the thread pointer;
/// `PoolReaper` frees what it holds when the thread ends.
struct ImplPool {
  static constexpr size_t kMaxFree = 256;
  static constexpr size_t kBlockBytes = 64;
  ArrayImpl *impls[kMaxFree];
  size_t numImpls;
  void *blocks[kMaxFree];
  size_t numBlocks;
  /// Set once the thread's reaper has run: arrays freed afterwards (by
  /// other thread-local destructors) bypass the pool.
  bool gone;
};
[[gnu::tls_model("initial-exec")]] thread_local ImplPool pool{};

struct PoolReaper {
  bool armed = false;
  ~PoolReaper() {
    pool.gone = true;
    for (size_t i = 0; i < pool.numImpls; ++i)
      delete pool.impls[i];
    for (size_t i = 0; i < pool.numBlocks; ++i)
      ::operator delete(pool.blocks[i]);
    pool.numImpls = pool.numBlocks = 0;
  }
};
/// Touched when a thread first makes an ArrayImpl, which registers the
/// reaper's destructor for that thread.
thread_local PoolReaper reaper;

template <typename T> struct BlockAllocator {
  using value_type = T;
  static constexpr bool kPooled =
      sizeof(T) <= ImplPool::kBlockBytes && alignof(T) <= alignof(std::max_align_t);
  BlockAllocator() = default;
  template <typename U> BlockAllocator(const BlockAllocator<U> &) {}
  T *allocate(size_t n) {
    if (!kPooled || n != 1)
      return static_cast<T *>(::operator new(n * sizeof(T)));
    if (pool.numBlocks > 0)
      return static_cast<T *>(pool.blocks[--pool.numBlocks]);
    return static_cast<T *>(::operator new(ImplPool::kBlockBytes));
  }
  void deallocate(T *p, size_t n) {
    if (kPooled && n == 1 && !pool.gone && pool.numBlocks < ImplPool::kMaxFree)
      pool.blocks[pool.numBlocks++] = p;
    else
      ::operator delete(p);
  }
  template <typename U> bool operator==(const BlockAllocator<U> &) const { return true; }
};

struct Recycle {
  void operator()(ArrayImpl *p) const noexcept {
    // These may free further arrays (a trace's, a DLPack tensor's), which
    // come back here: nothing below is iterating.
    p->owner.reset();
    p->trace.reset();
    p->strided.reset();
    if (pool.gone || pool.numImpls >= ImplPool::kMaxFree) {
      delete p;
      return;
    }
    p->shape.clear();
    p->size = 0;
    p->weak = false;
    p->writable = false;
    p->data = nullptr;
    p->value = {};
    pool.impls[pool.numImpls++] = p;
  }
};
} // namespace

std::shared_ptr<ArrayImpl> new_impl() {
  ArrayImpl *p;
  if (pool.numImpls > 0) {
    p = pool.impls[--pool.numImpls];
  } else {
    reaper.armed = true; // constructs, so registers, this thread's reaper
    p = new ArrayImpl();
  }
  return std::shared_ptr<ArrayImpl>(p, Recycle(), BlockAllocator<ArrayImpl>());
}

Array abstract_array(DType dtype, Shape shape) {
  std::shared_ptr<ArrayImpl> impl = new_impl();
  impl->dtype = dtype;
  impl->size = num_elements(shape);
  impl->shape = std::move(shape);
  return Array(std::move(impl));
}

std::shared_ptr<ArrayImpl> alloc_array(DType dtype, const Shape &shape) {
  std::shared_ptr<ArrayImpl> impl = new_impl();
  impl->dtype = dtype;
  impl->size = num_elements(shape);
  impl->shape.assign(shape.begin(), shape.end()); // reuses the pooled storage
  size_t bytes;
  if (__builtin_mul_overflow(size_t(impl->size), itemsize(dtype), &bytes))
    throw std::bad_alloc();
  if (bytes <= sizeof(impl->small)) {
    impl->data = impl->small;
  } else {
    impl->owner = alloc_buffer(bytes);
    impl->data = impl->owner.get();
  }
  return impl;
}

} // namespace numjit::detail

uint64_t numjit::num_buffer_allocations() {
  return detail::bufferAllocations.load(std::memory_order_relaxed);
}
