//===- DeviceMemory.cpp - Host buffers of a GPU kernel to device memory ---===//
//
// Once every loop runs in a gpu.launch, the host code of a kernel only
// allocates, frees and passes buffers; they must live on the device:
//
//   memref.alloc   => gpu.alloc        memref.dealloc => gpu.dealloc
//   memref.get_global @c (a constant) => gpu.alloc + gpu.memcpy from @c,
//                                        freed before the function returns
//
// each in its async form, waited for at once (the runtime puts all work
// on one stream, so the waits cost nothing).
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITDEVICEMEMORY
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
bool onHost(Operation *op) { return !op->getParentOfType<gpu::LaunchOp>(); }

/// Emits the async form of a gpu memory op (the only one gpu-to-llvm
/// lowers) on a fresh stream that is waited for right after:
/// `%t = gpu.wait async; %r, %t2 = op async [%t]; gpu.wait [%t2]`.
/// `build` gets the token type and the dependency and returns the op.
template <typename Build>
Operation *synchronously(OpBuilder &b, Location loc, Build build) {
  Type token = gpu::AsyncTokenType::get(b.getContext());
  auto start = gpu::WaitOp::create(b, loc, token, ValueRange{});
  Operation *op = build(token, start.getAsyncToken());
  gpu::WaitOp::create(b, loc, Type(), op->getResults().back());
  return op;
}

Value deviceAlloc(OpBuilder &b, Location loc, MemRefType type, ValueRange sizes) {
  Operation *op = synchronously(b, loc, [&](Type token, Value dep) {
    return gpu::AllocOp::create(b, loc, type, token, ValueRange{dep}, sizes,
                                ValueRange{}, /*hostShared=*/false);
  });
  return cast<gpu::AllocOp>(op).getMemref();
}

void deviceFree(OpBuilder &b, Location loc, Value buffer) {
  synchronously(b, loc, [&](Type token, Value dep) {
    return gpu::DeallocOp::create(b, loc, token, ValueRange{dep}, buffer);
  });
}

void deviceCopy(OpBuilder &b, Location loc, Value to, Value from) {
  synchronously(b, loc, [&](Type token, Value dep) {
    return gpu::MemcpyOp::create(b, loc, token, ValueRange{dep}, to, from);
  });
}

struct DeviceMemoryPass
    : numjit::impl::NumjitDeviceMemoryBase<DeviceMemoryPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    SmallVector<Operation *> ops;
    func.walk([&](Operation *op) {
      if (isa<memref::AllocOp, memref::AllocaOp, memref::DeallocOp,
              memref::GetGlobalOp>(op) &&
          onHost(op))
        ops.push_back(op);
    });
    SmallVector<Value> constants;
    for (Operation *op : ops) {
      OpBuilder b(op);
      Location loc = op->getLoc();
      if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
        op->getResult(0).replaceAllUsesWith(
            deviceAlloc(b, loc, alloc.getType(), alloc.getDynamicSizes()));
      } else if (auto alloca = dyn_cast<memref::AllocaOp>(op)) {
        // A stack buffer on the host: make it a device buffer freed at the
        // end (allocas are scoped to the function here).
        Value buffer = deviceAlloc(b, loc, alloca.getType(), alloca.getDynamicSizes());
        op->getResult(0).replaceAllUsesWith(buffer);
        constants.push_back(buffer);
      } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
        deviceFree(b, loc, dealloc.getMemref());
      } else {
        auto global = cast<memref::GetGlobalOp>(op);
        b.setInsertionPointAfter(op);
        Value buffer = deviceAlloc(b, loc, global.getType(), {});
        global.getResult().replaceAllUsesWith(buffer);
        deviceCopy(b, loc, buffer, global.getResult());
        constants.push_back(buffer);
        continue;
      }
      op->erase();
    }
    func.walk([&](func::ReturnOp ret) {
      OpBuilder b(ret);
      for (Value buffer : constants)
        deviceFree(b, ret.getLoc(), buffer);
    });
  }
};
} // namespace
