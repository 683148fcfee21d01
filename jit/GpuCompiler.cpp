//===- GpuCompiler.cpp - The stages of a CUDA-target compile ----*- C++ -*-===//
//
// Traced -> Transformed -> Linalg -> Fused -> Bufferized as on the CPU, then
// Loops (one gpu.launch per op), GPU (kernels outlined), PTX (the kernels'
// code, from the NVPTX backend) and LLVMDialect (the host code, which
// allocates device buffers and launches the kernels). The host code is
// then translated and optimized as a CPU kernel is.
//
//===----------------------------------------------------------------------===//

#include "jit/Compiler.h"

#include "codegen/Passes.h"
#include "ir/NumjitOps.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// The PTX of every kernel module in `module`.
std::string collectPtx(ModuleOp module) {
  std::string ptx;
  module.walk([&](gpu::BinaryOp binary) {
    for (Attribute attr : binary.getObjectsAttr())
      if (auto object = dyn_cast<gpu::ObjectAttr>(attr))
        ptx += object.getObject().getValue();
  });
  // A function of empty arrays, or of nothing to compute, has no kernels.
  if (ptx.empty())
    ptx = "// no kernels: nothing of this function runs on the device\n";
  return ptx;
}

/// Fails, naming it, when a math op's libdevice function stayed
/// unresolved (gpu-module-to-binary found no CUDA toolkit to link it from):
/// the driver would reject the PTX only when it loads it.
LogicalResult checkPtx(ModuleOp module, const std::string &ptx) {
  for (size_t pos = ptx.find(".extern .func"); pos != std::string::npos;
       pos = ptx.find(".extern .func", pos + 1)) {
    size_t name = ptx.find("__nv_", pos);
    size_t end = ptx.find_first_of(" (\n", name);
    if (name != std::string::npos && name < ptx.find('\n', pos))
      return module.emitError("the kernels call ")
             << ptx.substr(name, end - name)
             << " from CUDA's libdevice, which was not found: install the CUDA toolkit "
                "(its nvvm/libdevice/libdevice.10.bc) or point CUDA_ROOT at it; f32 exp, "
                "log, tanh and arithmetic need neither";
  }
  return success();
}

/// The functions `@llvm.global_ctors` or `_dtors` lists; the list is erased.
SmallVector<llvm::Function *> takeGlobalList(llvm::Module &module, StringRef name) {
  SmallVector<llvm::Function *> fns;
  llvm::GlobalVariable *list = module.getGlobalVariable(name);
  if (!list)
    return fns;
  if (auto *array = dyn_cast_or_null<llvm::ConstantArray>(
          list->hasInitializer() ? list->getInitializer() : nullptr))
    for (llvm::Value *entry : array->operands())
      if (auto *s = dyn_cast<llvm::ConstantStruct>(entry))
        if (auto *fn = dyn_cast<llvm::Function>(s->getOperand(1)))
          fns.push_back(fn);
  list->eraseFromParent();
  return fns;
}

void defineCaller(llvm::Module &module, const std::string &name,
                  ArrayRef<llvm::Function *> callees) {
  llvm::LLVMContext &ctx = module.getContext();
  auto *fn = llvm::Function::Create(
      llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false),
      llvm::GlobalValue::ExternalLinkage, name, module);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", fn));
  for (llvm::Function *callee : callees)
    b.CreateCall(callee);
  b.CreateRetVoid();
}
} // namespace

void mlir::numjit::detail::exportGpuModuleInit(llvm::Module &module,
                                               StringRef entryName) {
  defineCaller(module, (entryName + "_init").str(),
               takeGlobalList(module, "llvm.global_ctors"));
  defineCaller(module, (entryName + "_fini").str(),
               takeGlobalList(module, "llvm.global_dtors"));
}

LogicalResult mlir::numjit::detail::runGpuStages(ModuleOp module,
                                                 StringRef funcName,
                                                 StringRef entryName,
                                                 const CompileOptions &options) {
  // Ops lowered to a sequential loop per line or per update: on this path
  // that loop would run on the host over device memory.
  WalkResult unsupported = module.walk([](Operation *op) {
    if (!isa<ArgSortOp, CumsumOp, CumprodOp, ScatterOp>(op))
      return WalkResult::advance();
    op->emitOpError("has no GPU lowering yet (it is a sequential loop on the CPU path); "
                    "compile this function for the host");
    return WalkResult::interrupt();
  });
  if (unsupported.wasInterrupted())
    return failure();
  StringRef chip;
  (void)parseCudaTarget(options.target, chip);
  unsigned optLevel = std::min(options.optLevel, 3u);
  auto entryPass = [&](OpPassManager &pm) {
    addEmitEntryPass(pm, funcName, entryName, options.interface);
  };
  // Nobody listens: every stage in one pooled pass manager, as on the CPU.
  if (!options.onStage && !options.transforms) {
    std::string key = "numjit.gpu-pipeline." + chip.str() + "." + std::to_string(optLevel);
    if (failed(runPooled(module, key, [&](OpPassManager &pm) {
          addCleanupPasses(pm);
          buildLowerToLinalgPipeline(pm);
          buildGpuFusionPipeline(pm);
          buildBufferizePipeline(pm);
          buildGpuMappingPipeline(pm);
          buildGpuOutliningPipeline(pm);
          buildGpuToBinaryPipeline(pm, chip, optLevel);
          buildGpuHostToLLVMPipeline(pm);
        })) ||
        failed(checkPtx(module, collectPtx(module))))
      return failure();
    return runStage(module, Stage::LLVMDialect, entryPass, options);
  }
  if (failed(runFrontStages(module, options)) ||
      failed(runStage(module, Stage::Fused, buildGpuFusionPipeline, options)) ||
      failed(runStage(module, Stage::Bufferized, buildBufferizePipeline, options)) ||
      failed(runStage(module, Stage::Loops, buildGpuMappingPipeline, options)) ||
      failed(runStage(module, Stage::GPU, buildGpuOutliningPipeline, options)))
    return failure();
  CompileOptions quiet = options;
  quiet.onStage = nullptr;
  if (failed(runStage(module, Stage::PTX,
                      [&](OpPassManager &pm) { buildGpuToBinaryPipeline(pm, chip, optLevel); },
                      quiet)))
    return failure();
  std::string ptx = collectPtx(module);
  if (failed(checkPtx(module, ptx)))
    return failure();
  if (options.onStage)
    options.onStage(Stage::PTX, ptx);
  return runStage(module, Stage::LLVMDialect,
                  [&](OpPassManager &pm) {
                    buildGpuHostToLLVMPipeline(pm);
                    entryPass(pm);
                  },
                  options);
}
