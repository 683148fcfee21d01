//===- Fusion.cpp - Elementwise fusion that never multiplies work ---------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITFUSEELEMENTWISE
#define GEN_PASS_DEF_NUMJITWRITEINPLACE
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
/// Whether the payload computes something worth not repeating: a
/// transcendental function or a division.
bool isExpensive(linalg::GenericOp op) {
  return op.getBody()
      ->walk([](Operation *inner) {
        bool cheapMath = isa<math::AbsFOp, math::AbsIOp, math::FmaOp,
                             math::CopySignOp>(inner);
        bool expensive =
            (isa<math::MathDialect>(inner->getDialect()) && !cheapMath) ||
            isa<arith::DivFOp, arith::DivSIOp, arith::DivUIOp, arith::RemFOp,
                arith::RemSIOp, arith::RemUIOp, arith::CeilDivSIOp,
                arith::FloorDivSIOp>(inner);
        return expensive ? WalkResult::interrupt() : WalkResult::advance();
      })
      .wasInterrupted();
}

/// Fuse when it is sound and adds no work: the producer does not read its
/// output (an accumulation, such as a dot_general without contracted dims,
/// would carry across the consumer's loops), and the consumer is elementwise
/// or reads each element of the fused operand exactly once. An expensive
/// producer must be read once and by its first consumer.
bool fusionAddsNoWork(OpOperand *fused) {
  auto consumer = dyn_cast<linalg::GenericOp>(fused->getOwner());
  auto producer = fused->get().getDefiningOp<linalg::GenericOp>();
  if (!consumer || !producer)
    return false;
  for (OpOperand &init : producer.getDpsInitsMutable())
    if (producer.payloadUsesValueFromOperand(&init))
      return false;
  bool readOnce = consumer.getMatchingIndexingMap(fused).isPermutation();
  if (isExpensive(producer)) {
    // Computed once per element: not per element of a broadcast, and not
    // again in each consumer. The first consumer in the block takes the
    // producer and also yields its result for the others, so it must
    // dominate them: each other user sits after it in its block, or inside
    // an op there (not in another region, such as the other branch of an
    // scf.if, nor outside the region the consumer is in).
    if (!readOnce)
      return false;
    // A read nested in the consumer's body (a gather's tensor.extract
    // fused into it) needs the whole tensor before the consumer runs:
    // the producer stays a loop of its own.
    Block *block = consumer->getBlock();
    for (Operation *user : producer->getUsers()) {
      Operation *ancestor = block->findAncestorOpInBlock(*user);
      if (!ancestor || (ancestor != consumer && ancestor->isBeforeInBlock(consumer)) ||
          (user != consumer.getOperation() && consumer->isAncestor(user)))
        return false;
    }
  }
  return readOnce || consumer.getNumLoops() == consumer.getNumParallelLoops();
}

/// The most payload ops (the yield included) that fusion copies into each
/// consumer of a producer with several.
constexpr size_t kMaxRecomputedOps = 8;
/// The largest payload a consumer may grow to by recomputing producers.
constexpr size_t kMaxRecomputingConsumerOps = 64;

/// In a function to be sharded (numjit-partition), a reduction does not
/// absorb a producer whose result others use: the fused op would also yield
/// that result, indexed by reduction loops, which MLIR 22's partitioner
/// cannot split (it aborts).
bool keepsReductionPartitionable(OpOperand *fused) {
  auto consumer = cast<linalg::GenericOp>(fused->getOwner());
  auto func = consumer->getParentOfType<func::FuncOp>();
  if (!func || !func->hasAttr("numjit.mesh") ||
      consumer.getNumLoops() == consumer.getNumParallelLoops())
    return true;
  return fused->get().getDefiningOp()->hasOneUse();
}

/// Upstream's fusion for cheap producers: one with several consumers is
/// recomputed in each, which costs less than a pass over memory.
bool fuseCheapProducer(OpOperand *fused) {
  auto producer = fused->get().getDefiningOp<linalg::GenericOp>();
  if (!producer || isExpensive(producer) || !fusionAddsNoWork(fused) ||
      !keepsReductionPartitionable(fused))
    return false;
  if (producer->hasOneUse())
    return true;
  // Recomputed in each consumer: only a small payload, and only while the
  // consumer stays small. Recomputing transitively unfolds the DAG into a
  // tree: a chain of values each used twice would grow exponentially.
  auto consumer = cast<linalg::GenericOp>(fused->getOwner());
  size_t producerOps = producer.getBody()->getOperations().size();
  return producerOps <= kMaxRecomputedOps &&
         producerOps + consumer.getBody()->getOperations().size() <=
             kMaxRecomputingConsumerOps;
}

/// Fusion of an expensive producer into its first consumer, which also
/// yields the producer's results for the other consumers: the producer is
/// computed once and then erased.
struct FuseExpensiveProducer : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp consumer,
                                PatternRewriter &rewriter) const override {
    for (OpOperand &operand : consumer->getOpOperands()) {
      auto producer = operand.get().getDefiningOp<linalg::GenericOp>();
      if (!producer || !isExpensive(producer) ||
          !linalg::areElementwiseOpsFusable(&operand) ||
          !fusionAddsNoWork(&operand) || !keepsReductionPartitionable(&operand))
        continue;
      FailureOr<linalg::ElementwiseOpFusionResult> fused =
          linalg::fuseElementwiseOps(rewriter, &operand);
      if (failed(fused))
        return rewriter.notifyMatchFailure(consumer, "fusion failed");
      for (auto [original, replacement] : fused->replacements)
        rewriter.replaceUsesWithIf(original, replacement, [&](OpOperand &use) {
          return !fused->fusedOp->isAncestor(use.getOwner());
        });
      rewriter.eraseOp(consumer);
      if (producer->use_empty())
        rewriter.eraseOp(producer);
      return success();
    }
    return rewriter.notifyMatchFailure(consumer, "no expensive producer");
  }
};

struct FuseElementwisePass
    : numjit::impl::NumjitFuseElementwiseBase<FuseElementwisePass> {
  LogicalResult initialize(MLIRContext *ctx) override {
    RewritePatternSet set(ctx);
    // Upstream's patterns also fold fills and constants into their
    // consumers and drop unused operands.
    linalg::populateElementwiseOpsFusionPatterns(set, fuseCheapProducer);
    set.add<FuseExpensiveProducer>(ctx);
    linalg::GenericOp::getCanonicalizationPatterns(set, ctx);
    tensor::EmptyOp::getCanonicalizationPatterns(set, ctx);
    patterns = std::move(set);
    return success();
  }

  void runOnOperation() override {
    if (failed(applyPatternsGreedily(getOperation(), patterns)))
      signalPassFailure();
  }

  FrozenRewritePatternSet patterns;
};

/// Whether `v` is computed into a new buffer (ops writing into their init
/// back to a tensor.empty), not into an argument's buffer, which is the
/// caller's and must not be overwritten. A loop's carry counts as new: it
/// is the loop's own, and where it starts as an argument, bufferization
/// copies the argument first (kernel arguments are not writable).
bool isFreshTensor(Value v) {
  while (auto op = v.getDefiningOp<DestinationStyleOpInterface>())
    v = op.getTiedOpOperand(cast<OpResult>(v))->get();
  if (auto arg = dyn_cast<BlockArgument>(v))
    return isa<scf::ForOp, scf::WhileOp>(arg.getOwner()->getParentOp());
  return v.getDefiningOp<tensor::EmptyOp>() != nullptr;
}

/// An elementwise op writes into an input that dies there instead of a new
/// tensor: `ins(%t, ...) outs(tensor.empty) => ins(%t, ...) outs(%t)` when
/// %t is a new tensor computed here, has no other use, and is read through
/// the same map and type as the result. One-shot bufferization then reuses
/// %t's buffer.
struct WriteInPlacePass
    : numjit::impl::NumjitWriteInPlaceBase<WriteInPlacePass> {
  void runOnOperation() override {
    getOperation().walk([](linalg::GenericOp op) {
      if (op.getNumLoops() != op.getNumParallelLoops() ||
          op.getNumDpsInits() != 1)
        return;
      OpOperand *init = op.getDpsInitOperand(0);
      if (!init->get().getDefiningOp<tensor::EmptyOp>() ||
          op.payloadUsesValueFromOperand(init))
        return;
      AffineMap initMap = op.getMatchingIndexingMap(init);
      for (OpOperand *input : op.getDpsInputOperands()) {
        Value v = input->get();
        if (v.getType() == init->get().getType() && isFreshTensor(v) &&
            v.hasOneUse() && op.getMatchingIndexingMap(input) == initMap) {
          Operation *empty = init->get().getDefiningOp();
          init->set(v);
          if (empty->use_empty()) // visited already: it comes first
            empty->erase();
          return;
        }
      }
    });
  }
};
} // namespace
