//===- GpuPipelines.cpp - The NVIDIA GPU lowering pipeline ------*- C++ -*-===//
//
// The GPU path shares the CPU path up to bufferization (numjit -> linalg ->
// fused -> buffers, results as out-parameters), then:
//
//   linalg on buffers --numjit-map-to-gpu, numjit-device-memory--> gpu.launch
//     --gpu-kernel-outlining--> host func + gpu.module of gpu.func kernels
//     --convert-gpu-to-nvvm, gpu-module-to-binary (format isa)--> PTX text
//     --host: gpu-to-llvm and the usual conversions--> LLVM dialect whose
//       gpu.launch_func calls the mgpu* runtime functions (runtime/Cuda.cpp)
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/GPUCommon/GPUCommonPass.h"
#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;


bool numjit::isCudaTarget(StringRef target) {
  StringRef chip;
  return parseCudaTarget(target, chip);
}

bool numjit::parseCudaTarget(StringRef target, StringRef &chip) {
  if (!target.consume_front("cuda:") || !target.starts_with("sm_"))
    return false;
  unsigned version = 0;
  StringRef digits = target.drop_front(3);
  // sm_90a and the like: an architecture-specific variant.
  digits.consume_back("a");
  if (digits.getAsInteger(10, version) || version < 50 || version > 999)
    return false;
  chip = target;
  return true;
}

std::string numjit::ptxFeaturesFor(StringRef chip) {
  unsigned version = 0;
  StringRef digits = chip.drop_front(3);
  digits.consume_back("a");
  (void)digits.getAsInteger(10, version);
  // The oldest PTX ISA that knows the architecture (and that CUDA 12+
  // drivers take): 8.0 up to Hopper, then what Blackwell needs.
  if (version >= 120)
    return "+ptx87";
  if (version >= 100)
    return "+ptx86";
  return "+ptx80";
}

void numjit::buildGpuFusionPipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(createNumjitUnrollLoops());
  pm.addNestedPass<func::FuncOp>(createNumjitFuseElementwise());
  // A full reduction in 1024 parts: a block each, then one block for the
  // parts, instead of one block for everything.
  NumjitSplitReductionOptions split;
  split.parts = 1024;
  split.minIterations = 1 << 16;
  pm.addNestedPass<func::FuncOp>(createNumjitSplitReduction(split));
  addCleanupPasses(pm);
  pm.addNestedPass<func::FuncOp>(createNumjitWriteInPlace());
}

void numjit::buildGpuMappingPipeline(OpPassManager &pm) {
  // Large matrix products: cuBLAS when it opens, the generated kernel else.
  NumjitGemmToBlasOptions cublas;
  cublas.library = "cublas";
  pm.addPass(createNumjitGemmToBlas(cublas));
  pm.addPass(createNumjitCopyToLinalg());
  pm.addNestedPass<func::FuncOp>(createLinalgGeneralizeNamedOpsPass());
  // The same polynomial math as the CPU (libdevice would be needed for
  // most of it otherwise), so both give the same results.
  pm.addPass(createNumjitApproximateMath());
  pm.addNestedPass<func::FuncOp>(createNumjitMapToGpu());
  pm.addNestedPass<func::FuncOp>(createNumjitDeviceMemory());
  addCleanupPasses(pm);
}

void numjit::buildGpuOutliningPipeline(OpPassManager &pm) {
  // Constants move into the kernels rather than becoming parameters.
  pm.addPass(createGpuLaunchSinkIndexComputationsPass());
  pm.addPass(createGpuKernelOutliningPass());
  pm.addPass(createNumjitMergeGpuModules());
  addCleanupPasses(pm);
}

void numjit::buildGpuToBinaryPipeline(OpPassManager &pm, StringRef chip,
                                      unsigned optLevel) {
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  GpuNVVMAttachTargetOptions target;
  target.chip = chip.str();
  target.features = ptxFeaturesFor(chip);
  target.optLevel = optLevel;
  pm.addPass(createGpuNVVMAttachTarget(target));
  OpPassManager &device = pm.nest<gpu::GPUModuleOp>();
  device.addPass(createConvertGpuOpsToNVVMOps());
  device.addPass(createNumjitGpuNativeMath());
  addCleanupPasses(device);
  device.addPass(createReconcileUnrealizedCastsPass());
  GpuModuleToBinaryPassOptions binary;
  binary.compilationTarget = "isa"; // PTX text, which the driver compiles
  pm.addPass(createGpuModuleToBinaryPass(binary));
}

void numjit::buildGpuHostToLLVMPipeline(OpPassManager &pm) {
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createGpuToLLVMConversionPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void numjit::registerGpuPipelines() {
  PassPipelineRegistration<>("numjit-gpu-fuse",
                             "elementwise fusion for the GPU (full reductions in 1024 parts)",
                             buildGpuFusionPipeline);
  PassPipelineRegistration<>("numjit-map-to-gpu-pipeline",
                             "linalg on buffers -> gpu.launch, device buffers",
                             buildGpuMappingPipeline);
  PassPipelineRegistration<>("numjit-gpu-outline", "gpu.launch -> gpu.module kernels",
                             buildGpuOutliningPipeline);
}
