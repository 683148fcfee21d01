//===- Eager.cpp - bind(): trace an op, or run it now ---------------------===//
//
// Outside a trace every primitive runs as a single-op kernel, compiled once
// per (primitive, attributes, operand types) and kept in a cache here.
//
//===----------------------------------------------------------------------===//

#include "frontend/Trace.h"
#include "jit/Engine.h"

#include <mutex>
#include <shared_mutex>
#include <vector>

namespace numjit::detail {

using mlir::numjit::KernelRef;

//===----------------------------------------------------------------------===//
// bind: trace, or run one op now
//===----------------------------------------------------------------------===//

namespace {
/// Single-op kernels for eager execution, keyed by (prim, attrs, operand
/// types). The engine caches by module text too; this cache skips building
/// the module at all on a hit.
class EagerCache {
public:
  static EagerCache &get() {
    static EagerCache cache;
    return cache;
  }
  KernelRef lookup(const std::string &key) {
    std::shared_lock lock(mutex_);
    auto it = kernels_.find(key);
    return it == kernels_.end() ? nullptr : it->second;
  }
  void insert(const std::string &key, KernelRef kernel) {
    std::unique_lock lock(mutex_);
    // Ops run on ever new shapes do not keep every kernel.
    if (kernels_.size() >= mlir::numjit::kernelCacheBound())
      kernels_.clear();
    kernels_.emplace(key, std::move(kernel));
  }
  void clear() {
    std::unique_lock lock(mutex_);
    kernels_.clear();
  }

private:
  std::shared_mutex mutex_;
  std::unordered_map<std::string, KernelRef> kernels_;
};

template <typename T> void appendBytes(std::string &key, const T &value) {
  key.append(reinterpret_cast<const char *>(&value), sizeof(T));
}
void appendInts(std::string &key, const std::vector<int64_t> &v) {
  appendBytes(key, v.size());
  key.append(reinterpret_cast<const char *>(v.data()), v.size() * sizeof(int64_t));
}
} // namespace

void clear_eager_cache() { EagerCache::get().clear(); }

namespace {
struct LibraryCaches {
  std::mutex mutex;
  std::vector<JitCache *> caches;
  static LibraryCaches &get() {
    static LibraryCaches &all = *new LibraryCaches;
    return all;
  }
};
} // namespace

JitCache &library_cache() {
  auto *cache = new JitCache(host());
  LibraryCaches &all = LibraryCaches::get();
  std::lock_guard lock(all.mutex);
  all.caches.push_back(cache);
  return *cache;
}

void clear_library_caches() {
  LibraryCaches &all = LibraryCaches::get();
  std::lock_guard lock(all.mutex);
  for (JitCache *cache : all.caches)
    cache->clear();
}

static std::string eagerKey(Prim prim, std::span<const Array> operands,
                            const Attrs &attrs, DType dtype, const Shape &shape) {
  std::string key;
  key.reserve(128);
  appendBytes(key, prim);
  appendBytes(key, dtype);
  appendInts(key, shape);
  for (const auto *v : {&attrs.a, &attrs.b, &attrs.c, &attrs.d})
    appendInts(key, *v);
  appendBytes(key, attrs.i);
  appendBytes(key, attrs.f);
  for (const Array &a : operands) {
    appendBytes(key, a.dtype());
    appendInts(key, a.shape());
  }
  return key;
}

Array bind(Prim prim, std::span<const Array> operands, const Attrs &attrs,
           DType dtype, Shape shape, const std::source_location &loc) {
  if (Trace *trace = Trace::current())
    return trace->emit(prim, operands, attrs, dtype, shape, loc);

  for (const Array &a : operands)
    if (a.is_traced())
      fail(prim_name(prim),
           "a traced value of shape " + shape_str(a.shape()) +
               " escaped the jit trace it belongs to (keep traced arrays "
               "inside the function being traced)",
           loc);

  std::string key = eagerKey(prim, operands, attrs, dtype, shape);
  KernelRef kernel = EagerCache::get().lookup(key);
  if (!kernel) {
    auto trace = std::make_shared<Trace>(operands);
    std::vector<Array> args = trace->arguments();
    Array result;
    {
      Trace::Scope scope(*trace);
      result = trace->emit(prim, args, attrs, dtype, shape, loc);
    }
    kernel = compile(*trace, {&result, 1}, prim_name(prim), loc);
    EagerCache::get().insert(key, kernel);
  }
  try {
    return run(*kernel, operands, {})[0];
  } catch (const std::bad_alloc &) { // a result larger than memory
    fail(prim_name(prim), "out of memory for the result, " + std::string(dtype_name(dtype)) +
                              shape_str(shape),
         loc);
  }
}

} // namespace numjit::detail
