//===- ObjectLoader.h - numjit's own loader for x86-64 kernels --*- C++ -*-===//
//
// The engine's quick way to load a host kernel: the relocatable ELF objects
// numjit's x86-64 pipeline emits (PIC, small code model, no initializers)
// need little of a linker. loadObject maps their sections into one fresh
// region (code, read-only data with a GOT, writable data), resolves their few
// external symbols (the runtime's, libm's, libc's), applies the relocations
// LLVM's x86-64 backend emits for such code, and registers their unwind
// tables: about 20 us, where ORC's LLJIT takes about 0.5 ms to start and
// 0.25-0.6 ms per object. It refuses, with the reason, anything else (another
// machine, TLS, initializers, a relocation it does not know, an out-of-range
// reference), and the engine then loads that object through ORC.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_JIT_OBJECTLOADER_H
#define NUMJIT_JIT_OBJECTLOADER_H

#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mlir::numjit::detail {

/// An object's code and data, loaded; unmapped when destroyed.
class LoadedObject {
public:
  LoadedObject(const LoadedObject &) = delete;
  LoadedObject &operator=(const LoadedObject &) = delete;
  ~LoadedObject();

  /// The address of the global symbol `name` the object defines, or null.
  void *lookup(llvm::StringRef name) const;

private:
  friend class ObjectLoading;
  LoadedObject() = default;

  void *region_ = nullptr;
  size_t size_ = 0;
  const void *ehFrame_ = nullptr; ///< Registered unwind tables, if any.
  size_t ehFrameSize_ = 0;
  std::vector<std::pair<std::string, void *>> globals_;
};

/// Finds the address of a symbol the object uses but does not define (null
/// when there is none).
using SymbolResolver = llvm::function_ref<void *(llvm::StringRef name)>;

/// Whether this process can use loadObject at all (an x86-64 ELF host).
bool canLoadObjects();

/// Loads `object`, an x86-64 ELF relocatable object. Fails, leaving nothing
/// behind, on anything this loader does not handle.
llvm::Expected<std::unique_ptr<LoadedObject>> loadObject(llvm::MemoryBufferRef object,
                                                         SymbolResolver resolve);

} // namespace mlir::numjit::detail

#endif // NUMJIT_JIT_OBJECTLOADER_H
