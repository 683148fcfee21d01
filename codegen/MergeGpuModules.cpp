//===- MergeGpuModules.cpp - All of a function's kernels in one gpu.module ===//
//
// gpu-kernel-outlining puts each kernel in its own gpu.module; one module
// holding them all makes one PTX file and one driver module load per
// compiled function. Each kernel takes its old module's (unique) name:
//
//   gpu.module @f_kernel { gpu.func @f_kernel }
//   gpu.module @f_kernel_0 { gpu.func @f_kernel }
//   => gpu.module @f_kernel { gpu.func @f_kernel  gpu.func @f_kernel_0 }
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITMERGEGPUMODULES
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
struct MergeGpuModulesPass
    : numjit::impl::NumjitMergeGpuModulesBase<MergeGpuModulesPass> {
  void runOnOperation() override {
    SmallVector<gpu::GPUModuleOp> modules(getOperation().getOps<gpu::GPUModuleOp>());
    if (modules.size() < 2)
      return;
    gpu::GPUModuleOp target = modules.front();
    llvm::DenseMap<SymbolRefAttr, SymbolRefAttr> renamed;
    for (gpu::GPUModuleOp module : modules) {
      SmallVector<gpu::GPUFuncOp> funcs(module.getOps<gpu::GPUFuncOp>());
      if (funcs.size() != 1) {
        module.emitOpError("numjit-merge-gpu-modules expects one kernel per module");
        return signalPassFailure();
      }
      gpu::GPUFuncOp func = funcs.front();
      SymbolRefAttr from = SymbolRefAttr::get(
          module.getNameAttr(), {FlatSymbolRefAttr::get(func.getNameAttr())});
      func.setName(module.getName());
      if (module != target)
        func->moveBefore(target.getBody(), target.getBody()->end());
      renamed[from] = SymbolRefAttr::get(
          target.getNameAttr(), {FlatSymbolRefAttr::get(func.getNameAttr())});
    }
    getOperation().walk([&](gpu::LaunchFuncOp launch) {
      if (SymbolRefAttr to = renamed.lookup(launch.getKernel()))
        launch.setKernelAttr(to);
    });
    for (gpu::GPUModuleOp module : llvm::drop_begin(modules))
      module.erase();
  }
};
} // namespace
