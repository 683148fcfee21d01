//===- ToolInput.h - Reading a .mlir file in numjit's tools -----*- C++ -*-===//

#ifndef NUMJIT_TOOLS_TOOLINPUT_H
#define NUMJIT_TOOLS_TOOLINPUT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::numjit {

/// Parses the module in `path` ("-": stdin) into `context`; errors go to
/// stderr (through `sourceMgr`, which must outlive the diagnostics of
/// anything done with the module). Null on failure.
inline OwningOpRef<ModuleOp> parseInputFile(llvm::StringRef path, MLIRContext *context,
                                            llvm::SourceMgr &sourceMgr) {
  std::string error;
  auto file = openInputFile(path, &error);
  if (!file) {
    llvm::errs() << error << "\n";
    return nullptr;
  }
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  return parseSourceFile<ModuleOp>(sourceMgr, context);
}

} // namespace mlir::numjit

#endif // NUMJIT_TOOLS_TOOLINPUT_H
