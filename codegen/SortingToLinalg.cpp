//===- SortingToLinalg.cpp - argsort, cumsum, cumprod to scf loops --------===//
//
// Part of convert-numjit-to-linalg. Each op walks the lines of its operand
// along `axis` in a loop nest over the other dimensions. cumsum and
// cumprod carry the running value down a line; argsort runs a bottom-up
// merge sort per line of (key, position) pairs, ping-ponging between the
// two halves of two scratch tensors of 2n keys and 2n positions (each one
// SSA chain always read at its latest version, so bufferization updates
// it in place). The keys travel with their positions, so every pass reads
// and writes sequentially. Merging takes the left run's element unless the
// right one compares strictly before it, which makes the sort stable.
//
//===----------------------------------------------------------------------===//

#include "codegen/LinalgBuilders.h"
#include "codegen/Passes.h"
#include "codegen/ScalarOps.h"
#include "ir/NumjitOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {

Value cst(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

/// Runs `body` once per line of `like` along `axis` (a loop nest over the
/// other dimensions) carrying `init`. The body gets the position of the
/// line's first element, whose entry at `axis` it replaces.
scf::ValueVector
forEachLine(OpBuilder &b, Location loc, Value like, int64_t axis, ValueRange init,
            function_ref<scf::ValueVector(OpBuilder &, Location, SmallVector<Value>,
                                          ValueRange)>
                body) {
  int64_t rank = cast<RankedTensorType>(like.getType()).getRank();
  SmallVector<Value> lbs, ubs, steps;
  for (int64_t d = 0; d < rank; ++d) {
    if (d == axis)
      continue;
    lbs.push_back(cst(b, loc, 0));
    ubs.push_back(dimOf(b, loc, like, d));
    steps.push_back(cst(b, loc, 1));
  }
  scf::LoopNest nest = scf::buildLoopNest(
      b, loc, lbs, ubs, steps, init,
      [&](OpBuilder &nb, Location l, ValueRange ivs, ValueRange acc) {
        SmallVector<Value> pos(ivs.take_front(axis));
        pos.push_back(Value());
        llvm::append_range(pos, ivs.drop_front(axis));
        return body(nb, l, pos, acc);
      });
  return nest.results;
}

/// `a` orders strictly before `b` as jax.lax.sort compares: NaN after every
/// number, unsigned integers and bools unsigned.
Value less(OpBuilder &b, Location loc, Value x, Value y) {
  Type t = x.getType();
  if (isa<FloatType>(t)) {
    using P = arith::CmpFPredicate;
    Value lt = arith::CmpFOp::create(b, loc, P::OLT, x, y);
    Value xNumber = arith::CmpFOp::create(b, loc, P::ORD, x, x);
    Value yNan = arith::CmpFOp::create(b, loc, P::UNO, y, y);
    return arith::OrIOp::create(b, loc, lt, arith::AndIOp::create(b, loc, xNumber, yNan));
  }
  bool isUnsigned = t.isUnsignedInteger() || t.isInteger(1);
  return arith::CmpIOp::create(b, loc,
                               isUnsigned ? arith::CmpIPredicate::ult : arith::CmpIPredicate::slt,
                               x, y);
}

template <typename OpTy>
struct CumulativeLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    constexpr bool isSum = std::is_same_v<OpTy, CumsumOp>;
    Location loc = op.getLoc();
    Value x = adaptor.getOperand();
    int64_t axis = op.getAxis();
    bool reverse = op.getReverse();
    RankedTensorType type = op.getType();
    Type elem = type.getElementType();
    bool isFloat = isa<FloatType>(elem);
    Value n = dimOf(rewriter, loc, x, axis);
    TypedAttr identity = isFloat ? TypedAttr(rewriter.getFloatAttr(elem, isSum ? 0 : 1))
                                 : TypedAttr(rewriter.getIntegerAttr(elem, isSum ? 0 : 1));
    auto combine = [&](OpBuilder &b, Location l, Value acc, Value v) -> Value {
      return buildReduceCombine(b, l, isSum ? ReduceKind::sum : ReduceKind::prod, v, acc);
    };
    Value init = emptyLike(rewriter, loc, type, x);
    scf::ValueVector results = forEachLine(
        rewriter, loc, x, axis, init,
        [&](OpBuilder &b, Location l, SmallVector<Value> pos, ValueRange acc) {
          Value start = arith::ConstantOp::create(b, l, identity.getType(), identity).getResult();
          auto line = scf::ForOp::create(
              b, l, cst(b, l, 0), n, cst(b, l, 1), ValueRange{start, acc[0]},
              [&](OpBuilder &ib, Location il, Value k, ValueRange carried) {
                Value at = k;
                if (reverse)
                  at = arith::SubIOp::create(
                      ib, il, arith::SubIOp::create(ib, il, n, cst(ib, il, 1)), k);
                SmallVector<Value> p = pos;
                p[size_t(axis)] = at;
                Value v = tensor::ExtractOp::create(ib, il, x, p);
                Value r = combine(ib, il, carried[0], v);
                Value out = tensor::InsertOp::create(ib, il, r, carried[1], p);
                scf::YieldOp::create(ib, il, ValueRange{r, out});
              });
          return scf::ValueVector{line.getResult(1)};
        });
    rewriter.replaceOp(op, results);
    return success();
  }
};

/// Merges runs [lo, mid) and [mid, hi) at offset `src` of the scratch
/// tensors (positions and their keys, side by side) into offset `dst`.
SmallVector<Value> mergeRuns(OpBuilder &b, Location loc, bool descending, ValueRange scratch,
                             Value src, Value dst, Value lo, Value mid, Value hi) {
  Value one = cst(b, loc, 1), zero = cst(b, loc, 0);
  Value lastLeft = arith::SubIOp::create(b, loc, mid, one);
  Value lastRight = arith::SubIOp::create(b, loc, hi, one);
  auto merge = scf::ForOp::create(
      b, loc, lo, hi, one, ValueRange{lo, mid, scratch[0], scratch[1]},
      [&](OpBuilder &ib, Location il, Value k, ValueRange c) {
        Value i = c[0], j = c[1], pos = c[2], keys = c[3];
        using P = arith::CmpIPredicate;
        // Clamped reads stay in bounds once a run is used up.
        Value ia = arith::AddIOp::create(ib, il, src, arith::MinUIOp::create(ib, il, i, lastLeft));
        Value ir = arith::AddIOp::create(ib, il, src, arith::MinUIOp::create(ib, il, j, lastRight));
        auto at = [&](Value t, Value p) {
          return tensor::ExtractOp::create(ib, il, t, ValueRange{p}).getResult();
        };
        Value ka = at(keys, ia), kr = at(keys, ir);
        Value rightFirst = descending ? less(ib, il, ka, kr) : less(ib, il, kr, ka);
        Value leftDone = arith::CmpIOp::create(ib, il, P::uge, i, mid);
        Value rightLeft = arith::CmpIOp::create(ib, il, P::ult, j, hi);
        Value takeRight = arith::AndIOp::create(
            ib, il, rightLeft, arith::OrIOp::create(ib, il, leftDone, rightFirst));
        Value to = arith::AddIOp::create(ib, il, dst, k);
        Value p = arith::SelectOp::create(ib, il, takeRight, at(pos, ir), at(pos, ia));
        Value key = arith::SelectOp::create(ib, il, takeRight, kr, ka);
        pos = tensor::InsertOp::create(ib, il, p, pos, ValueRange{to});
        keys = tensor::InsertOp::create(ib, il, key, keys, ValueRange{to});
        Value nextI = arith::AddIOp::create(
            ib, il, i, arith::SelectOp::create(ib, il, takeRight, zero, one));
        Value nextJ = arith::AddIOp::create(
            ib, il, j, arith::SelectOp::create(ib, il, takeRight, one, zero));
        scf::YieldOp::create(ib, il, ValueRange{nextI, nextJ, pos, keys});
      });
  return {merge.getResult(2), merge.getResult(3)};
}

struct ArgSortLowering : OpConversionPattern<ArgSortOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ArgSortOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getOperand();
    int64_t axis = op.getAxis();
    bool descending = op.getDescending();
    RankedTensorType type = op.getType();
    Value n = dimOf(rewriter, loc, x, axis);
    Value twoN = arith::AddIOp::create(rewriter, loc, n, n);
    auto scratchOf = [&](Type elem) -> Value {
      return tensor::EmptyOp::create(rewriter, loc,
                                     RankedTensorType::get({ShapedType::kDynamic}, elem),
                                     ValueRange{twoN});
    };
    Type elem = cast<RankedTensorType>(x.getType()).getElementType();
    Value init = emptyLike(rewriter, loc, type, x);
    scf::ValueVector results = forEachLine(
        rewriter, loc, x, axis,
        ValueRange{init, scratchOf(rewriter.getIndexType()), scratchOf(elem)},
        [&](OpBuilder &b, Location l, SmallVector<Value> pos, ValueRange acc) {
          Value zero = cst(b, l, 0), one = cst(b, l, 1);
          // The line's positions 0..n-1 and keys into the first halves.
          auto fill = scf::ForOp::create(
              b, l, zero, n, one, ValueRange{acc[1], acc[2]},
              [&](OpBuilder &ib, Location il, Value k, ValueRange c) {
                SmallVector<Value> p = pos;
                p[size_t(axis)] = k;
                Value key = tensor::ExtractOp::create(ib, il, x, p);
                scf::YieldOp::create(
                    ib, il,
                    ValueRange{tensor::InsertOp::create(ib, il, k, c[0], k).getResult(),
                               tensor::InsertOp::create(ib, il, key, c[1], k).getResult()});
              });
          // Passes merging runs of width 1, 2, 4, ... from one half to the other.
          Type index = b.getIndexType();
          Value s0 = fill.getResult(0), s1 = fill.getResult(1);
          auto passes = scf::WhileOp::create(
              b, l, TypeRange{index, index, s0.getType(), s1.getType()},
              ValueRange{one, zero, s0, s1},
              [&](OpBuilder &ib, Location il, ValueRange c) {
                Value more = arith::CmpIOp::create(ib, il, arith::CmpIPredicate::ult, c[0], n);
                scf::ConditionOp::create(ib, il, more, c);
              },
              [&](OpBuilder &ib, Location il, ValueRange c) {
                Value width = c[0], src = c[1];
                Value dst = arith::SubIOp::create(ib, il, n, src);
                Value step = arith::AddIOp::create(ib, il, width, width);
                auto runs = scf::ForOp::create(
                    ib, il, cst(ib, il, 0), n, step, c.drop_front(2),
                    [&](OpBuilder &fb, Location fl, Value lo, ValueRange fc) {
                      Value mid = arith::MinUIOp::create(
                          fb, fl, arith::AddIOp::create(fb, fl, lo, width), n);
                      Value hi = arith::MinUIOp::create(
                          fb, fl, arith::AddIOp::create(fb, fl, lo, step), n);
                      scf::YieldOp::create(
                          fb, fl, mergeRuns(fb, fl, descending, fc, src, dst, lo, mid, hi));
                    });
                scf::YieldOp::create(ib, il, ValueRange{step, dst, runs.getResult(0),
                                                        runs.getResult(1)});
              });
          Value src = passes.getResult(1), sorted = passes.getResult(2);
          // The sorted positions, as the result's integer type.
          Value out = scf::ForOp::create(
                          b, l, zero, n, one, ValueRange{acc[0]},
                          [&](OpBuilder &ib, Location il, Value k, ValueRange c) {
                            Value v = tensor::ExtractOp::create(
                                ib, il, sorted,
                                ValueRange{arith::AddIOp::create(ib, il, src, k)});
                            v = arith::IndexCastOp::create(ib, il, type.getElementType(), v);
                            SmallVector<Value> p = pos;
                            p[size_t(axis)] = k;
                            scf::YieldOp::create(
                                ib, il, tensor::InsertOp::create(ib, il, v, c[0], p).getResult());
                          })
                          .getResult(0);
          return scf::ValueVector{out, sorted, passes.getResult(3)};
        });
    rewriter.replaceOp(op, results[0]);
    return success();
  }
};

} // namespace

void mlir::numjit::populateNumjitSortingToLinalgPatterns(RewritePatternSet &patterns) {
  patterns.add<ArgSortLowering, CumulativeLowering<CumsumOp>, CumulativeLowering<CumprodOp>>(
      patterns.getContext());
}
