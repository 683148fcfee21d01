//===- EmitEntry.cpp - The kernel entry point -------------------*- C++ -*-===//
//
// Every kernel has one entry point, `void entry(void **args)`: args holds one
// data pointer per input, then one per output, each to a contiguous
// row-major buffer. The lowered function becomes internal with noalias
// pointer arguments, so LLVM inlines it into the entry and vectorizes freely.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITEMITENTRY
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
struct EmitEntryPass : numjit::impl::NumjitEmitEntryBase<EmitEntryPass> {
  using Base::Base;
  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(function);
    if (!func) {
      module.emitError("numjit-emit-entry: no llvm.func named '")
          << function << "'";
      return signalPassFailure();
    }
    MLIRContext *ctx = &getContext();
    auto ptrType = LLVM::LLVMPointerType::get(ctx);
    for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
      if (type != ptrType) {
        func.emitError("numjit-emit-entry: argument ")
            << i << " has type " << type
            << "; kernels take only buffer pointers";
        return signalPassFailure();
      }
      func.setArgAttr(i, LLVM::LLVMDialect::getNoAliasAttrName(),
                      UnitAttr::get(ctx));
    }
    func.setLinkage(LLVM::Linkage::Internal);

    OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
    Location loc = func.getLoc();
    auto entryType =
        LLVM::LLVMFunctionType::get(LLVM::LLVMVoidType::get(ctx), {ptrType});
    auto entryFn = LLVM::LLVMFuncOp::create(b, loc, entry, entryType);
    Block *body = entryFn.addEntryBlock(b);
    b.setInsertionPointToStart(body);
    SmallVector<Value> pointers;
    for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i) {
      Value slot = LLVM::GEPOp::create(b, loc, ptrType, ptrType,
                                       body->getArgument(0),
                                       ArrayRef<LLVM::GEPArg>{int32_t(i)});
      pointers.push_back(LLVM::LoadOp::create(b, loc, ptrType, slot));
    }
    LLVM::CallOp::create(b, loc, func, pointers);
    LLVM::ReturnOp::create(b, loc, ValueRange{});
  }
};
} // namespace
