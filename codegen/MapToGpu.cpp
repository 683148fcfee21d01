//===- MapToGpu.cpp - linalg ops on buffers to gpu.launch -----------------===//
//
// Each linalg.generic on buffers becomes one gpu.launch, in one of three
// shapes chosen from its loops:
//
//  - no reduction loop: one thread per iteration, 256 threads a block,
//    `i = block * 256 + thread`, delinearized into the loop indices;
//  - reductions along contiguous memory (the innermost loop reduces, every
//    input walks it with stride 1, one result with a combiner that has a
//    neutral element: a row or full reduction): one block per output
//    element; its threads stride over the reduced elements, each folding
//    its share from the neutral element, then `gpu.all_reduce` (warp
//    shuffles and shared memory) combines them and thread 0 folds the block
//    total into the output;
//  - any other reduction (a matrix product, a column reduction, argmax):
//    one thread per output element runs the reduction loops itself, so
//    neighbouring threads read neighbouring elements.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITMAPTOGPU
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
/// Reductions shorter than this go one thread per output even when
/// contiguous: a block of mostly idle threads costs more.
constexpr int64_t kMinBlockReduction = 64;

Value constantIndex(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

Value product(OpBuilder &b, Location loc, ArrayRef<Value> sizes) {
  Value n = constantIndex(b, loc, 1);
  for (Value s : sizes)
    n = arith::MulIOp::create(b, loc, n, s);
  return n;
}

/// The indices of a linear position `linear` in loops of extents `sizes`
/// (row-major); none for no loops.
SmallVector<Value> delinearize(OpBuilder &b, Location loc, Value linear,
                               ArrayRef<Value> sizes) {
  if (sizes.empty())
    return {};
  if (sizes.size() == 1)
    return {linear};
  auto op = affine::AffineDelinearizeIndexOp::create(b, loc, linear, sizes);
  return SmallVector<Value>(op.getResults());
}

/// The value of `map` (of the op's loops) at `ivs`, one index per result.
SmallVector<Value> applyMap(OpBuilder &b, Location loc, AffineMap map,
                            ValueRange ivs) {
  SmallVector<Value> indices;
  for (AffineExpr e : map.getResults()) {
    if (auto d = dyn_cast<AffineDimExpr>(e)) {
      indices.push_back(ivs[d.getPosition()]);
      continue;
    }
    indices.push_back(affine::AffineApplyOp::create(
        b, loc, AffineMap::get(map.getNumDims(), 0, e), ivs));
  }
  return indices;
}

/// Reads operand `operand` of `op` at loop indices `ivs`.
Value readOperand(OpBuilder &b, Location loc, linalg::GenericOp op,
                  OpOperand &operand, ValueRange ivs) {
  Value v = operand.get();
  if (!isa<MemRefType>(v.getType()))
    return v; // a scalar input
  return memref::LoadOp::create(b, loc, v,
                                applyMap(b, loc, op.getMatchingIndexingMap(&operand), ivs));
}

/// Emits `op`'s body for the iteration `ivs`; the outputs' block arguments
/// take `accs` (one per output; all of them empty, or a null entry, means
/// what the output holds, read where used). Returns the yielded values.
SmallVector<Value> emitBody(OpBuilder &b, Location loc, linalg::GenericOp op,
                            ValueRange ivs, ArrayRef<Value> accs) {
  Block &body = op.getRegion().front();
  IRMapping map;
  for (OpOperand *in : op.getDpsInputOperands()) {
    BlockArgument arg = op.getMatchingBlockArgument(in);
    if (!arg.use_empty())
      map.map(arg, readOperand(b, loc, op, *in, ivs));
  }
  for (auto [i, out] : llvm::enumerate(op.getDpsInitsMutable())) {
    BlockArgument arg = op.getMatchingBlockArgument(&out);
    if (!accs.empty() && accs[i])
      map.map(arg, accs[i]);
    else if (!arg.use_empty())
      map.map(arg, readOperand(b, loc, op, out, ivs));
  }
  for (Operation &inner : body.without_terminator()) {
    if (auto index = dyn_cast<linalg::IndexOp>(inner)) {
      map.map(index.getResult(), ivs[index.getDim()]);
      continue;
    }
    b.clone(inner, map);
  }
  SmallVector<Value> yielded;
  for (Value v : body.getTerminator()->getOperands())
    yielded.push_back(map.lookupOrDefault(v));
  return yielded;
}

void storeOutputs(OpBuilder &b, Location loc, linalg::GenericOp op,
                  ValueRange values, ValueRange ivs) {
  for (auto [v, out] : llvm::zip(values, op.getDpsInitsMutable()))
    memref::StoreOp::create(b, loc, v, out.get(),
                            applyMap(b, loc, op.getMatchingIndexingMap(&out), ivs));
}

/// The loop indices with `parallel` at the parallel loops and `reduced` at
/// the reduction loops (in loop order).
SmallVector<Value> mergeIvs(linalg::GenericOp op, ValueRange parallel,
                            ValueRange reduced) {
  SmallVector<Value> ivs;
  size_t p = 0, r = 0;
  for (utils::IteratorType t : op.getIteratorTypesArray())
    ivs.push_back(t == utils::IteratorType::parallel ? parallel[p++] : reduced[r++]);
  return ivs;
}

/// How a block reduces: the output it accumulates into (the only one whose
/// indexing map skips the reduction loops) and the op of the body that
/// folds a value into it, a plain binary op with a neutral element that is
/// the accumulator's only use (`acc = c(f(x), acc)`). Other outputs must
/// be written per iteration and never read (such as the `exp(x - m)` that
/// fusion yields beside `sum(exp(x - m))`).
struct BlockCombiner {
  unsigned output;
  Operation *op;
};

std::optional<BlockCombiner> combinerOf(linalg::GenericOp op) {
  SmallVector<unsigned> reductionDims;
  op.getReductionDims(reductionDims);
  std::optional<unsigned> reducedOutput;
  for (auto [i, out] : llvm::enumerate(op.getDpsInitsMutable())) {
    AffineMap map = op.getMatchingIndexingMap(&out);
    bool usesReduction = llvm::any_of(reductionDims, [&](unsigned d) {
      return map.isFunctionOfDim(d);
    });
    if (!usesReduction) {
      if (reducedOutput)
        return std::nullopt;
      reducedOutput = i;
    } else if (!op.getMatchingBlockArgument(&out).use_empty()) {
      return std::nullopt;
    }
  }
  if (!reducedOutput)
    return std::nullopt;
  BlockArgument acc = op.getMatchingBlockArgument(op.getDpsInitOperand(*reducedOutput));
  Operation *yield = op.getRegion().front().getTerminator();
  Operation *c = yield->getOperand(*reducedOutput).getDefiningOp();
  if (!c || c->getNumOperands() != 2 || c->getNumResults() != 1 ||
      c->getNumRegions() != 0 || !acc.hasOneUse() || acc.getUses().begin()->getOwner() != c ||
      !arith::getNeutralElement(c))
    return std::nullopt;
  return BlockCombiner{*reducedOutput, c};
}

/// Whether the reduction walks contiguous memory: the innermost loop
/// reduces and is the innermost index of every input buffer that depends
/// on it.
bool reducesContiguously(linalg::GenericOp op) {
  SmallVector<utils::IteratorType> iters = op.getIteratorTypesArray();
  unsigned last = iters.size() - 1;
  if (iters.empty() || iters[last] != utils::IteratorType::reduction)
    return false;
  for (OpOperand *in : op.getDpsInputOperands()) {
    if (!isa<MemRefType>(in->get().getType()))
      continue;
    AffineMap map = op.getMatchingIndexingMap(in);
    if (!map.isFunctionOfDim(last))
      continue; // the same element for the whole row: a broadcast
    auto d = dyn_cast<AffineDimExpr>(map.getResults().back());
    if (!d || d.getPosition() != last)
      return false;
  }
  return true;
}

/// A gpu.launch of `grid` blocks of `threads` threads around the code
/// `build` emits (given the block and thread index); guarded by `grid > 0`
/// when that is not known.
void launch(OpBuilder &b, Location loc, Value grid, int64_t threads,
            function_ref<void(OpBuilder &, Value, Value)> build) {
  OpBuilder::InsertionGuard guard(b);
  std::optional<int64_t> staticGrid = getConstantIntValue(grid);
  if (staticGrid && *staticGrid <= 0)
    return;
  if (!staticGrid) {
    Value positive = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt,
                                           grid, constantIndex(b, loc, 0));
    auto ifOp = scf::IfOp::create(b, loc, positive, /*withElseRegion=*/false);
    b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
  }
  Value one = constantIndex(b, loc, 1);
  auto op = gpu::LaunchOp::create(b, loc, grid, one, one,
                                  constantIndex(b, loc, threads), one, one);
  b.setInsertionPointToEnd(&op.getBody().front());
  b.setInsertionPoint(gpu::TerminatorOp::create(b, loc));
  build(b, op.getBlockIds().x, op.getThreadIds().x);
}

struct MapToGpuPass : numjit::impl::NumjitMapToGpuBase<MapToGpuPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> ops;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (!op->getParentOfType<gpu::LaunchOp>())
        ops.push_back(op);
    });
    for (linalg::LinalgOp op : ops) {
      auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
      if (!generic || !generic.hasPureBufferSemantics()) {
        op.emitOpError("cannot be mapped to the GPU: only linalg.generic on "
                       "buffers is (run linalg-generalize-named-ops and "
                       "bufferize first)");
        return signalPassFailure();
      }
      map(generic);
      generic.erase();
    }
  }

  void map(linalg::GenericOp op) {
    OpBuilder b(op);
    Location loc = op.getLoc();
    SmallVector<Value> parallel, reduced;
    for (auto [range, iter] :
         llvm::zip(cast<linalg::LinalgOp>(op.getOperation()).createLoopRanges(b, loc),
                   op.getIteratorTypesArray())) {
      Value size = getValueOrCreateConstantIndexOp(b, loc, range.size);
      (iter == utils::IteratorType::parallel ? parallel : reduced).push_back(size);
    }
    Value outputs = product(b, loc, parallel);
    std::optional<int64_t> staticReduced;
    if (!reduced.empty())
      staticReduced = getConstantIntValue(product(b, loc, reduced));
    std::optional<BlockCombiner> combiner;
    if (!reduced.empty())
      combiner = combinerOf(op);
    if (combiner && reducesContiguously(op) &&
        (!staticReduced || *staticReduced >= kMinBlockReduction))
      return mapBlockReduction(b, loc, op, *combiner, outputs, parallel, reduced);
    mapThreadPerOutput(b, loc, op, outputs, parallel, reduced);
  }

  /// One thread per output element (per iteration when nothing reduces).
  void mapThreadPerOutput(OpBuilder &b, Location loc, linalg::GenericOp op,
                          Value outputs, ArrayRef<Value> parallel,
                          ArrayRef<Value> reduced) {
    int64_t threads = blockSize;
    if (std::optional<int64_t> n = getConstantIntValue(outputs))
      threads = std::clamp<int64_t>(*n, 1, blockSize);
    Value block = constantIndex(b, loc, threads);
    Value grid = arith::CeilDivUIOp::create(b, loc, outputs, block);
    Value reducedCount = product(b, loc, reduced);
    launch(b, loc, grid, threads, [&](OpBuilder &b, Value bid, Value tid) {
      Value base = arith::MulIOp::create(b, loc, bid, constantIndex(b, loc, threads));
      Value linear = arith::AddIOp::create(b, loc, base, tid);
      Value inside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                           linear, outputs);
      auto guard = scf::IfOp::create(b, loc, inside, /*withElseRegion=*/false);
      b.setInsertionPoint(guard.thenBlock()->getTerminator());
      SmallVector<Value> pIvs = delinearize(b, loc, linear, parallel);
      if (reduced.empty()) {
        SmallVector<Value> ivs = mergeIvs(op, pIvs, {});
        storeOutputs(b, loc, op, emitBody(b, loc, op, ivs, {}), ivs);
        return;
      }
      // The outputs' maps skip the reduction loops: any index there will do.
      Value zero = constantIndex(b, loc, 0);
      SmallVector<Value> zeros(reduced.size(), zero);
      SmallVector<Value> outIvs = mergeIvs(op, pIvs, zeros);
      SmallVector<Value> init;
      for (OpOperand &out : op.getDpsInitsMutable())
        init.push_back(readOperand(b, loc, op, out, outIvs));
      auto loop = scf::ForOp::create(
          b, loc, zero, reducedCount, constantIndex(b, loc, 1), init,
          [&](OpBuilder &b, Location loc, Value r, ValueRange accs) {
            SmallVector<Value> ivs =
                mergeIvs(op, pIvs, delinearize(b, loc, r, reduced));
            scf::YieldOp::create(b, loc, emitBody(b, loc, op, ivs, llvm::to_vector(accs)));
          });
      storeOutputs(b, loc, op, loop.getResults(), outIvs);
    });
  }

  /// One block per output element, its threads sharing the reduction.
  void mapBlockReduction(OpBuilder &b, Location loc, linalg::GenericOp op,
                         BlockCombiner combiner, Value outputs,
                         ArrayRef<Value> parallel, ArrayRef<Value> reduced) {
    int64_t threads = blockSize;
    Value reducedCount = product(b, loc, reduced);
    Operation *c = combiner.op;
    Type type = c->getResult(0).getType();
    TypedAttr neutral = *arith::getNeutralElement(c);
    OpOperand &out = *op.getDpsInitOperand(combiner.output);
    BlockArgument acc = op.getMatchingBlockArgument(&out);
    unsigned accPos = c->getOperand(0) == acc ? 0 : 1;
    launch(b, loc, outputs, threads, [&](OpBuilder &b, Value bid, Value tid) {
      SmallVector<Value> pIvs = delinearize(b, loc, bid, parallel);
      Value init = arith::ConstantOp::create(b, loc, type, neutral);
      auto loop = scf::ForOp::create(
          b, loc, tid, reducedCount, constantIndex(b, loc, threads), ValueRange{init},
          [&](OpBuilder &b, Location loc, Value r, ValueRange iter) {
            SmallVector<Value> ivs =
                mergeIvs(op, pIvs, delinearize(b, loc, r, reduced));
            SmallVector<Value> accs(op.getNumDpsInits(), Value());
            accs[combiner.output] = iter[0];
            SmallVector<Value> yielded = emitBody(b, loc, op, ivs, accs);
            // The per-element outputs are written as they come.
            for (auto [i, other] : llvm::enumerate(op.getDpsInitsMutable()))
              if (i != combiner.output)
                memref::StoreOp::create(
                    b, loc, yielded[i], other.get(),
                    applyMap(b, loc, op.getMatchingIndexingMap(&other), ivs));
            scf::YieldOp::create(b, loc, yielded[combiner.output]);
          });
      // The block's total, combined with the same op. Warp shuffles move
      // 32 bits at least: a u8 partial is widened for them (the low bits of
      // a sum, product, max or min of the widened values are the same).
      Value partial = loop.getResult(0);
      Type wide = type;
      if (type.isInteger() && type.getIntOrFloatBitWidth() < 32) {
        wide = b.getI32Type();
        partial = isa<arith::MaxSIOp, arith::MinSIOp>(c)
                      ? Value(arith::ExtSIOp::create(b, loc, wide, partial))
                      : Value(arith::ExtUIOp::create(b, loc, wide, partial));
      }
      auto total = gpu::AllReduceOp::create(b, loc, partial, gpu::AllReduceOperationAttr(),
                                            /*uniform=*/true);
      {
        OpBuilder::InsertionGuard g(b);
        Block *block = b.createBlock(&total.getBody(), {}, {wide, wide}, {loc, loc});
        IRMapping m;
        m.map(c->getOperand(accPos), block->getArgument(0));
        m.map(c->getOperand(1 - accPos), block->getArgument(1));
        Operation *combined = b.clone(*c, m);
        combined->getResult(0).setType(wide);
        gpu::YieldOp::create(b, loc, combined->getResults());
      }
      Value blockTotal = total.getResult();
      if (wide != type)
        blockTotal = arith::TruncIOp::create(b, loc, type, blockTotal);
      Value first = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, tid,
                                          constantIndex(b, loc, 0));
      auto ifFirst = scf::IfOp::create(b, loc, first, /*withElseRegion=*/false);
      b.setInsertionPoint(ifFirst.thenBlock()->getTerminator());
      SmallVector<Value> zeros(reduced.size(), constantIndex(b, loc, 0));
      SmallVector<Value> outIvs = mergeIvs(op, pIvs, zeros);
      IRMapping m;
      m.map(acc, readOperand(b, loc, op, out, outIvs));
      m.map(c->getOperand(1 - accPos), blockTotal);
      memref::StoreOp::create(b, loc, b.clone(*c, m)->getResult(0), out.get(),
                              applyMap(b, loc, op.getMatchingIndexingMap(&out), outIvs));
    });
  }
};
} // namespace
