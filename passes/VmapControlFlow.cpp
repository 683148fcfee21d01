//===- VmapControlFlow.cpp - Batching rules of cond, while, scan ----------===//
//
// As in JAX:
//  - cond on an unbatched predicate stays one cond; its branches are batched
//    (every result batched). On a batched predicate both branches run on the
//    whole batch and a select picks each example's result.
//  - while batches its carries; with a batched condition it runs while any
//    example's condition holds and freezes the finished examples (each
//    step selects the old carry where that example's condition is false).
//  - scan batches its carries; a batched input (batch, length, ...) is
//    scanned as (length, batch, ...) and its outputs come back batch first.
//
//===----------------------------------------------------------------------===//

#include "passes/Batcher.h"

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::vmap;

namespace {

/// A new block at the end of `region` taking `types` (the builder moves to it).
Block *newBlock(OpBuilder &b, Region &region, TypeRange types, Location loc) {
  return b.createBlock(&region, {}, types, SmallVector<Location>(types.size(), loc));
}

/// A batcher for a body `src` moved into `block`: src's arguments are the
/// block's, batched where `batchedArgs` says.
Batcher bodyBatcher(Batcher &parent, Block &src, Block *block, ArrayRef<bool> batchedArgs) {
  Batcher child{parent.b, parent.size, {}, {}, {}};
  for (auto [arg, v, isBatched] :
       llvm::zip(src.getArguments(), block->getArguments(), batchedArgs)) {
    child.values.map(arg, v);
    if (isBatched)
      child.isBatched.insert(v);
  }
  if (ShapedType::isDynamic(parent.size))
    for (auto [v, isBatched] : llvm::zip(block->getArguments(), batchedArgs))
      if (isBatched && !child.sizeValue)
        child.sizeValue = numjit::DimOp::create(parent.b, block->getParent()->getLoc(), v, uint64_t(0));
  return child;
}

/// Batches the ops of `src` (not its terminator) with `batcher`.
LogicalResult batchOps(Batcher &batcher, Block &src) {
  for (Operation &op : src.without_terminator())
    if (failed(batcher.batch(&op)))
      return failure();
  return success();
}

/// The terminator operands of `src`, batched.
SmallVector<Value> batchedYields(Batcher &batcher, Block &src) {
  SmallVector<Value> out;
  for (Value v : src.getTerminator()->getOperands())
    out.push_back(batcher.batchedValue(v, src.getTerminator()->getLoc()));
  return out;
}

/// `onTrue` where the example's `pred` (shape (batch)) holds, else `onFalse`.
Value selectPerExample(OpBuilder &b, Location loc, Value pred, Value onTrue, Value onFalse) {
  RankedTensorType type = typeOf(onTrue);
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      sizes.push_back(numjit::DimOp::create(b, loc, onTrue, uint64_t(d)));
  Value p = BroadcastInDimOp::create(b, loc, type.clone(b.getI1Type()), pred,
                                     ArrayRef<int64_t>{0}, sizes);
  return SelectOp::create(b, loc, type, p, onTrue, onFalse);
}

/// Whether any example's `pred` (shape (batch)) holds: false for none.
Value anyTrue(OpBuilder &b, Location loc, Value pred) {
  RankedTensorType i32 = typeOf(pred).clone(b.getI32Type());
  Value count = ReduceOp::create(b, loc, ReduceKind::sum, ConvertOp::create(b, loc, i32, pred),
                                 ArrayRef<int64_t>{0});
  auto scalar = RankedTensorType::get({}, b.getI32Type());
  Value zero = ConstantOp::create(b, loc, scalar,
                                  DenseElementsAttr::get(scalar, b.getI32IntegerAttr(0)));
  return CompareOp::create(b, loc, CompareDirection::gt, count, zero);
}

LogicalResult batchCond(Batcher &bt, CondOp op) {
  Location loc = op.getLoc();
  if (bt.batchedOperand(op.getPred())) {
    // Both branches on the whole batch, inline; then pick per example.
    SmallVector<SmallVector<Value>> results;
    for (Region *branch : {&op.getTrueBranch(), &op.getFalseBranch()}) {
      Block &src = branch->front();
      for (auto [arg, input] : llvm::zip(src.getArguments(), op.getInputs()))
        bt.values.map(arg, bt.get(input));
      if (failed(batchOps(bt, src)))
        return failure();
      results.push_back(batchedYields(bt, src));
    }
    Value pred = bt.get(op.getPred());
    for (auto [r, t, f] : llvm::zip(op.getResults(), results[0], results[1]))
      bt.setBatched(r, selectPerExample(bt.b, loc, pred, t, f));
    return success();
  }
  SmallVector<Value> inputs;
  SmallVector<bool> batchedArgs;
  for (Value v : op.getInputs()) {
    inputs.push_back(bt.get(v));
    batchedArgs.push_back(bt.batchedOperand(v));
  }
  SmallVector<Type> types;
  for (Type t : op.getResultTypes())
    types.push_back(batched(cast<RankedTensorType>(t), bt.size));
  auto cond = CondOp::create(bt.b, loc, types, bt.get(op.getPred()), inputs);
  for (auto [from, into] : {std::pair{&op.getTrueBranch(), &cond.getTrueBranch()},
                            {&op.getFalseBranch(), &cond.getFalseBranch()}}) {
    OpBuilder::InsertionGuard guard(bt.b);
    Block *block = newBlock(bt.b, *into, ValueRange(inputs).getTypes(), loc);
    Batcher child = bodyBatcher(bt, from->front(), block, batchedArgs);
    if (failed(batchOps(child, from->front())))
      return failure();
    YieldOp::create(bt.b, loc, batchedYields(child, from->front()));
  }
  for (auto [r, v] : llvm::zip(op.getResults(), cond.getResults()))
    bt.setBatched(r, v);
  return success();
}

LogicalResult batchWhile(Batcher &bt, WhileOp op) {
  Location loc = op.getLoc();
  SmallVector<Value> init;
  for (Value v : op.getInit())
    init.push_back(bt.batchedValue(v, loc));
  TypeRange types = ValueRange(init).getTypes();
  SmallVector<bool> all(init.size(), true);
  auto loop = WhileOp::create(bt.b, loc, types, init);
  Block &cond = op.getCond().front(), &body = op.getBody().front();
  bool batchedPred;
  {
    OpBuilder::InsertionGuard guard(bt.b);
    Block *block = newBlock(bt.b, loop.getCond(), types, loc);
    Batcher child = bodyBatcher(bt, cond, block, all);
    if (failed(batchOps(child, cond)))
      return failure();
    Value pred = child.get(cond.getTerminator()->getOperand(0));
    batchedPred = child.isBatched.contains(pred);
    YieldOp::create(bt.b, loc, batchedPred ? anyTrue(bt.b, loc, pred) : pred);
  }
  {
    OpBuilder::InsertionGuard guard(bt.b);
    Block *block = newBlock(bt.b, loop.getBody(), types, loc);
    Batcher child = bodyBatcher(bt, body, block, all);
    Value lane;
    if (batchedPred) { // which examples are still running
      for (auto [arg, v] : llvm::zip(cond.getArguments(), block->getArguments()))
        child.values.map(arg, v);
      if (failed(batchOps(child, cond)))
        return failure();
      lane = child.get(cond.getTerminator()->getOperand(0));
    }
    if (failed(batchOps(child, body)))
      return failure();
    SmallVector<Value> next = batchedYields(child, body);
    if (lane)
      for (auto [i, v] : llvm::enumerate(next))
        v = selectPerExample(bt.b, loc, lane, v, block->getArgument(i));
    YieldOp::create(bt.b, loc, next);
  }
  for (auto [r, v] : llvm::zip(op.getResults(), loop.getResults()))
    bt.setBatched(r, v);
  return success();
}

/// Swaps dimensions 0 and 1 of `v`.
Value swapLeading(OpBuilder &b, Location loc, Value v) {
  SmallVector<int64_t> perm{1, 0};
  for (int64_t d = 2; d < typeOf(v).getRank(); ++d)
    perm.push_back(d);
  return TransposeOp::create(b, loc, v, perm);
}

LogicalResult batchScan(Batcher &bt, ScanOp op) {
  Location loc = op.getLoc();
  SmallVector<Value> init, xs;
  SmallVector<bool> batchedArgs;
  for (Value v : op.getInit()) {
    init.push_back(bt.batchedValue(v, loc));
    batchedArgs.push_back(true);
  }
  for (Value x : op.getXs()) {
    bool isBatched = bt.batchedOperand(x);
    // Scanned along dimension 0: the batch dimension goes second.
    xs.push_back(isBatched ? swapLeading(bt.b, loc, bt.get(x)) : bt.get(x));
    batchedArgs.push_back(isBatched);
  }
  SmallVector<Type> types(ValueRange(init).getTypes());
  for (Value y : op.getYs()) {
    auto t = typeOf(y);
    SmallVector<int64_t> shape{t.getDimSize(0), bt.size};
    llvm::append_range(shape, t.getShape().drop_front());
    types.push_back(t.clone(shape));
  }
  auto scan = ScanOp::create(bt.b, loc, types, op.getLengthAttr(), op.getReverseAttr(),
                             init, xs);
  {
    OpBuilder::InsertionGuard guard(bt.b);
    SmallVector<Type> argTypes(ValueRange(init).getTypes());
    for (Value x : xs)
      argTypes.push_back(RankedTensorType::get(typeOf(x).getShape().drop_front(),
                                               typeOf(x).getElementType()));
    Block &src = op.getBody().front();
    Block *block = newBlock(bt.b, scan.getBody(), argTypes, loc);
    Batcher child = bodyBatcher(bt, src, block, batchedArgs);
    if (failed(batchOps(child, src)))
      return failure();
    YieldOp::create(bt.b, loc, batchedYields(child, src));
  }
  for (auto [r, v] : llvm::zip(op.getCarries(), scan.getCarries()))
    bt.setBatched(r, v);
  for (auto [r, v] : llvm::zip(op.getYs(), scan.getYs()))
    bt.setBatched(r, swapLeading(bt.b, loc, v));
  return success();
}

} // namespace

LogicalResult vmap::batchControlFlow(Batcher &batcher, Operation *op) {
  if (auto cond = dyn_cast<CondOp>(op))
    return batchCond(batcher, cond);
  if (auto loop = dyn_cast<WhileOp>(op))
    return batchWhile(batcher, loop);
  return batchScan(batcher, cast<ScanOp>(op));
}
