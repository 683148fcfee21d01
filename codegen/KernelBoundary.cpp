//===- KernelBoundary.cpp - Kernel arguments and results ------------------===//
//
// Two small passes that fix up a kernel's boundary so that every output is
// one buffer written once, and every buffer has a bare-pointer type.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITDISTINCTRESULTS
#define GEN_PASS_DEF_NUMJITEMPTYBUFFERARGS
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
struct DistinctResultsPass
    : numjit::impl::NumjitDistinctResultsBase<DistinctResultsPass> {
  void runOnOperation() override {
    getOperation().walk([](func::ReturnOp ret) {
      OpBuilder b(ret);
      llvm::SmallPtrSet<Value, 4> seen;
      for (OpOperand &operand : ret->getOpOperands()) {
        Value v = operand.get();
        auto type = dyn_cast<RankedTensorType>(v.getType());
        if (!type || seen.insert(v).second)
          continue;
        Value init = tensor::EmptyOp::create(b, ret.getLoc(), type.getShape(),
                                             type.getElementType());
        operand.set(linalg::CopyOp::create(b, ret.getLoc(), v, init).getResult(0));
      }
    });
  }
};

struct EmptyBufferArgsPass
    : numjit::impl::NumjitEmptyBufferArgsBase<EmptyBufferArgsPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    Block &entry = func.front();
    OpBuilder b = OpBuilder::atBlockBegin(&entry);
    SmallVector<Type> inputs(func.getArgumentTypes());
    for (auto [i, arg] : llvm::enumerate(entry.getArguments())) {
      auto type = dyn_cast<MemRefType>(arg.getType());
      if (!type || type.getRank() == 1 || !type.hasStaticShape() ||
          type.getNumElements() != 0)
        continue;
      Value stand_in = memref::AllocaOp::create(b, func.getLoc(), type);
      arg.replaceAllUsesWith(stand_in);
      auto flat = MemRefType::get({0}, type.getElementType());
      arg.setType(flat);
      inputs[i] = flat;
    }
    func.setType(FunctionType::get(&getContext(), inputs, func.getResultTypes()));
  }
};
} // namespace
