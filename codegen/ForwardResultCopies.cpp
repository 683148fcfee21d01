//===- ForwardResultCopies.cpp - Results computed in their out-parameters --===//
//
// buffer-results-to-out-params hoists a returned allocation into the
// out-parameter only when the function returns the allocation itself. A
// result that leaves a loop as its carry (cumsum, argsort, scatter, while)
// is returned through the loop, so it is computed into an allocation and
// copied into the out-parameter at the end: a whole extra write and read
// of the result, and an allocation whose pages fault in on every call.
// Here such an allocation is replaced by the out-parameter itself.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITFORWARDRESULTCOPIES
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {

/// Whether `copy` moves an allocation of this function into an
/// out-parameter that nothing else uses, the allocation being used after
/// the copy only by deallocations.
bool isForwardable(memref::CopyOp copy, func::FuncOp func) {
  auto out = dyn_cast<BlockArgument>(copy.getTarget());
  auto alloc = copy.getSource().getDefiningOp<memref::AllocOp>();
  if (!out || out.getOwner() != &func.front() || !alloc || !out.hasOneUse() ||
      alloc->getBlock() != &func.front() || alloc.getType() != out.getType() ||
      copy->getBlock() != &func.front())
    return false;
  for (Operation *user : alloc->getUsers()) {
    if (user == copy.getOperation() || isa<memref::DeallocOp>(user))
      continue;
    // Every other use comes before the copy.
    Operation *top = func.front().findAncestorOpInBlock(*user);
    if (!top || !top->isBeforeInBlock(copy))
      return false;
  }
  return true;
}

struct ForwardResultCopiesPass
    : numjit::impl::NumjitForwardResultCopiesBase<ForwardResultCopiesPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    SmallVector<memref::CopyOp> copies;
    for (auto copy : func.front().getOps<memref::CopyOp>())
      if (isForwardable(copy, func))
        copies.push_back(copy);
    for (memref::CopyOp copy : copies) {
      auto alloc = copy.getSource().getDefiningOp<memref::AllocOp>();
      Value out = copy.getTarget();
      copy.erase();
      for (Operation *user : llvm::make_early_inc_range(alloc->getUsers()))
        if (isa<memref::DeallocOp>(user))
          user->erase();
      alloc.getResult().replaceAllUsesWith(out);
      alloc.erase();
    }
  }
};

} // namespace
