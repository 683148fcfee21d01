//===- Baseline.cpp - The baseline tier of small JIT kernels --------------===//
//
// A small kernel's first call waits for its compile, and most of that compile
// is LLVM's: on W7's five-op kernel (1,024 elements) the quick passes and
// code generation at the default level took about 3.4 ms here, code
// generation without optimization (FastISel, the fast register allocator)
// about 0.6. So a JIT kernel that runs for microseconds starts at this
// baseline tier, as V8's and the JVM's first tiers do: unoptimized code
// (scalar loops, values spilled) that is a few times quicker to make and a
// few times slower to run. Its LLVM IR is kept as bitcode, and the engine
// optimizes it at the kernel's NUMJIT_TIER_UP_CALLS-th call (jit/Engine.cpp).
//
// Which kernels: those that take the quick passes (no threads) and whose
// loops run at most kBaselineIterations iterations in all, each loop's
// count known at compile time; a kernel whose work cannot be bounded, or is
// larger, is optimized at once, since one call of its baseline code could
// cost more than the compile it saves.
//
// Both tiers must give the same bits, or a result would change after the
// tier-up. LLVM's passes and instruction selection keep IEEE semantics
// exactly unless the IR allows otherwise, so a kernel with fast-math flags
// (`contract` on dot_general's products, which one tier could fuse into an
// FMA and the other not) or llvm.fmuladd takes no baseline tier.
//
//===----------------------------------------------------------------------===//

#include "jit/Compiler.h"

#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Target/TargetMachine.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// The most loop iterations, all loops together, of a baseline kernel:
/// about 1 ms of W7's exp loop at the baseline tier, less than the compile
/// time it saves.
constexpr uint64_t kBaselineIterations = uint64_t(1) << 15;

/// Iterations of `loop` and the loops in it, `outer` times over; saturates
/// at kBaselineIterations + 1, which also stands for "unknown".
uint64_t iterations(llvm::Loop *loop, uint64_t outer, llvm::ScalarEvolution &se) {
  constexpr uint64_t kTooMany = kBaselineIterations + 1;
  uint64_t trips = se.getSmallConstantMaxTripCount(loop);
  if (trips == 0 || trips > kTooMany || outer * trips > kTooMany)
    return kTooMany;
  uint64_t total = outer * trips;
  for (llvm::Loop *inner : *loop)
    total = std::min(kTooMany, total + iterations(inner, outer * trips, se));
  return total;
}

/// Whether `function` computes the same at every optimization level (no
/// fast-math flags, no llvm.fmuladd).
bool hasExactSemantics(llvm::Function &function) {
  for (llvm::Instruction &inst : llvm::instructions(function)) {
    if (llvm::isa<llvm::FPMathOperator>(inst) && inst.getFastMathFlags().any())
      return false;
    if (auto *intrinsic = llvm::dyn_cast<llvm::IntrinsicInst>(&inst))
      if (intrinsic->getIntrinsicID() == llvm::Intrinsic::fmuladd)
        return false;
  }
  return true;
}
} // namespace

bool mlir::numjit::detail::suitsBaseline(llvm::Module &module) {
  llvm::TargetLibraryInfoImpl libraryInfo(module.getTargetTriple());
  uint64_t total = 0;
  for (llvm::Function &function : module) {
    if (function.isDeclaration())
      continue;
    if (!hasExactSemantics(function))
      return false;
    llvm::DominatorTree dominators(function);
    llvm::LoopInfo loops(dominators);
    if (loops.empty())
      continue;
    llvm::TargetLibraryInfo library(libraryInfo, &function);
    llvm::AssumptionCache assumptions(function);
    llvm::ScalarEvolution se(function, library, assumptions, dominators, loops);
    for (llvm::Loop *loop : loops) {
      total += iterations(loop, 1, se);
      if (total > kBaselineIterations)
        return false;
    }
  }
  return true;
}

std::unique_ptr<llvm::MemoryBuffer> mlir::numjit::detail::writeBitcode(const llvm::Module &module) {
  llvm::SmallVector<char, 0> bytes;
  llvm::raw_svector_ostream os(bytes);
  llvm::WriteBitcodeToFile(module, os);
  return llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(bytes.data(), bytes.size()),
                                              "numjit-baseline-bitcode");
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
mlir::numjit::detail::optimizeBaseline(llvm::MemoryBufferRef bitcode) {
  llvm::LLVMContext context;
  llvm::Expected<std::unique_ptr<llvm::Module>> module = llvm::parseBitcodeFile(bitcode, context);
  if (!module)
    return module.takeError();
  // What compileToLLVM does for a JIT host kernel that takes the quick
  // passes, from where the baseline tier stopped. (Streaming stores need
  // outputs promised aligned, which a module without them does not have.)
  auto tm = targetMachine("host", 2);
  if (!tm)
    return tm.takeError();
  if (llvm::Error error = optimizeKernel(**module, **tm, 2, /*quick=*/true,
                                         /*nontemporal=*/true))
    return error;
  llvm::SmallVector<char, 0> object;
  if (!emitFile(**module, **tm, llvm::CodeGenFileType::ObjectFile, object))
    return llvm::createStringError("the target cannot emit an object file");
  return llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(object.data(), object.size()),
                                              "numjit-optimized-kernel");
}
