//===- BufferDeallocation.cpp - Deallocation only where something is allocated ===//
//
// MLIR's buffer deallocation pipeline as a dynamic pipeline, run only on a
// module that allocates: most small kernels write straight into their
// output buffers (buffer-results-to-out-params) and allocate nothing.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Pass/PassManager.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITBUFFERDEALLOCATION
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {

struct BufferDeallocationPass
    : numjit::impl::NumjitBufferDeallocationBase<BufferDeallocationPass> {
  BufferDeallocationPass() : pipeline(ModuleOp::getOperationName()) {
    bufferization::buildBufferDeallocationPipeline(pipeline);
  }
  BufferDeallocationPass(const BufferDeallocationPass &other)
      : NumjitBufferDeallocationBase(other), pipeline(other.pipeline) {}

  void getDependentDialects(DialectRegistry &registry) const override {
    pipeline.getDependentDialects(registry);
  }

  void runOnOperation() override {
    bool allocates = getOperation()
                         .walk([](Operation *op) {
                           return isa<memref::AllocOp, memref::ReallocOp>(op)
                                      ? WalkResult::interrupt()
                                      : WalkResult::advance();
                         })
                         .wasInterrupted();
    if (allocates && failed(runPipeline(pipeline, getOperation())))
      signalPassFailure();
  }

  OpPassManager pipeline;
};

} // namespace
