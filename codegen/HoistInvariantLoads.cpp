//===- HoistInvariantLoads.cpp - Loads of read-only buffers out of loops --===//
//
// linalg-to-loops reads every operand in the innermost loop, also those it
// reads at outer indices only: a gather's index, a per-row scale. LLVM
// cannot hoist such a load past the loop's stores unless it can prove they
// do not alias it, and then leaves the loop scalar. numjit knows better: a
// function argument that no op in the function writes is read-only, so a
// load from it at loop-invariant indices is the same in every iteration.
// MLIR's own loop-invariant code motion moves only ops without memory
// effects, which a load is not.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITHOISTINVARIANTLOADS
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {

/// The buffer `v` is a view of (through subviews, casts, reinterpret_casts).
Value baseOf(Value v) {
  while (auto view = v.getDefiningOp<ViewLikeOpInterface>())
    v = view.getViewSource();
  return v;
}

/// Whether `loop` runs at least once (constant bounds).
bool runsAtLeastOnce(scf::ForOp loop) {
  std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
  std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
  return lb && ub && *lb < *ub;
}

struct HoistInvariantLoadsPass
    : numjit::impl::NumjitHoistInvariantLoadsBase<HoistInvariantLoadsPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    // The function arguments no op may write: every memref operand of an op
    // that writes without saying where, or of an op without the effects
    // interface (a call), counts as written.
    DenseSet<Value> written;
    func.walk([&](Operation *op) {
      if (isa<ViewLikeOpInterface>(op) || op->hasTrait<OpTrait::IsTerminator>())
        return;
      auto effects = dyn_cast<MemoryEffectOpInterface>(op);
      if (!effects) {
        if (op->getNumRegions() != 0) // scf loops and ifs: their bodies say
          return;
        for (Value v : op->getOperands())
          if (isa<MemRefType>(v.getType()))
            written.insert(baseOf(v));
        return;
      }
      SmallVector<MemoryEffects::EffectInstance> list;
      effects.getEffects(list);
      for (const MemoryEffects::EffectInstance &e : list) {
        if (!isa<MemoryEffects::Write, MemoryEffects::Free>(e.getEffect()))
          continue;
        if (Value v = e.getValue()) {
          written.insert(baseOf(v));
          continue;
        }
        for (Value v : op->getOperands()) // somewhere: all of them
          if (isa<MemRefType>(v.getType()))
            written.insert(baseOf(v));
      }
    });
    auto readOnly = [&](Value buffer) {
      auto arg = dyn_cast<BlockArgument>(baseOf(buffer));
      return arg && arg.getOwner() == &func.front() && !written.contains(arg);
    };
    // Inner loops first, so a load can climb several levels.
    func.walk([&](scf::ForOp loop) {
      if (!runsAtLeastOnce(loop))
        return;
      for (memref::LoadOp load :
           llvm::make_early_inc_range(loop.getBody()->getOps<memref::LoadOp>()))
        if (readOnly(load.getMemref()) &&
            llvm::all_of(load->getOperands(),
                         [&](Value v) { return loop.isDefinedOutsideOfLoop(v); }))
          loop.moveOutOfLoop(load);
    });
  }
};

} // namespace
