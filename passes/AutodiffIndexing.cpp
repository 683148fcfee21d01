//===- AutodiffIndexing.cpp - jvp and vjp of the indexing ops, cumsum -----===//
//
// Every indexing op is linear in its float operands for fixed indices, so
// its tangent is the op itself on the tangents, and its transpose swaps
// reads and writes: gather <-> scatter_add, dynamic_slice <->
// dynamic_update_slice into zeros. A scatter that sets transposes to a
// gather for the updates and a set of zeros for the operand (positions
// written by several updates give the last one's, as the forward op does).
// cumsum transposes to a cumsum in the other direction; cumprod is expanded
// into multiplications before differentiation. argsort has integer results
// and so no derivative: sort's gradient is its gather's.
//
//===----------------------------------------------------------------------===//

#include "passes/AutodiffRules.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::autodiff;

namespace {
Value gather(Emitter &e, Value x, Value indices, int64_t axis, int64_t batch,
             RankedTensorType type) {
  return GatherOp::create(e.b, e.loc, type.clone(typeOf(x).getElementType()), x, indices,
                          uint64_t(axis), uint64_t(batch));
}
Value scatter(Emitter &e, Value x, Value indices, Value updates, int64_t axis, int64_t batch,
              bool add) {
  return ScatterOp::create(e.b, e.loc, x, indices, updates, axis, batch, add);
}
Value cumsum(Emitter &e, Value x, CumsumOp like, bool flip) {
  return CumsumOp::create(e.b, e.loc, typeOf(x), x, uint64_t(like.getAxis()),
                          like.getReverse() != flip);
}
LogicalResult checkCombiner(ScatterOp op) {
  if (op.isSet() || op.isAdd())
    return success();
  return op.emitOpError("has no differentiation rule for a combiner other than set or add");
}
} // namespace

FailureOr<Value> mlir::numjit::autodiff::jvpIndexing(Emitter &e, Operation *op,
                                                     function_ref<Value(Value)> primal,
                                                     ArrayRef<Value> t) {
  auto orZero = [&](unsigned i) {
    return t[i] ? t[i] : e.zerosLike(primal(op->getOperand(i)));
  };
  return TypeSwitch<Operation *, FailureOr<Value>>(op)
      .Case([&](GatherOp o) -> FailureOr<Value> {
        return gather(e, t[0], primal(o.getIndices()), o.getAxis(), o.getBatchDims(),
                      o.getType());
      })
      .Case([&](ScatterOp o) -> FailureOr<Value> {
        if (failed(checkCombiner(o)))
          return failure();
        return scatter(e, orZero(0), primal(o.getIndices()), orZero(2), o.getAxis(),
                       o.getBatchDims(), o.isAdd());
      })
      .Case([&](CumsumOp o) -> FailureOr<Value> { return cumsum(e, t[0], o, false); })
      .Case([&](DynamicSliceOp o) -> FailureOr<Value> {
        SmallVector<Value> starts = llvm::map_to_vector(o.getStarts(), primal);
        return DynamicSliceOp::create(e.b, e.loc, o.getType(), t[0], starts, o.getSizes())
            .getResult();
      })
      .Case([&](DynamicUpdateSliceOp o) -> FailureOr<Value> {
        SmallVector<Value> starts = llvm::map_to_vector(o.getStarts(), primal);
        unsigned u = op->getNumOperands() - 1;
        return DynamicUpdateSliceOp::create(e.b, e.loc, o.getType(), orZero(0), starts,
                                            orZero(u))
            .getResult();
      })
      .Default([&](Operation *) { return op->emitOpError("has no forward-mode rule"); });
}

LogicalResult mlir::numjit::autodiff::vjpIndexing(Emitter &e, Operation *op, Value c,
                                                  function_ref<Value(Value)> primal,
                                                  function_ref<void(unsigned, Value)> give) {
  return TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](GatherOp o) {
        Value x = primal(o.getOperand());
        give(0, scatter(e, e.zerosLike(x), primal(o.getIndices()), c, o.getAxis(),
                        o.getBatchDims(), /*add=*/true));
        return success();
      })
      .Case([&](ScatterOp o) {
        if (failed(checkCombiner(o)))
          return failure();
        Value indices = primal(o.getIndices());
        Value updates = primal(o.getUpdates());
        give(0, o.isAdd() ? c
                          : scatter(e, c, indices, e.zerosLike(updates), o.getAxis(),
                                    o.getBatchDims(), /*add=*/false));
        give(2, gather(e, c, indices, o.getAxis(), o.getBatchDims(), typeOf(updates)));
        return success();
      })
      .Case([&](CumsumOp o) {
        give(0, cumsum(e, c, o, true));
        return success();
      })
      .Case([&](DynamicSliceOp o) {
        SmallVector<Value> starts = llvm::map_to_vector(o.getStarts(), primal);
        Value x = primal(o.getOperand());
        give(0, DynamicUpdateSliceOp::create(e.b, e.loc, typeOf(x), e.zerosLike(x), starts, c));
        return success();
      })
      .Case([&](DynamicUpdateSliceOp o) {
        SmallVector<Value> starts = llvm::map_to_vector(o.getStarts(), primal);
        Value update = primal(o.getUpdate());
        give(0, DynamicUpdateSliceOp::create(e.b, e.loc, typeOf(c), c, starts,
                                             e.zerosLike(update)));
        give(op->getNumOperands() - 1,
             DynamicSliceOp::create(e.b, e.loc, typeOf(update), c, starts,
                                    typeOf(update).getShape()));
        return success();
      })
      .Default([&](Operation *) { return op->emitOpError("has no reverse-mode rule"); });
}

LogicalResult mlir::numjit::autodiff::expandCumprods(Operation *root) {
  SmallVector<CumprodOp> ops;
  root->walk([&](CumprodOp op) {
    if (isFloat(op.getResult()))
      ops.push_back(op);
  });
  for (CumprodOp op : ops) {
    RankedTensorType type = op.getType();
    int64_t axis = op.getAxis(), n = type.getDimSize(axis), rank = type.getRank();
    if (ShapedType::isDynamic(n))
      return op.emitOpError("has no derivative along a dimension of dynamic size");
    OpBuilder b(op);
    Emitter e{b, op.getLoc()};
    Value y = op.getOperand();
    for (int64_t s = 1; s < n; s *= 2) {
      // shifted[k] = y[k - s] (y[k + s] when reversed), 1 outside.
      SmallVector<int64_t> start(rank, 0), limit(type.getShape()), strides(rank, 1),
          low(rank, 0), high(rank, 0), interior(rank, 0);
      (op.getReverse() ? start : limit)[axis] = op.getReverse() ? s : n - s;
      (op.getReverse() ? high : low)[axis] = s;
      Value piece = SliceOp::create(b, e.loc, y, start, limit, strides);
      auto pad = [&](Value v) {
        return PadOp::create(b, e.loc, v, low, high, interior).getResult();
      };
      Value outside = e.sub(e.like(y, 1), pad(e.like(piece, 1)));
      y = e.mul(y, e.add(pad(piece), outside));
    }
    op.replaceAllUsesWith(y);
    op.erase();
  }
  return success();
}
