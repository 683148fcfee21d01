//===- Aot.h - Ahead-of-time kernel libraries -------------------*- C++ -*-===//
//
// A library of kernels compiled ahead of time into one relocatable object
// and one C header, through the same pipeline as the JIT (compileToLLVM)
// but with the C entry point `int NAME(int64_t size..., T *buffer...)`. The
// object needs no numjit, MLIR or LLVM at run time: only libc and libm, plus
// libomp when a kernel runs threads and OpenBLAS when it calls BLAS (both
// off for a cross target unless asked for).
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_JIT_AOT_H
#define NUMJIT_JIT_AOT_H

#include "jit/Compiler.h"

#include <memory>

namespace mlir::numjit {

struct AotOptions {
  /// See CompileOptions::target.
  std::string target = "host";
  PipelineOptions pipeline;
};

/// One kernel of a library: its C name and its buffers.
struct AotKernel {
  std::string name;
  KernelInterface interface;
};

/// What an object needs at link time besides libc and libm.
struct LinkNeeds {
  bool openmp = false, blas = false;
};

class AotLibrary {
public:
  /// `name` names the files (`<name>.o`, `<name>.h`) and the header guard.
  AotLibrary(std::string name, AotOptions options);
  ~AotLibrary();

  /// Compiles the func.func `function` of `module` (default: its only
  /// one) as the kernel `kernel` (its C function's name). Fails with a
  /// diagnostic on `module`'s context: a name that is not a C identifier or
  /// is taken, a compile error.
  LogicalResult add(ModuleOp module, StringRef kernel, StringRef function = {});

  /// Writes `<dir>/<name>.o`, `<dir>/<name>.h`, `<dir>/<name>.ld` (a
  /// linker script naming the libraries the object needs) and
  /// `<dir>/<name>_cuda.c` (for a CUDA target the launcher the object needs,
  /// beside each kernel's `<name>.<kernel>.ptx`; otherwise a placeholder), creating
  /// `dir`.
  /// Fails with a diagnostic at `loc`.
  LogicalResult write(StringRef dir, Location loc);

  StringRef name() const;
  ArrayRef<AotKernel> kernels() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl;
};

/// Whether `name` can name a C function or parameter (an identifier that
/// is not a C or C++ keyword).
bool isCIdentifier(StringRef name);

/// The C source of the CUDA launcher written beside a GPU library's object
/// (AotCuda.cpp): the mgpu* functions its host code calls, over the CUDA
/// driver opened with dlopen.
std::string aotCudaLauncher(StringRef library);

/// The header of a library `library` of `kernels` for `target`.
std::string aotHeader(StringRef library, ArrayRef<AotKernel> kernels,
                      const LinkNeeds &needs, StringRef target);

} // namespace mlir::numjit

#endif // NUMJIT_JIT_AOT_H
