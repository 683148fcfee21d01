//===- NumjitControlFlow.cpp - Verifiers of cond, while, scan ---*- C++ -*-===//

#include "ir/NumjitOps.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// Checks that the only block of `region` takes `types`; `what` names the
/// region in the message.
LogicalResult checkArguments(Operation *op, Region &region, StringRef what,
                             TypeRange types) {
  TypeRange args = region.front().getArgumentTypes();
  if (args == types)
    return success();
  InFlightDiagnostic d = op->emitOpError() << what << " takes (" << args << ")";
  d << " but must take (" << types << ")";
  return d;
}

/// The terminator that ends the only block of `region`, or a diagnostic on
/// `op`. The verifier checks an op before the blocks of its regions, so an
/// empty block (or one that does not end in a terminator) reaches here.
FailureOr<Operation *> terminatorOf(Operation *op, Region &region, StringRef what) {
  Block &block = region.front();
  if (block.empty() || !block.back().hasTrait<OpTrait::IsTerminator>())
    return op->emitOpError() << what << " does not end with numjit.yield";
  return &block.back();
}

/// Checks that `region` yields `types`.
LogicalResult checkYield(Operation *op, Region &region, StringRef what,
                         TypeRange types) {
  FailureOr<Operation *> terminator = terminatorOf(op, region, what);
  if (failed(terminator))
    return failure();
  TypeRange yielded = (*terminator)->getOperandTypes();
  if (yielded == types)
    return success();
  InFlightDiagnostic d = op->emitOpError() << what << " yields (" << yielded << ")";
  d << " but must yield (" << types << ")";
  return d;
}

bool isScalarPred(Type type) {
  auto t = dyn_cast<RankedTensorType>(type);
  return t && t.getRank() == 0 && t.getElementType().isInteger(1);
}
} // namespace

//===----------------------------------------------------------------------===//
// CondOp
//===----------------------------------------------------------------------===//

LogicalResult CondOp::verify() {
  for (auto [region, what] :
       {std::pair{&getTrueBranch(), "true branch"}, {&getFalseBranch(), "false branch"}})
    if (failed(checkArguments(*this, *region, what, getInputs().getTypes())) ||
        failed(checkYield(*this, *region, what, getResultTypes())))
      return failure();
  return success();
}

namespace {
/// A cond on a constant predicate is the branch it takes.
struct InlineConstantCond : OpRewritePattern<CondOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(CondOp op, PatternRewriter &rewriter) const override {
    DenseElementsAttr pred;
    if (!matchPattern(op.getPred(), m_Constant(&pred)))
      return failure();
    Region &taken = pred.getSplatValue<bool>() ? op.getTrueBranch() : op.getFalseBranch();
    Block *block = &taken.front();
    Operation *yield = block->getTerminator();
    SmallVector<Value> results(yield->getOperands());
    rewriter.inlineBlockBefore(block, op, op.getInputs());
    rewriter.replaceOp(op, results);
    rewriter.eraseOp(yield);
    return success();
  }
};
} // namespace

void CondOp::getCanonicalizationPatterns(RewritePatternSet &results, MLIRContext *ctx) {
  results.add<InlineConstantCond>(ctx);
}

//===----------------------------------------------------------------------===//
// WhileOp
//===----------------------------------------------------------------------===//

LogicalResult WhileOp::verify() {
  TypeRange carries = getInit().getTypes();
  if (getResultTypes() != carries)
    return emitOpError("results (") << getResultTypes() << ") must have the types of init ("
                                    << carries << ")";
  if (failed(checkArguments(*this, getCond(), "cond", carries)) ||
      failed(checkArguments(*this, getBody(), "body", carries)) ||
      failed(checkYield(*this, getBody(), "body", carries)))
    return failure();
  FailureOr<Operation *> condEnd = terminatorOf(*this, getCond(), "cond");
  if (failed(condEnd))
    return failure();
  TypeRange pred = (*condEnd)->getOperandTypes();
  if (pred.size() != 1 || !isScalarPred(pred[0]))
    return emitOpError("cond yields (") << pred << ") but must yield one tensor<i1>";
  return success();
}

//===----------------------------------------------------------------------===//
// ScanOp
//===----------------------------------------------------------------------===//

LogicalResult ScanOp::verify() {
  int64_t length = getLength();
  if (length < 0)
    return emitOpError("length ") << length << " is negative";
  SmallVector<Type> args(getInit().getTypes());
  for (Value x : getXs()) {
    auto t = cast<RankedTensorType>(x.getType());
    if (t.getRank() == 0 || t.getDimSize(0) != length)
      return emitOpError("scans over dimension 0 of length ")
             << length << ", but an input has type " << t;
    args.push_back(RankedTensorType::get(t.getShape().drop_front(), t.getElementType()));
  }
  if (failed(checkArguments(*this, getBody(), "body", args)))
    return failure();
  size_t numCarries = getInit().size();
  if (getNumResults() < numCarries)
    return emitOpError("has ") << getNumResults() << " results for " << numCarries
                               << " carries";
  if (getCarries().getTypes() != getInit().getTypes())
    return emitOpError("final carries (")
           << getCarries().getTypes() << ") must have the types of init ("
           << getInit().getTypes() << ")";
  SmallVector<Type> yields(getInit().getTypes());
  for (Value y : getYs()) {
    auto t = cast<RankedTensorType>(y.getType());
    if (t.getRank() == 0 || t.getDimSize(0) != length)
      return emitOpError("stacks outputs along a dimension 0 of length ")
             << length << ", but a result has type " << t;
    yields.push_back(RankedTensorType::get(t.getShape().drop_front(), t.getElementType()));
  }
  return checkYield(*this, getBody(), "body", yields);
}
