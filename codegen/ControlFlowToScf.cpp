//===- ControlFlowToScf.cpp - numjit.cond/while/scan to scf -----*- C++ -*-===//
//
// Each region op becomes its scf counterpart with the body moved, not
// copied: the block arguments are replaced by the values the scf op
// provides and numjit.yield by the scf terminator. Inner ops go first, so
// a nest lowers from the inside out.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"
#include "ir/NumjitOps.h"

#include "mlir/IR/PatternMatch.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITCONTROLFLOWTOSCF
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;
using namespace mlir::numjit;

namespace {

/// The scalar held by a rank-0 tensor.
Value scalarOf(OpBuilder &b, Location loc, Value tensor) {
  return tensor::ExtractOp::create(b, loc, tensor, ValueRange{});
}

/// Moves the only block of `from` to the end of `into`'s entry block
/// (created, without arguments, when `into` is empty), with its arguments
/// replaced by `args`; returns its numjit.yield.
YieldOp moveBody(RewriterBase &rewriter, Region &from, Region &into, ValueRange args) {
  if (into.empty())
    rewriter.createBlock(&into);
  Block *dest = &into.front();
  auto yield = cast<YieldOp>(from.front().getTerminator());
  rewriter.mergeBlocks(&from.front(), dest, args);
  return yield;
}

void lowerCond(RewriterBase &rewriter, CondOp op) {
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  auto ifOp = scf::IfOp::create(rewriter, loc, op.getResultTypes(),
                                scalarOf(rewriter, loc, op.getPred()),
                                /*addThenBlock=*/false, /*addElseBlock=*/false);
  for (auto [from, into] : {std::pair{&op.getTrueBranch(), &ifOp.getThenRegion()},
                            {&op.getFalseBranch(), &ifOp.getElseRegion()}}) {
    YieldOp yield = moveBody(rewriter, *from, *into, op.getInputs());
    rewriter.setInsertionPoint(yield);
    rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, yield.getValues());
  }
  rewriter.replaceOp(op, ifOp.getResults());
}

void lowerWhile(RewriterBase &rewriter, WhileOp op) {
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  auto loop = scf::WhileOp::create(rewriter, loc, op.getResultTypes(), op.getInit());
  TypeRange types = op.getInit().getTypes();
  SmallVector<Location> locs(types.size(), loc);
  Block *before = rewriter.createBlock(&loop.getBefore(), {}, types, locs);
  Block *after = rewriter.createBlock(&loop.getAfter(), {}, types, locs);

  YieldOp cond = moveBody(rewriter, op.getCond(), loop.getBefore(), before->getArguments());
  rewriter.setInsertionPoint(cond);
  rewriter.replaceOpWithNewOp<scf::ConditionOp>(
      cond, scalarOf(rewriter, loc, cond.getValues()[0]), before->getArguments());

  YieldOp body = moveBody(rewriter, op.getBody(), loop.getAfter(), after->getArguments());
  rewriter.setInsertionPoint(body);
  rewriter.replaceOpWithNewOp<scf::YieldOp>(body, body.getValues());
  rewriter.replaceOp(op, loop.getResults());
}

/// Offsets, sizes and strides of slice `k` along dimension 0 of `t`.
void sliceOf(OpBuilder &b, Location loc, Value t, Value k,
             SmallVectorImpl<OpFoldResult> &offsets, SmallVectorImpl<OpFoldResult> &sizes,
             SmallVectorImpl<OpFoldResult> &strides) {
  auto type = cast<RankedTensorType>(t.getType());
  offsets.assign(type.getRank(), b.getIndexAttr(0));
  offsets[0] = k;
  sizes.assign(1, b.getIndexAttr(1));
  for (int64_t d = 1; d < type.getRank(); ++d)
    sizes.push_back(type.isDynamicDim(d) ? OpFoldResult(tensor::DimOp::create(b, loc, t, d))
                                         : b.getIndexAttr(type.getDimSize(d)));
  strides.assign(type.getRank(), b.getIndexAttr(1));
}

LogicalResult lowerScan(RewriterBase &rewriter, ScanOp op) {
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  // The stacked outputs start empty; their sizes past dimension 0 are those
  // of one step's output, known before the loop only when static.
  SmallVector<Value> iterArgs(op.getInit());
  for (Value y : op.getYs()) {
    auto type = cast<RankedTensorType>(y.getType());
    if (!type.hasStaticShape())
      return op.emitOpError("cannot stack outputs of dynamic shape ")
             << type << " yet (an output of a scan must have a static shape)";
    iterArgs.push_back(tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                               type.getElementType()));
  }
  Value lb = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value ub = arith::ConstantIndexOp::create(rewriter, loc, op.getLength());
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  auto loop = scf::ForOp::create(rewriter, loc, lb, ub, one, iterArgs);
  Block *body = loop.getBody();
  if (!body->empty())
    rewriter.eraseOp(body->getTerminator());

  rewriter.setInsertionPointToEnd(body);
  Value k = loop.getInductionVar();
  if (op.getReverse()) {
    Value last = arith::ConstantIndexOp::create(rewriter, loc, op.getLength() - 1);
    k = arith::SubIOp::create(rewriter, loc, last, k);
  }
  size_t numCarries = op.getInit().size();
  SmallVector<Value> args(loop.getRegionIterArgs().take_front(numCarries));
  for (Value x : op.getXs()) {
    SmallVector<OpFoldResult> offsets, sizes, strides;
    sliceOf(rewriter, loc, x, k, offsets, sizes, strides);
    auto type = cast<RankedTensorType>(x.getType());
    auto slice = RankedTensorType::get(type.getShape().drop_front(), type.getElementType());
    args.push_back(tensor::ExtractSliceOp::create(rewriter, loc, slice, x, offsets, sizes,
                                                  strides));
  }
  YieldOp yield = moveBody(rewriter, op.getBody(), loop.getRegion(), args);

  rewriter.setInsertionPoint(yield);
  SmallVector<Value> next(yield.getValues().take_front(numCarries));
  for (auto [i, y] : llvm::enumerate(yield.getValues().drop_front(numCarries))) {
    Value acc = loop.getRegionIterArgs()[numCarries + i];
    SmallVector<OpFoldResult> offsets, sizes, strides;
    sliceOf(rewriter, loc, acc, k, offsets, sizes, strides);
    next.push_back(tensor::InsertSliceOp::create(rewriter, loc, y, acc, offsets, sizes,
                                                 strides));
  }
  rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, next);
  rewriter.replaceOp(op, loop.getResults());
  return success();
}

struct ControlFlowToScfPass
    : numjit::impl::NumjitControlFlowToScfBase<ControlFlowToScfPass> {
  void runOnOperation() override {
    SmallVector<Operation *> ops; // post-order: inner ops first
    getOperation().walk([&](Operation *op) {
      if (isa<CondOp, WhileOp, ScanOp>(op))
        ops.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *op : ops) {
      if (auto cond = dyn_cast<CondOp>(op))
        lowerCond(rewriter, cond);
      else if (auto loop = dyn_cast<WhileOp>(op))
        lowerWhile(rewriter, loop);
      else if (failed(lowerScan(rewriter, cast<ScanOp>(op))))
        return signalPassFailure();
    }
  }
};
} // namespace
