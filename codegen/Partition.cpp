//===- Partition.cpp - Sharded jit through MLIR's shard dialect ----------===//
//
// A function traced for jit(f, nj::sharding(...)) carries `numjit.mesh =
// [size, rank]` and the split dimension of each argument and result
// (`numjit.shard_in`, `numjit.shard_out`, -1 for replicated). This pass
// annotates the arguments and results with shard.shard ops on a 1-d
// shard.grid, runs MLIR's sharding-propagation and shard-partition (the
// function then takes and returns each rank's blocks, and computes on
// them), and lowers the communication the partitioner inserted to numjit's
// collectives: shard.all_reduce -> numjit.all_reduce, shard.all_gather ->
// numjit.all_gather and a reshape into the gathered dimension,
// shard.all_slice -> this rank's tensor.extract_slice, and the process
// index -> the rank (each rank compiles its own kernel).
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "ir/NumjitOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Shard/IR/ShardDialect.h"
#include "mlir/Dialect/Shard/IR/ShardOps.h"
#include "mlir/Dialect/Shard/Transforms/Passes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITPARTITION
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;
using namespace mlir::numjit;

namespace {
constexpr StringLiteral kGrid = "numjit_mesh";

struct PartitionPass : numjit::impl::NumjitPartitionBase<PartitionPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<func::FuncOp> funcs;
    for (auto func : module.getOps<func::FuncOp>())
      if (func->hasAttr("numjit.mesh"))
        funcs.push_back(func);
    for (func::FuncOp func : funcs)
      if (failed(partition(module, func)))
        return signalPassFailure();
  }

  LogicalResult partition(ModuleOp module, func::FuncOp func) {
    auto mesh = func->getAttrOfType<DenseI64ArrayAttr>("numjit.mesh");
    auto in = func->getAttrOfType<DenseI64ArrayAttr>("numjit.shard_in");
    auto out = func->getAttrOfType<DenseI64ArrayAttr>("numjit.shard_out");
    if (!mesh || mesh.size() != 2 || !in || !out ||
        in.size() != int64_t(func.getNumArguments()) ||
        out.size() != int64_t(func.getNumResults()))
      return func.emitOpError("has a malformed numjit.mesh/shard_in/shard_out");
    int64_t size = mesh[0], rank = mesh[1];
    for (StringRef name : {"numjit.mesh", "numjit.shard_in", "numjit.shard_out"})
      func->removeAttr(name);
    if (size == 1) // one rank holds everything
      return success();
    OpBuilder b(module.getBodyRegion());
    if (!module.lookupSymbol(kGrid))
      shard::GridOp::create(b, module.getLoc(), kGrid, ArrayRef<int64_t>{size});

    // shard.shard on every argument and result.
    Location loc = func.getLoc();
    auto sharding = [&](OpBuilder &b, int64_t rank, int64_t dim) -> Value {
      SmallVector<shard::GridAxesAttr> axes;
      for (int64_t d = 0; d < std::max<int64_t>(rank, 1); ++d)
        axes.push_back(b.getDenseI16ArrayAttr(d == dim ? ArrayRef<int16_t>{0}
                                                       : ArrayRef<int16_t>{}));
      return shard::ShardingOp::create(b, loc, FlatSymbolRefAttr::get(b.getContext(), kGrid),
                                       axes);
    };
    Block &entry = func.front();
    b.setInsertionPointToStart(&entry);
    for (BlockArgument arg : entry.getArguments()) {
      auto type = cast<RankedTensorType>(arg.getType());
      Value annotated =
          shard::ShardOp::create(b, loc, arg, sharding(b, type.getRank(), in[arg.getArgNumber()]),
                                 UnitAttr());
      arg.replaceAllUsesExcept(annotated, annotated.getDefiningOp());
    }
    auto ret = cast<func::ReturnOp>(entry.getTerminator());
    b.setInsertionPoint(ret);
    for (OpOperand &operand : ret->getOpOperands()) {
      auto type = cast<RankedTensorType>(operand.get().getType());
      operand.set(shard::ShardOp::create(
          b, loc, operand.get(),
          sharding(b, type.getRank(), out[operand.getOperandNumber()]), b.getUnitAttr()));
    }

    // MLIR 22's partitioner aborts on a reduction that also yields values
    // indexed by its reduction loops (fusion avoids making them here).
    WalkResult unsupported = func.walk([](linalg::GenericOp op) {
      if (op.getNumLoops() != op.getNumParallelLoops() && op.getNumDpsInits() > 1)
        return WalkResult(op.emitOpError(
            "is a reduction with several results, which the shard partitioner "
            "cannot split"));
      return WalkResult::advance();
    });
    if (unsupported.wasInterrupted())
      return failure();
    OpPassManager pm(func::FuncOp::getOperationName());
    pm.addPass(shard::createShardingPropagation());
    pm.addPass(shard::createPartition());
    pm.addPass(createCanonicalizerPass());
    if (failed(runPipeline(pm, func)))
      return failure();

    // The communication the partitioner inserted.
    WalkResult walk = func.walk([&](Operation *op) -> WalkResult {
      if (!isa<shard::ShardDialect>(op->getDialect()))
        return WalkResult::advance();
      OpBuilder b(op);
      Value replacement;
      if (auto reduce = dyn_cast<shard::AllReduceOp>(op)) {
        std::optional<ReduceKind> kind;
        switch (reduce.getReduction()) {
        case shard::ReductionKind::Sum: kind = ReduceKind::sum; break;
        case shard::ReductionKind::Max: kind = ReduceKind::max; break;
        case shard::ReductionKind::Min: kind = ReduceKind::min; break;
        default: break;
        }
        if (!kind)
          return op->emitOpError("has a reduction numjit's collectives do not have");
        Value input = reduce.getInput();
        replacement = AllReduceOp::create(b, op->getLoc(), input.getType(), *kind, input,
                                          uint64_t(size));
      } else if (auto gather = dyn_cast<shard::AllGatherOp>(op)) {
        replacement = allGather(b, gather, size, rank);
      } else if (auto slice = dyn_cast<shard::AllSliceOp>(op)) {
        replacement = ownSlice(b, slice, rank);
      } else if (isa<shard::ProcessMultiIndexOp, shard::ProcessLinearIndexOp>(op)) {
        if (op->getNumResults() != 1)
          return op->emitOpError("on a mesh of more than one dimension");
        replacement = arith::ConstantIndexOp::create(b, op->getLoc(), rank);
      } else {
        return op->emitOpError("is communication numjit does not lower yet (its "
                               "collectives are all_reduce, all_gather and slices)");
      }
      op->getResult(0).replaceAllUsesWith(replacement);
      op->erase();
      return WalkResult::skip();
    });
    if (walk.wasInterrupted())
      return failure();
    if (Operation *grid = module.lookupSymbol(kGrid))
      grid->erase();
    return success();
  }

  /// The ranks' blocks stacked along a new leading dimension, moved to the
  /// gather axis and merged into it.
  static Value allGather(OpBuilder &b, shard::AllGatherOp op, int64_t size, int64_t rank) {
    Location loc = op.getLoc();
    Value input = op.getInput();
    auto type = cast<RankedTensorType>(input.getType());
    int64_t axis = op.getGatherAxis().getSExtValue();
    SmallVector<int64_t> stacked{size};
    llvm::append_range(stacked, type.getShape());
    Value g = AllGatherOp::create(b, loc, type.clone(stacked), input, uint64_t(size),
                                  uint64_t(rank));
    if (axis != 0) {
      // [P, d0, ..., dk, ...] -> [d0, ..., P, dk, ...]
      SmallVector<int64_t> perm, moved;
      for (int64_t d = 1; d <= type.getRank(); ++d) {
        if (d - 1 == axis)
          perm.push_back(0);
        perm.push_back(d);
      }
      for (int64_t p : perm)
        moved.push_back(stacked[size_t(p)]);
      Value init = tensor::EmptyOp::create(b, loc, moved, type.getElementType());
      g = linalg::TransposeOp::create(b, loc, g, init, perm).getResult()[0];
    }
    SmallVector<ReassociationIndices> groups;
    for (int64_t d = 0; d < type.getRank(); ++d) {
      if (d == axis)
        groups.push_back({d, d + 1});
      else
        groups.push_back({d < axis ? d : d + 1});
    }
    return tensor::CollapseShapeOp::create(b, loc, op.getResult().getType(), g, groups);
  }

  /// This rank's block of a whole tensor along the slice axis.
  static Value ownSlice(OpBuilder &b, shard::AllSliceOp op, int64_t rank) {
    auto type = cast<RankedTensorType>(op.getResult().getType());
    int64_t axis = op.getSliceAxis().getSExtValue();
    SmallVector<OpFoldResult> offsets, sizes, strides;
    for (int64_t d = 0; d < type.getRank(); ++d) {
      offsets.push_back(b.getIndexAttr(d == axis ? rank * type.getDimSize(d) : 0));
      sizes.push_back(b.getIndexAttr(type.getDimSize(d)));
      strides.push_back(b.getIndexAttr(1));
    }
    return tensor::ExtractSliceOp::create(b, op.getLoc(), type, op.getInput(), offsets, sizes,
                                          strides);
  }
};
} // namespace
