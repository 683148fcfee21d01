//===- Batcher.h - The batching walk shared by vmap's rules -----*- C++ -*-===//
//
// Private to passes/: the state of one batched block (Vmap.cpp) and the
// rules of the ops with regions (VmapControlFlow.cpp), which batch their
// bodies with a Batcher of their own.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_PASSES_BATCHER_H
#define NUMJIT_PASSES_BATCHER_H

#include "ir/NumjitOps.h"

#include "mlir/IR/IRMapping.h"

namespace mlir::numjit::vmap {

inline RankedTensorType typeOf(Value v) { return cast<RankedTensorType>(v.getType()); }

/// `type` with a leading dimension of `size`.
inline RankedTensorType batched(RankedTensorType type, int64_t size) {
  SmallVector<int64_t> shape{size};
  llvm::append_range(shape, type.getShape());
  return type.clone(shape);
}

/// Each entry + 1, with `first` in front when given.
inline SmallVector<int64_t> shifted(ArrayRef<int64_t> dims, std::optional<int64_t> first = {}) {
  SmallVector<int64_t> out;
  if (first)
    out.push_back(*first);
  for (int64_t d : dims)
    out.push_back(d + 1);
  return out;
}

struct Batcher {
  OpBuilder &b;
  int64_t size;
  Value sizeValue;           ///< the batch size when it is dynamic
  IRMapping values;          ///< original value -> value in the new function
  DenseSet<Value> isBatched; ///< new values that carry the batch dim first

  /// The sizes operands of a batched result: the batch size when dynamic,
  /// then those of the original op.
  SmallVector<Value> batchedSizes(ValueRange sizes) {
    SmallVector<Value> out;
    if (sizeValue)
      out.push_back(sizeValue);
    for (Value s : sizes)
      out.push_back(get(s));
    return out;
  }

  Value get(Value original) { return values.lookupOrDefault(original); }
  bool batchedOperand(Value original) { return isBatched.contains(get(original)); }

  /// The new value of `original`, batched (broadcast along a new leading
  /// dimension if it was not).
  Value batchedValue(Value original, Location loc) {
    Value v = get(original);
    if (isBatched.contains(v))
      return v;
    RankedTensorType t = typeOf(v);
    SmallVector<int64_t> dims;
    SmallVector<Value> sizes = batchedSizes({});
    for (int64_t d = 0; d < t.getRank(); ++d) {
      dims.push_back(d + 1);
      if (t.isDynamicDim(d))
        sizes.push_back(numjit::DimOp::create(b, loc, v, uint64_t(d)));
    }
    Value r = BroadcastInDimOp::create(b, loc, batched(t, size), v, dims, sizes);
    isBatched.insert(r);
    return r;
  }

  void setBatched(Value original, Value v) {
    values.map(original, v);
    isBatched.insert(v);
  }

  /// Moves the leading batch dim of `v` to position `pos`.
  Value moveBatchTo(Value v, int64_t pos, Location loc) {
    if (pos == 0)
      return v;
    SmallVector<int64_t> perm;
    for (int64_t d = 1; d <= pos; ++d)
      perm.push_back(d);
    perm.push_back(0);
    for (int64_t d = pos + 1; d < typeOf(v).getRank(); ++d)
      perm.push_back(d);
    return TransposeOp::create(b, loc, v, perm);
  }

  LogicalResult batch(Operation *op);
};

/// Batches a cond, while or scan with a batched operand.
LogicalResult batchControlFlow(Batcher &batcher, Operation *op);

/// Batches a gather, scatter, dynamic_slice or dynamic_update_slice with a
/// batched operand (VmapIndexing.cpp).
LogicalResult batchIndexing(Batcher &batcher, Operation *op);

} // namespace mlir::numjit::vmap

#endif // NUMJIT_PASSES_BATCHER_H
