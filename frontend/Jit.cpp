//===- Jit.cpp - jit(): per-signature trace, compile, cache, call ---------===//

#include "frontend/Trace.h"

#include "ir/NumjitOps.h"
#include "jit/Compiler.h"
#include "jit/Engine.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/Format.h"

#include <atomic>
#include <chrono>
#include <cstring>
#include <iterator>
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

const std::string &Lowered::as_dot(Stage stage, std::source_location loc) const {
  size_t i = size_t(stage) - 1;
  if ((stage != Stage::Traced && stage != Stage::Fused) || i >= graphs_.size() ||
      graphs_[i].empty())
    detail::fail("as_dot",
                 "graphs are drawn of the Traced and Fused stages only, not of stage " +
                     std::to_string(size_t(stage)),
                 loc);
  return graphs_[i];
}

namespace detail {

bool is_tracing() { return Trace::current() != nullptr; }

namespace {
bool sameShape(const Shape &a, const Shape &b) {
  if (a.size() != b.size())
    return false;
  for (size_t d = 0; d < a.size(); ++d)
    if (a[d] != b[d])
      return false;
  return true;
}

/// One compiled signature of a jit()ed function.
struct CachedKernel {
  mlir::numjit::KernelRef kernel;
  std::vector<Array> captures;
  /// The signature unpacked, for the hit cache's comparison.
  std::string key;
  std::vector<DType> dtypes;
  std::vector<Shape> shapes;

  /// Element by element: for the few small shapes of a call this beats
  /// the vectors' operator== (a call to memcmp each).
  bool matches(std::span<const Array *const> args, const std::string &k) const {
    if (args.size() != dtypes.size() || k != key)
      return false;
    for (size_t i = 0; i < args.size(); ++i) {
      const ArrayImpl &a = *args[i]->impl();
      // A traced argument never hits: the slow path rejects it.
      if (a.trace || a.dtype != dtypes[i] || !sameShape(a.shape, shapes[i]))
        return false;
    }
    return true;
  }
  /// One result, computed elementwise from same-shaped inputs: a
  /// destination that is exactly one of the inputs can be written in place.
  bool inPlace = false;
};

/// Moves on every clear() and destruction of a JitCache; each thread's hit
/// cache drops what it holds when it sees it move.
std::atomic<uint64_t> generation{1};
std::atomic<uint64_t> nextCacheId{1};

/// The kernels this thread called last, so that a repeated call takes no
/// lock and changes no reference count. Plain pointers, trivially
/// destructible (so reading it is one load off the thread pointer); the
/// references that keep the entries alive are in `hitOwners`.
struct HitCache {
  static constexpr size_t kSlots = 4;
  struct Slot {
    uint64_t cache;
    const CachedKernel *entry;
  };
  Slot slots[kSlots];
  uint64_t generation;
  unsigned next;

  void drop();
  const CachedKernel *find(uint64_t cache, std::span<const Array *const> args,
                           const std::string &key) {
    uint64_t now = ::numjit::detail::generation.load(std::memory_order_acquire);
    if (generation != now) {
      drop();
      generation = now;
      return nullptr;
    }
    for (const Slot &slot : slots)
      if (slot.cache == cache && slot.entry->matches(args, key))
        return slot.entry;
    return nullptr;
  }
  void add(uint64_t cache, std::shared_ptr<const CachedKernel> entry);
};
[[gnu::tls_model("initial-exec")]] thread_local HitCache hits{};
/// What keeps the hit cache's entries alive, slot by slot.
thread_local std::array<std::shared_ptr<const CachedKernel>, HitCache::kSlots> hitOwners;

void HitCache::drop() {
  for (size_t i = 0; i < kSlots; ++i) {
    slots[i] = Slot{0, nullptr};
    hitOwners[i].reset();
  }
}
void HitCache::add(uint64_t cache, std::shared_ptr<const CachedKernel> entry) {
  size_t i = next++ % kSlots;
  slots[i] = Slot{cache, entry.get()};
  hitOwners[i] = std::move(entry);
}

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
      // Of the same shape, a broadcast with other dims is a transpose.
      bool permutes = in.getShape() == b.getType().getShape() &&
                      !llvm::equal(b.getDims(), llvm::seq<int64_t>(0, in.getRank()));
      bool fromArgument = mlir::isa<mlir::BlockArgument>(b.getOperand()) ||
                          b.getOperand().getDefiningOp<ConstantOp>();
      return fromArgument && !permutes ? mlir::WalkResult::advance()
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

/// The size of an array's buffer; the table of bytes per DType is here so
/// that the call path inlines it (itemsize() is in another file).
size_t bytesOf(const ArrayImpl &a) {
  static constexpr size_t kBytes[] = {4, 8, 4, 8, 1, 1, 4, 2, 2};
  static_assert(std::size(kBytes) == size_t(DType::bf16) + 1, "one per DType");
  return size_t(a.size) * kBytes[size_t(a.dtype)];
}

/// Whether a destination meets the kernel's alignment promise for large
/// outputs (mlir::numjit::kAlignedOutputBytes).
bool alignedEnough(const ArrayImpl &out) {
  return int64_t(bytesOf(out)) < mlir::numjit::kAlignedOutputBytes ||
         reinterpret_cast<uintptr_t>(out.data) % mlir::numjit::kOutputAlignment == 0;
}

/// The bytes an array's buffer spans.
std::pair<const char *, const char *> byteRange(const Array &a) {
  auto *p = static_cast<const char *>(a.impl()->data);
  return {p, p + bytesOf(*a.impl())};
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
    if (a->impl()->trace)
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
  if (const CachedKernel *hit = hits.find(id, args, key))
    return *hit;
  checkConcrete(args, loc);
  if (cuda)
    require_cuda("jit", target.name(), loc);

  // The signature: static key, then dtype and shape of each argument.
  std::string signature = key;
  for (const Array *a : args) {
    signature.push_back(char(a->dtype()));
    signature.push_back(char(a->ndim()));
    signature.append(reinterpret_cast<const char *>(a->shape().data()),
                     a->shape().size() * sizeof(int64_t));
  }
  std::shared_ptr<const CachedKernel> entry;
  {
    std::shared_lock lock(mutex);
    auto it = entries.find(signature);
    if (it != entries.end())
      entry = it->second;
  }
  if (!entry) {
    const Sharding *sharding = target.sharding();
    std::vector<Array> prototypes =
        sharding ? globalPrototypes(*sharding, args, loc) : copies(args);
    auto traceStart = std::chrono::steady_clock::now();
    auto t = std::make_shared<Trace>(prototypes);
    std::vector<Array> results = traceOn(*t, trace);
    if (mlir::numjit::compileTimingEnabled())
      llvm::errs() << llvm::format(
          "numjit: traced %s:%u in %.2f ms\n", loc.file_name(), unsigned(loc.line()),
          mlir::numjit::millisecondsSince(traceStart));
    if (sharding)
      annotateSharding(*sharding, t->func(), results, loc);
    auto fresh = std::make_shared<CachedKernel>();
    fresh->key = key;
    for (const Array *a : args) {
      fresh->dtypes.push_back(a->dtype());
      fresh->shapes.push_back(a->shape());
    }
    fresh->inPlace = !sharding && results.size() == 1 && isElementwise(t->func());
    fresh->kernel = compile(*t, results, "jit", loc, target.name());
    fresh->captures = t->captures();
    std::unique_lock lock(mutex);
    // A function called on ever new shapes does not keep every kernel.
    if (entries.size() >= mlir::numjit::kernelCacheBound()) {
      entries.clear();
      generation++;
    }
    entry = entries.emplace(signature, std::move(fresh)).first->second;
  }
  hits.add(id, entry);
  return *entry; // the hit cache holds it until this thread's next lookup
}

namespace {
/// The most kernel arguments the fast paths below pass on the stack.
constexpr size_t kFastArgs = 16;

/// Runs `entry` into `outs` when that takes nothing but the call: each
/// destination a plain writable view of its result's type that overlaps no
/// input and no other destination. False leaves it to the general path.
bool tryFastInto(const CachedKernel &entry, std::span<const Array *const> outs,
                 std::span<const Array *const> args) {
  const mlir::numjit::Kernel &kernel = *entry.kernel;
  size_t numInputs = args.size() + entry.captures.size();
  if (outs.size() != kernel.outputs.size() || numInputs + outs.size() > kFastArgs)
    return false;
  // Each buffer's address and end, computed once: the outputs are checked
  // against every buffer before them.
  void *buffers[kFastArgs];
  const char *ends[kFastArgs];
  size_t n = 0;
  auto add = [&](const ArrayImpl &a) {
    buffers[n] = a.data;
    ends[n++] = static_cast<const char *>(a.data) + bytesOf(a);
  };
  for (const Array *a : args)
    add(*a->impl());
  for (const Array &a : entry.captures)
    add(*a.impl());
  for (size_t i = 0; i < outs.size(); ++i) {
    const ArrayImpl &out = *outs[i]->impl();
    const mlir::numjit::BufferSpec &spec = kernel.outputs[i];
    if (!out.writable || out.trace || out.strided || out.dtype != DType(spec.kind) ||
        !sameShape(out.shape, spec.shape) || !alignedEnough(out))
      return false;
    const char *begin = static_cast<const char *>(out.data);
    const char *end = begin + bytesOf(out);
    for (size_t j = 0; j < n; ++j)
      if (begin < ends[j] && static_cast<const char *>(buffers[j]) < end)
        return false;
    add(out);
  }
  kernel(buffers);
  return true;
}
} // namespace

/// run(), failing with an Error that names the results when they do not
/// fit in memory.
static void runChecked(const mlir::numjit::Kernel &kernel, std::span<const Array *const> args,
                       std::span<const Array> captures, std::vector<Array> &results,
                       const std::source_location &loc) {
  try {
    run(kernel, args, captures, results);
  } catch (const std::bad_alloc &) {
    std::string what;
    for (const mlir::numjit::BufferSpec &spec : kernel.outputs)
      what += std::string(what.empty() ? "" : ", ") + dtype_name(DType(spec.kind)) +
              shape_str(Shape(spec.shape));
    fail("jit", "out of memory for the results " + what, loc);
  }
}

std::vector<Array> &JitCache::call(std::span<const Array *const> args,
                                   const std::string &key, const TraceFn &trace,
                                   const std::source_location &loc) {
  [[gnu::tls_model("initial-exec")]] thread_local std::vector<Array> results;
  if (!impl_->cuda && !Trace::current()) {
    if (const CachedKernel *hit = hits.find(impl_->id, args, key)) {
      results.clear();
      runChecked(*hit->kernel, args, hit->captures, results, loc);
      return results;
    }
  }
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
    runChecked(*entry.kernel, args, entry.captures, results, loc);
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
  if (!impl_->cuda && !Trace::current())
    if (const CachedKernel *hit = hits.find(impl_->id, args, key))
      if (tryFastInto(*hit, outs, args))
        return;
  intoSlowly(outs, args, key, trace, loc);
}

void JitCache::intoSlowly(std::span<const Array *const> outs,
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
    if (out.impl()->trace || !out.impl()->writable)
      fail("into", "destination " + std::to_string(i) + " (shape " +
                       shape_str(out.shape()) + ") is not a writable view: make it with "
                       "nj::view(T *data, shape) over non-const memory, or nj::from_dlpack",
           loc);
    if (out.impl()->dtype != DType(spec.kind) || !sameShape(out.impl()->shape, spec.shape))
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
                   sameShape(a->shape(), out.shape()) && a->dtype() == out.dtype());
    for (const Array &a : entry.captures)
      clash |= overlaps(out, a);
    for (size_t j = 0; j < i; ++j)
      clash |= overlaps(out, *outs[j]);
    clash |= !alignedEnough(*out.impl()); // a temporary keeps the promise
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
      if (results[i].size() > 0) // an empty array's data may be null
        std::memcpy(buffers[i], results[i].impl()->data,
                    size_t(results[i].size()) * itemsize(results[i].dtype()));
  } else {
    run_into(kernel, args, entry.captures, buffers);
  }
  for (size_t i = 0; i < outs.size(); ++i) {
    const ArrayImpl &out = *outs[i]->impl();
    if (buffers[i] != out.data && out.size > 0) // through a temporary
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
  const Sharding *sharding = impl_->target.sharding();
  std::vector<const Array *> pointers;
  for (const Array &a : args)
    pointers.push_back(&a);
  auto t = std::make_shared<Trace>(sharding ? globalPrototypes(*sharding, pointers, loc)
                                            : std::vector<Array>(args.begin(), args.end()));
  std::vector<Array> results = traceOn(*t, trace);
  if (sharding)
    annotateSharding(*sharding, t->func(), results, loc);
  t->finish(results, loc);

  std::vector<std::string> texts(mlir::numjit::kNumStages);
  std::vector<std::string> graphs(mlir::numjit::kNumStages);
  mlir::numjit::CompileOptions options;
  options.target = impl_->target.name();
  options.dumpName = dump_name(loc);
  if (options.target == "host") // as compile_module does
    options.pipeline.alignedOutputBytes = mlir::numjit::kAlignedOutputBytes;
  options.onStage = [&](mlir::numjit::Stage stage, llvm::StringRef text) {
    texts[size_t(stage) - 1] = text.str();
  };
  options.onGraph = [&](mlir::numjit::Stage stage, llvm::StringRef text) {
    graphs[size_t(stage) - 1] = text.str();
  };
  Diagnostics diagnostics;
  // NUMJIT_DUMP_DIR gets these stages too.
  options = mlir::numjit::withDumpDir(options, "lowered");
  if (mlir::failed(mlir::numjit::compileToObject(t->module(), options, "lowered")))
    fail("lower", "compiling the traced function failed:" + diagnostics.text(), loc);
  return Lowered(std::move(texts), std::move(graphs));
}

} // namespace detail
} // namespace numjit
