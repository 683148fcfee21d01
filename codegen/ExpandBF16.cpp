//===- ExpandBF16.cpp - f32 <-> bf16 without a library call -----*- C++ -*-===//
//
// numjit computes bf16 in f32 (codegen/ScalarOps.cpp), so its kernels hold
// only two bf16 operations: widening a load (`arith.extf`, a shift) and
// rounding a result (`arith.truncf`). LLVM lowers the rounding to one
// instruction where the target has it (x86's AVX512-BF16) and to a call of
// `__truncsfbf2` elsewhere, which libgcc 12 does not define: a JIT link
// error. This pass gives both MLIR's integer expansion (round to nearest
// even, NaN kept quiet), which vectorizes like any integer code.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITEXPANDBF16
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
struct ExpandBF16Pass : numjit::impl::NumjitExpandBF16Base<ExpandBF16Pass> {
  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet set(context);
    arith::populateExpandBFloat16Patterns(set);
    patterns = std::move(set);
    return success();
  }

  void runOnOperation() override {
    // Most kernels hold no bf16 at all: then there is nothing to expand.
    auto isBF16 = [](Type t) { return getElementTypeOrSelf(t).isBF16(); };
    bool any = getOperation()
                   ->walk([&](Operation *op) {
                     return llvm::any_of(op->getResultTypes(), isBF16) ||
                                    llvm::any_of(op->getOperandTypes(), isBF16)
                                ? WalkResult::interrupt()
                                : WalkResult::advance();
                   })
                   .wasInterrupted();
    if (any && failed(applyPatternsGreedily(getOperation(), patterns)))
      signalPassFailure();
  }

  FrozenRewritePatternSet patterns;
};
} // namespace
