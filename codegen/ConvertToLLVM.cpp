//===- ConvertToLLVM.cpp - The standard dialects to LLVM in one conversion ===//
//
// numjit's kernels reach the LLVM dialect through eight upstream
// conversions (math to LLVM intrinsics, the rest of math to libm calls,
// arith, index, cf, finalize-memref, func, OpenMP). Run one by one, each
// builds its patterns and type converter anew on every run, which on a
// small kernel costs more than the conversion itself. This pass gathers the
// same patterns once, in initialize(), and applies them in one partial
// conversion. A math op with an LLVM intrinsic takes it (the higher
// benefit); the others become calls of libm functions, declared as
// func.func and converted with the rest.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/OpenMPToLLVM/ConvertOpenMPToLLVM.h"
#include "mlir/Conversion/UBToLLVM/UBToLLVM.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITCONVERTTOLLVM
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
struct ConvertToLLVMPass
    : numjit::impl::NumjitConvertToLLVMBase<ConvertToLLVMPass> {
  LogicalResult initialize(MLIRContext *context) override {
    // The patterns keep a reference to the converter: both live as long as
    // the pass.
    converter = std::make_shared<LLVMTypeConverter>(context);
    RewritePatternSet set(context);
    // As convert-arith-to-llvm: ceildivsi and friends become plain arith.
    arith::populateCeilFloorDivExpandOpsPatterns(set);
    arith::populateArithToLLVMConversionPatterns(*converter, set);
    index::populateIndexToLLVMConversionPatterns(*converter, set);
    cf::populateControlFlowToLLVMConversionPatterns(*converter, set);
    cf::populateAssertToLLVMConversionPattern(*converter, set);
    populateFinalizeMemRefToLLVMConversionPatterns(*converter, set);
    populateFuncToLLVMConversionPatterns(*converter, set);
    populateOpenMPToLLVMConversionPatterns(*converter, set);
    ub::populateUBToLLVMConversionPatterns(*converter, set);
    populateMathToLLVMConversionPatterns(*converter, set, /*approximateLog1p=*/true,
                                         /*benefit=*/2);
    populateMathToLibmConversionPatterns(set, /*benefit=*/1);
    patterns = FrozenRewritePatternSet(std::move(set));
    return success();
  }

  void runOnOperation() override {
    LLVMConversionTarget target(getContext());
    target.addLegalOp<omp::BarrierOp, omp::FlushOp, omp::TaskwaitOp, omp::TaskyieldOp,
                      omp::TerminatorOp>();
    configureOpenMPToLLVMConversionLegality(target, *converter);
    if (failed(applyPartialConversion(getOperation(), target, patterns)))
      signalPassFailure();
  }

  std::shared_ptr<LLVMTypeConverter> converter;
  FrozenRewritePatternSet patterns;
};
} // namespace
