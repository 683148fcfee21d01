//===- Compiler.h - numjit IR to native object code -------------*- C++ -*-===//

#ifndef NUMJIT_JIT_COMPILER_H
#define NUMJIT_JIT_COMPILER_H

#include "codegen/Passes.h"
#include "jit/Kernel.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/MemoryBuffer.h"

#include <functional>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
} // namespace llvm

namespace mlir {
class OpPassManager;
namespace numjit {

/// The stages whose IR can be dumped, in pipeline order. The number is the
/// prefix of the dump file (`01-traced.mlir` ... `09-module.s`).
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
};
constexpr unsigned kNumStages = 9;

/// The dump file name of `stage`, e.g. "03-linalg.mlir".
std::string stageFileName(Stage stage);

struct CompileOptions {
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
  /// Threads and BLAS calls the code may use.
  PipelineOptions pipeline;
  /// The machine code is for: "host" (this CPU, every feature it has),
  /// "x86-64", "x86-64-v3", "x86-64-v4" (x86-64 Linux at that level) or
  /// "aarch64-linux-gnu" (64-bit Arm Linux).
  std::string target = "host";
  /// The entry point's calling convention: "args" (`void entry(void **)`,
  /// for the JIT) or "c" (`int32_t entry(int64_t size..., T *buffer...)`).
  std::string interface = "args";
};

/// The buffers and symbolic sizes of a compiled kernel.
struct KernelInterface {
  std::vector<BufferSpec> inputs, outputs;
  std::vector<std::string> symbols;
};

/// A kernel compiled to a relocatable object, not yet loaded anywhere.
struct CompiledObject : KernelInterface {
  std::unique_ptr<llvm::MemoryBuffer> object;
};

/// A kernel compiled to optimized LLVM IR for its target.
struct CompiledModule : KernelInterface {
  std::unique_ptr<llvm::Module> module;
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

/// `options` whose onStage also writes every stage to NUMJIT_DUMP_DIR/<name>/
/// (01-traced.mlir ... 09-module.s) when that variable is set.
CompileOptions withDumpDir(const CompileOptions &options, llvm::StringRef name);

/// Whether `target` names a target compileToLLVM knows.
bool isKnownTarget(llvm::StringRef target);

/// The buffers and symbolic sizes of `func`, or failure with a diagnostic
/// (see readKernelSignature).
FailureOr<KernelInterface> getKernelInterface(Operation *func);

} // namespace numjit
} // namespace mlir

#endif // NUMJIT_JIT_COMPILER_H
