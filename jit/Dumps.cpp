//===- Dumps.cpp - Stage file names, NUMJIT_DUMP_DIR, op-graph drawings --===//

#include "jit/Compiler.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/ViewOpGraph.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <mutex>

using namespace mlir;
using namespace mlir::numjit;

std::string mlir::numjit::stageFileName(Stage stage) {
  static const char *names[] = {"traced.mlir",     "transformed.mlir",
                                "linalg.mlir",     "fused.mlir",
                                "bufferized.mlir", "loops.mlir",
                                "llvm.mlir",       "module.ll",
                                "module.s",        "gpu.mlir",
                                "kernels.ptx"};
  unsigned n = static_cast<unsigned>(stage);
  char prefix[4] = {char('0' + n / 10), char('0' + n % 10), '-', '\0'};
  return std::string(prefix) + names[n - 1];
}

/// A Graphviz drawing of `module` by MLIR's op-graph printer (run on a
/// copy: the pass must not touch the module being compiled).
std::string mlir::numjit::detail::drawGraph(ModuleOp module) {
  std::string text;
  llvm::raw_string_ostream os(text);
  OwningOpRef<ModuleOp> copy = module.clone();
  PassManager pm(module.getContext());
  pm.addPass(createPrintOpGraphPass(os));
  if (failed(pm.run(*copy)))
    return "";
  return text;
}


/// Wraps `options.onStage` so that NUMJIT_DUMP_DIR also gets every stage.
CompileOptions mlir::numjit::withDumpDir(const CompileOptions &options, StringRef name) {
  const char *dir = std::getenv("NUMJIT_DUMP_DIR");
  if (!dir || !*dir)
    return options;
  // One folder per compile: the second of a name gets "-2", and so on.
  static std::mutex mutex;
  static llvm::StringMap<unsigned> uses;
  std::string folder = options.dumpName.empty() ? name.str() : options.dumpName;
  {
    std::lock_guard<std::mutex> lock(mutex);
    unsigned n = ++uses[folder];
    if (n > 1) {
      folder.push_back('-');
      folder += std::to_string(n);
    }
  }
  CompileOptions result = options;
  llvm::SmallString<128> path(dir);
  llvm::sys::path::append(path, folder);
  std::string kernelDir = path.str().str();
  auto write = [kernelDir](StringRef fileName, StringRef text) {
    if (llvm::sys::fs::create_directories(kernelDir))
      return;
    llvm::SmallString<128> file(kernelDir);
    llvm::sys::path::append(file, fileName);
    std::error_code ec;
    llvm::raw_fd_ostream os(file, ec);
    if (!ec)
      os << text;
  };
  result.onStage = [write, inner = options.onStage](Stage stage, StringRef text) {
    if (inner)
      inner(stage, text);
    write(stageFileName(stage), text);
  };
  result.onGraph = [write, inner = options.onGraph](Stage stage, StringRef text) {
    if (inner)
      inner(stage, text);
    std::string file = stageFileName(stage);
    write(file.substr(0, file.rfind('.')) + ".dot", text);
  };
  return result;
}

