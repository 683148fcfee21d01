//===- CollectivesToMpi.cpp - numjit collectives on buffers, then MPI -----===//
//
// Two steps. One-shot bufferization turns each collective on tensors into
// `numjit.collective` on buffers (a contiguous source, a new target), whose
// declared read and write let the deallocation pipeline place frees. After
// deallocation, numjit-collectives-to-mpi lowers every `numjit.collective`:
// reductions to `mpi.allreduce` on MPI_COMM_WORLD (MLIR's MPIToLLVM then
// calls MPI_Allreduce with the ABI of the MPI numjit was built with),
// allgather and bcast, which the mpi dialect of MLIR 22 lacks, to calls
// of numjit's MPI runtime (runtime/Mpi.h).
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "ir/NumjitOps.h"

#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Conversion/MPIToLLVM/MPIToLLVM.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/BufferizableOpInterface.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/DLTI/DLTI.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MPI/IR/MPI.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITCOLLECTIVESTOMPI
#define GEN_PASS_DEF_NUMJITMPITOLLVM
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::bufferization;

namespace {
//===----------------------------------------------------------------------===//
// Bufferization
//===----------------------------------------------------------------------===//

CollectiveKind kindOf(Operation *op) {
  if (auto reduce = dyn_cast<AllReduceOp>(op)) {
    switch (reduce.getKind()) {
    case ReduceKind::max: return CollectiveKind::all_max;
    case ReduceKind::min: return CollectiveKind::all_min;
    default: return CollectiveKind::all_sum;
    }
  }
  return isa<AllGatherOp>(op) ? CollectiveKind::all_gather : CollectiveKind::broadcast;
}

/// Reads its operand, writes a new buffer: as an allocation followed by a
/// `numjit.collective`.
template <typename OpTy>
struct CollectiveBufferization
    : BufferizableOpInterface::ExternalModel<CollectiveBufferization<OpTy>, OpTy> {
  bool bufferizesToMemoryRead(Operation *, OpOperand &, const AnalysisState &) const {
    return true;
  }
  bool bufferizesToMemoryWrite(Operation *, OpOperand &, const AnalysisState &) const {
    return false;
  }
  AliasingValueList getAliasingValues(Operation *, OpOperand &, const AnalysisState &) const {
    return {};
  }
  bool bufferizesToAllocation(Operation *, Value) const { return true; }

  LogicalResult bufferize(Operation *op, RewriterBase &rewriter,
                          const BufferizationOptions &options,
                          BufferizationState &state) const {
    Location loc = op->getLoc();
    FailureOr<Value> source = getBuffer(rewriter, op->getOperand(0), options, state);
    if (failed(source))
      return failure();
    // MPI reads and writes contiguous memory.
    auto contiguous = [&](Value like, RankedTensorType type,
                          ArrayRef<Value> dynamicSizes) -> FailureOr<Value> {
      auto memrefType = MemRefType::get(type.getShape(), type.getElementType());
      return options.createAlloc(rewriter, loc, memrefType, dynamicSizes);
    };
    auto sourceType = cast<MemRefType>(source->getType());
    SmallVector<Value> sourceSizes;
    for (int64_t d = 0; d < sourceType.getRank(); ++d)
      if (sourceType.isDynamicDim(d))
        sourceSizes.push_back(memref::DimOp::create(rewriter, loc, *source, d));
    auto operandType = cast<RankedTensorType>(op->getOperand(0).getType());
    if (!sourceType.getLayout().isIdentity()) {
      FailureOr<Value> copy = contiguous(*source, operandType, sourceSizes);
      if (failed(copy) || failed(options.createMemCpy(rewriter, loc, *source, *copy)))
        return failure();
      source = copy;
    }
    // The result's dynamic sizes are the operand's (all_gather only adds
    // a static leading dimension).
    FailureOr<Value> target =
        contiguous(*source, cast<RankedTensorType>(op->getResult(0).getType()), sourceSizes);
    if (failed(target))
      return failure();
    auto typed = cast<OpTy>(op);
    int64_t root = 0;
    if constexpr (std::is_same_v<OpTy, CollectiveBroadcastOp>)
      root = int64_t(typed.getRoot());
    CollectiveOp::create(rewriter, loc, kindOf(op), *source, *target,
                         uint64_t(typed.getGroupSize()), uint64_t(root));
    replaceOpWithBufferizedValues(rewriter, op, *target);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// numjit-collectives-to-mpi
//===----------------------------------------------------------------------===//

struct CollectivesToMpiPass
    : numjit::impl::NumjitCollectivesToMpiBase<CollectivesToMpiPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<CollectiveOp> ops;
    module.walk([&](CollectiveOp op) { ops.push_back(op); });
    bool reduces = false;
    for (CollectiveOp op : ops) {
      OpBuilder b(op);
      lower(b, op);
      reduces |= op.getGroupSize() > 1 && isReduction(op.getKind());
      op.erase();
    }
    // MPIToLLVM reads which MPI ABI to call from the module.
    if (reduces && !module->hasAttr("dlti.map")) {
      MLIRContext *ctx = &getContext();
      std::string abi = implementation.empty() ? std::string(NUMJIT_MPI_IMPLEMENTATION)
                                               : std::string(implementation);
      DataLayoutEntryInterface entry = DataLayoutEntryAttr::get(
          StringAttr::get(ctx, "MPI:Implementation"), StringAttr::get(ctx, abi));
      module->setAttr("dlti.map", MapAttr::get(ctx, ArrayRef(entry)));
    }
  }

  static bool isReduction(CollectiveKind kind) {
    return kind == CollectiveKind::all_sum || kind == CollectiveKind::all_max ||
           kind == CollectiveKind::all_min;
  }

  void lower(OpBuilder &b, CollectiveOp op) {
    Location loc = op.getLoc();
    Value source = op.getSource(), target = op.getTarget();
    CollectiveKind kind = op.getKind();
    if (op.getGroupSize() == 1) { // a stack of one is the same bytes
      Value in = flat(b, loc, source), out = flat(b, loc, target);
      memref::CopyOp::create(b, loc, in, out);
      return;
    }
    if (isReduction(kind)) {
      mpi::MPI_ReductionOpEnum reduction =
          kind == CollectiveKind::all_sum   ? mpi::MPI_ReductionOpEnum::MPI_SUM
          : kind == CollectiveKind::all_max ? mpi::MPI_ReductionOpEnum::MPI_MAX
                                            : mpi::MPI_ReductionOpEnum::MPI_MIN;
      Value comm = mpi::CommWorldOp::create(b, loc, mpi::CommType::get(b.getContext()));
      // MPIToLLVM counts the elements of dimension 0 only: reduce flat views.
      Value in = flat(b, loc, source), out = flat(b, loc, target);
      mpi::AllReduceOp::create(b, loc, TypeRange{}, in, out, reduction, comm);
      return;
    }
    // numjit_mpi_all_gather(source, target, bytes) and
    // numjit_mpi_broadcast(source, target, bytes, root).
    auto i64 = b.getI64Type();
    SmallVector<Value> args = {pointer(b, loc, source), pointer(b, loc, target),
                               bytes(b, loc, source)};
    StringRef callee = "numjit_mpi_all_gather";
    if (kind == CollectiveKind::broadcast) {
      args.push_back(arith::ConstantIntOp::create(b, loc, i64, int64_t(op.getRoot())));
      callee = "numjit_mpi_broadcast";
    }
    func::CallOp::create(b, loc, declare(callee, ValueRange(args).getTypes()), TypeRange{},
                         args);
  }

  /// A contiguous buffer as one dimension.
  static Value flat(OpBuilder &b, Location loc, Value memref) {
    auto type = cast<MemRefType>(memref.getType());
    if (type.getRank() == 1)
      return memref;
    OpFoldResult size;
    if (type.hasStaticShape()) {
      size = b.getIndexAttr(type.getNumElements());
    } else {
      Value n = arith::ConstantIndexOp::create(b, loc, 1);
      for (int64_t d = 0; d < type.getRank(); ++d)
        n = arith::MulIOp::create(b, loc, n, memref::DimOp::create(b, loc, memref, d));
      size = n;
    }
    auto flatType = MemRefType::get(
        {type.hasStaticShape() ? type.getNumElements() : ShapedType::kDynamic},
        type.getElementType());
    OpFoldResult zero = b.getIndexAttr(0), one = b.getIndexAttr(1);
    return memref::ReinterpretCastOp::create(b, loc, flatType, memref, zero,
                                             ArrayRef<OpFoldResult>{size},
                                             ArrayRef<OpFoldResult>{one});
  }

  static Value pointer(OpBuilder &b, Location loc, Value memref) {
    Value index = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
    Value address = arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
    return LLVM::IntToPtrOp::create(b, loc, LLVM::LLVMPointerType::get(b.getContext()),
                                    address);
  }

  /// The size of a contiguous buffer in bytes (bools take a byte each).
  static Value bytes(OpBuilder &b, Location loc, Value memref) {
    auto type = cast<MemRefType>(memref.getType());
    int64_t width = std::max<int64_t>(1, type.getElementTypeBitWidth() / 8);
    Value n = arith::ConstantIndexOp::create(b, loc, width);
    for (int64_t d = 0; d < type.getRank(); ++d)
      n = arith::MulIOp::create(b, loc, n, memref::DimOp::create(b, loc, memref, d));
    return arith::IndexCastOp::create(b, loc, b.getI64Type(), n);
  }

  FlatSymbolRefAttr declare(StringRef callee, TypeRange types) {
    ModuleOp module = getOperation();
    if (!module.lookupSymbol(callee)) {
      OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
      auto decl =
          func::FuncOp::create(b, module.getLoc(), callee, b.getFunctionType(types, {}));
      decl.setPrivate();
    }
    return FlatSymbolRefAttr::get(&getContext(), callee);
  }
};

struct MpiToLLVMPass : numjit::impl::NumjitMpiToLLVMBase<MpiToLLVMPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    bool any = module
                   .walk([](Operation *op) {
                     return isa<mpi::MPIDialect>(op->getDialect()) ? WalkResult::interrupt()
                                                                   : WalkResult::advance();
                   })
                   .wasInterrupted();
    if (!any)
      return;
    LLVMTypeConverter converter(&getContext());
    RewritePatternSet patterns(&getContext());
    mpi::populateMPIToLLVMConversionPatterns(converter, patterns);
    ConversionTarget target(getContext());
    target.addIllegalDialect<mpi::MPIDialect>();
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

void mlir::numjit::registerCollectiveBufferization(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, NumjitDialect *) {
    AllReduceOp::attachInterface<CollectiveBufferization<AllReduceOp>>(*ctx);
    AllGatherOp::attachInterface<CollectiveBufferization<AllGatherOp>>(*ctx);
    CollectiveBroadcastOp::attachInterface<CollectiveBufferization<CollectiveBroadcastOp>>(
        *ctx);
  });
}
