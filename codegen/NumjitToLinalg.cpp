//===- NumjitToLinalg.cpp - numjit to linalg on tensors ---------*- C++ -*-===//
//
// Elementwise ops become one linalg.generic each (fused later by linalg's
// elementwise fusion); reductions and dot_general a linalg.generic with
// reduction iterators. Shape ops are in ShapeToLinalg.cpp.
//
//===----------------------------------------------------------------------===//

#include "codegen/LinalgBuilders.h"
#include "codegen/Passes.h"
#include "codegen/ScalarOps.h"
#include "ir/NumjitOps.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_CONVERTNUMJITTOLINALG
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;
using namespace mlir::numjit;

namespace {
using utils::IteratorType;

RankedTensorType resultType(Operation *op) {
  return cast<RankedTensorType>(op->getResult(0).getType());
}

/// Any elementwise numjit op: one linalg.generic over identity maps whose
/// body is the op's scalar computation.
template <typename OpTy>
struct ElementwiseLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType type = resultType(op);
    ValueRange operands = adaptor.getOperands();
    SmallVector<AffineMap> maps(
        operands.size() + 1,
        rewriter.getMultiDimIdentityMap(type.getRank()));
    SmallVector<IteratorType> iterators(type.getRank(), IteratorType::parallel);
    Operation *scalarOf = op.getOperation();
    auto generic = linalg::GenericOp::create(
        rewriter, loc, type, operands, emptyLike(rewriter, loc, type, operands[0]), maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Value r = buildScalarOp(b, l, scalarOf, args.drop_back());
          linalg::YieldOp::create(b, l, r);
        });
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }
};

struct ConstantLowering : OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto value = dyn_cast<TypedAttr>(op.getValue());
    if (!value)
      return rewriter.notifyMatchFailure(op, "constant is not a typed attr");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
    return success();
  }
};

/// A tensor of `type` filled with `value`; its dimension i, when dynamic,
/// is dimension `from[i]` of `source`.
Value filledInit(OpBuilder &b, Location loc, RankedTensorType type,
                 Value value, Value source, ArrayRef<int64_t> from) {
  return linalg::FillOp::create(b, loc, ValueRange{value},
                                ValueRange{emptyFromDims(b, loc, type, source, from)})
      .getResult(0);
}

/// The dims of a rank `rank` operand that remain after removing `removed`.
SmallVector<int64_t> remainingDims(int64_t rank, ArrayRef<int64_t> removed) {
  SmallVector<int64_t> kept;
  for (int64_t d = 0; d < rank; ++d)
    if (!llvm::is_contained(removed, d))
      kept.push_back(d);
  return kept;
}

struct ReduceLowering : OpConversionPattern<ReduceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReduceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType out = op.getType();
    ReduceKind kind = op.getKind();
    Value init = filledInit(
        rewriter, loc, out,
        buildReduceIdentity(rewriter, loc, kind, out.getElementType()),
        adaptor.getOperand(),
        remainingDims(op.getOperand().getType().getRank(), op.getDims()));
    // A linalg.generic rather than linalg.reduce, so that elementwise
    // producers fuse into it (sum(x * y) reads x and y once and writes
    // nothing else). Float sums and products may be reassociated, which is
    // what lets LLVM vectorize them.
    int64_t rank = op.getOperand().getType().getRank();
    ArrayRef<int64_t> dims = op.getDims();
    SmallVector<AffineExpr> outExprs;
    SmallVector<utils::IteratorType> iterators;
    for (int64_t d = 0; d < rank; ++d) {
      bool reduced = llvm::is_contained(dims, d);
      iterators.push_back(reduced ? utils::IteratorType::reduction
                                  : utils::IteratorType::parallel);
      if (!reduced)
        outExprs.push_back(rewriter.getAffineDimExpr(d));
    }
    SmallVector<AffineMap> maps = {
        rewriter.getMultiDimIdentityMap(rank),
        AffineMap::get(rank, 0, outExprs, getContext())};
    auto reduce = linalg::GenericOp::create(
        rewriter, loc, TypeRange{out}, adaptor.getOperand(), ValueRange{init},
        maps, iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          linalg::YieldOp::create(
              b, l, buildReduceCombine(b, l, kind, args[0], args[1],
                                       /*reassociate=*/true));
        });
    rewriter.replaceOp(op, reduce->getResults());
    return success();
  }
};

/// argmax: a linalg.generic with two accumulators (value, index) that keeps
/// the first maximum and lets nan win, iterating the reduced dim in order.
struct ArgMaxLowering : OpConversionPattern<ArgMaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ArgMaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType in = op.getOperand().getType(), out = op.getType();
    int64_t dim = op.getDimAttr().getInt(), rank = in.getRank();
    Type elem = in.getElementType(), indexType = out.getElementType();
    auto valuesType = out.clone(elem);
    SmallVector<int64_t> kept = remainingDims(rank, {dim});
    Value values = filledInit(
        rewriter, loc, valuesType,
        buildReduceIdentity(rewriter, loc, ReduceKind::max, elem),
        adaptor.getOperand(), kept);
    Value indices = filledInit(rewriter, loc, out,
                               buildScalarConstant(rewriter, loc, indexType, 0),
                               adaptor.getOperand(), kept);
    SmallVector<AffineExpr> outExprs;
    SmallVector<IteratorType> iterators;
    for (int64_t d = 0; d < rank; ++d) {
      iterators.push_back(d == dim ? IteratorType::reduction
                                   : IteratorType::parallel);
      if (d != dim)
        outExprs.push_back(rewriter.getAffineDimExpr(d));
    }
    AffineMap outMap = AffineMap::get(rank, 0, outExprs, getContext());
    SmallVector<AffineMap> maps = {rewriter.getMultiDimIdentityMap(rank),
                                   outMap, outMap};
    bool isFloat = isa<FloatType>(elem);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{valuesType, out}, adaptor.getOperand(),
        ValueRange{values, indices}, maps, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value x = args[0], best = args[1], bestIndex = args[2];
          Value take;
          if (isFloat) {
            Value greater =
                arith::CmpFOp::create(b, l, arith::CmpFPredicate::OGT, x, best);
            Value xNan =
                arith::CmpFOp::create(b, l, arith::CmpFPredicate::UNO, x, x);
            Value bestOrdered = arith::CmpFOp::create(
                b, l, arith::CmpFPredicate::ORD, best, best);
            take = arith::OrIOp::create(
                b, l, greater, arith::AndIOp::create(b, l, xNan, bestOrdered));
          } else {
            take = arith::CmpIOp::create(b, l,
                                         elem.isUnsignedInteger() ? arith::CmpIPredicate::ugt
                                                                  : arith::CmpIPredicate::sgt,
                                         x, best);
          }
          Value index = arith::IndexCastOp::create(
              b, l, indexType, linalg::IndexOp::create(b, l, dim));
          linalg::YieldOp::create(
              b, l,
              ValueRange{arith::SelectOp::create(b, l, take, x, best),
                         arith::SelectOp::create(b, l, take, index, bestIndex)});
        });
    rewriter.replaceOp(op, generic.getResult(1));
    return success();
  }
};

/// dot_general: loops are (batch, lhs free, rhs free, contracting), the
/// result is indexed by all but the contracting ones.
struct DotGeneralLowering : OpConversionPattern<DotGeneralOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(DotGeneralOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType lhs = op.getLhs().getType(), rhs = op.getRhs().getType();
    RankedTensorType out = op.getType();
    ArrayRef<int64_t> lb = op.getLhsBatch(), rb = op.getRhsBatch(),
                      lc = op.getLhsContract(), rc = op.getRhsContract();
    int64_t numOut = out.getRank();
    int64_t numLoops = numOut + static_cast<int64_t>(lc.size());
    auto freeDims = [](int64_t rank, ArrayRef<int64_t> b,
                       ArrayRef<int64_t> c) {
      SmallVector<int64_t> free;
      for (int64_t d = 0; d < rank; ++d)
        if (!llvm::is_contained(b, d) && !llvm::is_contained(c, d))
          free.push_back(d);
      return free;
    };
    SmallVector<int64_t> lf = freeDims(lhs.getRank(), lb, lc);
    SmallVector<int64_t> rf = freeDims(rhs.getRank(), rb, rc);
    auto operandMap = [&](int64_t rank, ArrayRef<int64_t> batch,
                          ArrayRef<int64_t> free, int64_t freeBase,
                          ArrayRef<int64_t> contract) {
      SmallVector<AffineExpr> exprs(rank);
      for (auto [i, d] : llvm::enumerate(batch))
        exprs[d] = rewriter.getAffineDimExpr(i);
      for (auto [i, d] : llvm::enumerate(free))
        exprs[d] = rewriter.getAffineDimExpr(freeBase + i);
      for (auto [i, d] : llvm::enumerate(contract))
        exprs[d] = rewriter.getAffineDimExpr(numOut + i);
      return AffineMap::get(numLoops, 0, exprs, getContext());
    };
    int64_t nb = lb.size();
    SmallVector<AffineExpr> outExprs;
    for (int64_t i = 0; i < numOut; ++i)
      outExprs.push_back(rewriter.getAffineDimExpr(i));
    SmallVector<AffineMap> maps = {
        operandMap(lhs.getRank(), lb, lf, nb, lc),
        operandMap(rhs.getRank(), rb, rf, nb + lf.size(), rc),
        AffineMap::get(numLoops, 0, outExprs, getContext())};
    SmallVector<IteratorType> iterators(numOut, IteratorType::parallel);
    iterators.append(lc.size(), IteratorType::reduction);
    Type elem = out.getElementType();
    Value zero = buildScalarConstant(rewriter, loc, elem, 0);
    Value empty = emptyTensor(rewriter, loc, out, [&](int64_t d) -> Value {
      // Result dims: batch (from lhs), lhs free, rhs free.
      if (d < nb)
        return tensor::DimOp::create(rewriter, loc, adaptor.getLhs(), lb[d]);
      if (d < nb + int64_t(lf.size()))
        return tensor::DimOp::create(rewriter, loc, adaptor.getLhs(), lf[d - nb]);
      return tensor::DimOp::create(rewriter, loc, adaptor.getRhs(),
                                   rf[d - nb - int64_t(lf.size())]);
    });
    Value init = linalg::FillOp::create(rewriter, loc, ValueRange{zero},
                                        ValueRange{empty})
                     .getResult(0);
    // The sum may be reassociated (vectorized) and contracted into FMAs.
    auto fm = arith::FastMathFlags::reassoc | arith::FastMathFlags::contract;
    bool isFloat = isa<FloatType>(elem);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, out, ValueRange{adaptor.getLhs(), adaptor.getRhs()},
        init, maps, iterators, [&](OpBuilder &b, Location l, ValueRange values) {
          // f16 and bf16 multiply and add in f32, rounded back each step.
          SmallVector<Value> args(values);
          bool half = elem.isF16() || elem.isBF16();
          if (half)
            for (Value &v : args)
              v = arith::ExtFOp::create(b, l, b.getF32Type(), v);
          Value prod = isFloat
                           ? Value(arith::MulFOp::create(b, l, args[0], args[1], fm))
                           : Value(arith::MulIOp::create(b, l, args[0], args[1]));
          Value sum = isFloat ? Value(arith::AddFOp::create(b, l, args[2], prod, fm))
                              : Value(arith::AddIOp::create(b, l, args[2], prod));
          if (half)
            sum = arith::TruncFOp::create(b, l, elem, sum);
          linalg::YieldOp::create(b, l, sum);
        });
    if (isBlasCandidate(op))
      generic->setAttr("numjit.blas", rewriter.getUnitAttr());
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }

  /// A plain f32/f64 matrix product big enough for a BLAS call to beat
  /// generated loops (numjit-gemm-to-blas makes the call once operands are
  /// buffers): below kBlasMinMultiplyAdds the call costs more. With a
  /// dynamic size the call decides when the kernel runs.
  static bool isBlasCandidate(DotGeneralOp op) {
    RankedTensorType lhs = op.getLhs().getType(), rhs = op.getRhs().getType();
    Type elem = op.getType().getElementType();
    if (lhs.getRank() != 2 || rhs.getRank() != 2 || !op.getLhsBatch().empty() ||
        op.getLhsContract().size() != 1 || !(elem.isF32() || elem.isF64()))
      return false;
    if (!lhs.hasStaticShape() || !rhs.hasStaticShape())
      return true;
    int64_t k = lhs.getDimSize(op.getLhsContract()[0]);
    return op.getType().getNumElements() * k >= kBlasMinMultiplyAdds;
  }
};

/// `t` with unsigned integers (numjit's ui8, ui32) made signless, as arith
/// and linalg take them.
Type signless(Type t) {
  if (auto i = dyn_cast<IntegerType>(t); i && !i.isSignless())
    return IntegerType::get(t.getContext(), i.getWidth());
  if (auto tensor = dyn_cast<RankedTensorType>(t)) {
    Type e = signless(tensor.getElementType());
    return e == tensor.getElementType() ? t : tensor.clone(e);
  }
  return t;
}

/// Makes every type in `root` signless. The lowering has already chosen
/// unsigned arithmetic (divui, cmpi ult, uitofp, ...) where an operand was
/// unsigned, so only the types are left to change. A function argument or
/// result that was unsigned keeps that fact as `numjit.unsigned`, for the
/// kernel signature.
void eraseSignedness(Operation *root) {
  MLIRContext *ctx = root->getContext();
  auto isUnsignedTensor = [](Type t) {
    auto tensor = dyn_cast<RankedTensorType>(t);
    return tensor && tensor.getElementType().isUnsignedInteger();
  };
  root->walk([&](Operation *op) {
    for (Value r : op->getResults())
      r.setType(signless(r.getType()));
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument a : block.getArguments())
          a.setType(signless(a.getType()));
    if (auto func = dyn_cast<func::FuncOp>(op)) {
      FunctionType type = func.getFunctionType();
      SmallVector<Type> inputs, results;
      for (auto [i, t] : llvm::enumerate(type.getInputs())) {
        if (isUnsignedTensor(t))
          func.setArgAttr(i, kUnsignedAttrName, UnitAttr::get(ctx));
        inputs.push_back(signless(t));
      }
      for (auto [i, t] : llvm::enumerate(type.getResults())) {
        if (isUnsignedTensor(t))
          func.setResultAttr(i, kUnsignedAttrName, UnitAttr::get(ctx));
        results.push_back(signless(t));
      }
      func.setType(FunctionType::get(ctx, inputs, results));
    }
    if (auto c = dyn_cast<arith::ConstantOp>(op)) {
      Type t = signless(c.getType());
      if (auto dense = dyn_cast<DenseElementsAttr>(c.getValue()))
        c->setAttr("value", dense.bitcast(getElementTypeOrSelf(t)));
      else if (auto i = dyn_cast<IntegerAttr>(c.getValue()))
        c->setAttr("value", IntegerAttr::get(t, i.getValue()));
    }
  });
}

template <typename... Ops>
void addElementwise(RewritePatternSet &patterns) {
  (patterns.add<ElementwiseLowering<Ops>>(patterns.getContext()), ...);
}

struct ConvertNumjitToLinalgPass
    : numjit::impl::ConvertNumjitToLinalgBase<ConvertNumjitToLinalgPass> {
  void runOnOperation() override {
    ConversionTarget target(getContext());
    target.addIllegalDialect<NumjitDialect>();
    // Collectives stay until bufferization (CollectivesToMpi.cpp).
    target.addLegalOp<AllReduceOp, AllGatherOp, CollectiveBroadcastOp>();
    target.addLegalDialect<linalg::LinalgDialect, tensor::TensorDialect,
                           arith::ArithDialect, math::MathDialect, scf::SCFDialect>();
    if (failed(applyPartialConversion(getOperation(), target, patterns)))
      return signalPassFailure();
    eraseSignedness(getOperation());
  }

  /// Built once per pass instance (the pipelines are pooled), not per run.
  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet set(context);
    populateNumjitToLinalgPatterns(set);
    patterns = std::move(set);
    return success();
  }

  FrozenRewritePatternSet patterns;
};
} // namespace

void mlir::numjit::populateNumjitToLinalgPatterns(RewritePatternSet &patterns) {
  addElementwise<NegOp, ExpOp, LogOp, SinOp, CosOp, TanhOp, SqrtOp, RsqrtOp,
                 AbsOp, SignOp, FloorOp, LogisticOp, AddOp, SubOp, MulOp,
                 DivOp, RemOp, PowOp, MaxOp, MinOp, CompareOp, SelectOp,
                 ConvertOp, BitcastConvertOp, Threefry2x32Op, ErfOp, ErfInvOp, NotOp, AndOp, OrOp, XorOp, ShiftLeftOp,
                 ShiftRightArithmeticOp, ShiftRightLogicalOp>(patterns);
  patterns.add<ConstantLowering, ReduceLowering, ArgMaxLowering, DotGeneralLowering>(
      patterns.getContext());
  populateNumjitShapeToLinalgPatterns(patterns);
  populateNumjitIndexingToLinalgPatterns(patterns);
  populateNumjitSortingToLinalgPatterns(patterns);
}
