//===- Passes.h - numjit lowering passes and pipelines ----------*- C++ -*-===//

#ifndef NUMJIT_CODEGEN_PASSES_H
#define NUMJIT_CODEGEN_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

#include <string>

namespace mlir {
class DialectRegistry;
class OpPassManager;
namespace numjit {

/// Registers the numjit dialect and everything the CPU pipeline needs:
/// target dialects, bufferization models, LLVM IR translations.
void registerCodegenDialects(DialectRegistry &registry);

/// Matrix products below this many multiply-adds stay generated loops: a
/// BLAS call costs more (decided when the kernel runs if a size is dynamic).
constexpr int64_t kBlasMinMultiplyAdds = 32 * 32 * 32;

/// What a kernel's code may call besides libc and libm.
struct PipelineOptions {
  /// Large loops run on OpenMP threads (libomp).
  bool threads = true;
  /// Large f32/f64 matrix products call OpenBLAS (`cblas_sgemm/dgemm`).
  bool blas = true;
  /// Outputs of at least this many bytes are promised 64-byte aligned
  /// (numjit-assume-aligned-outputs), and the kernel writes them with
  /// non-temporal stores; 0: neither. The JIT sets it; AOT kernels, whose
  /// callers promise nothing, leave it 0.
  int64_t alignedOutputBytes = 0;
  /// The target converts f32 to bf16 in one instruction (x86's AVX512-BF16);
  /// otherwise numjit-expand-bf16 does it with integer operations.
  bool nativeBF16 = false;
  /// Large bf16 matrix products call the runtime's `numjit_sbgemm`
  /// (numjit-narrow-gemm-operands, numjit-gemm-to-blas{bf16}); the JIT sets
  /// it for host kernels on CPUs with AVX512-BF16. AOT objects, which link
  /// only OpenBLAS, widen to f32 and call cblas_sgemm.
  bool bf16Gemm = false;
  /// The target scales by a power of two in one instruction (x86's AVX-512
  /// vscalefps): numjit-approximate-math{ldexp} builds f32 exp on it.
  bool fastLdexp = false;

  bool operator==(const PipelineOptions &) const = default;
  /// A short text for cache keys and pipeline pools: "t1b1", "t1b1a16777216",
  /// "t1b1h" (native bf16).
  std::string key() const;
};

/// A kernel's calling convention, read off its function: one buffer per
/// argument then per result, row-major and contiguous, whose dynamic sizes
/// are named by `numjit.dims` attributes (one name per `?`, in order) on
/// the arguments and results. Names are the kernel's symbolic sizes, in
/// the order they first appear among the arguments.
struct KernelSignature {
  struct Buffer {
    Type element;
    /// A size >= 0, or -1 - k for the k-th symbolic size.
    SmallVector<int64_t> shape;
  };
  SmallVector<std::string> symbols;
  SmallVector<Buffer> inputs, outputs;
};

/// Reads the signature of `func` (a func.func on tensors), or fails with a
/// diagnostic: an unnamed dynamic size, a result size no argument has, a
/// type that is not a ranked tensor of f32, f64, i32, i64 or i1.
FailureOr<KernelSignature> readKernelSignature(Operation *func);

/// `signature` as the attribute numjit-record-signature stores, and back
/// from the attribute on `op` (failing with a diagnostic when it is absent
/// or malformed).
Attribute encodeKernelSignature(MLIRContext *ctx, const KernelSignature &signature);
FailureOr<KernelSignature> decodeKernelSignature(Operation *op);

/// The attribute numjit-record-signature stores on a kernel function (and
/// numjit-emit-entry reads): `numjit.signature`.
constexpr StringLiteral kSignatureAttrName = "numjit.signature";
/// The attribute naming the dynamic sizes of an argument or result.
constexpr StringLiteral kDimsAttrName = "numjit.dims";
/// Marks an argument or result whose elements were unsigned (ui8, ui32)
/// before convert-numjit-to-linalg made every type signless.
constexpr StringLiteral kUnsignedAttrName = "numjit.unsigned";

#define GEN_PASS_DECL
#include "codegen/Passes.h.inc"

/// Populates `patterns` with the numjit -> linalg/tensor/arith/math patterns.
void populateNumjitToLinalgPatterns(RewritePatternSet &patterns);
/// The shape ops' part of them (iota, broadcast_in_dim, reshape, transpose,
/// slice, pad, concatenate, get_dimension_size).
void populateNumjitShapeToLinalgPatterns(RewritePatternSet &patterns);
/// The indexing ops' part (gather, scatter, dynamic_slice,
/// dynamic_update_slice): IndexingToLinalg.cpp.
void populateNumjitIndexingToLinalgPatterns(RewritePatternSet &patterns);
/// The sorting and cumulative ops' part (argsort, cumsum, cumprod):
/// SortingToLinalg.cpp.
void populateNumjitSortingToLinalgPatterns(RewritePatternSet &patterns);

/// Canonicalize, then CSE: the cleanup between the pipelines' steps.
void addCleanupPasses(OpPassManager &pm);

/// numjit -> linalg on tensors, then canonicalize and CSE.
void buildLowerToLinalgPipeline(OpPassManager &pm);
/// Elementwise fusion of linalg ops on tensors (large full reductions split
/// in parallel parts when `options.threads`).
void buildFusionPipeline(OpPassManager &pm, const PipelineOptions &options = {});
/// One-shot bufferization; results become out-parameters; deallocation.
void buildBufferizePipeline(OpPassManager &pm);
/// linalg on memrefs -> scf loops with vectorizable math (parallel chunks
/// and BLAS calls as `options` allow).
void buildLowerToLoopsPipeline(OpPassManager &pm,
                               const PipelineOptions &options = {});
/// Loops -> LLVM dialect (memref descriptors), no entry point.
void buildLowerToLLVMDialectPipeline(OpPassManager &pm,
                                     const PipelineOptions &options = {});
/// Adds numjit-emit-entry: the entry point `entry` wrapping `function`
/// with the calling convention `interface`.
void addEmitEntryPass(OpPassManager &pm, StringRef function, StringRef entry,
                      StringRef interface);
/// The same, then the single entry point `entry` wrapping `function`, with
/// the calling convention `interface` ("args" or "c", see
/// numjit-emit-entry).
void buildLowerToLLVMPipeline(OpPassManager &pm, StringRef function,
                              StringRef entry, StringRef interface = "args",
                              const PipelineOptions &options = {});

/// Whether `target` names an NVIDIA GPU, "cuda:sm_XX" (XX >= 50, with an
/// optional "a" suffix); parseCudaTarget also gives the chip, "sm_XX".
bool isCudaTarget(StringRef target);
bool parseCudaTarget(StringRef target, StringRef &chip);
/// The PTX ISA features the NVPTX backend targets for `chip`, e.g. "+ptx80".
std::string ptxFeaturesFor(StringRef chip);

/// The GPU path (GpuPipelines.cpp). Fusion as on the CPU, full reductions
/// split in up to 1024 parts.
void buildGpuFusionPipeline(OpPassManager &pm);
/// Bufferized linalg -> one gpu.launch per op, host buffers on the device.
void buildGpuMappingPipeline(OpPassManager &pm);
/// gpu.launch -> gpu.func kernels in a gpu.module, launched by
/// gpu.launch_func.
void buildGpuOutliningPipeline(OpPassManager &pm);
/// Kernels -> NVVM -> PTX text in a gpu.binary, for `chip` ("sm_90").
void buildGpuToBinaryPipeline(OpPassManager &pm, StringRef chip,
                              unsigned optLevel = 2);
/// The host code -> LLVM dialect (launches call the mgpu* functions).
void buildGpuHostToLLVMPipeline(OpPassManager &pm);
/// Registers `numjit-gpu-fuse`, `numjit-map-to-gpu-pipeline` and
/// `numjit-gpu-outline`.
void registerGpuPipelines();

/// Lets one-shot bufferization turn numjit's collectives into
/// numjit.collective on buffers (CollectivesToMpi.cpp).
void registerCollectiveBufferization(DialectRegistry &registry);

#define GEN_PASS_REGISTRATION
#include "codegen/Passes.h.inc"

/// Registers the passes above and the pipelines `numjit-lower-to-linalg`,
/// `numjit-fuse`, `numjit-bufferize`, `numjit-lower-to-loops`,
/// `numjit-lower-to-llvm` and `numjit-cpu-pipeline` (all of them in order).
void registerCodegenPipelines();

} // namespace numjit
} // namespace mlir

#endif // NUMJIT_CODEGEN_PASSES_H
