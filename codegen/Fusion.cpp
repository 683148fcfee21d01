//===- Fusion.cpp - Elementwise fusion that never multiplies work ---------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITFUSEELEMENTWISE
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
/// Fuse when it is sound and adds no work: the producer does not read its
/// output (an accumulation, such as a dot_general without contracted dims,
/// would carry across the consumer's loops), and the consumer is elementwise
/// or reads each element of the fused operand exactly once.
bool fusionAddsNoWork(OpOperand *fused) {
  auto consumer = dyn_cast<linalg::GenericOp>(fused->getOwner());
  auto producer = fused->get().getDefiningOp<linalg::GenericOp>();
  if (!consumer || !producer)
    return false;
  for (OpOperand &init : producer.getDpsInitsMutable())
    if (producer.payloadUsesValueFromOperand(&init))
      return false;
  if (consumer.getNumLoops() == consumer.getNumParallelLoops())
    return true;
  return consumer.getMatchingIndexingMap(fused).isPermutation();
}

struct FuseElementwisePass
    : numjit::impl::NumjitFuseElementwiseBase<FuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    RewritePatternSet patterns(ctx);
    linalg::populateElementwiseOpsFusionPatterns(patterns, fusionAddsNoWork);
    linalg::GenericOp::getCanonicalizationPatterns(patterns, ctx);
    tensor::EmptyOp::getCanonicalizationPatterns(patterns, ctx);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
