//===- ApproximateMath.cpp - Vectorizable transcendental math ---*- C++ -*-===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <bit>

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITAPPROXIMATEMATH
#define GEN_PASS_DEF_NUMJITCOPYTOLINALG
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {

/// exp(x) for f32 scalars and vectors, on a target with a one-instruction
/// ldexp. With n = round(x / ln2) and r = x - n ln2 (|r| <= ln2 / 2),
/// exp(x) = 2^n exp(r). Adding 1.5 * 2^23 rounds x / ln2 to an integer in
/// the low bits of t, so n = t - 1.5 * 2^23 exactly, and n as an i32 is
/// t's bits less those of 1.5 * 2^23. r comes from Cephes' two-constant
/// ln2 as in MLIR's expansion, and ldexp applies 2^n with IEEE overflow to inf and
/// gradual underflow, so only x needs a clamp (one that keeps NaN), to
/// where n stays an exact small integer.
struct ExpWithLdexp : OpRewritePattern<math::ExpOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::ExpOp op, PatternRewriter &rewriter) const override {
    Type type = op.getType();
    // Scalars (the loops' bodies) and vectors: ldexp has no tensor form.
    if (!getElementTypeOrSelf(type).isF32() || isa<TensorType>(type))
      return failure();
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    auto splat = [&](Type t, Attribute value) -> Value {
      if (auto shaped = dyn_cast<ShapedType>(t))
        return arith::ConstantOp::create(b, DenseElementsAttr::get(shaped, value));
      return arith::ConstantOp::create(b, cast<TypedAttr>(value));
    };
    auto f = [&](float v) { return splat(type, b.getF32FloatAttr(v)); };
    auto fma = [&](Value x, Value y, Value z) { return math::FmaOp::create(b, x, y, z); };
    // max(x, lo) then min(x, hi) as compare-and-select, which keeps NaN.
    auto clamp = [&](Value x, float lo, float hi) -> Value {
      Value l = f(lo), h = f(hi);
      x = arith::SelectOp::create(
          b, arith::CmpFOp::create(b, arith::CmpFPredicate::UGE, x, l), x, l);
      return arith::SelectOp::create(
          b, arith::CmpFOp::create(b, arith::CmpFPredicate::ULE, x, h), x, h);
    };
    // Below -104 the result rounds to 0; above 88.8 it overflows to inf.
    Value x = clamp(op.getOperand(), -104.0f, 88.8f);
    constexpr float kRound = 12582912.0f; // 1.5 * 2^23
    Value t = fma(x, f(1.44269502f), f(kRound));
    Value n = arith::SubFOp::create(b, t, f(kRound));
    Value r = fma(n, f(-0.693359375f), x);
    r = fma(n, f(2.12194442e-4f), r);
    // exp(r) = 1 + r + r^2 p(r): p interpolates (exp(r) - 1 - r) / r^2 at
    // the five Chebyshev nodes of [-ln2/2, ln2/2] (fitted in long double).
    // Over [-87.3, 88.7] the result is within 1.03 ulp of exp's, as with
    // MLIR's degree-7 polynomial (0.95), one FMA sooner.
    Value p = fma(r, f(1.392618404e-3f), f(8.363178931e-3f));
    for (float c : {4.166655615e-2f, 1.666657627e-1f, 0.5f})
      p = fma(p, r, f(c));
    Value y = arith::AddFOp::create(b, fma(p, arith::MulFOp::create(b, r, r), r), f(1.0f));
    Type i32 = b.getI32Type();
    Type intType = i32;
    if (auto shaped = dyn_cast<ShapedType>(type))
      intType = shaped.clone(i32);
    Value bits = arith::BitcastOp::create(b, intType, t);
    Value exponent = arith::SubIOp::create(
        b, bits, splat(intType, b.getI32IntegerAttr(std::bit_cast<int32_t>(kRound))));
    rewriter.replaceOpWithNewOp<LLVM::LoadExpOp>(op, type, y, exponent);
    return success();
  }
};

struct ApproximateMathPass
    : numjit::impl::NumjitApproximateMathBase<ApproximateMathPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet set(context);
    // sin/cos are left to libm: MLIR's approximations of them have no
    // range reduction worth the name (1e-5 relative error at |x| = 100).
    auto wanted = [](StringRef name) { return name != "math.sin" && name != "math.cos"; };
    populateMathF32ExpansionPatterns(set, wanted);
    populateMathPolynomialApproximationPatterns(set, wanted);
    if (ldexp)
      set.add<ExpWithLdexp>(context, /*benefit=*/2);
    patterns = std::move(set);
    return success();
  }

  void runOnOperation() override {
    if (failed(applyPatternsGreedily(getOperation(), patterns)))
      signalPassFailure();
  }

  FrozenRewritePatternSet patterns;
};

struct CopyToLinalg : OpRewritePattern<memref::CopyOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(memref::CopyOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<linalg::CopyOp>(op, op.getSource(),
                                                op.getTarget());
    return success();
  }
};

struct CopyToLinalgPass
    : numjit::impl::NumjitCopyToLinalgBase<CopyToLinalgPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<CopyToLinalg>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
