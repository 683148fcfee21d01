//===- VmapIndexing.cpp - Batching rules of gather, scatter, dynamic slices ---===//
//
// A batched gather or scatter is one gather or scatter with one more batch
// dimension (every operand is batched, so the batch dims line up). A
// dynamic slice with the same starts for every example slices the batch
// dimension whole; with per-example starts it is one batched gather per
// dimension (start + iota), and a dynamic_update_slice a select between the
// operand and the update gathered to the operand's shape. None of them
// loops over the batch.
//
//===----------------------------------------------------------------------===//

#include "passes/Batcher.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::vmap;

namespace {
/// Builds the numjit ops of the per-example-starts rules, on tensors with
/// a static batch size.
struct Ops {
  OpBuilder &b;
  Location loc;

  Value constant(RankedTensorType type, int64_t v) {
    return ConstantOp::create(b, loc, type,
                              DenseElementsAttr::get(type, IntegerAttr::get(type.getElementType(), v)));
  }
  RankedTensorType i64(ArrayRef<int64_t> shape) {
    return RankedTensorType::get(shape, b.getI64Type());
  }
  /// Batched starts [B] clamped to [0, hi].
  Value clampedStarts(Value starts, int64_t batch, int64_t hi) {
    auto type = i64({batch});
    Value s = ConvertOp::create(b, loc, type, starts);
    s = MinOp::create(b, loc, s, constant(type, hi));
    return MaxOp::create(b, loc, s, constant(type, 0));
  }
  /// [B, n]: s[b] + offset + j (j < n).
  Value ramp(Value s, int64_t batch, int64_t n, int64_t sign) {
    auto type = i64({batch, n});
    Value iota = IotaOp::create(b, loc, type, 1);
    Value sb = BroadcastInDimOp::create(b, loc, type, s, ArrayRef<int64_t>{0});
    return sign > 0 ? Value(AddOp::create(b, loc, iota, sb)) : Value(SubOp::create(b, loc, iota, sb));
  }
  Value gather(Value x, Value indices, int64_t axis) {
    RankedTensorType xt = typeOf(x), it = typeOf(indices);
    SmallVector<int64_t> shape(xt.getShape().take_front(axis));
    llvm::append_range(shape, it.getShape().drop_front(1));
    llvm::append_range(shape, xt.getShape().drop_front(axis + 1));
    return GatherOp::create(b, loc, xt.clone(shape), x, indices, uint64_t(axis), uint64_t(1));
  }
};

/// The static sizes the per-example-starts rules need, or failure.
LogicalResult needStatic(Operation *op, int64_t batch, RankedTensorType type) {
  if (ShapedType::isDynamic(batch) || !type.hasStaticShape())
    return op->emitOpError("has no batching rule for per-example starts with a dynamic size");
  return success();
}
} // namespace

LogicalResult vmap::batchIndexing(Batcher &bt, Operation *op) {
  OpBuilder &b = bt.b;
  Location loc = op->getLoc();
  int64_t B = bt.size;
  Value result = op->getResult(0);
  RankedTensorType outType = batched(typeOf(result), B);
  auto startsBatched = [&](ValueRange starts) {
    return llvm::any_of(starts, [&](Value s) { return bt.batchedOperand(s); });
  };
  FailureOr<Value> r =
      TypeSwitch<Operation *, FailureOr<Value>>(op)
          .Case<GatherOp, ScatterOp>([&](auto o) -> FailureOr<Value> {
            // Everything batched: one more leading batch dimension.
            IRMapping operands;
            for (Value v : op->getOperands())
              operands.map(v, bt.batchedValue(v, loc));
            Operation *clone = b.clone(*op, operands);
            clone->getResult(0).setType(outType);
            clone->setAttr("axis", b.getI64IntegerAttr(o.getAxis() + 1));
            clone->setAttr("batch_dims", b.getI64IntegerAttr(o.getBatchDims() + 1));
            return clone->getResult(0);
          })
          .Case([&](DynamicSliceOp o) -> FailureOr<Value> {
            Value x = bt.batchedValue(o.getOperand(), loc);
            if (!startsBatched(o.getStarts())) {
              if (ShapedType::isDynamic(B))
                return op->emitOpError("has no batching rule for a dynamic batch size");
              SmallVector<Value> starts{
                  Ops{b, loc}.constant(RankedTensorType::get({}, b.getI64Type()), 0)};
              for (Value s : o.getStarts())
                starts.push_back(bt.get(s));
              SmallVector<int64_t> sizes{B};
              llvm::append_range(sizes, o.getSizes());
              return DynamicSliceOp::create(b, loc, outType, x, starts, sizes).getResult();
            }
            RankedTensorType in = o.getOperand().getType();
            if (failed(needStatic(op, B, in)))
              return failure();
            Ops e{b, loc};
            for (auto [d, size] : llvm::enumerate(o.getSizes())) {
              Value s = e.clampedStarts(bt.batchedValue(o.getStarts()[d], loc), B,
                                        in.getDimSize(d) - size);
              x = e.gather(x, e.ramp(s, B, size, +1), int64_t(d) + 1);
            }
            return x;
          })
          .Case([&](DynamicUpdateSliceOp o) -> FailureOr<Value> {
            Value x = bt.batchedValue(o.getOperand(), loc);
            Value u = bt.batchedValue(o.getUpdate(), loc);
            if (!startsBatched(o.getStarts())) {
              SmallVector<Value> starts{
                  Ops{b, loc}.constant(RankedTensorType::get({}, b.getI64Type()), 0)};
              for (Value s : o.getStarts())
                starts.push_back(bt.get(s));
              return DynamicUpdateSliceOp::create(b, loc, outType, x, starts, u).getResult();
            }
            RankedTensorType in = o.getOperand().getType(), up = o.getUpdate().getType();
            if (failed(needStatic(op, B, in)))
              return failure();
            // The update read at (position - start), clamped; kept where the
            // position lies inside the block.
            Ops e{b, loc};
            auto maskType = outType.clone(b.getI1Type());
            Value mask;
            for (int64_t d = 0; d < in.getRank(); ++d) {
              int64_t n = in.getDimSize(d), m = up.getDimSize(d);
              Value s = e.clampedStarts(bt.batchedValue(o.getStarts()[d], loc), B, n - m);
              Value rel = e.ramp(s, B, n, -1);
              auto relType = e.i64({B, n});
              Value inside = AndOp::create(
                  b, loc,
                  CompareOp::create(b, loc, CompareDirection::ge, rel, e.constant(relType, 0)),
                  CompareOp::create(b, loc, CompareDirection::lt, rel, e.constant(relType, m)));
              u = e.gather(u, rel, d + 1);
              Value md = BroadcastInDimOp::create(b, loc, maskType, inside,
                                                  ArrayRef<int64_t>{0, d + 1});
              mask = mask ? Value(AndOp::create(b, loc, mask, md)) : md;
            }
            if (!mask) // rank 0: the update replaces the operand
              return u;
            return SelectOp::create(b, loc, outType, mask, u, x).getResult();
          })
          .Default([&](Operation *) { return op->emitOpError("has no batching rule"); });
  if (failed(r))
    return failure();
  bt.setBatched(result, *r);
  return success();
}
