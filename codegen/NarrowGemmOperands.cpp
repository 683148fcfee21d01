//===- NarrowGemmOperands.cpp - bf16 products read their bf16 inputs -----===//
//
// The frontend multiplies bf16 matrices in f32 (jax.numpy's rule): each
// operand is widened by a numjit.convert, exact, and the product is an f32
// dot_general. Widening a whole matrix first costs a pass over memory and
// keeps the f32 copy, and the product then runs at f32 speed. This pass
// lets a product marked for BLAS (`numjit.blas`) read the bf16 tensor
// itself, widening each element in its body, so that numjit-gemm-to-blas
// can call the bf16 routine (numjit_sbgemm, whose vdpbf16ps does twice the
// multiply-adds of an f32 FMA). The value is the same: only the place of
// the exact widening moves. Products whose operands are anything else are
// left alone.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITNARROWGEMMOPERANDS
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
/// The bf16 tensor that `v` widens elementwise (a linalg.generic of one
/// input, identity maps, whose body is a single arith.extf), or null.
Value widenedBF16(Value v) {
  auto producer = v.getDefiningOp<linalg::GenericOp>();
  if (!producer || producer.getNumDpsInputs() != 1 || producer.getNumResults() != 1 ||
      producer.getNumLoops() != producer.getNumParallelLoops() ||
      !llvm::all_of(producer.getIndexingMapsArray(),
                    [](AffineMap m) { return m.isIdentity(); }))
    return {};
  Block &body = *producer.getBody();
  if (body.getOperations().size() != 2)
    return {};
  auto ext = dyn_cast<arith::ExtFOp>(body.front());
  if (!ext || ext.getIn() != body.getArgument(0) || !ext.getIn().getType().isBF16() ||
      !ext.getType().isF32() || body.getTerminator()->getOperand(0) != ext.getResult())
    return {};
  return producer.getDpsInputs()[0];
}

struct NarrowGemmOperandsPass
    : numjit::impl::NumjitNarrowGemmOperandsBase<NarrowGemmOperandsPass> {
  void runOnOperation() override {
    getOperation().walk([](linalg::GenericOp op) {
      if (!op->hasAttr("numjit.blas") || op.getNumDpsInputs() != 2)
        return;
      Value wideA = op.getDpsInputs()[0], wideB = op.getDpsInputs()[1];
      Value a = widenedBF16(wideA), b = widenedBF16(wideB);
      if (!a || !b) // the bf16 routine takes both in bf16
        return;
      Block &body = *op.getBody();
      OpBuilder builder = OpBuilder::atBlockBegin(&body);
      Value narrow[] = {a, b};
      for (unsigned i = 0; i < 2; ++i) {
        BlockArgument arg = body.getArgument(i);
        op->setOperand(i, narrow[i]);
        arg.setType(builder.getBF16Type());
        auto ext = arith::ExtFOp::create(builder, op.getLoc(), builder.getF32Type(), arg);
        arg.replaceAllUsesExcept(ext.getResult(), ext);
      }
      // The widened copies go when nothing else reads them (x @ x: once).
      Operation *producers[] = {wideA.getDefiningOp(), wideB.getDefiningOp()};
      if (producers[0]->use_empty())
        producers[0]->erase();
      if (producers[1] != producers[0] && producers[1]->use_empty())
        producers[1]->erase();
    });
  }
};
} // namespace
