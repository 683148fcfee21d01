//===- Jit.cpp - jit(): per-signature trace, compile, cache, call ---------===//

#include "frontend/Trace.h"

#include "jit/Compiler.h"

#include "mlir/IR/Diagnostics.h"

#include <atomic>
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

struct JitCache::Impl {
  struct Entry {
    mlir::numjit::KernelRef kernel;
    std::vector<Array> captures;
  };
  explicit Impl(Target target) : target(std::move(target)) {}
  Target target;
  std::shared_mutex mutex;
  std::unordered_map<std::string, std::shared_ptr<const Entry>> entries;
};

JitCache::JitCache(Target target)
    : impl_(std::make_unique<Impl>(std::move(target))) {}
JitCache::~JitCache() = default;

void JitCache::clear() {
  std::unique_lock lock(impl_->mutex);
  impl_->entries.clear();
}

/// Rejects arrays traced by a trace that is not running.
static void checkConcrete(std::span<const Array> args, const std::source_location &loc) {
  for (const Array &a : args)
    if (a.is_traced())
      fail("jit",
           "argument of shape " + shape_str(a.shape()) +
               " is a traced value that escaped its trace",
           loc);
}

/// Traces `trace` on arguments shaped like `args`.
static std::vector<Array> traceOn(Trace &t, const TraceFn &trace) {
  Trace::Scope scope(t);
  return trace(t.arguments());
}

std::vector<Array> JitCache::call(std::span<const Array> args, const std::string &key,
                                  const TraceFn &trace, const std::source_location &loc) {
  // Inside an outer trace (jit of a function that calls a jitted one), the
  // inner function is simply traced inline.
  if (Trace::current())
    return trace(args);
  checkConcrete(args, loc);
  const std::string &target = impl_->target.name();
  bool cuda = impl_->target.is_cuda();
  if (cuda)
    require_cuda("jit", target, loc);

  // The signature: static key, then dtype and shape of each argument. One
  // buffer per thread, so a cache hit allocates nothing here.
  thread_local std::string signature;
  signature.assign(key);
  for (const Array &a : args) {
    signature.push_back(char(a.dtype()));
    signature.push_back(char(a.ndim()));
    signature.append(reinterpret_cast<const char *>(a.shape().data()),
                     a.shape().size() * sizeof(int64_t));
  }

  std::shared_ptr<const Impl::Entry> entry;
  {
    std::shared_lock lock(impl_->mutex);
    auto it = impl_->entries.find(signature);
    if (it != impl_->entries.end())
      entry = it->second;
  }
  if (!entry) {
    auto t = std::make_shared<Trace>(args);
    std::vector<Array> results = traceOn(*t, trace);
    auto fresh = std::make_shared<Impl::Entry>();
    fresh->kernel = compile(*t, results, "jit", loc, target);
    fresh->captures = t->captures();
    std::unique_lock lock(impl_->mutex);
    entry = impl_->entries.emplace(signature, std::move(fresh)).first->second;
  }
  if (cuda)
    return run_on_device(*entry->kernel, args, entry->captures, loc);
  return run(*entry->kernel, args, entry->captures);
}

Lowered JitCache::lower(std::span<const Array> args, const TraceFn &trace,
                        const std::source_location &loc) {
  checkConcrete(args, loc);
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
