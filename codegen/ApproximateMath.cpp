//===- ApproximateMath.cpp - Vectorizable transcendental math ---*- C++ -*-===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITAPPROXIMATEMATH
#define GEN_PASS_DEF_NUMJITCOPYTOLINALG
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
/// Marks the divisions that tanh's approximation creates as free to use a
/// reciprocal estimate: its numerator and denominator are finite (the input
/// is clamped first) and the denominator is positive, so x86 computes them
/// as rcp14 and a Newton step (about 1 ulp) instead of a divide that costs
/// more than the rest of the polynomial.
struct MarkTanhDivisions : RewriterBase::Listener {
  void notifyOperationInserted(Operation *op,
                               OpBuilder::InsertPoint) override {
    if (auto div = dyn_cast<arith::DivFOp>(op))
      div.setFastmath(arith::FastMathFlags::arcp | arith::FastMathFlags::ninf |
                      arith::FastMathFlags::contract);
  }
};

struct ApproximateMathPass
    : numjit::impl::NumjitApproximateMathBase<ApproximateMathPass> {
  void runOnOperation() override {
    MarkTanhDivisions marker;
    RewritePatternSet tanh(&getContext());
    auto isTanh = [](StringRef name) { return name == "math.tanh"; };
    populateMathPolynomialApproximationPatterns(tanh, isTanh);
    if (failed(applyPatternsGreedily(getOperation(), std::move(tanh),
                                     GreedyRewriteConfig().setListener(&marker))))
      return signalPassFailure();

    RewritePatternSet patterns(&getContext());
    // sin/cos are left to libm: MLIR's approximations of them have no
    // range reduction worth the name (1e-5 relative error at |x| = 100).
    auto wanted = [](StringRef name) { return name != "math.sin" && name != "math.cos"; };
    populateMathF32ExpansionPatterns(patterns, wanted);
    populateMathPolynomialApproximationPatterns(patterns, wanted);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
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
