//===- SplitReduction.cpp - Large full reductions in parallel parts -------===//
//
// A full reduction has no parallel loop to split, so before bufferization
// numjit-split-reduction rewrites a large one as partial reductions over
// contiguous parts (a parallel loop) followed by a small reduction of the
// partial results (MLIR's linalg::splitReduction):
//
//   sum(x[N]) => sum(partial[P]),  partial[p] = sum(x[p * N/P .. (p+1) * N/P))
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITSPLITREDUCTION
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
struct SplitReductionPass
    : numjit::impl::NumjitSplitReductionBase<SplitReductionPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::GenericOp> candidates;
    getOperation().walk([&](linalg::GenericOp op) {
      if (partsFor(op) > 1)
        candidates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp op : candidates) {
      rewriter.setInsertionPoint(op);
      int64_t n = partsFor(op);
      // Failure (a body whose combiner MLIR does not recognize) leaves the
      // op as it was.
      (void)linalg::splitReduction(rewriter, op, [n](linalg::LinalgOp) {
        return linalg::SplitReductionOptions{n, 0, /*innerParallel=*/false};
      });
    }
  }

  /// The number of parts to split `op` into, or 1 to leave it: only a
  /// reduction over one large static loop and no parallel loop, split into
  /// the most parts (up to `parts`) that divide the loop evenly.
  int64_t partsFor(linalg::GenericOp op) {
    if (!op.hasPureTensorSemantics() || op.getNumLoops() != 1 ||
        op.getNumReductionLoops() != 1 || op.getNumDpsInits() != 1)
      return 1;
    int64_t extent = op.getStaticLoopRanges()[0];
    if (ShapedType::isDynamic(extent) || extent < minIterations)
      return 1;
    for (int64_t p = parts; p > 1; p /= 2)
      if (extent % p == 0)
        return p;
    return 1;
  }
};
} // namespace
