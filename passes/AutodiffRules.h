//===- AutodiffRules.h - jvp and vjp rules of the numjit ops ----*- C++ -*-===//
//
// Private to passes/: the per-op rules behind buildJvp and buildVjp, and the
// small builder they share. A null Value is a symbolic zero.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_PASSES_AUTODIFFRULES_H
#define NUMJIT_PASSES_AUTODIFFRULES_H

#include "ir/NumjitOps.h"

#include "mlir/IR/IRMapping.h"

namespace mlir::numjit::autodiff {

/// Whether `v` is a float tensor (index values and integers are not).
inline bool isFloat(Value v) {
  auto t = dyn_cast<RankedTensorType>(v.getType());
  return t && isa<FloatType>(t.getElementType());
}
inline RankedTensorType typeOf(Value v) { return cast<RankedTensorType>(v.getType()); }

/// Builds numjit ops at one insertion point. Values of dynamic shape take
/// their sizes from a value of the same shape (`like`).
struct Emitter {
  OpBuilder &b;
  Location loc;

  /// The dynamic sizes of `like`, as index values.
  SmallVector<Value> sizesOf(Value like) {
    SmallVector<Value> sizes;
    RankedTensorType t = typeOf(like);
    for (int64_t d = 0; d < t.getRank(); ++d)
      if (t.isDynamicDim(d))
        sizes.push_back(numjit::DimOp::create(b, loc, like, uint64_t(d)));
    return sizes;
  }
  /// A tensor shaped like `v` (type `type`, default v's) filled with `value`.
  Value like(Value v, double value, RankedTensorType type = {}) {
    if (!type)
      type = typeOf(v);
    Type elem = type.getElementType();
    Attribute scalar = isa<FloatType>(elem)
                           ? Attribute(FloatAttr::get(elem, value))
                           : Attribute(IntegerAttr::get(elem, int64_t(value)));
    if (type.hasStaticShape())
      return ConstantOp::create(b, loc, type, DenseElementsAttr::get(type, scalar));
    auto scalarType = RankedTensorType::get({}, elem);
    Value c = ConstantOp::create(b, loc, scalarType,
                                 DenseElementsAttr::get(scalarType, scalar));
    return BroadcastInDimOp::create(b, loc, type, c, ArrayRef<int64_t>{}, sizesOf(v));
  }
  Value zerosLike(Value v) { return like(v, 0); }

  Value add(Value x, Value y) { return AddOp::create(b, loc, typeOf(x), x, y); }
  Value sub(Value x, Value y) { return SubOp::create(b, loc, typeOf(x), x, y); }
  Value mul(Value x, Value y) { return MulOp::create(b, loc, typeOf(x), x, y); }
  Value div(Value x, Value y) { return DivOp::create(b, loc, typeOf(x), x, y); }
  Value neg(Value x) { return NegOp::create(b, loc, typeOf(x), x); }
  Value select(Value p, Value x, Value y) {
    return SelectOp::create(b, loc, typeOf(x), p, x, y);
  }
  Value cmp(CompareDirection d, Value x, Value y) {
    return CompareOp::create(b, loc, d, x, y);
  }
  /// 1.0 where `pred` holds, else 0.0, in the float type of `like`.
  Value mask(Value pred, Value like) {
    return ConvertOp::create(b, loc, typeOf(like), pred);
  }
  Value convert(Value x, RankedTensorType type) {
    return x.getType() == type ? x : ConvertOp::create(b, loc, type, x).getResult();
  }
  /// `x` reshaped to the shape (and sizes) of `like`, in x's element type.
  Value reshape(Value x, Value like) {
    RankedTensorType type = typeOf(like).clone(typeOf(x).getElementType());
    if (x.getType() == type && type.getNumDynamicDims() <= 1)
      return x;
    return ReshapeOp::create(b, loc, type, x, sizesOf(like)).getResult();
  }
  Value reduceSum(Value x, ArrayRef<int64_t> dims) {
    if (dims.empty())
      return x;
    return ReduceOp::create(b, loc, ReduceKind::sum, x, dims);
  }
  /// `x` broadcast to the shape (and sizes) of `like`, in x's element type.
  Value broadcast(Value x, Value like, ArrayRef<int64_t> dims) {
    RankedTensorType type = typeOf(like).clone(typeOf(x).getElementType());
    if (x.getType() == type)
      return x;
    return BroadcastInDimOp::create(b, loc, type, x, dims, sizesOf(like));
  }
  Value transpose(Value x, ArrayRef<int64_t> perm) {
    return TransposeOp::create(b, loc, x, perm);
  }
  /// `x` * `factor`, or nothing when either is a symbolic zero.
  Value scale(Value x, Value factor) { return x && factor ? mul(x, factor) : Value(); }
  /// Sum of possibly-zero values.
  Value sum(Value x, Value y) { return !x ? y : !y ? x : add(x, y); }
};

/// Emits the tangent of `op`'s result (`np` is its clone in the new
/// function) into `tangents`, given the operands' tangents.
LogicalResult jvpRule(Emitter &e, Operation *op, Operation *np,
                      function_ref<Value(Value)> primal,
                      function_ref<Value(Value)> tangent,
                      DenseMap<Value, Value> &tangents);

/// Adds `op`'s contributions to its operands' cotangents, given the
/// cotangent `c` of its result.
LogicalResult vjpRule(Emitter &e, Operation *op, Value c,
                      function_ref<Value(Value)> primal,
                      function_ref<void(Value, Value)> accumulate);

/// Forward mode over the ops of `src` (not its terminator), emitted at `b`:
/// `primals` maps src's values to new ones and `tangents` to their tangents
/// (both seeded with src's arguments).
LogicalResult jvpOps(OpBuilder &b, Block &src, IRMapping &primals,
                     DenseMap<Value, Value> &tangents);

/// Reverse mode of a whole block, emitted at `b`: replays src's ops on `args`
/// (one per argument), then propagates `resultCts` (one per terminator
/// operand; null is zero) back. Gives the primal terminator operands in
/// `results` and one cotangent per argument in `argCts` (null is zero).
LogicalResult vjpBlock(OpBuilder &b, Block &src, ValueRange args,
                       ArrayRef<Value> resultCts, SmallVectorImpl<Value> &results,
                       SmallVectorImpl<Value> &argCts);

/// Whether `op` is gather, scatter, dynamic_slice, dynamic_update_slice or
/// cumsum (the linear ops with rules in AutodiffIndexing.cpp).
inline bool isIndexing(Operation *op) {
  return isa<GatherOp, ScatterOp, DynamicSliceOp, DynamicUpdateSliceOp, CumsumOp>(op);
}

/// Replaces every float cumprod in `root` by a Hillis-Steele scan of
/// multiplications (ceil(log2 n) steps of y * shift(y)), which the mul,
/// slice and pad rules differentiate without dividing by x, so zeros are
/// fine; as jax.lax.cumprod's derivative, which differentiates its
/// associative scan. Fails on a cumprod over a dimension of dynamic size.
LogicalResult expandCumprods(Operation *root);

/// The tangent of an indexing op's result given its operands' tangents `t`
/// (null: zero), or failure (AutodiffIndexing.cpp). Each is linear in its
/// float operands: gather and dynamic_slice apply themselves to the
/// tangent, scatter and dynamic_update_slice combine the tangents.
FailureOr<Value> jvpIndexing(Emitter &e, Operation *op, function_ref<Value(Value)> primal,
                             ArrayRef<Value> t);

/// The cotangents of an indexing op's operands from its result's `c`:
/// gather and dynamic_slice transpose to a scatter_add and a
/// dynamic_update_slice into zeros, and back.
LogicalResult vjpIndexing(Emitter &e, Operation *op, Value c, function_ref<Value(Value)> primal,
                          function_ref<void(unsigned, Value)> give);

/// all_reduce, all_gather and collective_broadcast (AutodiffDistributed.cpp).
inline bool isCollective(Operation *op) {
  return isa<AllReduceOp, AllGatherOp, CollectiveBroadcastOp>(op);
}
/// The tangent of a collective's result: the collective of the tangents.
FailureOr<Value> jvpCollective(Emitter &e, Operation *op, function_ref<Value(Value)> primal,
                               ArrayRef<Value> t);
/// The cotangent of a collective's operand: a sum over the ranks of the
/// result's cotangent, sliced or masked to what this rank contributed.
LogicalResult vjpCollective(Emitter &e, Operation *op, Value c, function_ref<Value(Value)> primal,
                            function_ref<void(unsigned, Value)> give);

inline bool isControlFlow(Operation *op) { return isa<CondOp, WhileOp, ScanOp>(op); }

/// The jvp of a cond, while or scan: a new op of the same kind that also
/// carries the tangents (AutodiffControlFlow.cpp).
LogicalResult jvpControlFlow(OpBuilder &b, Operation *op, IRMapping &primals,
                             DenseMap<Value, Value> &tangents);

/// The vjp of a cond or scan given its results' cotangents `cts` (null is
/// zero). A scan's forward clone in `primals` is replaced by one that also
/// stacks the carries each step starts from, which the backward scan reads.
LogicalResult vjpControlFlow(OpBuilder &b, Operation *op, ArrayRef<Value> cts,
                             IRMapping &primals,
                             function_ref<void(Value, Value)> accumulate);

} // namespace mlir::numjit::autodiff

#endif // NUMJIT_PASSES_AUTODIFFRULES_H
