//===- Canonicalize.cpp - The canonicalizer on a shared pattern set -------===//
//
// numjit's pipelines run the canonicalizer nine times. Upstream's pass
// collects and freezes every loaded dialect's patterns in each instance's
// initialize(); this one freezes them once per context (cached on the
// numjit dialect, like the pooled pipelines) and applies them the same way.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "ir/NumjitDialect.h"

#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITCANONICALIZE
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {

/// Every loaded dialect's and registered op's canonicalization patterns,
/// as upstream's canonicalizer collects them. The context loads all of
/// numjit's dialects when it is made (createContext), so the set is
/// complete whenever a pass asks for it.
std::shared_ptr<FrozenRewritePatternSet> sharedPatterns(MLIRContext *context) {
  return std::static_pointer_cast<FrozenRewritePatternSet>(
      context->getOrLoadDialect<numjit::NumjitDialect>()->getOrCreateCache(
          "numjit.canonicalization-patterns", [context] {
            RewritePatternSet patterns(context);
            for (Dialect *dialect : context->getLoadedDialects())
              dialect->getCanonicalizationPatterns(patterns);
            for (RegisteredOperationName op : context->getRegisteredOperations())
              op.getCanonicalizationPatterns(patterns, context);
            return std::make_shared<FrozenRewritePatternSet>(std::move(patterns));
          }));
}

struct CanonicalizePass : numjit::impl::NumjitCanonicalizeBase<CanonicalizePass> {
  LogicalResult initialize(MLIRContext *context) override {
    patterns = sharedPatterns(context);
    return success();
  }

  void runOnOperation() override {
    // Upstream's defaults: top-down, normal region simplification, up to
    // ten iterations; like it, not converging is no error.
    GreedyRewriteConfig config;
    config.setUseTopDownTraversal(true);
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Normal);
    (void)applyPatternsGreedily(getOperation(), *patterns, config);
  }

  std::shared_ptr<FrozenRewritePatternSet> patterns;
};

} // namespace
