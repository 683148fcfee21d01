//===- IndexingToLinalg.cpp - gather, scatter, dynamic slices to linalg ---===//
//
// Part of convert-numjit-to-linalg. gather becomes a linalg.generic over
// the result whose body reads the operand with tensor.extract at the
// clamped index (a take of rows copies rows: the innermost loop reads
// contiguously and fuses with its consumers); scatter a loop nest over the
// updates that inserts each combined value; dynamic slices
// tensor.extract_slice / insert_slice at clamped run-time offsets.
//
//===----------------------------------------------------------------------===//

#include "codegen/LinalgBuilders.h"
#include "codegen/Passes.h"
#include "codegen/ScalarOps.h"
#include "ir/NumjitOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
using utils::IteratorType;

/// An integer scalar of any numjit index type as i64.
Value toI64(OpBuilder &b, Location loc, Value i) {
  Type t = i.getType();
  if (t.isInteger(64))
    return i;
  if (t.isUnsignedInteger())
    return arith::ExtUIOp::create(b, loc, b.getI64Type(), i);
  return arith::ExtSIOp::create(b, loc, b.getI64Type(), i);
}

Value clampI64(OpBuilder &b, Location loc, Value x, Value lo, Value hi) {
  return arith::MaxSIOp::create(b, loc, arith::MinSIOp::create(b, loc, x, hi), lo);
}

/// Index `i` into a dimension of size `n` (an index value): i + n when
/// negative, then clamped to [0, n - 1].
Value elementIndex(OpBuilder &b, Location loc, Value i, Value n) {
  Value x = toI64(b, loc, i);
  Value n64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), n);
  Value zero = arith::ConstantIntOp::create(b, loc, 0, 64);
  Value negative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, x, zero);
  x = arith::SelectOp::create(b, loc, negative, arith::AddIOp::create(b, loc, x, n64), x);
  Value last = arith::SubIOp::create(b, loc, n64, arith::ConstantIntOp::create(b, loc, 1, 64));
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), clampI64(b, loc, x, zero, last));
}

/// Start `s` (a rank-0 tensor) of a block of `size` in a dimension of size
/// `n`, clamped to [0, n - size].
Value blockStart(OpBuilder &b, Location loc, Value s, OpFoldResult size, Value n) {
  Value x = toI64(b, loc, tensor::ExtractOp::create(b, loc, s, ValueRange{}));
  Value n64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), n);
  Value size64 = arith::IndexCastOp::create(
      b, loc, b.getI64Type(), getValueOrCreateConstantIndexOp(b, loc, size));
  Value zero = arith::ConstantIntOp::create(b, loc, 0, 64);
  Value hi = arith::SubIOp::create(b, loc, n64, size64);
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), clampI64(b, loc, x, zero, hi));
}

/// The operand position a gather reads for result position `ivs`, given
/// the index value there.
SmallVector<Value> gatheredPosition(OpBuilder &b, Location loc, Value operand, int64_t axis,
                                    int64_t numIndexDims, ValueRange ivs, Value index) {
  auto type = cast<RankedTensorType>(operand.getType());
  SmallVector<Value> pos;
  for (int64_t d = 0; d < type.getRank(); ++d) {
    if (d < axis)
      pos.push_back(ivs[d]);
    else if (d == axis)
      pos.push_back(elementIndex(b, loc, index, dimOf(b, loc, operand, axis)));
    else
      pos.push_back(ivs[d - 1 + numIndexDims]);
  }
  return pos;
}

/// The indices' map from the gather's iteration space: batch dims then the
/// index dims (at axis, axis + 1, ...).
AffineMap indicesMap(MLIRContext *ctx, int64_t loops, int64_t batchDims, int64_t indexRank,
                     int64_t axis) {
  SmallVector<AffineExpr> exprs;
  for (int64_t d = 0; d < batchDims; ++d)
    exprs.push_back(getAffineDimExpr(d, ctx));
  for (int64_t d = batchDims; d < indexRank; ++d)
    exprs.push_back(getAffineDimExpr(axis + d - batchDims, ctx));
  return AffineMap::get(loops, 0, exprs, ctx);
}

struct GatherLowering : OpConversionPattern<GatherOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(GatherOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType out = op.getType();
    Value operand = adaptor.getOperand(), indices = adaptor.getIndices();
    int64_t axis = op.getAxis(), batch = op.getBatchDims();
    int64_t indexRank = op.getIndices().getType().getRank();
    int64_t numIndexDims = indexRank - batch;
    Value init = emptyTensor(rewriter, loc, out, [&](int64_t d) -> Value {
      if (d < axis)
        return tensor::DimOp::create(rewriter, loc, operand, d);
      if (d < axis + numIndexDims)
        return tensor::DimOp::create(rewriter, loc, indices, d - axis + batch);
      return tensor::DimOp::create(rewriter, loc, operand, d - numIndexDims + 1);
    });
    int64_t loops = out.getRank();
    SmallVector<AffineMap> maps = {
        indicesMap(getContext(), loops, batch, indexRank, axis),
        rewriter.getMultiDimIdentityMap(loops)};
    auto generic = linalg::GenericOp::create(
        rewriter, loc, out, indices, init, maps,
        SmallVector<IteratorType>(loops, IteratorType::parallel),
        [&](OpBuilder &b, Location l, ValueRange args) {
          SmallVector<Value> ivs;
          for (int64_t d = 0; d < loops; ++d)
            ivs.push_back(linalg::IndexOp::create(b, l, d));
          SmallVector<Value> pos =
              gatheredPosition(b, l, operand, axis, numIndexDims, ivs, args[0]);
          linalg::YieldOp::create(b, l, tensor::ExtractOp::create(b, l, operand, pos).getResult());
        });
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }
};

/// scatter: a loop nest over the updates carrying the result tensor.
struct ScatterLowering : OpConversionPattern<ScatterOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ScatterOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value operand = adaptor.getOperand(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    int64_t axis = op.getAxis(), batch = op.getBatchDims();
    int64_t indexRank = op.getIndices().getType().getRank();
    int64_t numIndexDims = indexRank - batch;
    int64_t rank = op.getUpdates().getType().getRank();
    SmallVector<Value> lbs, ubs, steps;
    for (int64_t d = 0; d < rank; ++d) {
      lbs.push_back(arith::ConstantIndexOp::create(rewriter, loc, 0));
      ubs.push_back(dimOf(rewriter, loc, updates, d));
      steps.push_back(arith::ConstantIndexOp::create(rewriter, loc, 1));
    }
    Block &combiner = op.getCombiner().front();
    bool ok = true;
    scf::LoopNest nest = scf::buildLoopNest(
        rewriter, loc, lbs, ubs, steps, ValueRange{operand},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange acc) -> scf::ValueVector {
          SmallVector<Value> indexPos(ivs.take_front(batch));
          for (int64_t d = 0; d < numIndexDims; ++d)
            indexPos.push_back(ivs[axis + d]);
          Value index = tensor::ExtractOp::create(b, l, indices, indexPos);
          SmallVector<Value> pos =
              gatheredPosition(b, l, acc[0], axis, numIndexDims, ivs, index);
          IRMapping scalars;
          scalars.map(combiner.getArgument(0), tensor::ExtractOp::create(b, l, acc[0], pos));
          scalars.map(combiner.getArgument(1), tensor::ExtractOp::create(b, l, updates, ivs));
          for (Operation &c : combiner.without_terminator()) {
            SmallVector<Value> args;
            for (Value v : c.getOperands())
              args.push_back(scalars.lookup(v));
            Value r = buildScalarOp(b, l, &c, args);
            if (!r) {
              ok = false;
              r = args.empty() ? Value() : args[0];
            }
            scalars.map(c.getResult(0), r);
          }
          Value combined = scalars.lookup(combiner.getTerminator()->getOperand(0));
          return {tensor::InsertOp::create(b, l, combined, acc[0], pos).getResult()};
        });
    if (!ok)
      return rewriter.notifyMatchFailure(op, "combiner op without a scalar lowering");
    rewriter.replaceOp(op, nest.results);
    return success();
  }
};

/// The offsets and unit strides of a block of `sizes` at clamped `starts`.
void blockOffsets(OpBuilder &b, Location loc, Value operand, ValueRange starts,
                  ArrayRef<OpFoldResult> sizes, SmallVectorImpl<OpFoldResult> &offsets,
                  SmallVectorImpl<OpFoldResult> &strides) {
  for (auto [d, size] : llvm::enumerate(sizes)) {
    offsets.push_back(blockStart(b, loc, starts[d], size, dimOf(b, loc, operand, d)));
    strides.push_back(b.getIndexAttr(1));
  }
}

struct DynamicSliceLowering : OpConversionPattern<DynamicSliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(DynamicSliceOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Value operand = adaptor.getOperand();
    SmallVector<OpFoldResult> offsets, strides,
        sizes = getAsIndexOpFoldResult(getContext(), op.getSizes());
    blockOffsets(rewriter, op.getLoc(), operand, adaptor.getStarts(), sizes, offsets, strides);
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(op, op.getType(), operand, offsets,
                                                        sizes, strides);
    return success();
  }
};

struct DynamicUpdateSliceLowering : OpConversionPattern<DynamicUpdateSliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(DynamicUpdateSliceOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value operand = adaptor.getOperand(), update = adaptor.getUpdate();
    SmallVector<OpFoldResult> offsets, strides,
        sizes = tensor::getMixedSizes(rewriter, loc, update);
    blockOffsets(rewriter, loc, operand, adaptor.getStarts(), sizes, offsets, strides);
    rewriter.replaceOpWithNewOp<tensor::InsertSliceOp>(op, update, operand, offsets, sizes,
                                                       strides);
    return success();
  }
};
} // namespace

void mlir::numjit::populateNumjitIndexingToLinalgPatterns(RewritePatternSet &patterns) {
  patterns.add<GatherLowering, ScatterLowering, DynamicSliceLowering,
               DynamicUpdateSliceLowering>(patterns.getContext());
}
