//===- numjit-aot.cpp - Compile a numjit function ahead of time -*- C++ -*-===//
//
// The ahead-of-time compiler on a .mlir file in the numjit dialect (a dump's
// 01-traced.mlir, edited or not): writes <dir>/<name>.o, <name>.h and
// <name>.ld, as nj::aot::Library does.
//
//   numjit-aot in.mlir --name k -o dir [--target T] [--function F]
//              [--library L] [--no-threads] [--no-blas]
//
// Symbolic sizes are the `numjit.dims` names on the function's arguments.
//
//===----------------------------------------------------------------------===//

#include "jit/Aot.h"
#include "jit/Engine.h"
#include "tools/ToolInput.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::numjit;
namespace cl = llvm::cl;

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input .mlir>"),
                                      cl::init("-"));
static cl::opt<std::string> kernelName("name", cl::desc("Name of the kernel's C function"),
                                       cl::Required);
static cl::opt<std::string> outputDir("o", cl::desc("Output directory"), cl::Required);
static cl::opt<std::string> libraryName("library",
                                        cl::desc("Name of the files (default: --name)"),
                                        cl::init(""));
static cl::opt<std::string> function("function",
                                     cl::desc("The func.func to compile (default: the only one)"),
                                     cl::init(""));
static cl::opt<std::string>
    target("target",
           cl::desc("host, x86-64, x86-64-v2, x86-64-v3, x86-64-v4 or aarch64-linux-gnu"),
           cl::init("host"));
static cl::opt<bool> noThreads("no-threads",
                               cl::desc("No OpenMP threads (always so for a cross target)"));
static cl::opt<bool> noBlas("no-blas",
                            cl::desc("No OpenBLAS calls (always so for a cross target)"));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "numjit ahead-of-time compiler\n");
  std::unique_ptr<MLIRContext> context = createContext();
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, context.get());
  OwningOpRef<ModuleOp> module = parseInputFile(inputFile, context.get(), sourceMgr);
  if (!module)
    return 1;
  if (!isKnownTarget(target)) {
    llvm::errs() << "error: unknown target '" << target << "'\n";
    return 1;
  }
  bool cross = target == "aarch64-linux-gnu";
  AotOptions options;
  options.target = target;
  options.pipeline.threads = !noThreads && !cross;
  options.pipeline.blas = !noBlas && !cross;
  AotLibrary library(libraryName.empty() ? kernelName : libraryName, options);
  if (failed(library.add(*module, kernelName, function)) ||
      failed(library.write(outputDir, module->getLoc())))
    return 1;
  return 0;
}
