//===- AutodiffRules.cpp - jvp and vjp rules for every numjit op ----------===//
//
// One forward-mode and one reverse-mode rule per op. A missing tangent or
// cotangent (a null Value) is a symbolic zero. Every rule emits numjit ops
// only; values of dynamic shape take their sizes from the primal values.
//
//===----------------------------------------------------------------------===//

#include "passes/AutodiffRules.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::autodiff;

namespace {

/// trunc(z) = sign(z) * floor(|z|), for rem's derivative.
Value trunc(Emitter &e, Value z) {
  return e.mul(SignOp::create(e.b, e.loc, typeOf(z), z),
               FloorOp::create(e.b, e.loc, typeOf(z),
                               AbsOp::create(e.b, e.loc, typeOf(z), z)));
}

/// d y / d x of a unary elementwise op with operand x and result y; null
/// for a zero derivative.
Value unaryDerivative(Emitter &e, Operation *op, Value x, Value y) {
  OpBuilder &b = e.b;
  Location l = e.loc;
  RankedTensorType t = typeOf(x);
  return TypeSwitch<Operation *, Value>(op)
      .Case([&](NegOp) { return e.like(x, -1); })
      .Case([&](ExpOp) { return y; })
      .Case([&](LogOp) { return e.div(e.like(x, 1), x); })
      .Case([&](SinOp) { return CosOp::create(b, l, t, x); })
      .Case([&](CosOp) { return e.neg(SinOp::create(b, l, t, x)); })
      .Case([&](TanhOp) { return e.sub(e.like(y, 1), e.mul(y, y)); })
      .Case([&](SqrtOp) { return e.div(e.like(y, 0.5), y); })
      .Case([&](RsqrtOp) { return e.div(e.mul(e.like(y, -0.5), y), x); })
      .Case([&](AbsOp) { return SignOp::create(b, l, t, x); })
      .Case([&](LogisticOp) { return e.mul(y, e.sub(e.like(y, 1), y)); })
      // 2/sqrt(pi) exp(-x^2), and its reciprocal at y = erf_inv(x).
      .Case([&](ErfOp) {
        return e.mul(e.like(x, 1.1283791670955126),
                     ExpOp::create(b, l, t, e.neg(e.mul(x, x))).getResult());
      })
      .Case([&](ErfInvOp) {
        return e.mul(e.like(y, 0.886226925452758), ExpOp::create(b, l, t, e.mul(y, y)).getResult());
      })
      .Default([](Operation *) { return Value(); }); // sign, floor
}

bool isUnary(Operation *op) {
  return isa<NegOp, ExpOp, LogOp, SinOp, CosOp, TanhOp, SqrtOp, RsqrtOp, AbsOp,
             SignOp, FloorOp, LogisticOp, ErfOp, ErfInvOp>(op);
}

/// Partial derivatives (d/da, d/db) of a binary elementwise op; a null
/// entry means "exactly 1" for add/sub's first operand, see callers.
std::pair<Value, Value> binaryPartials(Emitter &e, Operation *op, Value a,
                                       Value b, Value y) {
  return TypeSwitch<Operation *, std::pair<Value, Value>>(op)
      .Case([&](AddOp) { return std::pair(e.like(a, 1), e.like(b, 1)); })
      .Case([&](SubOp) { return std::pair(e.like(a, 1), e.like(b, -1)); })
      .Case([&](MulOp) { return std::pair(b, a); })
      .Case([&](DivOp) {
        return std::pair(e.div(e.like(b, 1), b), e.neg(e.div(y, b)));
      })
      .Case([&](RemOp) {
        return std::pair(e.like(a, 1), e.neg(trunc(e, e.div(a, b))));
      })
      .Case([&](PowOp) {
        Value da = e.mul(b, PowOp::create(e.b, e.loc, typeOf(a), a,
                                          e.sub(b, e.like(b, 1))));
        // d/db a^b = log(a) a^b, taken as 0 where a == 0 (as jax does).
        Value isZero = e.cmp(CompareDirection::eq, a, e.zerosLike(a));
        Value logA = e.select(isZero, e.zerosLike(a),
                              LogOp::create(e.b, e.loc, typeOf(a), a));
        return std::pair(da, e.mul(logA, y));
      })
      .Default([&](Operation *op) {
        // max/min: the winner takes the derivative; ties split it evenly.
        bool isMax = isa<MaxOp>(op);
        auto wins = isMax ? CompareDirection::gt : CompareDirection::lt;
        Value tie = e.mul(e.mask(e.cmp(CompareDirection::eq, a, b), a), e.like(a, 0.5));
        return std::pair(e.add(e.mask(e.cmp(wins, a, b), a), tie),
                         e.add(e.mask(e.cmp(wins, b, a), a), tie));
      });
}

bool isBinary(Operation *op) {
  return isa<AddOp, SubOp, MulOp, DivOp, RemOp, PowOp, MaxOp, MinOp>(op);
}

/// The reduced dims of `reduce` and the dims of its operand that remain.
SmallVector<int64_t> keptDims(ReduceOp op) {
  SmallVector<int64_t> kept;
  ArrayRef<int64_t> dims = op.getDims();
  for (int64_t d = 0; d < op.getOperand().getType().getRank(); ++d)
    if (!llvm::is_contained(dims, d))
      kept.push_back(d);
  return kept;
}

/// For max/min reductions: 1/count where x equals the extremum, else 0, so
/// that ties share the derivative.
Value extremumWeights(Emitter &e, ReduceOp op, Value x, Value y) {
  SmallVector<int64_t> kept = keptDims(op);
  Value hit = e.mask(e.cmp(CompareDirection::eq, x, e.broadcast(y, x, kept)), x);
  Value count = e.reduceSum(hit, op.getDims());
  return e.div(hit, e.broadcast(count, x, kept));
}

/// d prod / d x_i for a product reduction: the product of the other
/// elements of x_i's slice. Exact with zeros: with no zero in the slice it
/// is prod / x_i; with one zero, the product of the nonzero elements at the
/// zero and 0 elsewhere; with more, 0.
Value prodDerivative(Emitter &e, ReduceOp op, Value x) {
  SmallVector<int64_t> kept = keptDims(op);
  Value zero = e.zerosLike(x);
  Value isZero = e.cmp(CompareDirection::eq, x, zero);
  Value nonzero = e.select(isZero, e.like(x, 1), x);
  Value product = e.broadcast(
      ReduceOp::create(e.b, e.loc, ReduceKind::prod, nonzero, op.getDims()), x, kept);
  Value zeros = e.broadcast(e.reduceSum(e.mask(isZero, x), op.getDims()), x, kept);
  Value noZero = e.cmp(CompareDirection::eq, zeros, zero);
  Value oneZero = e.cmp(CompareDirection::eq, zeros, e.like(x, 1));
  Value atTheZero = e.select(isZero, product, zero);
  return e.select(noZero, e.div(product, nonzero), e.select(oneZero, atTheZero, zero));
}

} // namespace

//===----------------------------------------------------------------------===//
// Forward mode
//===----------------------------------------------------------------------===//

LogicalResult mlir::numjit::autodiff::jvpRule(Emitter &e, Operation *op, Operation *np,
                      function_ref<Value(Value)> primal,
                      function_ref<Value(Value)> tangent,
                      DenseMap<Value, Value> &tangents) {
  if (op->getNumResults() != 1)
    return op->emitOpError("has no differentiation rule");
  Value result = op->getResult(0);
  if (!isFloat(result))
    return success(); // integer, bool: zero tangent
  SmallVector<Value> t;
  bool any = false;
  for (Value v : op->getOperands()) {
    t.push_back(isFloat(v) ? tangent(v) : Value());
    any |= bool(t.back());
  }
  if (!any)
    return success();
  Value y = np->getResult(0);
  auto zeroIfNull = [&](unsigned i) {
    return t[i] ? t[i] : e.zerosLike(primal(op->getOperand(i)));
  };

  Value dy;
  if (isUnary(op)) {
    dy = e.scale(t[0], unaryDerivative(e, op, primal(op->getOperand(0)), y));
  } else if (isBinary(op)) {
    auto [da, db] = binaryPartials(e, op, primal(op->getOperand(0)),
                                   primal(op->getOperand(1)), y);
    dy = e.sum(e.scale(t[0], da), e.scale(t[1], db));
  } else if (isIndexing(op) || isCollective(op)) {
    FailureOr<Value> r =
        isIndexing(op) ? jvpIndexing(e, op, primal, t) : jvpCollective(e, op, primal, t);
    if (failed(r))
      return failure();
    dy = *r;
  } else {
    dy = TypeSwitch<Operation *, Value>(op)
             .Case([&](SelectOp s) {
               return e.select(primal(s.getPred()), zeroIfNull(1), zeroIfNull(2));
             })
             .Case([&](ConvertOp) { return e.convert(t[0], typeOf(y)); })
             .Case([&](BroadcastInDimOp o) {
               return e.broadcast(t[0], y, o.getDims());
             })
             .Case([&](ReshapeOp) { return e.reshape(t[0], y); })
             .Case([&](TransposeOp o) { return e.transpose(t[0], o.getPermutation()); })
             .Case([&](SliceOp o) {
               return SliceOp::create(e.b, e.loc, t[0], o.getStart(), o.getLimit(),
                                      o.getStrides())
                   .getResult();
             })
             .Case([&](PadOp o) {
               return PadOp::create(e.b, e.loc, t[0], o.getLow(), o.getHigh(),
                                    o.getInterior())
                   .getResult();
             })
             .Case([&](ConcatenateOp o) {
               SmallVector<Value> parts;
               for (unsigned i = 0; i < t.size(); ++i)
                 parts.push_back(zeroIfNull(i));
               return ConcatenateOp::create(e.b, e.loc, parts, o.getDimAttr().getInt())
                   .getResult();
             })
             .Case([&](ReduceOp o) -> Value {
               Value x = primal(o.getOperand());
               switch (o.getKind()) {
               case ReduceKind::sum:
                 return e.reduceSum(t[0], o.getDims());
               case ReduceKind::prod:
                 return e.reduceSum(e.mul(t[0], prodDerivative(e, o, x)), o.getDims());
               case ReduceKind::max:
               case ReduceKind::min:
                 return e.reduceSum(e.mul(t[0], extremumWeights(e, o, x, y)),
                                    o.getDims());
               }
               return Value();
             })
             .Case([&](DotGeneralOp o) {
               auto dot = [&](Value l, Value r) {
                 return DotGeneralOp::create(e.b, e.loc, typeOf(y), l, r,
                                             o.getLhsBatch(), o.getRhsBatch(),
                                             o.getLhsContract(), o.getRhsContract())
                     .getResult();
               };
               return e.sum(t[0] ? dot(t[0], primal(o.getRhs())) : Value(),
                            t[1] ? dot(primal(o.getLhs()), t[1]) : Value());
             })
             .Default([&](Operation *) { return Value(); });
    if (!dy && !isa<SignOp, FloorOp>(op))
      return op->emitOpError("has no forward-mode rule");
  }
  if (dy)
    tangents[result] = dy;
  return success();
}

//===----------------------------------------------------------------------===//
// Reverse mode
//===----------------------------------------------------------------------===//

namespace {
/// The cotangent of `self` (lhs when selfIsLhs) of a dot_general, from the
/// result's cotangent `c` and the other operand.
Value dotTranspose(Emitter &e, DotGeneralOp op, Value c, Value other,
                   RankedTensorType selfType, bool selfIsLhs) {
  ArrayRef<int64_t> selfBatch = selfIsLhs ? op.getLhsBatch() : op.getRhsBatch();
  ArrayRef<int64_t> otherBatch = selfIsLhs ? op.getRhsBatch() : op.getLhsBatch();
  ArrayRef<int64_t> selfContract = selfIsLhs ? op.getLhsContract() : op.getRhsContract();
  ArrayRef<int64_t> otherContract = selfIsLhs ? op.getRhsContract() : op.getLhsContract();
  auto freeDims = [](int64_t rank, ArrayRef<int64_t> batch, ArrayRef<int64_t> contract) {
    SmallVector<int64_t> dims;
    for (int64_t d = 0; d < rank; ++d)
      if (!llvm::is_contained(batch, d) && !llvm::is_contained(contract, d))
        dims.push_back(d);
    return dims;
  };
  SmallVector<int64_t> selfFree = freeDims(selfType.getRank(), selfBatch, selfContract);
  SmallVector<int64_t> otherFree =
      freeDims(typeOf(other).getRank(), otherBatch, otherContract);
  int64_t nb = selfBatch.size();
  // c = [batch][lhs free][rhs free]; contract c's "other free" part with the
  // other operand. For the rhs, the other (lhs) goes first so that a plain
  // matmul needs no transpose: r = [batch][self contract][self free].
  int64_t otherStart = selfIsLhs ? nb + int64_t(selfFree.size()) : nb;
  SmallVector<int64_t> cBatch, cContract;
  for (int64_t i = 0; i < nb; ++i)
    cBatch.push_back(i);
  for (size_t i = 0; i < otherFree.size(); ++i)
    cContract.push_back(otherStart + int64_t(i));
  Value r = selfIsLhs ? DotGeneralOp::create(e.b, e.loc, c, other, cBatch, otherBatch,
                                             cContract, otherFree)
                      : DotGeneralOp::create(e.b, e.loc, other, c, otherBatch, cBatch,
                                             otherFree, cContract);
  // The other operand's contract dims come out in ascending order: map each
  // to the self dim it was paired with.
  SmallVector<int64_t> sortedOther(otherContract);
  llvm::sort(sortedOther);
  SmallVector<int64_t> contracted;
  for (int64_t oc : sortedOther)
    contracted.push_back(selfContract[llvm::find(otherContract, oc) - otherContract.begin()]);
  SmallVector<int64_t> toSelf(selfBatch);
  if (selfIsLhs) {
    toSelf.append(selfFree);
    toSelf.append(contracted);
  } else {
    toSelf.append(contracted);
    toSelf.append(selfFree);
  }
  SmallVector<int64_t> perm(toSelf.size());
  for (auto [p, d] : llvm::enumerate(toSelf))
    perm[d] = int64_t(p);
  bool identity = llvm::all_of(llvm::enumerate(perm),
                               [](auto pd) { return pd.value() == int64_t(pd.index()); });
  return identity ? r : e.transpose(r, perm);
}

} // namespace

LogicalResult mlir::numjit::autodiff::vjpRule(Emitter &e, Operation *op, Value c,
                      function_ref<Value(Value)> primal,
                      function_ref<void(Value, Value)> accumulate) {
  if (op->getNumResults() != 1)
    return op->emitOpError("has no differentiation rule");
  if (llvm::none_of(op->getOperands(), isFloat))
    return success(); // constant, iota, or computed from integers only
  Value y = primal(op->getResult(0));
  auto operand = [&](unsigned i) { return primal(op->getOperand(i)); };
  auto give = [&](unsigned i, Value ct) {
    if (ct && isFloat(op->getOperand(i)))
      accumulate(op->getOperand(i), ct);
  };

  if (isUnary(op)) {
    give(0, e.scale(c, unaryDerivative(e, op, operand(0), y)));
    return success();
  }
  if (isIndexing(op))
    return vjpIndexing(e, op, c, primal, give);
  if (isCollective(op))
    return vjpCollective(e, op, c, primal, give);
  if (isBinary(op)) {
    auto [da, db] = binaryPartials(e, op, operand(0), operand(1), y);
    if (isa<AddOp>(op)) {
      give(0, c);
      give(1, c);
    } else {
      give(0, e.mul(c, da));
      give(1, e.mul(c, db));
    }
    return success();
  }
  return TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](SelectOp s) {
        Value zero = e.zerosLike(c), p = primal(s.getPred());
        give(1, e.select(p, c, zero));
        give(2, e.select(p, zero, c));
        return success();
      })
      .Case([&](ConvertOp) {
        if (isFloat(op->getOperand(0)))
          give(0, e.convert(c, typeOf(operand(0))));
        return success();
      })
      .Case([&](BroadcastInDimOp o) {
        RankedTensorType in = o.getOperand().getType(), out = o.getType();
        ArrayRef<int64_t> dims = o.getDims();
        SmallVector<int64_t> summed;
        for (int64_t d = 0; d < out.getRank(); ++d) {
          auto it = llvm::find(dims, d);
          if (it == dims.end() ||
              (in.getDimSize(it - dims.begin()) == 1 && out.getDimSize(d) != 1))
            summed.push_back(d);
        }
        give(0, e.reshape(e.reduceSum(c, summed), operand(0)));
        return success();
      })
      .Case([&](ReshapeOp) {
        give(0, e.reshape(c, operand(0)));
        return success();
      })
      .Case([&](TransposeOp o) {
        ArrayRef<int64_t> perm = o.getPermutation();
        SmallVector<int64_t> inverse(perm.size());
        for (auto [i, p] : llvm::enumerate(perm))
          inverse[p] = int64_t(i);
        give(0, e.transpose(c, inverse));
        return success();
      })
      .Case([&](SliceOp o) {
        RankedTensorType in = o.getOperand().getType(), out = o.getType();
        SmallVector<int64_t> high, interior;
        for (int64_t d = 0; d < in.getRank(); ++d) {
          // A dynamic dimension is sliced whole: nothing to pad.
          if (in.isDynamicDim(d)) {
            high.push_back(0);
            interior.push_back(0);
            continue;
          }
          int64_t n = out.getDimSize(d), s = o.getStrides()[d], st = o.getStart()[d];
          int64_t end = n ? st + (n - 1) * s + 1 : st;
          high.push_back(in.getDimSize(d) - end);
          interior.push_back(s - 1);
        }
        give(0, PadOp::create(e.b, e.loc, c, o.getStart(), high, interior));
        return success();
      })
      .Case([&](PadOp o) -> LogicalResult {
        RankedTensorType in = o.getOperand().getType();
        SmallVector<int64_t> limit, strides;
        for (int64_t d = 0; d < in.getRank(); ++d) {
          int64_t n = in.getDimSize(d), s = o.getInterior()[d] + 1, lo = o.getLow()[d];
          if (in.isDynamicDim(d)) {
            if (lo != 0 || o.getHigh()[d] != 0 || s != 1)
              return op->emitOpError("has no reverse-mode rule for padding dimension ")
                     << d << ", whose size is dynamic";
            limit.push_back(ShapedType::kDynamic); // whole
            strides.push_back(1);
            continue;
          }
          limit.push_back(n ? lo + (n - 1) * s + 1 : lo);
          strides.push_back(s);
        }
        give(0, SliceOp::create(e.b, e.loc, c, o.getLow(), limit, strides));
        return success();
      })
      .Case([&](ConcatenateOp o) -> LogicalResult {
        int64_t dim = o.getDimAttr().getInt(), offset = 0;
        RankedTensorType out = o.getType();
        if (out.isDynamicDim(dim))
          return op->emitOpError("has no reverse-mode rule for joining along dimension ")
                 << dim << ", whose size is dynamic";
        for (auto [i, v] : llvm::enumerate(o.getInputs())) {
          int64_t size = typeOf(v).getDimSize(dim);
          SmallVector<int64_t> start(out.getRank(), 0), limit(out.getShape()),
              strides(out.getRank(), 1);
          start[dim] = offset;
          limit[dim] = offset + size;
          give(i, SliceOp::create(e.b, e.loc, c, start, limit, strides));
          offset += size;
        }
        return success();
      })
      .Case([&](ReduceOp o) {
        Value x = operand(0);
        SmallVector<int64_t> kept = keptDims(o);
        Value cb = e.broadcast(c, x, kept);
        switch (o.getKind()) {
        case ReduceKind::sum:
          give(0, cb);
          break;
        case ReduceKind::prod:
          give(0, e.mul(cb, prodDerivative(e, o, x)));
          break;
        case ReduceKind::max:
        case ReduceKind::min:
          give(0, e.mul(cb, extremumWeights(e, o, x, y)));
          break;
        }
        return success();
      })
      .Case([&](DotGeneralOp o) {
        give(0, dotTranspose(e, o, c, operand(1), o.getLhs().getType(), true));
        give(1, dotTranspose(e, o, c, operand(0), o.getRhs().getType(), false));
        return success();
      })
      .Default([&](Operation *) {
        return op->emitOpError("has no reverse-mode rule");
      });
}
