//===- Compiler.cpp - numjit IR to native object code -----------*- C++ -*-===//
//
// One path for the JIT and for AOT: run the codegen pipelines stage by stage
// on a clone of the module, translate to LLVM IR, then optimize it and emit
// an object with the target's TargetMachine (jit/Backend.cpp; without the
// TargetMachine nothing vectorizes).
//
//===----------------------------------------------------------------------===//

#include "jit/Compiler.h"

#include "jit/CompileContext.h"

#include "codegen/Passes.h"
#include "ir/NumjitDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "mlir/Transforms/Passes.h"
#include "mlir/Transforms/ViewOpGraph.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/Utils/Cloning.h"

#include <chrono>
#include <mutex>

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::detail;

size_t mlir::numjit::elementSize(ElementKind kind) {
  switch (kind) {
  case ElementKind::f32:
  case ElementKind::i32:
  case ElementKind::u32:
    return 4;
  case ElementKind::f64:
  case ElementKind::i64:
    return 8;
  case ElementKind::i1:
  case ElementKind::u8:
    return 1;
  case ElementKind::f16:
  case ElementKind::bf16:
    return 2;
  }
  return 0;
}

const char *mlir::numjit::elementName(ElementKind kind) {
  static const char *names[] = {"f32", "f64", "i32", "i64", "i1",
                                "u8",  "u32", "f16", "bf16"};
  return names[static_cast<int>(kind)];
}

int64_t BufferSpec::numElements(const std::vector<int64_t> &symbols) const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d >= 0 ? d : symbols.at(size_t(-1 - d));
  return n;
}

namespace {
std::optional<ElementKind> kindOf(Type type) {
  if (type.isF32())
    return ElementKind::f32;
  if (type.isF64())
    return ElementKind::f64;
  if (type.isF16())
    return ElementKind::f16;
  if (type.isBF16())
    return ElementKind::bf16;
  if (type.isUnsignedInteger(32))
    return ElementKind::u32;
  if (type.isInteger(32))
    return ElementKind::i32;
  if (type.isInteger(8))
    return ElementKind::u8;
  if (type.isInteger(64))
    return ElementKind::i64;
  if (type.isInteger(1))
    return ElementKind::i1;
  return std::nullopt;
}

std::vector<BufferSpec>
toSpecs(ArrayRef<KernelSignature::Buffer> buffers) {
  std::vector<BufferSpec> specs;
  for (const KernelSignature::Buffer &b : buffers)
    specs.push_back({*kindOf(b.element), std::vector<int64_t>(b.shape.begin(), b.shape.end())});
  return specs;
}

} // namespace

std::string mlir::numjit::detail::printOp(Operation *op, bool withLocations) {
  std::string text;
  llvm::raw_string_ostream os(text);
  OpPrintingFlags flags;
  if (withLocations)
    flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
  op->print(os, flags);
  return text;
}

namespace {

/// Adds the time since its last mark to a CompileTimes field, when timing.
class PhaseClock {
public:
  explicit PhaseClock(CompileTimes *times) : times(times) {}
  void mark(double CompileTimes::*phase) {
    if (!times)
      return;
    times->*phase += millisecondsSince(last);
    last = std::chrono::steady_clock::now();
  }

private:
  CompileTimes *times;
  std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
};

std::string printModule(const llvm::Module &m) {
  std::string text;
  llvm::raw_string_ostream os(text);
  m.print(os, nullptr);
  return text;
}

#ifdef NDEBUG
constexpr bool kVerifyEachPass = false;
#else
constexpr bool kVerifyEachPass = true;
#endif

} // namespace

LogicalResult mlir::numjit::detail::runStage(
    ModuleOp module, Stage stage, llvm::function_ref<void(OpPassManager &)> build,
    const CompileOptions &options) {
  PassManager pm(module.getContext());
  pm.enableVerifier(kVerifyEachPass);
  build(pm);
  if (failed(pm.run(module)))
    return failure();
  if (options.onStage)
    options.onStage(stage, printOp(module, stage <= Stage::Transformed));
  if (options.onGraph && stage == Stage::Fused)
    options.onGraph(stage, detail::drawGraph(module));
  return success();
}

LogicalResult mlir::numjit::detail::runFrontStages(ModuleOp module,
                                                   const CompileOptions &options) {
  if (options.onStage)
    options.onStage(Stage::Traced, printOp(module, /*withLocations=*/true));
  if (options.onGraph)
    options.onGraph(Stage::Traced, detail::drawGraph(module));
  return success(
      succeeded(runStage(module, Stage::Transformed,
                         [&](OpPassManager &pm) {
                           if (options.transforms)
                             options.transforms(pm);
                           addCleanupPasses(pm);
                         },
                         options)) &&
      succeeded(runStage(module, Stage::Linalg, buildLowerToLinalgPipeline, options)));
}

namespace {
/// Stages 2-7 (without the entry point) in one pass manager, pooled per
/// context and pipeline options: building the passes, and above all the
/// canonicalizer's pattern sets, costs more than running them on a small
/// kernel.
struct PipelinePool {
  std::mutex mutex;
  std::vector<std::unique_ptr<PassManager>> idle;
};

} // namespace

LogicalResult mlir::numjit::detail::runPooled(ModuleOp module, StringRef key,
                                              function_ref<void(OpPassManager &)> build) {
  MLIRContext *ctx = module.getContext();
  auto pool = std::static_pointer_cast<PipelinePool>(
      ctx->getOrLoadDialect<NumjitDialect>()->getOrCreateCache(
          key, [] { return std::make_shared<PipelinePool>(); }));
  std::unique_ptr<PassManager> pm;
  {
    std::lock_guard<std::mutex> lock(pool->mutex);
    if (!pool->idle.empty()) {
      pm = std::move(pool->idle.back());
      pool->idle.pop_back();
    }
  }
  if (!pm) {
    pm = std::make_unique<PassManager>(ctx);
    pm->enableVerifier(kVerifyEachPass);
    build(*pm);
  }
  LogicalResult result = pm->run(module);
  std::lock_guard<std::mutex> lock(pool->mutex);
  pool->idle.push_back(std::move(pm));
  return result;
}

namespace {
LogicalResult runPooledPipeline(ModuleOp module, const PipelineOptions &options) {
  return runPooled(module, "numjit.cpu-pipeline." + options.key(), [&](OpPassManager &pm) {
    addCleanupPasses(pm);
    buildLowerToLinalgPipeline(pm);
    buildFusionPipeline(pm, options);
    buildBufferizePipeline(pm);
    buildLowerToLoopsPipeline(pm, options);
    buildLowerToLLVMDialectPipeline(pm, options);
  });
}

LogicalResult emitEntry(ModuleOp module, StringRef function, StringRef entry,
                        StringRef interface) {
  std::string key = ("numjit.emit-entry." + function + "." + entry + "." + interface).str();
  return runPooled(module, key, [&](OpPassManager &pm) {
    addEmitEntryPass(pm, function, entry, interface);
  });
}
} // namespace

/// A sharded function (numjit-partition) takes and returns each rank's
/// blocks: the split dimensions of its buffers are mesh-size times smaller.
static LogicalResult localBlocks(Operation *func, KernelInterface &interface) {
  auto mesh = func->getAttrOfType<DenseI64ArrayAttr>("numjit.mesh");
  if (!mesh || mesh.size() != 2 || mesh[0] <= 1)
    return success();
  for (auto [name, specs] : {std::pair{"numjit.shard_in", &interface.inputs},
                             std::pair{"numjit.shard_out", &interface.outputs}}) {
    auto dims = func->getAttrOfType<DenseI64ArrayAttr>(name);
    if (!dims || dims.size() != int64_t(specs->size()))
      return func->emitOpError("has no valid ") << name;
    for (auto [spec, d] : llvm::zip(*specs, dims.asArrayRef())) {
      if (d < 0)
        continue;
      int64_t &n = spec.shape[size_t(d)];
      if (n < 0 || n % mesh[0] != 0)
        return func->emitOpError("cannot split a dimension of size ")
               << n << " over " << mesh[0] << " ranks (a split size must be static)";
      n /= mesh[0];
    }
  }
  return success();
}

FailureOr<KernelInterface> mlir::numjit::getKernelInterface(Operation *func) {
  FailureOr<KernelSignature> signature = readKernelSignature(func);
  if (failed(signature))
    return failure();
  KernelInterface result;
  result.inputs = toSpecs(signature->inputs);
  result.outputs = toSpecs(signature->outputs);
  result.symbols.assign(signature->symbols.begin(), signature->symbols.end());
  return result;
}

std::string mlir::numjit::cpuTargetOf(const CompileOptions &options) {
  // A CUDA target's host code runs on this CPU (JIT) or on any x86-64 (AOT).
  if (isCudaTarget(options.target))
    return options.interface == "args" ? "host" : "x86-64";
  return options.target;
}

bool mlir::numjit::isKnownTarget(StringRef target) {
  return target == "host" || isCudaTarget(target) || target == "x86-64" || target == "x86-64-v2" ||
         target == "x86-64-v3" || target == "x86-64-v4" ||
         target == "aarch64-linux-gnu";
}

FailureOr<CompiledModule>
mlir::numjit::compileToLLVM(ModuleOp original, const CompileOptions &requested,
                            StringRef entryName, llvm::LLVMContext &llvmContext) {
  if (!isKnownTarget(requested.target))
    return original.emitError("unknown target '")
           << requested.target
           << "' (host, x86-64, x86-64-v2, x86-64-v3, x86-64-v4, "
              "aarch64-linux-gnu, cuda:sm_XX)";
  PhaseClock clock(requested.times);
  bool cuda = isCudaTarget(requested.target);
  std::string hostTarget = cpuTargetOf(requested);
  auto tm = detail::targetMachine(hostTarget, requested.optLevel);
  if (!tm)
    return original.emitError("cannot create the target machine for '")
           << hostTarget << "': " << llvm::toString(tm.takeError());
  // What the target machine can do decides two pipeline options: bf16
  // rounding in one instruction, and (for JIT kernels, which the runtime's
  // symbols are defined for) bf16 matrix products on numjit_sbgemm.
  // Whether the target is an x86 CPU with all of `features`.
  auto x86With = [&](StringRef features) {
    return (*tm)->getTargetTriple().isX86() &&
           (*tm)->getMCSubtargetInfo()->checkFeatures(features);
  };
  CompileOptions options = requested;
  options.pipeline.nativeBF16 = !cuda && x86With("+avx512bf16,+avx512vl");
  options.pipeline.fastLdexp = !cuda && x86With("+avx512f");
  options.pipeline.bf16Gemm =
      options.pipeline.nativeBF16 && options.pipeline.blas && options.interface == "args";
  // A traced module compiles in the compile context (jit/CompileContext.h),
  // which outlives the copy; its diagnostics go back to the trace's.
  std::optional<detail::CompileContextLease> lease;
  std::optional<detail::ForwardedDiagnostics> forwarded;
  OwningOpRef<ModuleOp> owned;
  if (detail::needsCompileContext(original.getContext())) {
    lease.emplace(/*gpu=*/cuda);
    forwarded.emplace(lease->context(), *original.getContext());
    owned = detail::copyIntoContext(original, lease->context());
    if (!owned)
      return failure();
  } else {
    owned = original.clone();
  }
  ModuleOp module = *owned;

  // Pick the function and drop every other one, so the object defines no
  // symbol but the entry.
  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  func::FuncOp func;
  for (func::FuncOp f : funcs)
    if (options.function.empty() ? funcs.size() == 1
                                 : f.getSymName() == options.function)
      func = f;
  if (!func) {
    if (options.function.empty())
      return original.emitError("the module has ")
             << funcs.size()
             << " functions; name the one to compile (CompileOptions::function)";
    return original.emitError("no func.func named '")
           << options.function << "' in the module";
  }
  if (func.isExternal())
    return func.emitError("cannot compile a function without a body");
  for (func::FuncOp f : funcs)
    if (f != func)
      f.erase();

  CompiledModule result;
  FailureOr<KernelInterface> interface = getKernelInterface(func);
  if (failed(interface) || failed(localBlocks(func, *interface)))
    return failure();
  static_cast<KernelInterface &>(result) = std::move(*interface);
  std::string funcName = func.getSymName().str();

  // Builders may have made invalid IR; each pass then keeps it valid (and
  // checks so in debug builds).
  if (failed(verify(module)))
    return failure();
  if (cuda) {
    if (failed(detail::runGpuStages(module, funcName, entryName, options)))
      return failure();
  } else if (!options.onStage && !options.transforms) {
    if (failed(runPooledPipeline(module, options.pipeline)) ||
        failed(emitEntry(module, funcName, entryName, options.interface)))
      return failure();
  } else {
    const PipelineOptions &pipeline = options.pipeline;
    if (failed(runFrontStages(module, options)) ||
        failed(runStage(module, Stage::Fused,
                        [&](OpPassManager &pm) { buildFusionPipeline(pm, pipeline); },
                        options)) ||
        failed(runStage(module, Stage::Bufferized, buildBufferizePipeline,
                        options)) ||
        failed(runStage(module, Stage::Loops,
                        [&](OpPassManager &pm) { buildLowerToLoopsPipeline(pm, pipeline); },
                        options)) ||
        failed(runStage(module, Stage::LLVMDialect,
                        [&](OpPassManager &pm) {
                          buildLowerToLLVMPipeline(pm, funcName, entryName,
                                                   options.interface, pipeline);
                        },
                        options)))
      return failure();
  }

  clock.mark(&CompileTimes::mlir);
  // A JIT kernel without threads (no omp op) takes the quick LLVM passes.
  bool quick = options.interface == "args" && options.optLevel == 2 && !cuda &&
               !module
                    .walk([](Operation *op) {
                      return isa<omp::OpenMPDialect>(op->getDialect()) ? WalkResult::interrupt()
                                                                       : WalkResult::advance();
                    })
                    .wasInterrupted();
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmContext, entryName);
  if (!llvmModule)
    return original.emitError("translation to LLVM IR failed");
  // The JIT loads the kernels itself; an AOT object keeps the constructor.
  if (cuda && options.interface == "args")
    detail::exportGpuModuleInit(*llvmModule, entryName);
  llvmModule->setDataLayout((*tm)->createDataLayout());
  llvmModule->setTargetTriple((*tm)->getTargetTriple());
  // LLVM's tuning for several AVX-512 CPUs keeps vectors at 256 bits; the
  // polynomial math (exp, tanh) of numjit's kernels runs about 1.4x faster
  // at 512 (a row sum of exp: 1.53 -> 1.13 ms for 4096x1024 here).
  if (x86With("+avx512f"))
    for (llvm::Function &fn : *llvmModule)
      if (!fn.isDeclaration())
        fn.addFnAttr("prefer-vector-width", "512");
  clock.mark(&CompileTimes::translate);
  // A small kernel's first tier goes to code generation unoptimized (its
  // IR kept for the tier-up); the others are optimized now.
  if (quick && options.baseline && !options.onStage && detail::suitsBaseline(*llvmModule)) {
    result.bitcode = detail::writeBitcode(*llvmModule);
  } else if (llvm::Error error = detail::optimizeKernel(
                 *llvmModule, **tm, options.optLevel, quick,
                 /*nontemporal=*/options.pipeline.alignedOutputBytes > 0 && !cuda)) {
    return original.emitError(llvm::toString(std::move(error)));
  }
  clock.mark(&CompileTimes::optimize);
  if (options.onStage) {
    options.onStage(Stage::LLVMIR, printModule(*llvmModule));
    llvm::SmallVector<char, 0> assembly;
    std::unique_ptr<llvm::Module> copy = llvm::CloneModule(*llvmModule);
    if (!detail::emitFile(*copy, **tm, llvm::CodeGenFileType::AssemblyFile, assembly))
      return original.emitError("the target cannot emit assembly");
    options.onStage(Stage::Assembly, StringRef(assembly.data(), assembly.size()));
  }
  result.module = std::move(llvmModule);
  return result;
}

FailureOr<CompiledObject>
mlir::numjit::compileToObject(ModuleOp module, const CompileOptions &options,
                              StringRef entryName) {
  llvm::LLVMContext llvmContext;
  FailureOr<CompiledModule> compiled =
      compileToLLVM(module, options, entryName, llvmContext);
  if (failed(compiled))
    return failure();
  PhaseClock clock(options.times);
  // The baseline tier: instruction selection without optimization.
  FailureOr<std::unique_ptr<llvm::MemoryBuffer>> object =
      emitObject(*compiled->module, cpuTargetOf(options), module.getLoc(),
                 compiled->bitcode ? 0 : options.optLevel);
  if (failed(object))
    return failure();
  clock.mark(&CompileTimes::codegen);
  CompiledObject result;
  result.bitcode = std::move(compiled->bitcode);
  static_cast<KernelInterface &>(result) = std::move(*compiled);
  result.object = std::move(*object);
  return result;
}
