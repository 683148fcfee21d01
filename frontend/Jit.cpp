//===- Jit.cpp - jit(): per-signature trace, compile, cache, call ---------===//

#include "frontend/Trace.h"

#include "ir/NumjitOps.h"
#include "jit/Compiler.h"

#include "mlir/IR/Diagnostics.h"

#include <atomic>
#include <cstring>
#include <mutex>
#include <shared_mutex>

namespace numjit {

using detail::fail;
using detail::Trace;

const std::string &Lowered::as_text(Stage stage, std::source_location loc) const {
  size_t i = size_t(stage) - 1;
  if (i >= texts_.size())
    detail::fail("as_text", "no such stage: " + std::to_string(size_t(stage)), loc);
  if (texts_[i].empty())
    detail::fail("as_text",
                 stage == Stage::GPU || stage == Stage::PTX
                     ? "the GPU and PTX stages exist for CUDA targets only "
                       "(jit(f, numjit::cuda(...)))"
                     : "this compile has no stage " + std::to_string(size_t(stage)),
                 loc);
  return texts_[i];
}

namespace detail {

bool is_tracing() { return Trace::current() != nullptr; }

namespace {
/// One compiled signature of a jit()ed function.
struct CachedKernel {
  mlir::numjit::KernelRef kernel;
  std::vector<Array> captures;
  std::string signature;
  /// One result, computed elementwise from same-shaped inputs: a
  /// destination that is exactly one of the inputs can be written in place.
  bool inPlace = false;
};

/// Moves on every clear() and destruction of a JitCache; each thread's hit
/// cache drops what it holds when it sees it move.
std::atomic<uint64_t> generation{1};
std::atomic<uint64_t> nextCacheId{1};

/// The kernels this thread called last, so that a repeated call takes no
/// lock and changes no reference count.
struct HitCache {
  struct Slot {
    uint64_t cache = 0;
    std::shared_ptr<const CachedKernel> entry;
  };
  std::array<Slot, 4> slots;
  uint64_t generation = 0;
  unsigned next = 0;

  void drop() {
    for (Slot &slot : slots)
      slot = Slot();
  }
  const CachedKernel *find(uint64_t cache, const std::string &signature) {
    uint64_t now = ::numjit::detail::generation.load(std::memory_order_acquire);
    if (generation != now) {
      drop();
      generation = now;
    }
    for (Slot &slot : slots)
      if (slot.cache == cache && slot.entry->signature == signature)
        return slot.entry.get();
    return nullptr;
  }
  void add(uint64_t cache, std::shared_ptr<const CachedKernel> entry) {
    slots[next++ % slots.size()] = Slot{cache, std::move(entry)};
  }
};
thread_local HitCache hits;

/// Whether every op of `func` maps elements to elements at the same index
/// (arithmetic, comparisons, selects, conversions, hashing, constants, and
/// broadcasts of arguments that do not permute dimensions), so that an
/// output may share memory with a same-shaped input: each element of the
/// input is read only to compute the output element at its own index.
bool isElementwise(mlir::func::FuncOp func) {
  using namespace mlir::numjit;
  mlir::WalkResult walk = func.walk([&](mlir::Operation *op) {
    if (op == func.getOperation() || mlir::isa<mlir::func::ReturnOp>(op))
      return mlir::WalkResult::advance();
    if (auto b = mlir::dyn_cast<BroadcastInDimOp>(op)) {
      auto in = mlir::cast<mlir::RankedTensorType>(b.getOperand().getType());
      bool identity = in.getShape() == b.getType().getShape();
      if (identity)
        for (auto [i, d] : llvm::enumerate(b.getDims()))
          identity &= d == int64_t(i);
      bool fromArgument = mlir::isa<mlir::BlockArgument>(b.getOperand()) ||
                          b.getOperand().getDefiningOp<ConstantOp>();
      return fromArgument && (identity || in.getShape() != b.getType().getShape())
                 ? mlir::WalkResult::advance()
                 : mlir::WalkResult::interrupt();
    }
    if (op->getNumRegions() == 0 &&
        (op->hasTrait<mlir::OpTrait::SameOperandsAndResultType>() ||
         mlir::isa<CompareOp, SelectOp, ConvertOp, BitcastConvertOp, ConstantOp, IotaOp,
                   GetDimensionSizeOp>(op)))
      return mlir::WalkResult::advance();
    return mlir::WalkResult::interrupt();
  });
  return !walk.wasInterrupted();
}

/// The bytes an array's buffer spans.
std::pair<const char *, const char *> byteRange(const Array &a) {
  auto *p = static_cast<const char *>(a.impl()->data);
  return {p, p + size_t(a.size()) * itemsize(a.dtype())};
}
bool overlaps(const Array &a, const Array &b) {
  auto [a0, a1] = byteRange(a);
  auto [b0, b1] = byteRange(b);
  return a0 < b1 && b0 < a1;
}
} // namespace

struct JitCache::Impl {
  explicit Impl(Target target)
      : target(std::move(target)), cuda(this->target.is_cuda()), id(nextCacheId++) {}
  Target target;
  bool cuda;
  uint64_t id; ///< Names this cache in the threads' hit caches.
  std::shared_mutex mutex;
  std::unordered_map<std::string, std::shared_ptr<const CachedKernel>> entries;

  /// The kernel for `args`, traced and compiled on a miss.
  const CachedKernel &lookup(std::span<const Array *const> args, const std::string &key,
                             const TraceFn &trace, const std::source_location &loc);
};

JitCache::JitCache(Target target)
    : impl_(std::make_unique<Impl>(std::move(target))) {}
JitCache::~JitCache() {
  generation++;
  hits.drop();
}

void JitCache::clear() {
  std::unique_lock lock(impl_->mutex);
  impl_->entries.clear();
  generation++;
  hits.drop();
}

/// Rejects arrays traced by a trace that is not running.
static void checkConcrete(std::span<const Array *const> args,
                          const std::source_location &loc) {
  for (const Array *a : args)
    if (a->is_traced())
      fail("jit",
           "argument of shape " + shape_str(a->shape()) +
               " is a traced value that escaped its trace",
           loc);
}

/// Traces `trace` on arguments shaped like `args`.
static std::vector<Array> traceOn(Trace &t, const TraceFn &trace) {
  Trace::Scope scope(t);
  return trace(t.arguments());
}

static std::vector<Array> copies(std::span<const Array *const> args) {
  std::vector<Array> out;
  out.reserve(args.size());
  for (const Array *a : args)
    out.push_back(*a);
  return out;
}

const CachedKernel &JitCache::Impl::lookup(std::span<const Array *const> args,
                                           const std::string &key, const TraceFn &trace,
                                           const std::source_location &loc) {
  checkConcrete(args, loc);
  if (cuda)
    require_cuda("jit", target.name(), loc);

  // The signature: static key, then dtype and shape of each argument. One
  // buffer per thread, so a cache hit allocates nothing here.
  thread_local std::string signature;
  signature.assign(key);
  for (const Array *a : args) {
    signature.push_back(char(a->dtype()));
    signature.push_back(char(a->ndim()));
    signature.append(reinterpret_cast<const char *>(a->shape().data()),
                     a->shape().size() * sizeof(int64_t));
  }
  if (const CachedKernel *hit = hits.find(id, signature))
    return *hit;

  std::shared_ptr<const CachedKernel> entry;
  {
    std::shared_lock lock(mutex);
    auto it = entries.find(signature);
    if (it != entries.end())
      entry = it->second;
  }
  if (!entry) {
    std::vector<Array> prototypes = copies(args);
    auto t = std::make_shared<Trace>(prototypes);
    std::vector<Array> results = traceOn(*t, trace);
    auto fresh = std::make_shared<CachedKernel>();
    fresh->signature = signature;
    fresh->inPlace = results.size() == 1 && isElementwise(t->func());
    fresh->kernel = compile(*t, results, "jit", loc, target.name());
    fresh->captures = t->captures();
    std::unique_lock lock(mutex);
    entry = entries.emplace(signature, std::move(fresh)).first->second;
  }
  hits.add(id, entry);
  return *entry; // the hit cache holds it until this thread's next lookup
}

std::vector<Array> &JitCache::call(std::span<const Array *const> args,
                                   const std::string &key, const TraceFn &trace,
                                   const std::source_location &loc) {
  thread_local std::vector<Array> results;
  // Inside an outer trace (jit of a function that calls a jitted one), the
  // inner function is simply traced inline.
  if (Trace::current()) {
    results = trace(copies(args));
    return results;
  }
  const CachedKernel &entry = impl_->lookup(args, key, trace, loc);
  results.clear(); // after the lookup: tracing may have used it
  if (impl_->cuda) {
    std::vector<Array> inputs = copies(args);
    results = run_on_device(*entry.kernel, inputs, entry.captures, loc);
  } else {
    run(*entry.kernel, args, entry.captures, results);
  }
  return results;
}

std::vector<Array> JitCache::call(std::span<const Array> args, const std::string &key,
                                  const TraceFn &trace, const std::source_location &loc) {
  llvm::SmallVector<const Array *, 8> pointers;
  for (const Array &a : args)
    pointers.push_back(&a);
  return std::move(call(pointers, key, trace, loc));
}

void JitCache::call_into(std::span<const Array *const> outs,
                         std::span<const Array *const> args, const std::string &key,
                         const TraceFn &trace, const std::source_location &loc) {
  if (Trace::current())
    fail("into", "jf.into writes into caller memory, which a trace cannot do: inside a "
                 "traced function call jf(args...) and return its result",
         loc);
  const CachedKernel &entry = impl_->lookup(args, key, trace, loc);
  const mlir::numjit::Kernel &kernel = *entry.kernel;
  if (outs.size() != kernel.outputs.size())
    fail("into", "the function has " + std::to_string(kernel.outputs.size()) +
                     " result(s) but " + std::to_string(outs.size()) +
                     " destination(s) were given",
         loc);
  llvm::SmallVector<void *, 4> buffers;
  llvm::SmallVector<std::shared_ptr<ArrayImpl>, 2> temporaries;
  for (size_t i = 0; i < outs.size(); ++i) {
    const Array &out = *outs[i];
    const mlir::numjit::BufferSpec &spec = kernel.outputs[i];
    if (out.is_traced() || !out.impl()->writable)
      fail("into", "destination " + std::to_string(i) + " (shape " +
                       shape_str(out.shape()) + ") is not a writable view: make it with "
                       "nj::view(T *data, shape) over non-const memory, or nj::from_dlpack",
           loc);
    if (out.dtype() != DType(spec.kind) || out.shape() != spec.shape)
      fail("into", "result " + std::to_string(i) + " is " + dtype_name(DType(spec.kind)) +
                       " of shape " + shape_str(Shape(spec.shape)) + ", but its destination is " +
                       dtype_name(out.dtype()) + " of shape " + shape_str(out.shape()),
           loc);
    // An output sharing memory with an input is written in place only when
    // it is exactly that input and the kernel is elementwise; else it goes
    // through a temporary.
    bool clash = false;
    for (const Array *a : args)
      if (overlaps(out, *a))
        clash |= !(entry.inPlace && a->impl()->data == out.impl()->data &&
                   a->shape() == out.shape() && a->dtype() == out.dtype());
    for (const Array &a : entry.captures)
      clash |= overlaps(out, a);
    for (size_t j = 0; j < i; ++j)
      clash |= overlaps(out, *outs[j]);
    if (clash) {
      temporaries.push_back(alloc_array(out.dtype(), out.shape()));
      buffers.push_back(temporaries.back()->data);
    } else {
      buffers.push_back(out.impl()->data);
    }
  }
  if (impl_->cuda) {
    std::vector<Array> inputs = copies(args);
    std::vector<Array> results = run_on_device(kernel, inputs, entry.captures, loc);
    for (size_t i = 0; i < outs.size(); ++i)
      std::memcpy(buffers[i], results[i].impl()->data,
                  size_t(results[i].size()) * itemsize(results[i].dtype()));
  } else {
    run_into(kernel, args, entry.captures, buffers);
  }
  for (size_t i = 0; i < outs.size(); ++i) {
    const ArrayImpl &out = *outs[i]->impl();
    if (buffers[i] != out.data) // through a temporary
      std::memcpy(out.data, buffers[i], size_t(out.size) * itemsize(out.dtype));
    if (out.strided)
      write_back(out);
  }
}

Lowered JitCache::lower(std::span<const Array> args, const TraceFn &trace,
                        const std::source_location &loc) {
  for (const Array &a : args) {
    const Array *p = &a;
    checkConcrete({&p, 1}, loc);
  }
  auto t = std::make_shared<Trace>(args);
  std::vector<Array> results = traceOn(*t, trace);
  t->finish(results, loc);

  std::vector<std::string> texts(mlir::numjit::kNumStages);
  mlir::numjit::CompileOptions options;
  options.target = impl_->target.name();
  options.onStage = [&](mlir::numjit::Stage stage, llvm::StringRef text) {
    texts[size_t(stage) - 1] = text.str();
  };
  std::string diagnostics;
  mlir::ScopedDiagnosticHandler handler(&context(), [&](mlir::Diagnostic &d) {
    diagnostics += "\n  " + d.str();
    return mlir::success();
  });
  // NUMJIT_DUMP_DIR gets these stages too, as lowered<N>/.
  static std::atomic<unsigned> lowerings{0};
  options = mlir::numjit::withDumpDir(options, "lowered" + std::to_string(lowerings++));
  if (mlir::failed(mlir::numjit::compileToObject(t->module(), options, "lowered")))
    fail("lower", "compiling the traced function failed:" + diagnostics, loc);
  return Lowered(std::move(texts));
}

} // namespace detail
} // namespace numjit
