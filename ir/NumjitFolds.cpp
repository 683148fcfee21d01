//===- NumjitFolds.cpp - Folders for numjit ops -----------------*- C++ -*-===//
//
// Folders that pay for themselves: identities that appear in traced and
// differentiated code (x * 1, reshape to the same type, identity transposes,
// single-input concatenates) and constant folding of small arithmetic.
//
//===----------------------------------------------------------------------===//

#include "ir/NumjitOps.h"

#include "mlir/Dialect/CommonFolders.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// Operands of more elements than this are not constant-folded: folding
/// would copy them at compile time for no gain at run time.
constexpr int64_t kMaxFoldElements = 1 << 16;

bool isSplatOf(Attribute attr, double value) {
  auto splat = dyn_cast_if_present<SplatElementsAttr>(attr);
  if (!splat)
    return false;
  Type elem = splat.getElementType();
  if (isa<FloatType>(elem))
    return splat.getSplatValue<APFloat>().isExactlyValue(value);
  return splat.getSplatValue<APInt>().getSExtValue() ==
         static_cast<int64_t>(value);
}

bool isSmall(ArrayRef<Attribute> operands) {
  return llvm::all_of(operands, [](Attribute a) {
    auto e = dyn_cast_if_present<ElementsAttr>(a);
    return e && (e.isSplat() || e.getNumElements() <= kMaxFoldElements);
  });
}

template <typename FloatFn, typename IntFn>
Attribute foldArith(ArrayRef<Attribute> operands, Type type, FloatFn f,
                    IntFn i) {
  if (!isSmall(operands))
    return {};
  if (isa<FloatType>(getElementTypeOrSelf(type)))
    return constFoldBinaryOp<FloatAttr>(
        operands, [&](const APFloat &a, const APFloat &b) { return f(a, b); });
  return constFoldBinaryOp<IntegerAttr>(
      operands, [&](const APInt &a, const APInt &b) { return i(a, b); });
}
} // namespace

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult AddOp::fold(FoldAdaptor adaptor) {
  // x + 0 == x holds for integers only: -0.0 + 0.0 is +0.0.
  if (isa<IntegerType>(getType().getElementType()) &&
      isSplatOf(adaptor.getRhs(), 0))
    return getLhs();
  return foldArith(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) { return a + b; },
      [](const APInt &a, const APInt &b) { return a + b; });
}

OpFoldResult SubOp::fold(FoldAdaptor adaptor) {
  if (isa<IntegerType>(getType().getElementType()) &&
      isSplatOf(adaptor.getRhs(), 0))
    return getLhs();
  return foldArith(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) { return a - b; },
      [](const APInt &a, const APInt &b) { return a - b; });
}

OpFoldResult MulOp::fold(FoldAdaptor adaptor) {
  if (isSplatOf(adaptor.getRhs(), 1))
    return getLhs();
  return foldArith(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) { return a * b; },
      [](const APInt &a, const APInt &b) { return a * b; });
}

OpFoldResult SelectOp::fold(FoldAdaptor adaptor) {
  if (getOnTrue() == getOnFalse())
    return getOnTrue();
  if (auto pred = dyn_cast_if_present<SplatElementsAttr>(adaptor.getPred()))
    return pred.getSplatValue<bool>() ? getOnTrue() : getOnFalse();
  return {};
}

OpFoldResult ConvertOp::fold(FoldAdaptor) {
  if (getOperand().getType() == getType())
    return getOperand();
  return {};
}

OpFoldResult BroadcastInDimOp::fold(FoldAdaptor adaptor) {
  // Same type: the verifier's strictly increasing dims make this identity.
  if (getOperand().getType() == getType())
    return getOperand();
  auto splat = dyn_cast_if_present<SplatElementsAttr>(adaptor.getOperand());
  if (splat && getType().hasStaticShape())
    return SplatElementsAttr::get(getType(), splat.getSplatValue<Attribute>());
  return {};
}

OpFoldResult GetDimensionSizeOp::fold(FoldAdaptor) {
  int64_t size = getOperand().getType().getDimSize(getDimAttr().getInt());
  if (ShapedType::isDynamic(size))
    return {};
  return DenseElementsAttr::get(getType(), APInt(64, size));
}

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  // Same type is the identity when at most one size is dynamic (then equal
  // counts make it equal); (?, ?) -> (?, ?) may be a real reshape.
  if (getOperand().getType() == getType() && getType().getNumDynamicDims() <= 1)
    return getOperand();
  if (auto inner = getOperand().getDefiningOp<ReshapeOp>()) {
    getOperandMutable().assign(inner.getOperand());
    return getResult();
  }
  auto dense = dyn_cast_if_present<DenseElementsAttr>(adaptor.getOperand());
  if (dense && getType().hasStaticShape())
    return dense.reshape(getType());
  return {};
}

OpFoldResult TransposeOp::fold(FoldAdaptor) {
  for (auto [i, p] : llvm::enumerate(getPermutation()))
    if (static_cast<int64_t>(i) != p)
      return {};
  return getOperand();
}

OpFoldResult SliceOp::fold(FoldAdaptor) {
  if (getOperand().getType() == getType())
    return getOperand();
  return {};
}

OpFoldResult ConcatenateOp::fold(FoldAdaptor) {
  if (getInputs().size() == 1)
    return getInputs().front();
  return {};
}

OpFoldResult ReduceOp::fold(FoldAdaptor) {
  if (getDims().empty())
    return getOperand();
  return {};
}
