//===- Context.cpp - The MLIR context traces share, and diagnostics -------===//
//
// One light MLIRContext (numjit and func: jit/CompileContext.h) serves
// every trace of the process, held through ContextLeases and replaced by a
// fresh one, when none is held, after it has served kContextUses of them.
// Diagnostics collects the messages of its own thread only (those of a
// compile come back here from the compile context).
//
//===----------------------------------------------------------------------===//

#include "frontend/Trace.h"

#include "jit/Engine.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace numjit::detail {

namespace {
/// Leases a context serves before it is replaced (at a moment when no lease
/// is alive). A jit call takes about three.
constexpr uint64_t kContextUses = 4096;

mlir::numjit::detail::SharedContext &traceContext() {
  // Never destroyed: it outlives every lease.
  static auto &shared = *new mlir::numjit::detail::SharedContext(
      mlir::numjit::createTraceContext, kContextUses, "trace");
  return shared;
}
} // namespace

ContextLease::ContextLease() { traceContext().acquire(); }

ContextLease::~ContextLease() { traceContext().release(); }

MLIRContext &context() { return traceContext().current(); }

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
