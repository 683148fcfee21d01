//===- NumjitOps.cpp - Verifiers and shape inference ------------*- C++ -*-===//

#include "ir/NumjitOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/Support/CheckedArithmetic.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// Prints `[a, b, c]`.
std::string list(ArrayRef<int64_t> values) {
  std::string s = "[";
  llvm::interleave(
      values, [&](int64_t v) { s += std::to_string(v); }, [&] { s += ", "; });
  return s + "]";
}

/// Checks that every entry of `dims` names a distinct dimension of a rank
/// `rank` tensor; `what` names the attribute in the message.
LogicalResult checkDims(std::optional<Location> loc, StringRef op,
                        StringRef what, ArrayRef<int64_t> dims, int64_t rank) {
  llvm::SmallSet<int64_t, 8> seen;
  for (int64_t d : dims) {
    if (d < 0 || d >= rank)
      return emitOptionalError(loc, "'numjit.", op, "' op ", what, " ",
                               list(dims), " has ", d,
                               ", out of range for rank ", rank);
    if (!seen.insert(d).second)
      return emitOptionalError(loc, "'numjit.", op, "' op ", what, " ",
                               list(dims), " repeats dimension ", d);
  }
  return success();
}

/// Checks that `op` has one `sizes` operand per dynamic dimension of its
/// result type.
LogicalResult checkSizes(Operation *op, RankedTensorType type, ValueRange sizes) {
  if (sizes.size() != size_t(type.getNumDynamicDims()))
    return op->emitOpError("has ")
           << sizes.size() << " sizes for a result " << type << " with "
           << type.getNumDynamicDims() << " dynamic dimensions";
  return success();
}
} // namespace

//===----------------------------------------------------------------------===//
// IotaOp
//===----------------------------------------------------------------------===//

LogicalResult IotaOp::verify() {
  int64_t rank = getType().getRank(), dim = getDimAttr().getInt();
  if (rank == 0)
    return emitOpError("needs a result of rank >= 1");
  if (dim < 0 || dim >= rank)
    return emitOpError("dim ") << dim << " is out of range for rank " << rank;
  return checkSizes(*this, getType(), getSizes());
}

//===----------------------------------------------------------------------===//
// GetDimensionSizeOp
//===----------------------------------------------------------------------===//

/// Checks that `dim` names a dimension of `operand`.
static LogicalResult verifyDimension(Operation *op, Value operand, int64_t dim) {
  int64_t rank = cast<RankedTensorType>(operand.getType()).getRank();
  if (dim < 0 || dim >= rank)
    return op->emitOpError("dim ") << dim << " is out of range for rank " << rank;
  return success();
}

LogicalResult GetDimensionSizeOp::verify() {
  return verifyDimension(*this, getOperand(), getDimAttr().getInt());
}

LogicalResult DimOp::verify() {
  return verifyDimension(*this, getOperand(), getDimAttr().getInt());
}

//===----------------------------------------------------------------------===//
// CompareOp
//===----------------------------------------------------------------------===//

LogicalResult CompareOp::inferReturnTypes(MLIRContext *ctx,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  auto type = dyn_cast<RankedTensorType>(adaptor.getLhs().getType());
  if (!type)
    return emitOptionalError(loc, "'numjit.compare' op needs ranked tensors");
  inferred.push_back(type.clone(IntegerType::get(ctx, 1)));
  return success();
}

//===----------------------------------------------------------------------===//
// SelectOp
//===----------------------------------------------------------------------===//

LogicalResult Threefry2x32Op::verify() {
  if (getWord() > 1)
    return emitOpError("word must be 0 or 1, got ") << getWord();
  return success();
}

LogicalResult BitcastConvertOp::verify() {
  unsigned from = getOperand().getType().getElementTypeBitWidth();
  unsigned to = getType().getElementTypeBitWidth();
  if (from != to)
    return emitOpError("changes the bit width of the elements from ")
           << from << " to " << to << "; a bitcast keeps it";
  return success();
}

LogicalResult SelectOp::verify() {
  if (getPred().getType().getShape() != getType().getShape())
    return emitOpError("pred shape ")
           << getPred().getType() << " does not match result shape "
           << getType();
  return success();
}

//===----------------------------------------------------------------------===//
// BroadcastInDimOp
//===----------------------------------------------------------------------===//

LogicalResult BroadcastInDimOp::verify() {
  RankedTensorType in = getOperand().getType(), out = getType();
  ArrayRef<int64_t> dims = getDims();
  if (static_cast<int64_t>(dims.size()) != in.getRank())
    return emitOpError("dims ") << list(dims) << " has " << dims.size()
                                << " entries for an operand of rank "
                                << in.getRank();
  for (auto [i, d] : llvm::enumerate(dims)) {
    if (d < 0 || d >= out.getRank())
      return emitOpError("dims ") << list(dims) << " has " << d
                                  << ", out of range for result rank "
                                  << out.getRank();
    if (i > 0 && d <= dims[i - 1])
      return emitOpError("dims ") << list(dims) << " must be strictly increasing";
    int64_t inSize = in.getDimSize(i), outSize = out.getDimSize(d);
    if (inSize != 1 && inSize != outSize)
      return emitOpError("operand dimension ")
             << i << " has size " << (ShapedType::isDynamic(inSize) ? "?" : std::to_string(inSize))
             << ", which cannot broadcast to size "
             << (ShapedType::isDynamic(outSize) ? "?" : std::to_string(outSize))
             << " of result dimension " << d;
  }
  return checkSizes(*this, out, getSizes());
}

//===----------------------------------------------------------------------===//
// ReshapeOp
//===----------------------------------------------------------------------===//

LogicalResult ReshapeOp::verify() {
  if (failed(checkSizes(*this, getType(), getSizes())))
    return failure();
  if (!getOperand().getType().hasStaticShape() || !getType().hasStaticShape())
    return success(); // counts are known only when the kernel runs
  if (getOperand().getType().getNumElements() != getType().getNumElements())
    return emitOpError("cannot reshape ")
           << getOperand().getType() << " ("
           << getOperand().getType().getNumElements() << " elements) to "
           << getType() << " (" << getType().getNumElements() << " elements)";
  return success();
}

//===----------------------------------------------------------------------===//
// TransposeOp
//===----------------------------------------------------------------------===//

LogicalResult TransposeOp::inferReturnTypes(MLIRContext *ctx,
                                            std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  auto type = dyn_cast<RankedTensorType>(adaptor.getOperand().getType());
  if (!type)
    return emitOptionalError(loc, "'numjit.transpose' op needs a ranked tensor");
  ArrayRef<int64_t> perm = adaptor.getPermutation();
  if (static_cast<int64_t>(perm.size()) != type.getRank())
    return emitOptionalError(loc, "'numjit.transpose' op permutation ",
                             list(perm), " has ", perm.size(),
                             " entries for an operand of rank ",
                             type.getRank());
  if (failed(checkDims(loc, "transpose", "permutation", perm, type.getRank())))
    return failure();
  SmallVector<int64_t> shape;
  for (int64_t p : perm)
    shape.push_back(type.getDimSize(p));
  inferred.push_back(type.clone(shape));
  return success();
}

//===----------------------------------------------------------------------===//
// SliceOp
//===----------------------------------------------------------------------===//

LogicalResult PadOp::inferReturnTypes(MLIRContext *ctx,
                                      std::optional<Location> loc,
                                      Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferred) {
  auto type = dyn_cast<RankedTensorType>(adaptor.getOperand().getType());
  if (!type)
    return emitOptionalError(loc, "'numjit.pad' op needs a ranked tensor");
  ArrayRef<int64_t> low = adaptor.getLow(), high = adaptor.getHigh(),
                    interior = adaptor.getInterior();
  int64_t rank = type.getRank();
  if (static_cast<int64_t>(low.size()) != rank ||
      static_cast<int64_t>(high.size()) != rank ||
      static_cast<int64_t>(interior.size()) != rank)
    return emitOptionalError(loc, "'numjit.pad' op low ", list(low), ", high ",
                             list(high), " and interior ", list(interior),
                             " must each have ", rank,
                             " entries (the operand rank)");
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < rank; ++i) {
    if (low[i] < 0 || high[i] < 0 || interior[i] < 0)
      return emitOptionalError(loc, "'numjit.pad' op padding in dimension ", i,
                               " must be non-negative");
    int64_t n = type.getDimSize(i);
    if (ShapedType::isDynamic(n)) {
      shape.push_back(n);
      continue;
    }
    // low + high + n + (n - 1) * interior, which must fit in int64_t.
    std::optional<int64_t> size = llvm::checkedMul<int64_t>(std::max<int64_t>(n - 1, 0), interior[i]);
    for (int64_t term : {low[i], high[i], n})
      if (size)
        size = llvm::checkedAdd<int64_t>(*size, term);
    if (!size)
      return emitOptionalError(loc, "'numjit.pad' op padded size of dimension ", i,
                               " overflows int64_t");
    shape.push_back(*size);
  }
  inferred.push_back(type.clone(shape));
  return success();
}

LogicalResult SliceOp::inferReturnTypes(MLIRContext *ctx,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  auto type = dyn_cast<RankedTensorType>(adaptor.getOperand().getType());
  if (!type)
    return emitOptionalError(loc, "'numjit.slice' op needs a ranked tensor");
  ArrayRef<int64_t> start = adaptor.getStart(), limit = adaptor.getLimit(),
                    strides = adaptor.getStrides();
  int64_t rank = type.getRank();
  if (static_cast<int64_t>(start.size()) != rank ||
      static_cast<int64_t>(limit.size()) != rank ||
      static_cast<int64_t>(strides.size()) != rank)
    return emitOptionalError(loc, "'numjit.slice' op start ", list(start),
                             ", limit ", list(limit), " and strides ",
                             list(strides), " must each have ", rank,
                             " entries (the operand rank)");
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < rank; ++i) {
    int64_t size = type.getDimSize(i);
    if (ShapedType::isDynamic(size)) {
      if (start[i] != 0 || strides[i] != 1 || !ShapedType::isDynamic(limit[i]))
        return emitOptionalError(loc, "'numjit.slice' op dimension ", i,
                                 " has a dynamic size and must be taken whole "
                                 "(start 0, stride 1, limit kDynamic)");
      shape.push_back(size);
      continue;
    }
    if (strides[i] < 1)
      return emitOptionalError(loc, "'numjit.slice' op stride ", strides[i],
                               " in dimension ", i, " must be >= 1");
    if (start[i] < 0 || start[i] > limit[i] || limit[i] > size)
      return emitOptionalError(loc, "'numjit.slice' op range [", start[i],
                               ", ", limit[i], ") in dimension ", i,
                               " is not within [0, ", size, "]");
    shape.push_back(llvm::divideCeil(limit[i] - start[i], strides[i]));
  }
  inferred.push_back(type.clone(shape));
  return success();
}

//===----------------------------------------------------------------------===//
// ConcatenateOp
//===----------------------------------------------------------------------===//

LogicalResult ConcatenateOp::inferReturnTypes(
    MLIRContext *ctx, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  if (adaptor.getInputs().empty())
    return emitOptionalError(loc, "'numjit.concatenate' op needs at least one input");
  auto first = dyn_cast<RankedTensorType>(adaptor.getInputs()[0].getType());
  if (!first)
    return emitOptionalError(loc, "'numjit.concatenate' op needs ranked tensors");
  int64_t dim = adaptor.getDimAttr().getInt(), rank = first.getRank();
  if (dim < 0 || dim >= rank)
    return emitOptionalError(loc, "'numjit.concatenate' op dim ", dim,
                             " is out of range for rank ", rank);
  SmallVector<int64_t> shape(first.getShape());
  for (auto [i, value] : llvm::enumerate(adaptor.getInputs().drop_front())) {
    auto type = cast<RankedTensorType>(value.getType());
    if (type.getElementType() != first.getElementType() ||
        type.getRank() != rank)
      return emitOptionalError(loc, "'numjit.concatenate' op input ", i + 1,
                               " has type ", type, ", incompatible with ",
                               first);
    for (int64_t d = 0; d < rank; ++d) {
      if (d == dim)
        continue;
      if (type.getDimSize(d) != first.getDimSize(d))
        return emitOptionalError(
            loc, "'numjit.concatenate' op input ", i + 1, " has type ", type,
            ", which differs from ", first, " in dimension ", d);
    }
    if (ShapedType::isDynamic(shape[dim]) || type.isDynamicDim(dim)) {
      shape[dim] = ShapedType::kDynamic;
      continue;
    }
    std::optional<int64_t> sum = llvm::checkedAdd<int64_t>(shape[dim], type.getDimSize(dim));
    if (!sum)
      return emitOptionalError(loc, "'numjit.concatenate' op size of dimension ", dim,
                               " overflows int64_t");
    shape[dim] = *sum;
  }
  inferred.push_back(first.clone(shape));
  return success();
}

//===----------------------------------------------------------------------===//
// ReduceOp
//===----------------------------------------------------------------------===//

LogicalResult ReduceOp::inferReturnTypes(MLIRContext *ctx,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  auto type = dyn_cast<RankedTensorType>(adaptor.getOperand().getType());
  if (!type)
    return emitOptionalError(loc, "'numjit.reduce' op needs a ranked tensor");
  ArrayRef<int64_t> dims = adaptor.getDims();
  if (failed(checkDims(loc, "reduce", "dims", dims, type.getRank())))
    return failure();
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (!llvm::is_contained(dims, d))
      shape.push_back(type.getDimSize(d));
  inferred.push_back(type.clone(shape));
  return success();
}

//===----------------------------------------------------------------------===//
// ArgMaxOp
//===----------------------------------------------------------------------===//

LogicalResult ArgMaxOp::verify() {
  RankedTensorType in = getOperand().getType();
  int64_t dim = getDimAttr().getInt();
  if (dim < 0 || dim >= in.getRank())
    return emitOpError("dim ") << dim << " is out of range for rank "
                               << in.getRank();
  if (in.getDimSize(dim) == 0)
    return emitOpError("dimension ") << dim << " of " << in
                                     << " is empty: argmax is undefined there";
  SmallVector<int64_t> shape(in.getShape());
  shape.erase(shape.begin() + dim);
  if (ArrayRef<int64_t>(shape) != getType().getShape())
    return emitOpError("result shape ")
           << getType() << " should be " << list(shape)
           << " (the operand shape without dim " << dim << ")";
  return success();
}

//===----------------------------------------------------------------------===//
// DotGeneralOp
//===----------------------------------------------------------------------===//

LogicalResult DotGeneralOp::inferReturnTypes(MLIRContext *ctx,
                                             std::optional<Location> loc,
                                             Adaptor adaptor,
                                             SmallVectorImpl<Type> &inferred) {
  auto lhs = dyn_cast<RankedTensorType>(adaptor.getLhs().getType());
  auto rhs = dyn_cast<RankedTensorType>(adaptor.getRhs().getType());
  if (!lhs || !rhs)
    return emitOptionalError(loc, "'numjit.dot_general' op needs ranked tensors");
  ArrayRef<int64_t> lb = adaptor.getLhsBatch(), rb = adaptor.getRhsBatch(),
                    lc = adaptor.getLhsContract(), rc = adaptor.getRhsContract();
  if (lb.size() != rb.size())
    return emitOptionalError(loc, "'numjit.dot_general' op batch dims ",
                             list(lb), " x ", list(rb),
                             " must have the same length");
  if (lc.size() != rc.size())
    return emitOptionalError(loc, "'numjit.dot_general' op contracting dims ",
                             list(lc), " x ", list(rc),
                             " must have the same length");
  SmallVector<int64_t> lhsUsed(lb), rhsUsed(rb);
  lhsUsed.append(lc.begin(), lc.end());
  rhsUsed.append(rc.begin(), rc.end());
  if (failed(checkDims(loc, "dot_general", "lhs batch and contracting dims",
                       lhsUsed, lhs.getRank())) ||
      failed(checkDims(loc, "dot_general", "rhs batch and contracting dims",
                       rhsUsed, rhs.getRank())))
    return failure();
  for (auto [l, r] : llvm::zip(lhsUsed, rhsUsed))
    if (lhs.getDimSize(l) != rhs.getDimSize(r))
      return emitOptionalError(
          loc, "'numjit.dot_general' op lhs dimension ", l, " (size ",
          lhs.getDimSize(l), ") does not match rhs dimension ", r, " (size ",
          rhs.getDimSize(r), ") for ", lhs, " and ", rhs);
  SmallVector<int64_t> shape;
  for (int64_t d : lb)
    shape.push_back(lhs.getDimSize(d));
  for (int64_t d = 0; d < lhs.getRank(); ++d)
    if (!llvm::is_contained(lhsUsed, d))
      shape.push_back(lhs.getDimSize(d));
  for (int64_t d = 0; d < rhs.getRank(); ++d)
    if (!llvm::is_contained(rhsUsed, d))
      shape.push_back(rhs.getDimSize(d));
  inferred.push_back(lhs.clone(shape));
  return success();
}

#define GET_OP_CLASSES
#include "ir/NumjitOps.cpp.inc"
