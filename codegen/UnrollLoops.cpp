//===- UnrollLoops.cpp - Several steps of an elementwise loop per pass ----===//
//
// A loop whose body is a few elementwise ops on its carries walks every
// carry through memory once per step:
//
//   scf.for ... iter_args(%x = %init) { %y = linalg.generic ins(%x) ...; yield %y }
//
// Unrolled by `factor`, one iteration holds `factor` steps in a chain of
// generics, which numjit-fuse-elementwise merges into one: each element is
// then loaded once and stored once for `factor` steps (the loop nest a C++
// compiler builds by unrolling and jamming a hand-written loop). The last
// `trip count % factor` steps run in a second loop.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITUNROLLLOOPS
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
/// Whether each step of `loop` is at most `maxOps` elementwise generics (and
/// the empty tensors and constants they use), so that its unrolled steps
/// fuse into one pass over the carries.
bool isElementwiseLoop(scf::ForOp loop, int64_t maxOps) {
  int64_t generics = 0;
  for (Operation &op : loop.getBody()->without_terminator()) {
    if (isa<tensor::EmptyOp, arith::ConstantOp>(op))
      continue;
    auto generic = dyn_cast<linalg::GenericOp>(op);
    if (!generic || generic.getNumLoops() != generic.getNumParallelLoops() ||
        ++generics > maxOps)
      return false;
  }
  return generics > 0;
}

struct UnrollLoopsPass : numjit::impl::NumjitUnrollLoopsBase<UnrollLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (factor < 2)
      return;
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForOp loop) {
      std::optional<APInt> trips = loop.getStaticTripCount();
      if ((!trips || trips->getSExtValue() >= factor) && isElementwiseLoop(loop, maxOps))
        loops.push_back(loop);
    });
    for (scf::ForOp loop : loops)
      (void)loopUnrollByFactor(loop, uint64_t(factor));
  }
};
} // namespace
