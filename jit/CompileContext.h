//===- CompileContext.h - Separate contexts for tracing and compiling -*- C++ -*-===//
//
// Tracing builds numjit and func ops; compiling runs passes
// over twenty-odd dialects, whose loading takes about 4 ms, most of a cached
// first call. Dialects must not be loaded into a context while other threads
// build IR in it, so the two get separate contexts: the frontend traces in a
// light one (createTraceContext), and compileToLLVM copies a module whose
// context lacks the compiler's dialects into the process's compile context
// (made on the first compile, with every dialect loaded) and forwards its
// diagnostics back to the thread's own context. A kernel found in the
// persistent cache never needs the compile context.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_JIT_COMPILECONTEXT_H
#define NUMJIT_JIT_COMPILECONTEXT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OwningOpRef.h"

#include <memory>
#include <mutex>
#include <thread>

namespace mlir::numjit {

/// A context with every dialect the pipeline needs already loaded, so that it
/// can be shared by threads that compile at the same time.
std::unique_ptr<MLIRContext> createContext();

/// A context with only what a trace builds (numjit and func), for the
/// frontend. A module in it compiles through the compile context.
std::unique_ptr<MLIRContext> createTraceContext();

namespace detail {

/// Whether a module in `context` is compiled in the compile context (its
/// context lacks the compiler's dialects).
bool needsCompileContext(MLIRContext *context);

/// A context threads share, made at the first acquire(). While any hold
/// lives it stays the same object; once it has served `uses` holds, one
/// taken while none is alive first replaces it with a fresh one (its
/// uniqued types and attributes only ever grow). Thread-safe.
class SharedContext {
public:
  SharedContext(std::unique_ptr<MLIRContext> (*make)(), uint64_t uses, const char *name)
      : make_(make), uses_(uses), name_(name) {}

  /// Holds the context until the matching release().
  MLIRContext &acquire();
  void release();
  /// The context; valid while the caller holds it.
  MLIRContext &current() const { return *context_; }

private:
  std::unique_ptr<MLIRContext> (*make_)();
  const uint64_t uses_;
  const char *name_; ///< For NUMJIT_TIMING.
  std::mutex mutex_;
  std::unique_ptr<MLIRContext> context_;
  uint64_t holds_ = 0;  ///< Alive now.
  uint64_t served_ = 0; ///< Taken since `context_` was made.
};

/// A hold on one of the process's compile contexts: host kernels' (every
/// dialect but gpu and nvvm) or CUDA targets' (all of them), SharedContexts
/// each replaced after 1,024 compiles.
class CompileContextLease {
public:
  /// `gpu`: the context for CUDA targets, which also has the GPU dialects.
  explicit CompileContextLease(bool gpu);
  ~CompileContextLease();
  CompileContextLease(const CompileContextLease &) = delete;
  CompileContextLease &operator=(const CompileContextLease &) = delete;

  MLIRContext &context() const { return *context_; }

private:
  bool gpu_;
  MLIRContext *context_;
};

/// A copy of `module` in `context` (through bytecode, locations kept), or
/// null with a diagnostic on `module`.
OwningOpRef<ModuleOp> copyIntoContext(ModuleOp module, MLIRContext &context);

/// While it lives, diagnostics this thread emits on `from` are emitted again
/// on `to` (with their locations and notes), where the thread's own handler
/// collects them; other threads' pass by.
class ForwardedDiagnostics {
public:
  ForwardedDiagnostics(MLIRContext &from, MLIRContext &to);

private:
  std::thread::id thread_ = std::this_thread::get_id();
  MLIRContext &to_;
  ScopedDiagnosticHandler handler_;
};

} // namespace detail
} // namespace mlir::numjit

#endif // NUMJIT_JIT_COMPILECONTEXT_H
