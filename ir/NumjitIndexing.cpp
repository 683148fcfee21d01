//===- NumjitIndexing.cpp - Verifiers of the indexing and sorting ops -----===//

#include "ir/NumjitOps.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// `axis` names a dimension of `type`.
LogicalResult checkAxis(Operation *op, RankedTensorType type, int64_t axis) {
  if (axis < 0 || axis >= type.getRank())
    return op->emitOpError("axis ") << axis << " is out of range for an operand of rank "
                                    << type.getRank();
  return success();
}

/// The shape a gather of `operand` by `indices` gives, or failure with a
/// diagnostic on `op`.
FailureOr<SmallVector<int64_t>> gatherShape(Operation *op, RankedTensorType operand,
                                            RankedTensorType indices, int64_t axis,
                                            int64_t batchDims) {
  int64_t indexRank = indices.getRank();
  if (failed(checkAxis(op, operand, axis)))
    return failure();
  if (batchDims < 0 || batchDims > axis || batchDims > indexRank)
    return op->emitOpError("batch_dims ")
           << batchDims << " must be in [0, min(axis, rank of indices)] = [0, "
           << std::min(axis, indexRank) << "]";
  for (int64_t d = 0; d < batchDims; ++d) {
    int64_t a = operand.getDimSize(d), b = indices.getDimSize(d);
    if (!ShapedType::isDynamic(a) && !ShapedType::isDynamic(b) && a != b)
      return op->emitOpError("batch dimension ")
             << d << " has size " << a << " in the operand but " << b << " in the indices";
  }
  SmallVector<int64_t> shape(operand.getShape().take_front(axis));
  llvm::append_range(shape, indices.getShape().drop_front(batchDims));
  llvm::append_range(shape, operand.getShape().drop_front(axis + 1));
  return shape;
}

/// Whether static sizes `a` and `b` agree (a dynamic size agrees with all).
bool sameShape(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
  if (a.size() != b.size())
    return false;
  for (auto [x, y] : llvm::zip(a, b))
    if (!ShapedType::isDynamic(x) && !ShapedType::isDynamic(y) && x != y)
      return false;
  return true;
}

LogicalResult checkStarts(Operation *op, RankedTensorType operand, ValueRange starts) {
  if (int64_t(starts.size()) != operand.getRank())
    return op->emitOpError("takes one start per dimension: ")
           << starts.size() << " for an operand of rank " << operand.getRank();
  return success();
}
} // namespace

LogicalResult GatherOp::verify() {
  FailureOr<SmallVector<int64_t>> shape =
      gatherShape(*this, getOperand().getType(), getIndices().getType(), getAxis(),
                  getBatchDims());
  if (failed(shape))
    return failure();
  if (getType().getElementType() != getOperand().getType().getElementType())
    return emitOpError("result element type ")
           << getType().getElementType() << " differs from the operand's "
           << getOperand().getType().getElementType();
  if (!sameShape(getType().getShape(), *shape))
    return emitOpError("result type ") << getType() << " does not have the gathered shape ("
                                       << *shape << ")";
  return success();
}

void ScatterOp::build(OpBuilder &b, OperationState &state, Value operand, Value indices,
                      Value updates, int64_t axis, int64_t batchDims, bool add) {
  state.addOperands({operand, indices, updates});
  state.addAttribute(getAxisAttrName(state.name), b.getI64IntegerAttr(axis));
  state.addAttribute(getBatchDimsAttrName(state.name), b.getI64IntegerAttr(batchDims));
  state.addTypes(operand.getType());
  Region *combiner = state.addRegion();
  OpBuilder::InsertionGuard guard(b);
  auto scalar =
      RankedTensorType::get({}, cast<RankedTensorType>(operand.getType()).getElementType());
  Block *body = b.createBlock(combiner, {}, {scalar, scalar}, {state.location, state.location});
  Value result = body->getArgument(1);
  if (add)
    result = AddOp::create(b, state.location, body->getArgument(0), body->getArgument(1));
  YieldOp::create(b, state.location, result);
}

bool ScatterOp::isSet() {
  Block &body = getCombiner().front();
  return body.getOperations().size() == 1 &&
         body.getTerminator()->getOperand(0) == body.getArgument(1);
}

bool ScatterOp::isAdd() {
  Block &body = getCombiner().front();
  if (body.getOperations().size() != 2)
    return false;
  auto add = dyn_cast<AddOp>(&body.front());
  return add && body.getTerminator()->getOperand(0) == add.getResult() &&
         llvm::is_contained(add->getOperands(), body.getArgument(0)) &&
         llvm::is_contained(add->getOperands(), body.getArgument(1));
}

LogicalResult ScatterOp::verify() {
  FailureOr<SmallVector<int64_t>> shape =
      gatherShape(*this, getOperand().getType(), getIndices().getType(), getAxis(),
                  getBatchDims());
  if (failed(shape))
    return failure();
  RankedTensorType updates = getUpdates().getType();
  Type elem = getOperand().getType().getElementType();
  if (updates.getElementType() != elem || !sameShape(updates.getShape(), *shape))
    return emitOpError("updates of type ")
           << updates << " do not have the operand's element type and the gathered shape ("
           << *shape << ")";
  Block &body = getCombiner().front();
  auto scalar = RankedTensorType::get({}, elem);
  if (body.getNumArguments() != 2 || body.getArgument(0).getType() != scalar ||
      body.getArgument(1).getType() != scalar)
    return emitOpError("combiner must take (") << scalar << ", " << scalar << ")";
  Operation *yield = body.empty() ? nullptr : &body.back();
  if (!yield || !isa<YieldOp>(yield) || yield->getNumOperands() != 1 ||
      yield->getOperand(0).getType() != scalar)
    return emitOpError("combiner must yield one ") << scalar;
  for (Operation &op : body.without_terminator())
    if (op.getNumRegions() != 0 || op.getNumResults() != 1 ||
        !isa<NumjitDialect>(op.getDialect()) || isa<ScatterOp, GatherOp>(op))
      return op.emitOpError("is not an elementwise numjit op, which a scatter's combiner "
                            "must be made of");
  return success();
}

LogicalResult DynamicSliceOp::verify() {
  RankedTensorType operand = getOperand().getType();
  if (failed(checkStarts(*this, operand, getStarts())))
    return failure();
  ArrayRef<int64_t> sizes = getSizes();
  if (int64_t(sizes.size()) != operand.getRank())
    return emitOpError("takes one size per dimension: ")
           << sizes.size() << " for an operand of rank " << operand.getRank();
  for (auto [d, size] : llvm::enumerate(sizes)) {
    int64_t n = operand.getDimSize(d);
    if (size < 0 || (!ShapedType::isDynamic(n) && size > n))
      return emitOpError("size ") << size << " of dimension " << d
                                  << " does not fit in the operand's " << n;
  }
  if (getType().getShape() != sizes || getType().getElementType() != operand.getElementType())
    return emitOpError("result type ") << getType() << " must have the shape (" << sizes
                                       << ") and the operand's element type";
  return success();
}

LogicalResult DynamicUpdateSliceOp::verify() {
  RankedTensorType operand = getOperand().getType(), update = getUpdate().getType();
  if (failed(checkStarts(*this, operand, getStarts())))
    return failure();
  if (update.getRank() != operand.getRank() ||
      update.getElementType() != operand.getElementType())
    return emitOpError("update ") << update << " must have the rank and element type of "
                                  << operand;
  for (int64_t d = 0; d < operand.getRank(); ++d) {
    int64_t n = operand.getDimSize(d), u = update.getDimSize(d);
    if (ShapedType::isDynamic(u) ||
        (!ShapedType::isDynamic(n) && u > n))
      return emitOpError("update dimension ")
             << d << " of size " << u << " does not fit in the operand's " << n;
  }
  return success();
}

LogicalResult ArgSortOp::verify() {
  RankedTensorType operand = getOperand().getType();
  if (failed(checkAxis(*this, operand, getAxis())))
    return failure();
  if (!sameShape(getType().getShape(), operand.getShape()))
    return emitOpError("result type ") << getType() << " must have the shape of " << operand;
  return success();
}

LogicalResult CumsumOp::verify() {
  return checkAxis(*this, getOperand().getType(), getAxis());
}

LogicalResult CumprodOp::verify() {
  return checkAxis(*this, getOperand().getType(), getAxis());
}
