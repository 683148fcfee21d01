//===- AutodiffControlFlow.cpp - jvp and vjp of cond, while, scan ---------===//
//
// Forward mode: the op is rebuilt with the float inputs' tangents beside the
// primals (materialized zeros where the tangent is symbolic), its bodies
// differentiated by the same walk as a function's (jvpOps).
//
// Reverse mode (cond and scan; a while loop's trip count is unknown until it
// runs, so as in JAX it has forward mode only):
//  - cond: a second cond on the same predicate whose branches replay the
//    taken branch and propagate its cotangents back (vjpBlock);
//  - scan: the forward scan also stacks the carries every step starts from
//    (loop-invariant carries once, not per step); a scan in the opposite
//    direction then replays each step from its stored carries and
//    propagates the cotangents back through it, carrying the carries'
//    cotangents and stacking the inputs' (JAX's scan transpose, storing the
//    carries and recomputing each step's intermediates).
//
//===----------------------------------------------------------------------===//

#include "passes/AutodiffRules.h"

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::autodiff;

namespace {

/// `t`, or zeros like `like` where `t` is a symbolic zero.
Value orZeros(OpBuilder &b, Location loc, Value t, Value like) {
  return t ? t : Emitter{b, loc}.zerosLike(like);
}

/// `type` with a leading dimension of `length`.
RankedTensorType stacked(Type type, int64_t length) {
  auto t = cast<RankedTensorType>(type);
  SmallVector<int64_t> shape{length};
  llvm::append_range(shape, t.getShape());
  return t.clone(shape);
}

/// The indices of the float values in `values`.
SmallVector<unsigned> floats(ValueRange values) {
  SmallVector<unsigned> out;
  for (auto [i, v] : llvm::enumerate(values))
    if (isFloat(v))
      out.push_back(i);
  return out;
}

/// Where a body's values sit in its differentiated version: src argument i
/// is argument primal[i] and, when tangent[i] >= 0, has that tangent
/// argument; the new body yields src's terminator operand j, or its tangent
/// when the entry says so.
struct BodyLayout {
  SmallVector<int> primal, tangent;
  SmallVector<std::pair<unsigned, bool>> yields;
};

/// Fills `into` with the jvp of `src` laid out as `layout`, on arguments
/// of `types`.
LogicalResult jvpBody(OpBuilder &b, Block &src, Region &into, TypeRange types,
                      const BodyLayout &layout, Location loc) {
  OpBuilder::InsertionGuard guard(b);
  Block *block = b.createBlock(&into, {}, types, SmallVector<Location>(types.size(), loc));
  IRMapping primals;
  DenseMap<Value, Value> tangents;
  for (auto [i, arg] : llvm::enumerate(src.getArguments())) {
    primals.map(arg, block->getArgument(layout.primal[i]));
    if (layout.tangent[i] >= 0)
      tangents[arg] = block->getArgument(layout.tangent[i]);
  }
  if (failed(jvpOps(b, src, primals, tangents)))
    return failure();
  SmallVector<Value> yields;
  Operation *terminator = src.getTerminator();
  for (auto [j, isTangent] : layout.yields) {
    Value v = terminator->getOperand(j), p = primals.lookupOrDefault(v);
    yields.push_back(isTangent ? orZeros(b, loc, tangents.lookup(v), p) : p);
  }
  YieldOp::create(b, loc, yields);
  return success();
}

/// Appends to `layout` a group of `values` and their float tangents (after
/// them): block arguments from position `base` when `args`, else the
/// terminator operands from index `base`. Advances `base` past the group.
void addGroup(BodyLayout &layout, ValueRange values, unsigned &base, bool args) {
  SmallVector<unsigned> fl = floats(values);
  if (args) {
    for (unsigned i = 0; i < values.size(); ++i) {
      layout.primal.push_back(int(base + i));
      layout.tangent.push_back(-1);
    }
    for (auto [k, i] : llvm::enumerate(fl))
      layout.tangent[layout.tangent.size() - values.size() + i] =
          int(base + values.size() + k);
  } else {
    for (unsigned i = 0; i < values.size(); ++i)
      layout.yields.push_back({base + i, false});
    for (unsigned i : fl)
      layout.yields.push_back({base + i, true});
  }
  base += values.size() + (args ? fl.size() : 0);
}

/// The primals of `values` then the tangents of the float ones.
SmallVector<Value> withTangents(OpBuilder &b, Location loc, ValueRange values,
                                IRMapping &primals, DenseMap<Value, Value> &tangents) {
  SmallVector<Value> out;
  for (Value v : values)
    out.push_back(primals.lookupOrDefault(v));
  for (Value v : values)
    if (isFloat(v))
      out.push_back(orZeros(b, loc, tangents.lookup(v), primals.lookupOrDefault(v)));
  return out;
}

/// Types of `values` then of the float ones.
SmallVector<Type> withTangentTypes(ValueRange values) {
  SmallVector<Type> out(values.getTypes());
  for (Value v : values)
    if (isFloat(v))
      out.push_back(v.getType());
  return out;
}

/// Maps `group` (results of the original op) to `results` laid out as a
/// group: primals then the float ones' tangents.
void mapGroup(ValueRange group, ValueRange results, IRMapping &primals,
              DenseMap<Value, Value> &tangents) {
  unsigned k = group.size();
  for (auto [i, v] : llvm::enumerate(group)) {
    primals.map(v, results[i]);
    if (isFloat(v))
      tangents[v] = results[k++];
  }
}

LogicalResult jvpCond(OpBuilder &b, CondOp op, IRMapping &primals,
                      DenseMap<Value, Value> &tangents) {
  Location loc = op.getLoc();
  SmallVector<Value> inputs = withTangents(b, loc, op.getInputs(), primals, tangents);
  auto cond = CondOp::create(b, loc, withTangentTypes(op.getResults()),
                             primals.lookupOrDefault(op.getPred()), inputs);
  BodyLayout layout;
  unsigned arg = 0, yield = 0;
  addGroup(layout, op.getInputs(), arg, true);
  addGroup(layout, op.getResults(), yield, false);
  TypeRange types = ValueRange(inputs).getTypes();
  if (failed(jvpBody(b, op.getTrueBranch().front(), cond.getTrueBranch(), types, layout, loc)) ||
      failed(jvpBody(b, op.getFalseBranch().front(), cond.getFalseBranch(), types, layout, loc)))
    return failure();
  mapGroup(op.getResults(), cond.getResults(), primals, tangents);
  return success();
}

LogicalResult jvpWhile(OpBuilder &b, WhileOp op, IRMapping &primals,
                       DenseMap<Value, Value> &tangents) {
  Location loc = op.getLoc();
  SmallVector<Value> init = withTangents(b, loc, op.getInit(), primals, tangents);
  TypeRange types = ValueRange(init).getTypes();
  auto loop = WhileOp::create(b, loc, types, init);
  BodyLayout body;
  unsigned arg = 0, yield = 0;
  addGroup(body, op.getInit(), arg, true);
  addGroup(body, op.getInit(), yield, false);
  // The condition reads the primal carries only.
  BodyLayout cond{body.primal, SmallVector<int>(body.tangent.size(), -1), {{0, false}}};
  if (failed(jvpBody(b, op.getCond().front(), loop.getCond(), types, cond, loc)) ||
      failed(jvpBody(b, op.getBody().front(), loop.getBody(), types, body, loc)))
    return failure();
  mapGroup(op.getResults(), loop.getResults(), primals, tangents);
  return success();
}

LogicalResult jvpScan(OpBuilder &b, ScanOp op, IRMapping &primals,
                      DenseMap<Value, Value> &tangents) {
  Location loc = op.getLoc();
  SmallVector<Value> init = withTangents(b, loc, op.getInit(), primals, tangents);
  SmallVector<Value> xs = withTangents(b, loc, op.getXs(), primals, tangents);
  SmallVector<Type> types = withTangentTypes(op.getCarries());
  llvm::append_range(types, withTangentTypes(op.getYs()));
  auto scan = ScanOp::create(b, loc, types, op.getLengthAttr(), op.getReverseAttr(), init, xs);
  Block &src = op.getBody().front();
  size_t nc = op.getInit().size();
  BodyLayout layout;
  unsigned arg = 0, yield = 0;
  addGroup(layout, src.getArguments().take_front(nc), arg, true);
  addGroup(layout, src.getArguments().drop_front(nc), arg, true);
  addGroup(layout, op.getCarries(), yield, false);
  addGroup(layout, op.getYs(), yield, false);
  SmallVector<Type> argTypes(ValueRange(init).getTypes());
  for (Value x : xs)
    argTypes.push_back(RankedTensorType::get(
        cast<RankedTensorType>(x.getType()).getShape().drop_front(),
        cast<RankedTensorType>(x.getType()).getElementType()));
  if (failed(jvpBody(b, src, scan.getBody(), argTypes, layout, loc)))
    return failure();
  size_t numNewCarries = init.size();
  mapGroup(op.getCarries(), scan.getResults().take_front(numNewCarries), primals, tangents);
  mapGroup(op.getYs(), scan.getResults().drop_front(numNewCarries), primals, tangents);
  return success();
}

LogicalResult vjpCond(OpBuilder &b, CondOp op, ArrayRef<Value> cts, IRMapping &primals,
                      function_ref<void(Value, Value)> accumulate) {
  Location loc = op.getLoc();
  SmallVector<unsigned> floatInputs = floats(op.getInputs());
  if (floatInputs.empty())
    return success();
  SmallVector<Value> inputs;
  for (Value v : op.getInputs())
    inputs.push_back(primals.lookupOrDefault(v));
  size_t n = inputs.size();
  SmallVector<unsigned> floatResults = floats(op.getResults());
  for (unsigned j : floatResults)
    inputs.push_back(orZeros(b, loc, cts[j], primals.lookupOrDefault(op.getResult(j))));
  SmallVector<Type> types;
  for (unsigned i : floatInputs)
    types.push_back(op.getInputs()[i].getType());
  auto cond = CondOp::create(b, loc, types, primals.lookupOrDefault(op.getPred()), inputs);
  TypeRange argTypes = ValueRange(inputs).getTypes();
  for (auto [from, into] : {std::pair{&op.getTrueBranch(), &cond.getTrueBranch()},
                            {&op.getFalseBranch(), &cond.getFalseBranch()}}) {
    OpBuilder::InsertionGuard guard(b);
    Block *block =
        b.createBlock(into, {}, argTypes, SmallVector<Location>(argTypes.size(), loc));
    SmallVector<Value> resultCts(op.getNumResults());
    for (auto [k, j] : llvm::enumerate(floatResults))
      resultCts[j] = block->getArgument(n + k);
    SmallVector<Value> results, argCts;
    if (failed(vjpBlock(b, from->front(), block->getArguments().take_front(n), resultCts,
                        results, argCts)))
      return failure();
    SmallVector<Value> yields;
    for (unsigned i : floatInputs)
      yields.push_back(orZeros(b, loc, argCts[i], block->getArgument(i)));
    YieldOp::create(b, loc, yields);
  }
  for (auto [k, i] : llvm::enumerate(floatInputs))
    accumulate(op.getInputs()[i], cond.getResult(k));
  return success();
}

/// Replaces the forward clone of `op` by a scan that also stacks the
/// carries listed in `stored` (each step's starting value); returns it.
ScanOp storeCarries(OpBuilder &b, ScanOp op, ArrayRef<unsigned> stored, IRMapping &primals) {
  auto forward = cast<ScanOp>(primals.lookup(op.getResult(0)).getDefiningOp());
  SmallVector<Type> types(forward.getResultTypes());
  for (unsigned i : stored)
    types.push_back(stacked(op.getInit()[i].getType(), op.getLength()));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointAfter(forward);
  auto scan = ScanOp::create(b, op.getLoc(), types, forward.getLengthAttr(),
                             forward.getReverseAttr(), forward.getInit(), forward.getXs());
  IRMapping mapping;
  forward.getBody().cloneInto(&scan.getBody(), mapping);
  Block &body = scan.getBody().front();
  Operation *yield = body.getTerminator();
  for (unsigned i : stored)
    yield->insertOperands(yield->getNumOperands(), body.getArgument(i));
  for (auto [i, r] : llvm::enumerate(op.getResults())) {
    forward.getResult(i).replaceAllUsesWith(scan.getResult(i));
    primals.map(r, scan.getResult(i));
  }
  forward.erase();
  return scan;
}

LogicalResult vjpScan(OpBuilder &b, ScanOp op, ArrayRef<Value> cts, IRMapping &primals,
                      function_ref<void(Value, Value)> accumulate) {
  Location loc = op.getLoc();
  Block &src = op.getBody().front();
  Operation *terminator = src.getTerminator();
  size_t nc = op.getInit().size(), nx = op.getXs().size();
  SmallVector<unsigned> invariant, stored;
  for (unsigned i = 0; i < nc; ++i)
    (terminator->getOperand(i) == src.getArgument(i) ? invariant : stored).push_back(i);
  SmallVector<unsigned> floatCarries = floats(op.getInit());
  SmallVector<unsigned> floatXs = floats(op.getXs());
  SmallVector<unsigned> floatYs = floats(op.getYs());
  ScanOp forward = storeCarries(b, op, stored, primals);
  auto primal = [&](Value v) { return primals.lookupOrDefault(v); };

  // Carries: the float carries' cotangents, then the loop-invariant carries.
  // Inputs: the stored carries, the primal xs, the float ys' cotangents.
  SmallVector<Value> init, xs;
  for (unsigned i : floatCarries)
    init.push_back(orZeros(b, loc, cts[i], primal(op.getResult(i))));
  for (unsigned i : invariant)
    init.push_back(primal(op.getInit()[i]));
  for (unsigned r = 0; r < stored.size(); ++r)
    xs.push_back(forward.getResult(op.getNumResults() + r));
  for (Value x : op.getXs())
    xs.push_back(primal(x));
  for (unsigned k : floatYs)
    xs.push_back(orZeros(b, loc, cts[nc + k], primal(op.getYs()[k])));
  SmallVector<Type> types(ValueRange(init).getTypes());
  for (unsigned m : floatXs)
    types.push_back(op.getXs()[m].getType());
  auto backward = ScanOp::create(b, loc, types, op.getLengthAttr(),
                                 op.getReverse() ? UnitAttr() : b.getUnitAttr(), init, xs);

  {
    OpBuilder::InsertionGuard guard(b);
    SmallVector<Type> argTypes(ValueRange(init).getTypes());
    for (Value x : xs) {
      auto t = cast<RankedTensorType>(x.getType());
      argTypes.push_back(RankedTensorType::get(t.getShape().drop_front(), t.getElementType()));
    }
    Block *block =
        b.createBlock(&backward.getBody(), {}, argTypes, SmallVector<Location>(argTypes.size(), loc));
    auto args = block->getArguments();
    size_t invBase = floatCarries.size(), storedBase = invBase + invariant.size();
    size_t xBase = storedBase + stored.size(), ctyBase = xBase + nx;
    SmallVector<Value> stepArgs(nc + nx);
    for (auto [k, i] : llvm::enumerate(invariant))
      stepArgs[i] = args[invBase + k];
    for (auto [k, i] : llvm::enumerate(stored))
      stepArgs[i] = args[storedBase + k];
    for (unsigned m = 0; m < nx; ++m)
      stepArgs[nc + m] = args[xBase + m];
    SmallVector<Value> stepCts(terminator->getNumOperands());
    for (auto [k, i] : llvm::enumerate(floatCarries))
      stepCts[i] = args[k];
    for (auto [k, j] : llvm::enumerate(floatYs))
      stepCts[nc + j] = args[ctyBase + k];
    SmallVector<Value> results, argCts;
    if (failed(vjpBlock(b, src, stepArgs, stepCts, results, argCts)))
      return failure();
    SmallVector<Value> yields;
    for (unsigned i : floatCarries)
      yields.push_back(orZeros(b, loc, argCts[i], stepArgs[i]));
    for (unsigned k = 0; k < invariant.size(); ++k)
      yields.push_back(args[invBase + k]);
    for (unsigned m : floatXs)
      yields.push_back(orZeros(b, loc, argCts[nc + m], stepArgs[nc + m]));
    YieldOp::create(b, loc, yields);
  }
  for (auto [k, i] : llvm::enumerate(floatCarries))
    accumulate(op.getInit()[i], backward.getResult(k));
  size_t ctXsBase = floatCarries.size() + invariant.size();
  for (auto [k, m] : llvm::enumerate(floatXs))
    accumulate(op.getXs()[m], backward.getResult(ctXsBase + k));
  return success();
}

} // namespace

LogicalResult autodiff::jvpControlFlow(OpBuilder &b, Operation *op, IRMapping &primals,
                                       DenseMap<Value, Value> &tangents) {
  // Nothing to differentiate: the op as it is.
  if (llvm::none_of(op->getOperands(), [&](Value v) { return bool(tangents.lookup(v)); })) {
    b.clone(*op, primals);
    return success();
  }
  if (auto cond = dyn_cast<CondOp>(op))
    return jvpCond(b, cond, primals, tangents);
  if (auto loop = dyn_cast<WhileOp>(op))
    return jvpWhile(b, loop, primals, tangents);
  return jvpScan(b, cast<ScanOp>(op), primals, tangents);
}

LogicalResult autodiff::vjpControlFlow(OpBuilder &b, Operation *op, ArrayRef<Value> cts,
                                       IRMapping &primals,
                                       function_ref<void(Value, Value)> accumulate) {
  if (auto cond = dyn_cast<CondOp>(op))
    return vjpCond(b, cond, cts, primals, accumulate);
  if (auto scan = dyn_cast<ScanOp>(op))
    return vjpScan(b, scan, cts, primals, accumulate);
  bool floatCt = false;
  for (auto [r, c] : llvm::zip(op->getResults(), cts))
    floatCt |= c && isFloat(r);
  if (!floatCt)
    return success();
  return op->emitOpError(
      "(while_loop) cannot be differentiated in reverse mode (grad, vjp): its trip "
      "count is only known when it runs; use nj::fori_loop with C++ integer bounds or "
      "nj::scan, which are reverse-differentiable, or jvp (forward mode)");
}
