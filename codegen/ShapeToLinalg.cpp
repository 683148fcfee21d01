//===- ShapeToLinalg.cpp - numjit shape ops to linalg and tensor ----------===//
//
// Part of convert-numjit-to-linalg: iota and broadcast_in_dim become
// linalg.generic ops, reshape a collapse and an expand, transpose
// linalg.transpose, slice/pad/concatenate tensor slices, and
// get_dimension_size and dim a tensor.dim. Dynamic result sizes come from the ops'
// sizes operands or their operands' dims.
//
//===----------------------------------------------------------------------===//

#include "codegen/LinalgBuilders.h"
#include "codegen/Passes.h"
#include "codegen/ScalarOps.h"
#include "ir/NumjitOps.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
using utils::IteratorType;

struct IotaLowering : OpConversionPattern<IotaOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(IotaOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType type = op.getType();
    Location loc = op.getLoc();
    int64_t dim = op.getDimAttr().getInt();
    auto generic = linalg::GenericOp::create(
        rewriter, loc, type, ValueRange{},
        emptyWithSizes(rewriter, loc, type, adaptor.getSizes()),
        rewriter.getMultiDimIdentityMap(type.getRank()),
        SmallVector<IteratorType>(type.getRank(), IteratorType::parallel),
        [&](OpBuilder &b, Location l, ValueRange) {
          Value index = linalg::IndexOp::create(b, l, dim);
          Value i64 =
              arith::IndexCastOp::create(b, l, b.getI64Type(), index);
          linalg::YieldOp::create(
              b, l, buildConvert(b, l, i64, type.getElementType()));
        });
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }
};

struct BroadcastInDimLowering : OpConversionPattern<BroadcastInDimOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(BroadcastInDimOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType in = op.getOperand().getType(), out = op.getType();
    Location loc = op.getLoc();
    SmallVector<AffineExpr> exprs;
    for (auto [i, d] : llvm::enumerate(op.getDims())) {
      bool expanded = in.getDimSize(i) == 1 && out.getDimSize(d) != 1;
      exprs.push_back(expanded ? rewriter.getAffineConstantExpr(0)
                               : rewriter.getAffineDimExpr(d));
    }
    SmallVector<AffineMap> maps = {
        AffineMap::get(out.getRank(), 0, exprs, rewriter.getContext()),
        rewriter.getMultiDimIdentityMap(out.getRank())};
    auto generic = linalg::GenericOp::create(
        rewriter, loc, out, adaptor.getOperand(),
        emptyWithSizes(rewriter, loc, out, adaptor.getSizes()), maps,
        SmallVector<IteratorType>(out.getRank(), IteratorType::parallel),
        [](OpBuilder &b, Location l, ValueRange args) {
          linalg::YieldOp::create(b, l, args[0]);
        });
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }
};

/// reshape = collapse to rank <= 1, then expand to the result shape.
struct ReshapeLowering : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType in = op.getOperand().getType(), out = op.getType();
    Location loc = op.getLoc();
    auto allDims = [](int64_t rank) {
      SmallVector<ReassociationIndices> r;
      if (rank == 0)
        return r;
      r.emplace_back();
      for (int64_t i = 0; i < rank; ++i)
        r.back().push_back(i);
      return r;
    };
    // Rank-0 <-> all-ones shapes use the empty reassociation directly.
    if (in.getRank() == 0) {
      rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(
          op, out, adaptor.getOperand(), SmallVector<ReassociationIndices>{});
      return success();
    }
    if (out.getRank() == 0) {
      rewriter.replaceOpWithNewOp<tensor::CollapseShapeOp>(
          op, out, adaptor.getOperand(), SmallVector<ReassociationIndices>{});
      return success();
    }
    Value flat = adaptor.getOperand();
    if (in.getRank() > 1)
      flat = tensor::CollapseShapeOp::create(rewriter, loc, flat,
                                             allDims(in.getRank()));
    if (out.getRank() > 1) {
      SmallVector<OpFoldResult> shape;
      auto sizes = adaptor.getSizes().begin();
      for (int64_t d = 0; d < out.getRank(); ++d)
        shape.push_back(out.isDynamicDim(d) ? OpFoldResult(*sizes++)
                                            : rewriter.getIndexAttr(out.getDimSize(d)));
      flat = tensor::ExpandShapeOp::create(rewriter, loc, out, flat,
                                           allDims(out.getRank()), shape);
    } else if (out != flat.getType()) {
      // Rank 1 from a collapse: only the static-ness of the size differs.
      flat = tensor::CastOp::create(rewriter, loc, out, flat);
    }
    rewriter.replaceOp(op, flat);
    return success();
  }
};

struct TransposeLowering : OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto t = linalg::TransposeOp::create(
        rewriter, loc, adaptor.getOperand(),
        emptyFromDims(rewriter, loc, op.getType(), adaptor.getOperand(),
                      op.getPermutation()),
        op.getPermutation());
    rewriter.replaceOp(op, t->getResults());
    return success();
  }
};

struct SliceLowering : OpConversionPattern<SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    // An empty result may start at the end of a dimension, which
    // tensor.extract_slice rejects as out of bounds: it needs no data anyway.
    RankedTensorType out = op.getType();
    if (out.hasStaticShape() && out.getNumElements() == 0) {
      rewriter.replaceOp(op, emptyWithSizes(rewriter, op.getLoc(), out, {}));
      return success();
    }
    SmallVector<OpFoldResult> offsets, sizes, strides;
    for (auto [d, start, stride] :
         llvm::enumerate(op.getStart(), op.getStrides())) {
      offsets.push_back(rewriter.getIndexAttr(start));
      sizes.push_back(out.isDynamicDim(d)
                          ? sizeOf(rewriter, op.getLoc(), adaptor.getOperand(), d)
                          : rewriter.getIndexAttr(out.getDimSize(d)));
      strides.push_back(rewriter.getIndexAttr(stride));
    }
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
        op, op.getType(), adaptor.getOperand(), offsets, sizes, strides);
    return success();
  }
};

/// pad: a zero-filled result with the operand inserted at stride
/// interior + 1 from offset low.
struct PadLowering : OpConversionPattern<PadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType out = op.getType(), in = op.getOperand().getType();
    Value zero = buildScalarConstant(rewriter, loc, out.getElementType(), 0);
    // A dynamic dimension n becomes low + high + n + (n - 1) * interior
    // (at least low + high when n is 0).
    Value operand = adaptor.getOperand();
    Value init = emptyTensor(rewriter, loc, out, [&](int64_t d) -> Value {
      auto c = [&](int64_t v) { return arith::ConstantIndexOp::create(rewriter, loc, v); };
      Value n = tensor::DimOp::create(rewriter, loc, operand, d);
      Value gaps = arith::MaxSIOp::create(
          rewriter, loc, arith::SubIOp::create(rewriter, loc, n, c(1)), c(0));
      Value inner = arith::AddIOp::create(
          rewriter, loc, n,
          arith::MulIOp::create(rewriter, loc, gaps, c(op.getInterior()[d])));
      return arith::AddIOp::create(rewriter, loc, inner,
                                   c(op.getLow()[d] + op.getHigh()[d]));
    });
    Value acc = linalg::FillOp::create(rewriter, loc, ValueRange{zero},
                                       ValueRange{init})
                    .getResult(0);
    if (!in.hasStaticShape() || in.getNumElements() != 0) {
      SmallVector<OpFoldResult> offsets, sizes, strides;
      for (int64_t d = 0; d < in.getRank(); ++d) {
        offsets.push_back(rewriter.getIndexAttr(op.getLow()[d]));
        sizes.push_back(sizeOf(rewriter, loc, operand, d));
        strides.push_back(rewriter.getIndexAttr(op.getInterior()[d] + 1));
      }
      acc = tensor::InsertSliceOp::create(rewriter, loc, operand, acc, offsets,
                                          sizes, strides);
    }
    rewriter.replaceOp(op, acc);
    return success();
  }
};

struct ConcatenateLowering : OpConversionPattern<ConcatenateOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConcatenateOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType out = op.getType();
    int64_t dim = op.getDimAttr().getInt();
    ValueRange inputs = adaptor.getInputs();
    // Offsets along `dim` are attributes while sizes are static, values
    // (sums of tensor.dim) once one is dynamic.
    auto add = [&](OpFoldResult a, OpFoldResult b) -> OpFoldResult {
      std::optional<int64_t> x = getConstantIntValue(a), y = getConstantIntValue(b);
      if (x && y)
        return rewriter.getIndexAttr(*x + *y);
      return arith::AddIOp::create(rewriter, loc,
                                   getValueOrCreateConstantIndexOp(rewriter, loc, a),
                                   getValueOrCreateConstantIndexOp(rewriter, loc, b))
          .getResult();
    };
    SmallVector<OpFoldResult> offsetsAlong{rewriter.getIndexAttr(0)};
    for (Value input : inputs)
      offsetsAlong.push_back(add(offsetsAlong.back(), sizeOf(rewriter, loc, input, dim)));
    Value acc = emptyTensor(rewriter, loc, out, [&](int64_t d) -> Value {
      return d == dim ? getValueOrCreateConstantIndexOp(rewriter, loc, offsetsAlong.back())
                      : tensor::DimOp::create(rewriter, loc, inputs[0], d).getResult();
    });
    for (auto [i, input] : llvm::enumerate(inputs)) {
      auto type = cast<RankedTensorType>(input.getType());
      // An empty input adds nothing (and its offset may be past the end).
      if (type.hasStaticShape() && type.getNumElements() == 0)
        continue;
      SmallVector<OpFoldResult> offsets, sizes, strides;
      for (int64_t d = 0; d < out.getRank(); ++d) {
        offsets.push_back(d == dim ? offsetsAlong[i] : rewriter.getIndexAttr(0));
        sizes.push_back(sizeOf(rewriter, loc, input, d));
        strides.push_back(rewriter.getIndexAttr(1));
      }
      acc = tensor::InsertSliceOp::create(rewriter, loc, input, acc, offsets,
                                          sizes, strides);
    }
    rewriter.replaceOp(op, acc);
    return success();
  }
};

/// get_dimension_size: tensor.dim as a rank-0 i64 tensor.
struct GetDimensionSizeLowering : OpConversionPattern<GetDimensionSizeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GetDimensionSizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value size = tensor::DimOp::create(rewriter, loc, adaptor.getOperand(),
                                       op.getDimAttr().getInt());
    Value i64 = arith::IndexCastOp::create(rewriter, loc, rewriter.getI64Type(), size);
    rewriter.replaceOpWithNewOp<tensor::FromElementsOp>(op, op.getType(), i64);
    return success();
  }
};
/// dim: tensor.dim.
struct DimLowering : OpConversionPattern<DimOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(DimOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<tensor::DimOp>(op, adaptor.getOperand(),
                                               op.getDimAttr().getInt());
    return success();
  }
};
} // namespace

void mlir::numjit::populateNumjitShapeToLinalgPatterns(RewritePatternSet &patterns) {
  patterns.add<IotaLowering, BroadcastInDimLowering, ReshapeLowering, TransposeLowering,
               SliceLowering, PadLowering, ConcatenateLowering, GetDimensionSizeLowering,
               DimLowering>(
      patterns.getContext());
}
