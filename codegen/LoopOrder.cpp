//===- LoopOrder.cpp - Contiguous innermost loops for contractions --------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITINNERPARALLELLOOP
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
struct InnerParallelLoopPass
    : numjit::impl::NumjitInnerParallelLoopBase<InnerParallelLoopPass> {
  void runOnOperation() override {
    SmallVector<linalg::GenericOp> candidates;
    getOperation().walk([&](linalg::GenericOp op) {
      SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
      if (iterators.empty() || !linalg::isReductionIterator(iterators.back()) ||
          op.getNumParallelLoops() < 2)
        return;
      candidates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp op : candidates) {
      // New loop order: every loop in place except the last parallel one,
      // which goes innermost.
      SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
      unsigned lastParallel = 0;
      for (auto [i, it] : llvm::enumerate(iterators))
        if (linalg::isParallelIterator(it))
          lastParallel = unsigned(i);
      SmallVector<unsigned> order;
      for (unsigned i = 0; i < iterators.size(); ++i)
        if (i != lastParallel)
          order.push_back(i);
      order.push_back(lastParallel);
      rewriter.setInsertionPoint(op);
      if (failed(linalg::interchangeGenericOp(rewriter, op, order)))
        return signalPassFailure();
    }
  }
};
} // namespace
