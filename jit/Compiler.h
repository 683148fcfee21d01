//===- Compiler.h - numjit IR to native object code -------------*- C++ -*-===//

#ifndef NUMJIT_JIT_COMPILER_H
#define NUMJIT_JIT_COMPILER_H

#include "codegen/Passes.h"
#include "jit/Kernel.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/CodeGen.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <chrono>
#include <functional>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
} // namespace llvm

namespace mlir {
class OpPassManager;
namespace numjit {

/// The stages whose IR can be dumped. The number is the prefix of the dump
/// file (`01-traced.mlir` ... `09-module.s`, then a CUDA target's
/// `10-gpu.mlir` and `11-kernels.ptx`); a CUDA compile runs Loops (kernels
/// still inline as gpu.launch), GPU, PTX, then LLVMDialect (the host code).
enum class Stage : unsigned {
  Traced = 1,
  Transformed,
  Linalg,
  Fused,
  Bufferized,
  Loops,
  LLVMDialect,
  LLVMIR,
  Assembly,
  GPU, ///< CUDA targets: kernels outlined into a gpu.module (after Loops)
  PTX, ///< CUDA targets: the kernels' PTX (before LLVMDialect)
};
constexpr unsigned kNumStages = 11;

/// The dump file name of `stage`, e.g. "03-linalg.mlir".
std::string stageFileName(Stage stage);

/// Where one compile's time went, in milliseconds (NUMJIT_TIMING=1 prints
/// it for every JIT compile: see docs/user-guide.md).
/// Milliseconds since `start` (for the NUMJIT_TIMING lines).
inline double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

struct CompileTimes {
  double mlir = 0;      ///< numjit IR to the LLVM dialect (every pass)
  double translate = 0; ///< the LLVM dialect to LLVM IR
  double optimize = 0;  ///< LLVM's optimization pipeline
  double codegen = 0;   ///< LLVM IR to an object (instruction selection on)
};

struct CompileOptions {
  /// Filled in by the compile when non-null. Not part of the cache key.
  CompileTimes *times = nullptr;
  /// LLVM optimization level, 0-3.
  unsigned optLevel = 2;
  /// The func.func to compile; empty means the module's only function.
  std::string function;
  /// numjit-dialect passes to run before lowering (grad, vmap, ...).
  std::function<void(OpPassManager &)> transforms;
  /// Identifies `transforms` in the compile cache key.
  std::string transformsKey;
  /// Called with the IR text after each stage. Not part of the cache key.
  std::function<void(Stage, llvm::StringRef)> onStage;
  /// Called with a Graphviz drawing of the IR (MLIR's op-graph printer)
  /// after the Traced and Fused stages. Not part of the cache key.
  std::function<void(Stage, llvm::StringRef)> onGraph;
  /// Names the NUMJIT_DUMP_DIR folder of this compile (the user's source
  /// line, "quickstart.cpp-17"); empty: the kernel's name. Not part of the
  /// cache key.
  std::string dumpName;
  /// Threads and BLAS calls the code may use.
  PipelineOptions pipeline;
  /// The machine code is for: "host" (this CPU, every feature it has),
  /// "x86-64", "x86-64-v3", "x86-64-v4" (x86-64 Linux at that level) or
  /// "aarch64-linux-gnu" (64-bit Arm Linux), or "cuda:sm_XX" (an NVIDIA
  /// GPU of that architecture: PTX kernels, host code for this CPU).
  std::string target = "host";
  /// The entry point's calling convention: "args" (`void entry(void **)`,
  /// for the JIT) or "c" (`int32_t entry(int64_t size..., T *buffer...)`).
  std::string interface = "args";
  /// A JIT host kernel that suits the baseline tier (jit/Baseline.cpp: no
  /// threads, a few thousand loop iterations, no fast-math flags) is made
  /// without LLVM's optimization, and its unoptimized IR is kept
  /// (CompiledObject::bitcode) to be optimized later. Not part of the
  /// cache key: both tiers compute the same.
  bool baseline = false;
};

/// The buffers and symbolic sizes of a compiled kernel.
struct KernelInterface {
  std::vector<BufferSpec> inputs, outputs;
  std::vector<std::string> symbols;
};

/// A kernel compiled to a relocatable object, not yet loaded anywhere.
struct CompiledObject : KernelInterface {
  std::unique_ptr<llvm::MemoryBuffer> object;
  /// For an object made at the baseline tier: its LLVM IR before
  /// optimization, as bitcode (optimizeBaseline makes the optimized one).
  std::unique_ptr<llvm::MemoryBuffer> bitcode;
};

/// A kernel compiled to optimized LLVM IR for its target (or, with
/// `bitcode`, to the baseline tier's unoptimized IR).
struct CompiledModule : KernelInterface {
  std::unique_ptr<llvm::Module> module;
  std::unique_ptr<llvm::MemoryBuffer> bitcode;
};

/// Lowers the function named by `options` in `module` (which is not
/// modified) to optimized LLVM IR for `options.target`, in `llvmContext`,
/// whose only external symbol is `entryName`. Errors are emitted as
/// diagnostics on `module`'s context.
FailureOr<CompiledModule> compileToLLVM(ModuleOp module,
                                        const CompileOptions &options,
                                        llvm::StringRef entryName,
                                        llvm::LLVMContext &llvmContext);

/// The same, emitted as a native object.
FailureOr<CompiledObject> compileToObject(ModuleOp module,
                                          const CompileOptions &options,
                                          llvm::StringRef entryName);

/// `module` (made by compileToLLVM for `target`) as a relocatable object,
/// or failure with a diagnostic at `loc`.
FailureOr<std::unique_ptr<llvm::MemoryBuffer>>
emitObject(llvm::Module &module, llvm::StringRef target, Location loc,
           unsigned optLevel = 2);

/// `options` whose onStage (and onGraph) also writes every stage to
/// NUMJIT_DUMP_DIR/<options.dumpName or name>/ (a second compile of one name
/// gets "<name>-2", ...)
/// (01-traced.mlir ... 09-module.s) when that variable is set.
CompileOptions withDumpDir(const CompileOptions &options, llvm::StringRef name);

/// The target of the CPU code `options` makes: its target, or for a CUDA
/// target the host code's ("host" for the JIT, "x86-64" ahead of time).
std::string cpuTargetOf(const CompileOptions &options);

/// Whether `target` names a target compileToLLVM knows.
bool isKnownTarget(llvm::StringRef target);

namespace detail {
/// The TargetMachine for `target` (CompileOptions::target) at `optLevel`,
/// made once per thread: a TargetMachine must not be shared by threads
/// emitting code at once.
llvm::Expected<llvm::TargetMachine *> targetMachine(llvm::StringRef target, unsigned optLevel);
/// LLVM's optimization of `module` (jit/Backend.cpp): the quick passes for
/// a small JIT kernel when `quick`, else the O`optLevel` pipeline;
/// NUMJIT_LLVM_PASSES (opt's -passes syntax) replaces both.
llvm::Error optimizeModule(llvm::Module &module, llvm::TargetMachine &tm, unsigned optLevel,
                           bool quick);
/// optimizeModule, then numjit's rewrites of optimized IR for x86 CPUs:
/// streaming stores when `nontemporal` (useNontemporalStores), vrange for
/// vector maximum and minimum (useRangeForMinMax).
llvm::Error optimizeKernel(llvm::Module &module, llvm::TargetMachine &tm, unsigned optLevel,
                           bool quick, bool nontemporal);
/// Whether `module`, a JIT kernel's unoptimized LLVM IR that takes the
/// quick passes, suits the baseline tier (jit/Baseline.cpp): at most a few
/// thousand loop iterations, each loop's count known, no fast-math flags.
bool suitsBaseline(llvm::Module &module);
/// `module` as bitcode.
std::unique_ptr<llvm::MemoryBuffer> writeBitcode(const llvm::Module &module);
/// The optimized object of a kernel made at the baseline tier, from its
/// unoptimized IR (CompiledObject::bitcode): what compileToObject would
/// have made without the tier.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
optimizeBaseline(llvm::MemoryBufferRef bitcode);
/// Emits `module` as an object or assembly file into `out`; false when the
/// target cannot.
bool emitFile(llvm::Module &module, llvm::TargetMachine &tm, llvm::CodeGenFileType type,
              llvm::SmallVectorImpl<char> &out);
/// Runs the passes `build` adds on `module`, then reports `stage` to
/// `options.onStage`.
LogicalResult runStage(ModuleOp module, Stage stage,
                       llvm::function_ref<void(OpPassManager &)> build,
                       const CompileOptions &options);
/// A Graphviz drawing of `module` by MLIR's op-graph printer (run on a
/// copy: the pass must not touch the module being compiled).
std::string drawGraph(ModuleOp module);
/// `op` as text (with locations for the traced stages).
std::string printOp(Operation *op, bool withLocations);
/// Runs the passes `build` adds on `module` in a pass manager pooled per
/// context and `key` (building passes, above all the canonicalizer's
/// patterns, costs more than running them on a small kernel).
LogicalResult runPooled(ModuleOp module, llvm::StringRef key,
                        llvm::function_ref<void(OpPassManager &)> build);
/// Stages 1-3, which every target shares: reports Traced, runs the
/// transforms (Transformed), lowers to linalg (Linalg).
LogicalResult runFrontStages(ModuleOp module, const CompileOptions &options);
/// The GPU stages (GpuCompiler.cpp): from the traced module to the host's
/// LLVM dialect with entry point `entryName`, the kernels as PTX inside.
LogicalResult runGpuStages(ModuleOp module, llvm::StringRef funcName,
                           llvm::StringRef entryName,
                           const CompileOptions &options);
/// Replaces the global constructors and destructors that load and unload
/// the kernels' PTX by two exported functions, `<entry>_init` and
/// `<entry>_fini`, which the JIT calls when it loads and releases the code.
void exportGpuModuleInit(llvm::Module &module, llvm::StringRef entryName);
/// Marks `!nontemporal` the vector stores of `module` (optimized LLVM IR)
/// into buffers promised 64-byte aligned (a ptrmask), and fences each
/// function that has them before it returns. x86 only; returns how many.
unsigned useNontemporalStores(llvm::Module &module);
/// Replaces the vector llvm.maximum/llvm.minimum calls of `module` by
/// AVX512DQ's vrange plus a masked add for NaN (three instructions, where
/// LLVM's lowering takes six); 128- and 256-bit vectors need `avx512vl`.
/// For a CPU with AVX512DQ only; returns how many.
unsigned useRangeForMinMax(llvm::Module &module, bool avx512vl);
} // namespace detail

/// The buffers and symbolic sizes of `func`, or failure with a diagnostic
/// (see readKernelSignature).
FailureOr<KernelInterface> getKernelInterface(Operation *func);

} // namespace numjit
} // namespace mlir

#endif // NUMJIT_JIT_COMPILER_H
