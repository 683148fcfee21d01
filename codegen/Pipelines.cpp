//===- Pipelines.cpp - The CPU lowering pipeline ----------------*- C++ -*-===//
//
// numjit -> linalg on tensors -> fused -> bufferized (results become out
// parameters) -> loops -> LLVM dialect with one `void entry(void**)`.
// Each stage is a function so the JIT can print the IR between stages and
// numjit-opt can run any one of them.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace {
void addCleanup(OpPassManager &pm) {
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}
} // namespace

void numjit::buildLowerToLinalgPipeline(OpPassManager &pm) {
  pm.addPass(createConvertNumjitToLinalg());
  addCleanup(pm);
}

void numjit::buildFusionPipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(createNumjitFuseElementwise());
  pm.addNestedPass<func::FuncOp>(createNumjitSplitReduction());
  addCleanup(pm);
  pm.addNestedPass<func::FuncOp>(createNumjitWriteInPlace());
}

void numjit::buildBufferizePipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(createNumjitDistinctResults());
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.hoistStaticAllocs = true;
  outParams.modifyPublicFunctions = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  bufferization::buildBufferDeallocationPipeline(pm);
  addCleanup(pm);
}

void numjit::buildLowerToLoopsPipeline(OpPassManager &pm) {
  pm.addPass(createNumjitGemmToBlas());
  pm.addPass(createNumjitCopyToLinalg());
  pm.addNestedPass<func::FuncOp>(createNumjitInnerParallelLoop());
  pm.addNestedPass<func::FuncOp>(createNumjitParallelizeOuterLoop());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createNumjitApproximateMath());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  addCleanup(pm);
}

void numjit::buildLowerToLLVMDialectPipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(createNumjitEmptyBufferArgs());
  pm.addPass(createConvertSCFToOpenMPPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  ConvertFuncToLLVMPassOptions funcToLLVM;
  funcToLLVM.useBarePtrCallConv = true;
  pm.addPass(createConvertFuncToLLVMPass(funcToLLVM));
  pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void numjit::buildLowerToLLVMPipeline(OpPassManager &pm, StringRef function,
                                      StringRef entry) {
  buildLowerToLLVMDialectPipeline(pm);
  NumjitEmitEntryOptions entryOptions;
  entryOptions.function = function.str();
  entryOptions.entry = entry.str();
  pm.addPass(createNumjitEmitEntry(entryOptions));
}

namespace {
struct EntryPipelineOptions : PassPipelineOptions<EntryPipelineOptions> {
  Option<std::string> function{*this, "function",
                               llvm::cl::desc("Function to wrap"),
                               llvm::cl::init("main")};
  Option<std::string> entry{*this, "entry",
                            llvm::cl::desc("Name of the entry point"),
                            llvm::cl::init("numjit_entry")};
};
} // namespace

void numjit::registerCodegenPipelines() {
  registerNumjitCodegenPasses();
  PassPipelineRegistration<>("numjit-lower-to-linalg",
                             "numjit -> linalg on tensors",
                             buildLowerToLinalgPipeline);
  PassPipelineRegistration<>("numjit-fuse", "elementwise fusion of linalg ops",
                             buildFusionPipeline);
  PassPipelineRegistration<>("numjit-bufferize",
                             "tensors -> memrefs, results -> out params",
                             buildBufferizePipeline);
  PassPipelineRegistration<>("numjit-lower-to-loops", "linalg -> scf loops",
                             buildLowerToLoopsPipeline);
  PassPipelineRegistration<EntryPipelineOptions>(
      "numjit-lower-to-llvm", "loops -> LLVM dialect with an entry point",
      [](OpPassManager &pm, const EntryPipelineOptions &o) {
        buildLowerToLLVMPipeline(pm, o.function, o.entry);
      });
  PassPipelineRegistration<EntryPipelineOptions>(
      "numjit-cpu-pipeline", "numjit -> LLVM dialect, every stage in order",
      [](OpPassManager &pm, const EntryPipelineOptions &o) {
        buildLowerToLinalgPipeline(pm);
        buildFusionPipeline(pm);
        buildBufferizePipeline(pm);
        buildLowerToLoopsPipeline(pm);
        buildLowerToLLVMPipeline(pm, o.function, o.entry);
      });
}
