//===- Engine.h - The process-wide JIT and its compile cache ----*- C++ -*-===//

#ifndef NUMJIT_JIT_ENGINE_H
#define NUMJIT_JIT_ENGINE_H

#include "jit/CompileContext.h"
#include "jit/Compiler.h"

#include <memory>

namespace mlir {
class MLIRContext;
namespace numjit {

/// Whether NUMJIT_TIMING asks for one line on stderr per compile saying
/// where its time went (trace, MLIR passes, LLVM, linking).
bool compileTimingEnabled();

/// The call of a baseline kernel that optimizes it (jit/Baseline.cpp):
/// NUMJIT_TIER_UP_CALLS, else 100; 0 compiles every kernel optimized.
int64_t tierUpCalls();

/// How many kernels an in-memory cache keeps (the engine's, and each of the
/// frontend's): NUMJIT_CACHE_KERNELS, else 1024.
size_t kernelCacheBound();

/// The process's JIT: a thread-safe compile cache keyed by (module text hash,
/// options), over the persistent cache (jit/DiskCache.h). Concurrent
/// requests for one key compile it once; the others wait for that result.
/// Host kernels load through numjit's own loader (jit/ObjectLoader.h); what
/// it refuses, and GPU kernels, through one ORC LLJIT started on first use.
class Engine {
public:
  static Engine &get();

  /// Compiles (or finds in the cache) the function `options.function` of
  /// `module`. Errors are emitted as diagnostics on the module's context.
  FailureOr<KernelRef> compile(ModuleOp module,
                               const CompileOptions &options = {});

  /// Drops `kernel` from the cache; its code is freed once the last
  /// KernelRef to it is gone.
  void release(const KernelRef &kernel);
  /// Drops every kernel from the cache.
  void clear();

  /// Number of compiles performed (cache misses) since the process started.
  uint64_t numCompiles() const;
  /// How many of those compiles found their kernel in the persistent cache
  /// (jit/DiskCache.h) instead of compiling it.
  uint64_t numDiskCacheHits() const;
  /// How many kernels were loaded through ORC rather than numjit's loader.
  uint64_t numOrcLoads() const;
  /// How many baseline kernels were optimized (tier-ups, not counted as
  /// compiles).
  uint64_t numTierUps() const;
  /// Number of kernels in the cache.
  size_t cacheSize() const;
  /// Number of kernels whose code is loaded (cached or still referenced).
  size_t numLoaded() const;

  ~Engine();

private:
  friend struct TierUp;
  Engine();
  struct Impl;
  std::unique_ptr<Impl> impl;
};

} // namespace numjit
} // namespace mlir

#endif // NUMJIT_JIT_ENGINE_H
