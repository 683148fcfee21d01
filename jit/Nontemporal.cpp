//===- Nontemporal.cpp - Streaming stores into large aligned outputs ------===//
//
// After LLVM's optimization, a kernel whose large outputs were promised
// 64-byte aligned (numjit-assume-aligned-outputs) has vector stores into
// them that LLVM knows are aligned. Marking those `!nontemporal` makes the
// x86 backend emit streaming stores (vmovntps), which skip reading each
// output line before writing it: a quarter less memory traffic on W1. A
// store counts when its pointer is based on one masked to 64-byte
// alignment (numjit-alignment-to-ptrmask's restated promise) and is aligned
// to its own size. Streaming stores are weakly
// ordered, so each function that has them fences (sfence) before it
// returns, before another thread (or the caller) can read the output.
//
//===----------------------------------------------------------------------===//

#include "jit/Compiler.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/IntrinsicsX86.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"

unsigned mlir::numjit::detail::useNontemporalStores(llvm::Module &module) {
  if (!llvm::Triple(module.getTargetTriple()).isX86())
    return 0;
  unsigned marked = 0;
  llvm::MDNode *one = llvm::MDNode::get(
      module.getContext(),
      llvm::ConstantAsMetadata::get(llvm::ConstantInt::get(
          llvm::Type::getInt32Ty(module.getContext()), 1)));
  for (llvm::Function &fn : module) {
    if (fn.isDeclaration())
      continue;
    // The pointers promised aligned (numjit-alignment-to-ptrmask restated
    // each promise as a ptrmask), by the objects they are based on.
    llvm::SmallPtrSet<const llvm::Value *, 8> aligned;
    for (llvm::Instruction &inst : llvm::instructions(fn))
      if (auto *mask = llvm::dyn_cast<llvm::IntrinsicInst>(&inst))
        if (mask->getIntrinsicID() == llvm::Intrinsic::ptrmask)
          if (auto *bits = llvm::dyn_cast<llvm::ConstantInt>(mask->getArgOperand(1)))
            if (bits->getValue().countr_zero() >= 6)
              aligned.insert(llvm::getUnderlyingObject(mask));
    if (aligned.empty())
      continue;
    unsigned before = marked;
    for (llvm::Instruction &inst : llvm::instructions(fn)) {
      auto *store = llvm::dyn_cast<llvm::StoreInst>(&inst);
      if (!store || !store->getValueOperand()->getType()->isVectorTy())
        continue;
      uint64_t bytes =
          module.getDataLayout().getTypeStoreSize(store->getValueOperand()->getType());
      if (bytes < 16 || store->getAlign().value() < bytes ||
          !aligned.contains(llvm::getUnderlyingObject(store->getPointerOperand())))
        continue;
      store->setMetadata(llvm::LLVMContext::MD_nontemporal, one);
      ++marked;
    }
    if (marked == before)
      continue;
    llvm::Function *sfence =
        llvm::Intrinsic::getOrInsertDeclaration(&module, llvm::Intrinsic::x86_sse_sfence);
    for (llvm::BasicBlock &block : fn)
      if (auto *ret = llvm::dyn_cast<llvm::ReturnInst>(block.getTerminator()))
        llvm::IRBuilder<>(ret).CreateCall(sfence);
  }
  return marked;
}
