//===- numjit-opt.cpp - The numjit optimizer driver -------------*- C++ -*-===//
//
// mlir-opt with the numjit dialect and every numjit pass and pipeline, for
// lit tests and for users who want to run one stage by hand.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"
#include "passes/Autodiff.h"
#include "passes/Vmap.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::numjit::registerCodegenPipelines();
  mlir::numjit::registerAutodiffPasses();
  mlir::numjit::registerVmapPass();
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::numjit::registerCodegenDialects(registry);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "numjit optimizer driver\n", registry));
}
