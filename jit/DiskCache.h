//===- DiskCache.h - Compiled kernels kept across processes ----*- C++ -*-===//
//
// The persistent compile cache: one file per kernel, named by a hash of the
// engine's key (the IR without locations and the compile options), numjit's
// build, LLVM's version and the host CPU with its features. Each file holds
// the kernel's interface and its relocatable object (for a kernel at the
// baseline tier, also its unoptimized IR, and the process that optimizes it
// replaces the entry by the optimized object), and ends in a checksum
// of everything before it. It is written to a temporary file and renamed, so
// a crash never leaves half an entry under an entry's name; a corrupt or
// truncated entry is removed with a one-line warning and compiled again.
// After each write the least recently used entries go until the cache fits
// NUMJIT_CACHE_MAX_MB (default 512).
//
// Where: NUMJIT_CACHE_DIR, or $XDG_CACHE_HOME/numjit, or ~/.cache/numjit;
// NUMJIT_CACHE_DIR=off turns it off. Read at each compile, so a program (or
// a test) may change it as it runs.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_JIT_DISKCACHE_H
#define NUMJIT_JIT_DISKCACHE_H

#include "jit/Compiler.h"

#include <optional>
#include <string>

namespace mlir::numjit::detail {

/// The cache's folder, or "" when it is off (or no home is known).
std::string diskCacheDir();
/// The entry name for an engine key on this build and CPU.
std::string diskCacheKey(llvm::StringRef engineKey);
/// The kernel stored under `key` in `dir`, when a sound entry is there.
std::optional<CompiledObject> loadCachedObject(llvm::StringRef dir, llvm::StringRef key);
/// Stores `object` under `key` in `dir` (creating the folder), then evicts
/// the least recently used entries beyond the size bound. Failures to
/// write only cost the next process a compile.
void storeCachedObject(llvm::StringRef dir, llvm::StringRef key, const CompiledObject &object);

} // namespace mlir::numjit::detail

#endif // NUMJIT_JIT_DISKCACHE_H
