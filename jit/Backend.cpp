//===- Backend.cpp - LLVM IR to objects: target machines, pipelines -------===//
//
// The LLVM half of the compiler: a TargetMachine per target, level and
// thread; LLVM's optimization (O2, or the quick passes for small JIT
// kernels); object and assembly emission.
//
//===----------------------------------------------------------------------===//

#include "jit/Compiler.h"

#include "llvm-c/Target.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"

#include <cstdlib>
#include <mutex>

using namespace mlir;
using namespace mlir::numjit;

namespace {

/// Registers the LLVM target that `target` (see CompileOptions::target)
/// compiles for, once: the host's own, x86 for the x86-64 levels, AArch64
/// for its cross target. All of LLVM's targets took 0.75-0.83 ms to
/// register here, x86 alone 0.13-0.15, on every process's first compile.
/// (MLIR's NVVM serialization registers NVPTX itself.)
void initializeTargets(StringRef target) {
  static std::once_flag native, x86, aarch64;
  if (target == "aarch64-linux-gnu") {
    std::call_once(aarch64, [] {
      LLVMInitializeAArch64TargetInfo();
      LLVMInitializeAArch64Target();
      LLVMInitializeAArch64TargetMC();
      LLVMInitializeAArch64AsmPrinter();
    });
  } else if (target == "host") {
    std::call_once(native, [] {
      llvm::InitializeNativeTarget();
      llvm::InitializeNativeTargetAsmPrinter();
    });
  } else {
    std::call_once(x86, [] {
      LLVMInitializeX86TargetInfo();
      LLVMInitializeX86Target();
      LLVMInitializeX86TargetMC();
      LLVMInitializeX86AsmPrinter();
    });
  }
}

llvm::CodeGenOptLevel codeGenLevel(unsigned optLevel) {
  return optLevel >= 3   ? llvm::CodeGenOptLevel::Aggressive
         : optLevel == 0 ? llvm::CodeGenOptLevel::None
                         : llvm::CodeGenOptLevel::Default;
}

/// A TargetMachine for `target` (see CompileOptions::target).
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createTargetMachine(StringRef target, unsigned optLevel) {
  initializeTargets(target);
  llvm::orc::JITTargetMachineBuilder builder{llvm::Triple()};
  if (target == "host") {
    // Detected once: 0.15-0.25 ms, and each thread and level makes its own
    // TargetMachine.
    static llvm::Expected<llvm::orc::JITTargetMachineBuilder> host =
        llvm::orc::JITTargetMachineBuilder::detectHost();
    if (!host)
      return llvm::createStringError(llvm::toString(host.takeError()));
    builder = *host;
  } else if (target.starts_with("x86-64")) {
    builder = llvm::orc::JITTargetMachineBuilder(llvm::Triple("x86_64-unknown-linux-gnu"));
    builder.setCPU(target.str());
  } else if (target == "aarch64-linux-gnu") {
    builder = llvm::orc::JITTargetMachineBuilder(llvm::Triple("aarch64-unknown-linux-gnu"));
    builder.setCPU("generic");
  } else {
    return llvm::createStringError("unknown target '" + target.str() + "'");
  }
  builder.setCodeGenOptLevel(codeGenLevel(optLevel));
  builder.setRelocationModel(llvm::Reloc::PIC_);
  // The small code model: RIP-relative constants, which cost no register
  // (movabs) in hot loops (GELU 12.4 vs 11.7 GB/s). numjit's loader
  // (jit/ObjectLoader.cpp) and ORC's JITLink both keep an object's sections
  // together and reach other symbols through their own GOT and stubs, so
  // the JIT can use it too.
  builder.setCodeModel(llvm::CodeModel::Small);
  // a * b + c rounds once (an FMA) only where the IR allows it (`contract`:
  // the products of dot_general). Contracting everywhere (FPOpFusion::Fast,
  // until 2026-12-06) rounded the same value differently in two fused
  // loops that both recompute it, and the gradient of max, which compares x
  // with max(x), then lost its winners (found by the frontend fuzzer).
  builder.getOptions().AllowFPOpFusion = llvm::FPOpFusion::Standard;
  return builder.createTargetMachine();
}

} // namespace

llvm::Expected<llvm::TargetMachine *> mlir::numjit::detail::targetMachine(StringRef target,
                                                                        unsigned optLevel) {
  thread_local llvm::StringMap<std::unique_ptr<llvm::TargetMachine>> machines;
  std::string key = target.str() + "/" + std::to_string(std::min(optLevel, 3u));
  std::unique_ptr<llvm::TargetMachine> &tm = machines[key];
  if (!tm) {
    auto created = createTargetMachine(target, optLevel);
    if (!created)
      return created.takeError();
    tm = std::move(*created);
  }
  return tm.get();
}

namespace {
/// LLVM's passes for a JIT kernel without a parallel loop: one whose loops
/// are all too small to be worth threads (numjit-parallelize-outer-loop), so
/// that it runs in microseconds and its compile time is what the user waits
/// for. They are O2's that these kernels need: clean-up, inlining the
/// kernel into its entry point (noalias buffers become alias scopes),
/// promoting accumulators to registers (licm, gvn; inferattrs first, so
/// that malloc'd temporaries are known not to alias), and the loop
/// vectorizer. On the W7 kernel they take about half of O2's time, and on
/// small softmax, logsumexp, dot, matmul, cumsum, gather, where, argsort and
/// grad kernels the code ran as fast as O2's (measured, docs/architecture.md).
constexpr const char *kQuickPasses =
    "inferattrs,function(sroa,early-cse<memssa>,instcombine<no-verify-fixpoint>,simplifycfg),"
    "always-inline,globaldce,"
    "function(sroa,early-cse<memssa>,instcombine<no-verify-fixpoint>,simplifycfg,"
    "loop-mssa(licm,loop-rotate,licm),gvn,loop-mssa(licm),loop-vectorize,"
    "instcombine<no-verify-fixpoint>,simplifycfg)";

} // namespace

namespace {
/// Runs `passes` (opt's -passes syntax), or else LLVM's O`optLevel`
/// pipeline, on `module`.
llvm::Error runPasses(llvm::Module &module, llvm::TargetMachine &tm, unsigned optLevel,
                      const char *passes) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&tm);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  if (passes) {
    llvm::ModulePassManager mpm;
    if (llvm::Error e = pb.parsePassPipeline(mpm, passes))
      return e;
    mpm.run(module, mam);
    return llvm::Error::success();
  }
  llvm::OptimizationLevel level = optLevel == 1   ? llvm::OptimizationLevel::O1
                                  : optLevel == 2 ? llvm::OptimizationLevel::O2
                                                  : llvm::OptimizationLevel::O3;
  pb.buildPerModuleDefaultPipeline(level).run(module, mam);
  return llvm::Error::success();
}
} // namespace

llvm::Error mlir::numjit::detail::optimizeModule(llvm::Module &module, llvm::TargetMachine &tm,
                                                 unsigned optLevel, bool quick) {
  if (optLevel == 0)
    return llvm::Error::success();
  const char *passes = std::getenv("NUMJIT_LLVM_PASSES");
  if (passes && *passes) {
    if (llvm::Error e = runPasses(module, tm, optLevel, passes))
      return llvm::createStringError("NUMJIT_LLVM_PASSES is not a pass pipeline: " +
                                     llvm::toString(std::move(e)));
    return llvm::Error::success();
  }
  return runPasses(module, tm, optLevel, quick ? kQuickPasses : nullptr);
}

llvm::Error mlir::numjit::detail::optimizeKernel(llvm::Module &module, llvm::TargetMachine &tm,
                                                 unsigned optLevel, bool quick,
                                                 bool nontemporal) {
  if (llvm::Error error = optimizeModule(module, tm, optLevel, quick))
    return error;
  const llvm::MCSubtargetInfo &cpu = *tm.getMCSubtargetInfo();
  bool x86 = tm.getTargetTriple().isX86();
  if (nontemporal)
    useNontemporalStores(module);
  if (x86 && cpu.checkFeatures("+avx512dq"))
    useRangeForMinMax(module, cpu.checkFeatures("+avx512vl"));
  return llvm::Error::success();
}

bool mlir::numjit::detail::emitFile(llvm::Module &module, llvm::TargetMachine &tm,
                                    llvm::CodeGenFileType type,
                                    llvm::SmallVectorImpl<char> &out) {
  llvm::raw_svector_ostream os(out);
  llvm::legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, os, nullptr, type))
    return false;
  pm.run(module);
  return true;
}

FailureOr<std::unique_ptr<llvm::MemoryBuffer>>
mlir::numjit::emitObject(llvm::Module &module, StringRef target, Location loc,
                         unsigned optLevel) {
  auto tm = numjit::detail::targetMachine(target, optLevel);
  if (!tm)
    return emitError(loc, "cannot create the target machine for '")
           << target << "': " << llvm::toString(tm.takeError());
  llvm::SmallVector<char, 0> object;
  if (!numjit::detail::emitFile(module, **tm, llvm::CodeGenFileType::ObjectFile, object))
    return emitError(loc, "the target cannot emit an object file");
  return llvm::MemoryBuffer::getMemBufferCopy(StringRef(object.data(), object.size()),
                                              module.getName());
}
