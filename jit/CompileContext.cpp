//===- CompileContext.cpp - Separate contexts for tracing and compiling ---===//

#include "jit/CompileContext.h"

#include "codegen/Passes.h"
#include "ir/NumjitDialect.h"
#include "jit/Compiler.h"
#include "jit/Engine.h"

#include "mlir/Bytecode/BytecodeReader.h"
#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <mutex>

using namespace mlir;
using namespace mlir::numjit;

std::unique_ptr<MLIRContext> mlir::numjit::createContext() {
  DialectRegistry registry;
  registerCodegenDialects(registry);
  auto context = std::make_unique<MLIRContext>(registry);
  context->loadAllAvailableDialects();
  return context;
}

/// The compile context of host kernels: every dialect but the GPU's (gpu,
/// nvvm), whose loading took about 0.7 ms of a process's first compile.
/// No pass of the host pipelines depends on them, so none loads them while
/// other threads compile in the context.
///
/// Without a thread pool: a kernel's module has one or two functions, too
/// few for MLIR to run their passes in parallel, and going through the pool
/// cost about 0.2 ms a compile (0.8 ms the first, which starts its
/// threads). As in the trace context, threads may still share it: its
/// uniquers lock whatever the setting, and every dialect and op name is
/// loaded before the first compile, so nothing a pass does changes the
/// context's tables.
static std::unique_ptr<MLIRContext> createHostCompileContext() {
  DialectRegistry registry;
  registerCodegenDialects(registry);
  auto context = std::make_unique<MLIRContext>(registry, MLIRContext::Threading::DISABLED);
  for (StringRef name : registry.getDialectNames())
    if (name != "gpu" && name != "nvvm")
      context->getOrLoadDialect(name);
  return context;
}

std::unique_ptr<MLIRContext> mlir::numjit::createTraceContext() {
  DialectRegistry registry;
  registry.insert<NumjitDialect, func::FuncDialect>();
  // No pass runs here, so no thread pool either.
  auto context = std::make_unique<MLIRContext>(registry, MLIRContext::Threading::DISABLED);
  context->loadAllAvailableDialects();
  return context;
}

bool mlir::numjit::detail::needsCompileContext(MLIRContext *context) {
  return !context->getLoadedDialect<LLVM::LLVMDialect>();
}

namespace {
using mlir::numjit::detail::SharedContext;

/// Compiles a compile context serves before it is replaced (at a moment
/// when no lease is alive). Making one again, with its pooled pipelines,
/// costs about 10 ms.
constexpr uint64_t kCompileContextUses = 1024;

SharedContext &compileContext(bool gpu) {
  // Never destroyed: kernels may be compiled from static destructors.
  static SharedContext &host =
      *new SharedContext(createHostCompileContext, kCompileContextUses, "compile");
  static SharedContext &withGpu =
      *new SharedContext(createContext, kCompileContextUses, "GPU compile");
  return gpu ? withGpu : host;
}

/// `loc`, rebuilt in `to`: file positions, names, call sites and fusions
/// (what numjit's locations are made of); anything else becomes unknown.
Location translate(Location loc, MLIRContext *to) {
  if (auto file = dyn_cast<FileLineColLoc>(loc))
    return FileLineColLoc::get(to, file.getFilename().getValue(), file.getLine(),
                               file.getColumn());
  if (auto name = dyn_cast<NameLoc>(loc))
    return NameLoc::get(StringAttr::get(to, name.getName().getValue()),
                        translate(name.getChildLoc(), to));
  if (auto call = dyn_cast<CallSiteLoc>(loc))
    return CallSiteLoc::get(translate(call.getCallee(), to), translate(call.getCaller(), to));
  if (auto fused = dyn_cast<FusedLoc>(loc)) {
    SmallVector<Location> parts;
    for (Location part : fused.getLocations())
      parts.push_back(translate(part, to));
    return FusedLoc::get(to, parts);
  }
  return UnknownLoc::get(to);
}
} // namespace

MLIRContext &mlir::numjit::detail::SharedContext::acquire() {
  std::lock_guard lock(mutex_);
  if (!context_ || (holds_ == 0 && served_ >= uses_)) {
    context_.reset(); // the old one's memory first, then the new one
    auto start = std::chrono::steady_clock::now();
    context_ = make_();
    if (compileTimingEnabled())
      llvm::errs() << llvm::format("numjit: %s context made in %.2f ms\n", name_,
                                   millisecondsSince(start));
    served_ = 0;
  }
  ++holds_;
  ++served_;
  return *context_;
}

void mlir::numjit::detail::SharedContext::release() {
  std::lock_guard lock(mutex_);
  --holds_;
}

mlir::numjit::detail::CompileContextLease::CompileContextLease(bool gpu)
    : gpu_(gpu), context_(&compileContext(gpu).acquire()) {}

mlir::numjit::detail::CompileContextLease::~CompileContextLease() {
  compileContext(gpu_).release();
}

OwningOpRef<ModuleOp> mlir::numjit::detail::copyIntoContext(ModuleOp module, MLIRContext &context) {
  std::string bytes;
  llvm::raw_string_ostream os(bytes);
  if (failed(writeBytecodeToFile(module, os))) {
    module.emitError("could not write the module as bytecode for the compile context");
    return nullptr;
  }
  Block block;
  ParserConfig config(&context);
  if (failed(readBytecodeFile(llvm::MemoryBufferRef(bytes, "trace"), &block, config)) ||
      !llvm::hasSingleElement(block) || !isa<ModuleOp>(block.front())) {
    module.emitError("could not read the module back in the compile context");
    return nullptr;
  }
  auto copy = cast<ModuleOp>(block.front());
  copy->remove();
  return copy;
}

mlir::numjit::detail::ForwardedDiagnostics::ForwardedDiagnostics(MLIRContext &from, MLIRContext &to)
    : to_(to), handler_(&from, [this](Diagnostic &d) {
        if (std::this_thread::get_id() != thread_)
          return failure(); // another thread's: its own forwarder takes it
        InFlightDiagnostic copy =
            to_.getDiagEngine().emit(translate(d.getLocation(), &to_), d.getSeverity());
        copy << d.str();
        for (Diagnostic &note : d.getNotes())
          copy.attachNote(translate(note.getLocation(), &to_)) << note.str();
        return success();
      }) {}
