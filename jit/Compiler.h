//===- Compiler.h - numjit IR to native object code -------------*- C++ -*-===//

#ifndef NUMJIT_JIT_COMPILER_H
#define NUMJIT_JIT_COMPILER_H

#include "jit/Kernel.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/MemoryBuffer.h"

#include <functional>

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
};

/// A kernel compiled to a relocatable object, not yet loaded anywhere.
struct CompiledObject {
  std::unique_ptr<llvm::MemoryBuffer> object;
  std::vector<BufferSpec> inputs, outputs;
};

/// Lowers the function named by `options` in `module` (which is not
/// modified) to a native object for the host CPU whose only external symbol
/// is `entryName`. Errors are emitted as diagnostics on `module`'s context.
FailureOr<CompiledObject> compileToObject(ModuleOp module,
                                          const CompileOptions &options,
                                          llvm::StringRef entryName);

/// The buffer specs of `func`'s arguments and results, or failure with a
/// diagnostic when a type is not a static tensor of a supported element type.
LogicalResult getSignature(Operation *func, std::vector<BufferSpec> &inputs,
                           std::vector<BufferSpec> &outputs);

} // namespace numjit
} // namespace mlir

#endif // NUMJIT_JIT_COMPILER_H
