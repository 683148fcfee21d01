//===- AlignmentToPtrmask.cpp - Alignment facts that survive outlining ----===//
//
// memref.assume_alignment lowers to an `llvm.intr.assume` with an "align"
// bundle, and LLVM's code extractor, which outlines OpenMP parallel regions
// when MLIR translates them, drops every assume it moves (MLIR/LLVM 22). So
// inside a parallel loop body the alignment that
// numjit-assume-aligned-outputs promised would be lost. This pass restates
// each such assumption as a value LLVM cannot drop: the uses it dominates
// (and those of the same descriptor field extracted again) read
// `llvm.intr.ptrmask(ptr, ~(align - 1))` instead, which is `ptr` itself
// (the promise holds) and has the alignment in its known bits.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/Matchers.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITALIGNMENTTOPTRMASK
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {

struct AlignmentToPtrmaskPass
    : numjit::impl::NumjitAlignmentToPtrmaskBase<AlignmentToPtrmaskPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    DominanceInfo dominance(module);
    SmallVector<LLVM::AssumeOp> assumes;
    module.walk([&](LLVM::AssumeOp op) { assumes.push_back(op); });
    for (LLVM::AssumeOp assume : assumes) {
      std::optional<ArrayAttr> tags = assume.getOpBundleTags();
      if (!tags || tags->size() != 1)
        continue;
      auto tag = dyn_cast<StringAttr>((*tags)[0]);
      auto bundles = assume.getOpBundleOperands();
      APInt align;
      if (!tag || tag.getValue() != "align" || bundles.size() != 1 ||
          bundles[0].size() != 2 || !matchPattern(bundles[0][1], m_ConstantInt(&align)) ||
          !align.isPowerOf2())
        continue;
      Value ptr = bundles[0][0];
      OpBuilder b(assume);
      b.setInsertionPointAfter(assume);
      Location loc = assume.getLoc();
      Value mask = LLVM::ConstantOp::create(b, loc, b.getI64Type(),
                                            b.getI64IntegerAttr(-align.getSExtValue()));
      Value masked = LLVM::PtrMaskOp::create(b, loc, ptr.getType(), ptr, mask);
      auto dominated = [&](OpOperand &use) {
        Operation *user = use.getOwner();
        return user != masked.getDefiningOp() && user != assume.getOperation() &&
               dominance.properlyDominates(assume.getOperation(), user);
      };
      ptr.replaceUsesWithIf(masked, dominated);
      // The memref lowering reads a descriptor's aligned pointer afresh for
      // each use: the same field extracted again later is the same pointer.
      if (auto field = ptr.getDefiningOp<LLVM::ExtractValueOp>())
        for (Operation *other : field.getContainer().getUsers())
          if (auto again = dyn_cast<LLVM::ExtractValueOp>(other))
            if (again != field && again.getPosition() == field.getPosition() &&
                dominance.properlyDominates(assume.getOperation(), again))
              again.getResult().replaceUsesWithIf(masked, dominated);
      assume.erase();
    }
  }
};

} // namespace
