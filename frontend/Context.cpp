//===- Context.cpp - The MLIR context traces share, and diagnostics -------===//
//
// One MLIRContext serves every trace and compile of the process, held
// through ContextLeases and replaced by a fresh one, when none is held,
// after it has served kContextUses of them. Diagnostics collects the
// compiler's messages of its own thread only.
//
//===----------------------------------------------------------------------===//

#include "frontend/Trace.h"

#include "jit/Engine.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <mutex>

using namespace mlir;

namespace numjit::detail {

namespace {
/// Leases a context serves before it is replaced (at a moment when no lease
/// is alive). A jit compile takes about three; making a context and its
/// pooled pipelines again costs a few milliseconds.
constexpr uint64_t kContextUses = 4096;

struct SharedContext {
  std::mutex mutex;
  std::unique_ptr<MLIRContext> context; ///< Made by the first lease.
  uint64_t leases = 0;                  ///< Alive now.
  uint64_t uses = 0;                    ///< Taken since `context` was made.

  static SharedContext &get() {
    static SharedContext &shared = *new SharedContext; // outlives every lease
    return shared;
  }
};
} // namespace

ContextLease::ContextLease() {
  SharedContext &shared = SharedContext::get();
  std::lock_guard lock(shared.mutex);
  if (!shared.context || (shared.leases == 0 && shared.uses >= kContextUses)) {
    shared.context.reset(); // the old one's memory first, then the new one
    auto start = std::chrono::steady_clock::now();
    shared.context = mlir::numjit::createContext();
    if (mlir::numjit::compileTimingEnabled())
      llvm::errs() << llvm::format("numjit: MLIR context made in %.2f ms\n",
                                   mlir::numjit::millisecondsSince(start));
    shared.uses = 0;
  }
  ++shared.leases;
  ++shared.uses;
}

ContextLease::~ContextLease() {
  SharedContext &shared = SharedContext::get();
  std::lock_guard lock(shared.mutex);
  --shared.leases;
}

MLIRContext &context() { return *SharedContext::get().context; }

Diagnostics::Diagnostics()
    : handler_(&context(), [this](Diagnostic &d) {
        if (std::this_thread::get_id() != thread_)
          return failure(); // another thread's: its own collector takes it
        std::string text;
        llvm::raw_string_ostream os(text);
        os << d.getLocation() << ": " << d;
        text_ += "\n  " + text;
        return success();
      }) {}

} // namespace numjit::detail
