//===- NumjitDistributed.cpp - Verifiers of the collectives --------------===//

#include "ir/NumjitOps.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
LogicalResult checkGroup(Operation *op, int64_t groupSize,
                         std::optional<int64_t> rank = std::nullopt) {
  if (groupSize < 1)
    return op->emitOpError("group_size must be positive, got ") << groupSize;
  if (rank && (*rank < 0 || *rank >= groupSize))
    return op->emitOpError("rank ") << *rank << " is not in [0, " << groupSize << ")";
  return success();
}
} // namespace

LogicalResult AllReduceOp::verify() {
  if (getKind() == ReduceKind::prod)
    return emitOpError("kind must be sum, max or min, got prod");
  return checkGroup(*this, getGroupSize());
}

LogicalResult AllGatherOp::verify() {
  if (failed(checkGroup(*this, getGroupSize(), int64_t(getRank()))))
    return failure();
  RankedTensorType operand = getOperand().getType();
  SmallVector<int64_t> shape{int64_t(getGroupSize())};
  llvm::append_range(shape, operand.getShape());
  if (getType() != operand.clone(shape))
    return emitOpError("result type ") << getType() << " must be " << operand.clone(shape);
  return success();
}

LogicalResult CollectiveBroadcastOp::verify() {
  if (failed(checkGroup(*this, getGroupSize(), int64_t(getRank()))))
    return failure();
  if (getRoot() >= getGroupSize())
    return emitOpError("root ") << getRoot() << " is not in [0, " << getGroupSize() << ")";
  return success();
}
