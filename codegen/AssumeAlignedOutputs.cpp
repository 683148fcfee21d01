//===- AssumeAlignedOutputs.cpp - Large outputs are 64-byte aligned -------===//
//
// Non-temporal (streaming) stores pay for large outputs (32 MiB and more:
// bench/nontemporal.cpp, jit/Kernel.h) but need aligned vector stores, and LLVM's
// vectorizer does not peel a loop for alignment. So the JIT promises that
// every large output buffer it passes starts on a 64-byte boundary, and
// this pass writes the promise into the IR where LLVM can use it: an
// assume_alignment before each use of the buffer, inside the loop bodies
// (an OpenMP-outlined body would not see one at the function's entry).
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITASSUMEALIGNEDOUTPUTS
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {

constexpr int64_t kAlignment = 64;

struct AssumeAlignedOutputsPass
    : numjit::impl::NumjitAssumeAlignedOutputsBase<AssumeAlignedOutputsPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal() || !func->hasAttr("numjit.signature"))
      return;
    FailureOr<numjit::KernelSignature> signature = numjit::decodeKernelSignature(func);
    if (failed(signature))
      return signalPassFailure();
    size_t first = signature->inputs.size();
    for (size_t i = first; i < func.getNumArguments(); ++i) {
      Value arg = func.getArgument(unsigned(i));
      auto type = dyn_cast<MemRefType>(arg.getType());
      if (!type || !type.hasStaticShape() ||
          type.getNumElements() * int64_t(type.getElementTypeBitWidth() / 8) < minBytes)
        continue;
      for (OpOperand &use : llvm::make_early_inc_range(arg.getUses())) {
        if (isa<memref::AssumeAlignmentOp>(use.getOwner()))
          continue;
        OpBuilder b(use.getOwner());
        auto assumed =
            memref::AssumeAlignmentOp::create(b, arg.getLoc(), arg, kAlignment);
        use.set(assumed.getResult());
      }
    }
  }
};

} // namespace
