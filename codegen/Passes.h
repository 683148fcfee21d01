//===- Passes.h - numjit lowering passes and pipelines ----------*- C++ -*-===//

#ifndef NUMJIT_CODEGEN_PASSES_H
#define NUMJIT_CODEGEN_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
class DialectRegistry;
class OpPassManager;
namespace numjit {

/// Registers the numjit dialect and everything the CPU pipeline needs:
/// target dialects, bufferization models, LLVM IR translations.
void registerCodegenDialects(DialectRegistry &registry);

#define GEN_PASS_DECL
#include "codegen/Passes.h.inc"

/// Populates `patterns` with the numjit -> linalg/tensor/arith/math patterns.
void populateNumjitToLinalgPatterns(RewritePatternSet &patterns);

/// numjit -> linalg on tensors, then canonicalize and CSE.
void buildLowerToLinalgPipeline(OpPassManager &pm);
/// Elementwise fusion of linalg ops on tensors.
void buildFusionPipeline(OpPassManager &pm);
/// One-shot bufferization; results become out-parameters; deallocation.
void buildBufferizePipeline(OpPassManager &pm);
/// linalg on memrefs -> scf loops with vectorizable math.
void buildLowerToLoopsPipeline(OpPassManager &pm);
/// Loops -> LLVM dialect, bare-pointer calling convention, no entry point.
void buildLowerToLLVMDialectPipeline(OpPassManager &pm);
/// The same, then the single entry point `entry` wrapping `function`.
void buildLowerToLLVMPipeline(OpPassManager &pm, StringRef function,
                              StringRef entry);

#define GEN_PASS_REGISTRATION
#include "codegen/Passes.h.inc"

/// Registers the passes above and the pipelines `numjit-lower-to-linalg`,
/// `numjit-fuse`, `numjit-bufferize`, `numjit-lower-to-loops`,
/// `numjit-lower-to-llvm` and `numjit-cpu-pipeline` (all of them in order).
void registerCodegenPipelines();

} // namespace numjit
} // namespace mlir

#endif // NUMJIT_CODEGEN_PASSES_H
