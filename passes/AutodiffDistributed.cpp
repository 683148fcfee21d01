//===- AutodiffDistributed.cpp - jvp and vjp of the collectives -----------===//
//
// JAX's rules for psum, pmax, all_gather and broadcast. Every collective is
// linear in its operand (max and min for a fixed winner), so its tangent is
// the collective of the tangents. The transpose of an all-sum is an
// all-sum: rank r's operand feeds every rank's result, so its cotangent is
// the sum of all ranks' result cotangents. all_gather transposes to that
// sum's slice for this rank (a reduce-scatter), broadcast to the sum on the
// root and zero elsewhere. max and min pass the summed cotangent to the
// ranks whose operand won, split evenly between ties, as nj::max does.
//
//===----------------------------------------------------------------------===//

#include "passes/AutodiffRules.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::autodiff;

namespace {
Value allSum(Emitter &e, Value x, uint64_t groupSize) {
  return AllReduceOp::create(e.b, e.loc, typeOf(x), ReduceKind::sum, x, groupSize);
}

/// For an all_max or all_min: 1 where this rank's operand is the result,
/// divided by the number of ranks where it is.
Value winnerShare(Emitter &e, AllReduceOp op, Value x, Value y) {
  Value won = e.mask(e.cmp(CompareDirection::eq, x, y), x);
  return e.div(won, allSum(e, won, op.getGroupSize()));
}

/// This rank's block of a stacked [group_size, ...] value, shaped as `like`.
Value ownBlock(Emitter &e, Value stacked, uint64_t rank, Value like) {
  auto type = typeOf(stacked);
  SmallVector<int64_t> start(type.getRank(), 0), limit(type.getShape()),
      strides(type.getRank(), 1);
  start[0] = int64_t(rank);
  limit[0] = int64_t(rank) + 1;
  Value block = SliceOp::create(e.b, e.loc, stacked, start, limit, strides);
  return e.reshape(block, like);
}
} // namespace

FailureOr<Value> mlir::numjit::autodiff::jvpCollective(Emitter &e, Operation *op,
                                                       function_ref<Value(Value)> primal,
                                                       ArrayRef<Value> t) {
  return TypeSwitch<Operation *, FailureOr<Value>>(op)
      .Case([&](AllReduceOp o) -> FailureOr<Value> {
        if (o.getKind() == ReduceKind::sum)
          return allSum(e, t[0], o.getGroupSize());
        Value share = winnerShare(e, o, primal(o.getOperand()), primal(o.getResult()));
        return allSum(e, e.mul(t[0], share), o.getGroupSize());
      })
      .Case([&](AllGatherOp o) -> FailureOr<Value> {
        return AllGatherOp::create(e.b, e.loc, o.getType(), t[0], o.getGroupSize(),
                                   o.getRank())
            .getResult();
      })
      .Case([&](CollectiveBroadcastOp o) -> FailureOr<Value> {
        return CollectiveBroadcastOp::create(e.b, e.loc, typeOf(t[0]), t[0], o.getRoot(),
                                             o.getGroupSize(), o.getRank())
            .getResult();
      })
      .Default([&](Operation *) { return op->emitOpError("has no forward-mode rule"); });
}

LogicalResult mlir::numjit::autodiff::vjpCollective(Emitter &e, Operation *op, Value c,
                                                    function_ref<Value(Value)> primal,
                                                    function_ref<void(unsigned, Value)> give) {
  return TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](AllReduceOp o) {
        Value summed = allSum(e, c, o.getGroupSize());
        if (o.getKind() == ReduceKind::sum) {
          give(0, summed);
          return success();
        }
        give(0, e.mul(summed, winnerShare(e, o, primal(o.getOperand()),
                                          primal(o.getResult()))));
        return success();
      })
      .Case([&](AllGatherOp o) {
        give(0, ownBlock(e, allSum(e, c, o.getGroupSize()), o.getRank(),
                         primal(o.getOperand())));
        return success();
      })
      .Case([&](CollectiveBroadcastOp o) {
        Value summed = allSum(e, c, o.getGroupSize());
        give(0, o.getRank() == o.getRoot() ? summed : e.zerosLike(summed));
        return success();
      })
      .Default([&](Operation *) { return op->emitOpError("has no reverse-mode rule"); });
}
