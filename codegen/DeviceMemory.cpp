//===- DeviceMemory.cpp - Host buffers of a GPU kernel to device memory ---===//
//
// Once every loop runs in a gpu.launch, the host code of a kernel only
// allocates, frees and passes buffers; they must live on the device:
//
//   memref.alloc   => gpu.alloc        memref.dealloc => gpu.dealloc
//   memref.get_global @c (a constant) => gpu.alloc + gpu.memcpy from @c,
//                                        freed before the function returns
//   memref.load %d[] (a branch's or a loop's predicate, read on the host)
//                  => gpu.memcpy of %d into a host memref.alloca, then a load
//   memref.store %v, %d[] (a symbolic size as a value, say)
//                  => a store into a host memref.alloca, then a gpu.memcpy
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

/// Whether buffer `v` is only read, written and passed on by host code
/// (the lists of pointers and flags the deallocation pipeline builds for
/// its helper): such a buffer stays in host memory.
bool isHostOnly(Value v) {
  return llvm::all_of(v.getUsers(), [](Operation *user) {
    if (auto cast = dyn_cast<memref::CastOp>(user))
      return isHostOnly(cast.getResult());
    return onHost(user) &&
           isa<memref::LoadOp, memref::StoreOp, memref::DeallocOp, func::CallOp>(user);
  });
}

/// The buffer `v` views through casts.
Value castSource(Value v) {
  while (auto cast = v.getDefiningOp<memref::CastOp>())
    v = cast.getSource();
  return v;
}

bool isHostAllocation(Value v) {
  v = castSource(v);
  return isa_and_nonnull<memref::AllocOp, memref::AllocaOp>(v.getDefiningOp()) && isHostOnly(v);
}

struct DeviceMemoryPass
    : numjit::impl::NumjitDeviceMemoryBase<DeviceMemoryPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    SmallVector<Operation *> ops;
    func.walk([&](Operation *op) {
      if (!onHost(op))
        return;
      if (isa<memref::AllocOp, memref::AllocaOp>(op) && !isHostOnly(op->getResult(0)))
        ops.push_back(op);
      auto dealloc = dyn_cast<memref::DeallocOp>(op);
      if (isa<memref::GetGlobalOp>(op) || (dealloc && !isHostAllocation(dealloc.getMemref())))
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
    if (failed(copyScalarsOnHost(func)))
      signalPassFailure();
  }

  /// Host code reads a scalar the device computed (scf.if's condition, an
  /// scf.while's) through a copy into a host stack buffer, and writes one
  /// (a symbolic size as a value) into a stack buffer copied over: every
  /// buffer the host holds is device memory by now.
  static LogicalResult copyScalarsOnHost(func::FuncOp func) {
    if (func.isPrivate()) // a helper on host buffers (deallocation's)
      return success();
    SmallVector<Operation *> accesses;
    WalkResult walk = func.walk([&](Operation *op) {
      if (!onHost(op) || !isa<memref::LoadOp, memref::StoreOp>(op))
        return WalkResult::advance();
      auto load = dyn_cast<memref::LoadOp>(op);
      Value buffer = load ? load.getMemref() : cast<memref::StoreOp>(op).getMemref();
      if (isHostAllocation(buffer))
        return WalkResult::advance();
      if (cast<MemRefType>(buffer.getType()).getRank() == 0) {
        accesses.push_back(op);
        return WalkResult::advance();
      }
      op->emitOpError("accesses device memory from the host; only a scalar (rank-0) "
                      "buffer, such as a branch's or a loop's predicate, is copied");
      return WalkResult::interrupt();
    });
    if (walk.wasInterrupted())
      return failure();
    for (Operation *op : accesses) {
      // The stack buffer is made once, at the top: not once per iteration
      // of the loop the access may sit in.
      OpBuilder b = OpBuilder::atBlockBegin(&func.getBody().front());
      Location loc = op->getLoc();
      if (auto load = dyn_cast<memref::LoadOp>(op)) {
        auto host = memref::AllocaOp::create(b, loc, load.getMemRefType());
        b.setInsertionPoint(load);
        deviceCopy(b, loc, host, load.getMemref());
        load.getMemrefMutable().assign(host);
      } else {
        auto store = cast<memref::StoreOp>(op);
        auto host = memref::AllocaOp::create(b, loc, store.getMemRefType());
        Value device = store.getMemref();
        store.getMemrefMutable().assign(host);
        b.setInsertionPointAfter(store);
        deviceCopy(b, loc, device, host);
      }
    }
    return success();
  }
};
} // namespace
