//===- LinalgBuilders.h - Sized tensors for the numjit lowering -*- C++ -*-===//
//
// Private to codegen/: the result tensors of lowered ops, with their dynamic
// sizes taken from the operands or the ops' sizes operands.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_CODEGEN_LINALGBUILDERS_H
#define NUMJIT_CODEGEN_LINALGBUILDERS_H

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"

namespace mlir::numjit {

/// A tensor.empty of `type`; dimension d, when dynamic, has size `size(d)`.
inline Value emptyTensor(OpBuilder &b, Location loc, RankedTensorType type,
                  function_ref<Value(int64_t)> size) {
  SmallVector<Value> dynamic;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      dynamic.push_back(size(d));
  return tensor::EmptyOp::create(b, loc, type, dynamic);
}

/// A tensor.empty of `type` whose dynamic sizes are those of `like` (a
/// tensor of the same shape, e.g. an elementwise op's operand).
inline Value emptyLike(OpBuilder &b, Location loc, RankedTensorType type, Value like) {
  return emptyTensor(b, loc, type, [&](int64_t d) -> Value {
    return tensor::DimOp::create(b, loc, like, d);
  });
}

/// A tensor.empty of `type` whose dynamic sizes are `sizes`, in order (an
/// op's `sizes` operands).
inline Value emptyWithSizes(OpBuilder &b, Location loc, RankedTensorType type,
                     ValueRange sizes) {
  return tensor::EmptyOp::create(b, loc, type, sizes);
}

/// A tensor.empty of `type` whose dimension i, when dynamic, is dimension
/// `from[i]` of `source`.
inline Value emptyFromDims(OpBuilder &b, Location loc, RankedTensorType type,
                    Value source, ArrayRef<int64_t> from) {
  return emptyTensor(b, loc, type, [&](int64_t d) -> Value {
    return tensor::DimOp::create(b, loc, source, from[d]);
  });
}

/// Size of dimension `d` of `v` as an OpFoldResult (an attribute if static).
inline OpFoldResult sizeOf(OpBuilder &b, Location loc, Value v, int64_t d) {
  auto type = cast<RankedTensorType>(v.getType());
  if (!type.isDynamicDim(d))
    return b.getIndexAttr(type.getDimSize(d));
  return tensor::DimOp::create(b, loc, v, d).getResult();
}

/// Size of dimension `d` of `v` as an index value (a constant if static).
inline Value dimOf(OpBuilder &b, Location loc, Value v, int64_t d) {
  return getValueOrCreateConstantIndexOp(b, loc, sizeOf(b, loc, v, d));
}

} // namespace mlir::numjit

#endif // NUMJIT_CODEGEN_LINALGBUILDERS_H
