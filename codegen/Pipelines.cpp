//===- Pipelines.cpp - The CPU lowering pipeline ----------------*- C++ -*-===//
//
// numjit -> linalg on tensors -> fused -> bufferized (results become out
// parameters) -> loops -> LLVM dialect with one entry point.
// Each stage is a function so the JIT can print the IR between stages and
// numjit-opt can run any one of them.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

// The conversions one by one: mlir/Conversion/Passes.h pulls in every
// dialect's headers.
#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/SCFToOpenMP/SCFToOpenMP.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void numjit::addCleanupPasses(OpPassManager &pm) {
  pm.addPass(createNumjitCanonicalize());
  pm.addPass(createCSEPass());
}

void numjit::buildLowerToLinalgPipeline(OpPassManager &pm) {
  pm.addPass(createNumjitControlFlowToScf());
  pm.addPass(createConvertNumjitToLinalg());
  addCleanupPasses(pm);
}

void numjit::buildFusionPipeline(OpPassManager &pm,
                                 const PipelineOptions &options) {
  pm.addNestedPass<func::FuncOp>(createNumjitUnrollLoops());
  pm.addNestedPass<func::FuncOp>(createNumjitFuseElementwise());
  pm.addPass(createNumjitPartition());
  if (options.threads)
    pm.addNestedPass<func::FuncOp>(createNumjitSplitReduction());
  addCleanupPasses(pm);
  if (options.bf16Gemm)
    pm.addNestedPass<func::FuncOp>(createNumjitNarrowGemmOperands());
  pm.addNestedPass<func::FuncOp>(createNumjitWriteInPlace());
}

void numjit::buildBufferizePipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(createNumjitRecordSignature());
  pm.addNestedPass<func::FuncOp>(createNumjitDistinctResults());
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  // A loop's carry may get a new buffer each step (the deallocation
  // pipeline frees the previous one).
  bufferize.allowReturnAllocsFromLoops = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.hoistStaticAllocs = true;
  outParams.hoistDynamicAllocs = true;
  outParams.modifyPublicFunctions = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  pm.addPass(createNumjitBufferDeallocation());
  pm.addNestedPass<func::FuncOp>(createNumjitForwardResultCopies());
  addCleanupPasses(pm);
}

void numjit::buildLowerToLoopsPipeline(OpPassManager &pm,
                                       const PipelineOptions &options) {
  pm.addPass(createNumjitCollectivesToMpi());
  if (options.blas) {
    NumjitGemmToBlasOptions blas;
    blas.bf16 = options.bf16Gemm;
    pm.addPass(createNumjitGemmToBlas(blas));
  }
  pm.addPass(createNumjitCopyToLinalg());
  pm.addNestedPass<func::FuncOp>(createNumjitInnerParallelLoop());
  if (options.threads)
    pm.addNestedPass<func::FuncOp>(createNumjitParallelizeOuterLoop());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addNestedPass<func::FuncOp>(createNumjitHoistInvariantLoads());
  NumjitApproximateMathOptions math;
  math.ldexp = options.fastLdexp;
  pm.addPass(createNumjitApproximateMath(math));
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  addCleanupPasses(pm);
}

void numjit::buildLowerToLLVMDialectPipeline(OpPassManager &pm,
                                             const PipelineOptions &options) {
  if (options.alignedOutputBytes > 0) {
    NumjitAssumeAlignedOutputsOptions aligned;
    aligned.minBytes = options.alignedOutputBytes;
    pm.addNestedPass<func::FuncOp>(createNumjitAssumeAlignedOutputs(aligned));
  }
  if (options.threads) {
    pm.addPass(createConvertSCFToOpenMPPass());
    // Each parallel iteration's body sits in a memref.alloca_scope, which
    // may hold one block only: inline the scopes without allocas before
    // scf-to-cf splits their loops into blocks.
    pm.addPass(createNumjitCanonicalize());
  }
  pm.addPass(createSCFToControlFlowPass());
  if (!options.nativeBF16)
    pm.addPass(createNumjitExpandBF16());
  pm.addPass(createNumjitMpiToLLVM());
  // Buffers are passed as memref descriptors (a bare pointer cannot carry a
  // dynamic size); the entry point builds them from plain pointers and the
  // static sizes fold away once the function is inlined into it.
  pm.addPass(createNumjitConvertToLLVM());
  pm.addPass(createReconcileUnrealizedCastsPass());
  if (options.alignedOutputBytes > 0)
    pm.addPass(createNumjitAlignmentToPtrmask());
}

void numjit::buildLowerToLLVMPipeline(OpPassManager &pm, StringRef function,
                                      StringRef entry, StringRef interface,
                                      const PipelineOptions &options) {
  buildLowerToLLVMDialectPipeline(pm, options);
  addEmitEntryPass(pm, function, entry, interface);
}

void numjit::addEmitEntryPass(OpPassManager &pm, StringRef function,
                              StringRef entry, StringRef interface) {
  NumjitEmitEntryOptions options;
  options.function = function.str();
  options.entry = entry.str();
  options.interface = interface.str();
  pm.addPass(createNumjitEmitEntry(options));
}

namespace {
struct EntryPipelineOptions : PassPipelineOptions<EntryPipelineOptions> {
  Option<std::string> function{*this, "function",
                               llvm::cl::desc("Function to wrap"),
                               llvm::cl::init("main")};
  Option<std::string> entry{*this, "entry",
                            llvm::cl::desc("Name of the entry point"),
                            llvm::cl::init("numjit_entry")};
  Option<std::string> interface{*this, "interface",
                                llvm::cl::desc("Entry calling convention: args or c"),
                                llvm::cl::init("args")};
  Option<bool> threads{*this, "threads",
                       llvm::cl::desc("Run large loops on OpenMP threads"),
                       llvm::cl::init(true)};
  Option<bool> blas{*this, "blas",
                    llvm::cl::desc("Large matrix products call OpenBLAS"),
                    llvm::cl::init(true)};

  numjit::PipelineOptions pipeline() const {
    numjit::PipelineOptions o;
    o.threads = threads;
    o.blas = blas;
    return o;
  }
};
} // namespace

void numjit::registerCodegenPipelines() {
  registerNumjitCodegenPasses();
  registerGpuPipelines();
  PassPipelineRegistration<>("numjit-lower-to-linalg",
                             "numjit -> linalg on tensors",
                             buildLowerToLinalgPipeline);
  PassPipelineRegistration<>("numjit-fuse", "elementwise fusion of linalg ops",
                             [](OpPassManager &pm) { buildFusionPipeline(pm); });
  PassPipelineRegistration<>("numjit-bufferize",
                             "tensors -> memrefs, results -> out params",
                             buildBufferizePipeline);
  PassPipelineRegistration<EntryPipelineOptions>(
      "numjit-lower-to-loops", "linalg -> scf loops",
      [](OpPassManager &pm, const EntryPipelineOptions &o) {
        buildLowerToLoopsPipeline(pm, o.pipeline());
      });
  PassPipelineRegistration<EntryPipelineOptions>(
      "numjit-lower-to-llvm", "loops -> LLVM dialect with an entry point",
      [](OpPassManager &pm, const EntryPipelineOptions &o) {
        buildLowerToLLVMPipeline(pm, o.function, o.entry, o.interface, o.pipeline());
      });
  PassPipelineRegistration<EntryPipelineOptions>(
      "numjit-cpu-pipeline", "numjit -> LLVM dialect, every stage in order",
      [](OpPassManager &pm, const EntryPipelineOptions &o) {
        buildLowerToLinalgPipeline(pm);
        buildFusionPipeline(pm, o.pipeline());
        buildBufferizePipeline(pm);
        buildLowerToLoopsPipeline(pm, o.pipeline());
        buildLowerToLLVMPipeline(pm, o.function, o.entry, o.interface, o.pipeline());
      });
}
