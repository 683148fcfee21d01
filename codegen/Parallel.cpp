//===- Parallel.cpp - Large loop nests run on several threads -------------===//
//
// A linalg op on buffers whose outermost loop is parallel and whose loop
// nest is large is split along that loop into contiguous chunks, and the
// chunks become the iterations of an scf.parallel:
//
//   linalg.generic ins(%x : memref<N x ..>) outs(%y : memref<N x ..>)
// =>
//   scf.parallel (%c) = (0) to (P) step (1) {
//     %lo = %c * C,  %n = min(C, N - %lo)
//     linalg.generic ins(subview %x[%lo][%n]) outs(subview %y[%lo][%n])
//   }
//
// Each chunk is still a whole inner loop nest, so it vectorizes as before.
// convert-scf-to-openmp then turns the scf.parallel into an OpenMP
// worksharing loop (libomp; nj::set_num_threads sets the team size). Below
// the size threshold forking threads costs more than it saves, and the op
// stays serial.
//
// A full reduction has no parallel loop to split: numjit-split-reduction
// (SplitReduction.cpp) splits a large static one on tensors, and this pass
// splits one over a dynamic size when the kernel runs.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Analysis/SliceAnalysis.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITPARALLELIZEOUTERLOOP
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// Which results of an operand's indexing map are the outer loop (d0).
/// Fails when d0 appears inside a compound expression (then a chunk of d0
/// is not a slice of the operand).
FailureOr<SmallVector<unsigned>> outerLoopPositions(AffineMap map) {
  SmallVector<unsigned> positions;
  for (auto [i, expr] : llvm::enumerate(map.getResults())) {
    if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
      if (dim.getPosition() == 0)
        positions.push_back(unsigned(i));
    } else if (expr.isFunctionOfDim(0)) {
      return failure();
    }
  }
  return positions;
}

/// The buffer a view (subview, expand_shape, ...) looks into.
Value rootBuffer(Value v) {
  while (auto view = v.getDefiningOp<ViewLikeOpInterface>())
    v = view.getViewSource();
  return v;
}

/// What a loop extent is, for telling whether two ops' outer loops have the
/// same size: a constant, the k-th symbolic size of the kernel's signature,
/// or an opaque value (equal only to itself).
struct Extent {
  int64_t size = ShapedType::kDynamic; ///< the constant, when static
  int64_t symbol = -1;                 ///< the signature's symbol, if known
  const void *opaque = nullptr;        ///< otherwise a unique identity

  bool isStatic() const { return !ShapedType::isDynamic(size); }
  bool operator==(const Extent &o) const {
    return size == o.size && symbol == o.symbol && opaque == o.opaque;
  }
};

/// Where the dynamic sizes of a function's buffer arguments come from:
/// numjit.signature (recorded before bufferization) names their symbols.
struct SizeResolver {
  std::optional<KernelSignature> signature;

  explicit SizeResolver(func::FuncOp func) {
    if (func->hasAttr(kSignatureAttrName)) {
      FailureOr<KernelSignature> s = decodeKernelSignature(func);
      if (succeeded(s))
        signature = *s;
    }
  }

  /// The extent of dimension `dim` of buffer `v`.
  Extent of(Value v, int64_t dim) {
    auto type = cast<MemRefType>(v.getType());
    if (!type.isDynamicDim(dim))
      return {type.getDimSize(dim)};
    if (auto cast = v.getDefiningOp<memref::CastOp>())
      return of(cast.getSource(), dim);
    if (auto expand = v.getDefiningOp<memref::ExpandShapeOp>())
      if (auto size = dyn_cast<Value>(expand.getMixedOutputShape()[dim]))
        return ofValue(size);
    if (auto collapse = v.getDefiningOp<memref::CollapseShapeOp>()) {
      // A group of one dynamic size and 1s has that size.
      ReassociationIndices group = collapse.getReassociationIndices()[dim];
      auto source = cast<MemRefType>(collapse.getSrc().getType());
      SmallVector<int64_t> others;
      for (int64_t d : group)
        if (source.getDimSize(d) != 1)
          others.push_back(d);
      if (others.size() == 1)
        return of(collapse.getSrc(), others[0]);
    }
    if (auto alloc = v.getDefiningOp<memref::AllocOp>())
      return ofValue(alloc.getDynamicSizes()[type.getDynamicDimIndex(dim)]);
    if (auto arg = dyn_cast<BlockArgument>(v))
      if (signature && isa<FunctionOpInterface>(arg.getOwner()->getParentOp())) {
        unsigned i = arg.getArgNumber(), numInputs = signature->inputs.size();
        const auto &buffers = i < numInputs ? signature->inputs : signature->outputs;
        unsigned j = i < numInputs ? i : i - numInputs;
        if (j < buffers.size() && dim < int64_t(buffers[j].shape.size()) &&
            buffers[j].shape[dim] < 0)
          return {ShapedType::kDynamic, -1 - buffers[j].shape[dim], nullptr};
      }
    return {ShapedType::kDynamic, -1, v.getAsOpaquePointer()};
  }

  /// The extent given by an index value.
  Extent ofValue(Value size) {
    if (std::optional<int64_t> c = getConstantIntValue(size))
      return {*c};
    if (auto dimOp = size.getDefiningOp<memref::DimOp>())
      if (std::optional<int64_t> d = dimOp.getConstantIndex())
        return of(dimOp.getSource(), *d);
    return {ShapedType::kDynamic, -1, size.getAsOpaquePointer()};
  }
};

/// Whether splitting `v` along `positions` takes the same elements as
/// splitting its buffer along its first dim: `v` is split along its own
/// first dim only and is the buffer itself or a reshape of it with the same
/// first extent (e.g. memref<256xf32> seen as memref<256x1xf32>).
bool splitsLeadingRows(Value v, ArrayRef<unsigned> positions,
                       SizeResolver &sizes) {
  if (positions.size() != 1 || positions[0] != 0)
    return false;
  Extent lead = sizes.of(v, 0);
  while (isa_and_present<memref::ExpandShapeOp, memref::CollapseShapeOp>(
      v.getDefiningOp()))
    v = v.getDefiningOp()->getOperand(0);
  auto type = cast<MemRefType>(v.getType());
  return !v.getDefiningOp<ViewLikeOpInterface>() &&
         type.getLayout().isIdentity() && type.getRank() > 0 &&
         sizes.of(v, 0) == lead;
}

/// Ops that may sit between two ops of a group: they touch no memory
/// (constants, views) or only allocate it.
bool isTransparent(Operation *op) {
  if (isMemoryEffectFree(op))
    return true;
  auto effects = dyn_cast<MemoryEffectOpInterface>(op);
  return effects && op->getNumRegions() == 0 &&
         effects.onlyHasEffect<MemoryEffects::Allocate>();
}

/// A run of linalg ops in one block with the same outer parallel loop,
/// split together: each chunk runs every op of the group on its rows, so
/// what one op writes for a chunk is still in cache when the next reads it.
struct Group {
  SmallVector<linalg::LinalgOp> ops;
  Extent extent;
  /// Iterations of the group's loop nests; kDynamic once a size is.
  int64_t work = 0;
};

struct ParallelizePass
    : numjit::impl::NumjitParallelizeOuterLoopBase<ParallelizePass> {
  using Base::Base;

  void runOnOperation() override {
    SizeResolver sizes(getOperation());
    SmallVector<Group> groups;
    getOperation().walk([&](Block *block) {
      if (block->getParentOp()->getParentOfType<scf::ParallelOp>() ||
          isa<scf::ParallelOp>(block->getParentOp()))
        return;
      Group group;
      auto flush = [&] {
        if (ShapedType::isDynamic(group.work) || group.work >= minIterations)
          groups.push_back(group);
        group = Group();
      };
      for (Operation &op : *block) {
        auto linalgOp = dyn_cast<linalg::LinalgOp>(&op);
        int64_t work = 0;
        std::optional<Extent> extent =
            linalgOp ? outerExtent(linalgOp, sizes, work) : std::nullopt;
        if (extent) {
          if (!group.ops.empty() &&
              (!(*extent == group.extent) || !fitsGroup(group, linalgOp, sizes)))
            flush();
          group.extent = *extent;
          group.ops.push_back(linalgOp);
          group.work = ShapedType::isDynamic(work) || ShapedType::isDynamic(group.work)
                           ? ShapedType::kDynamic
                           : group.work + work;
          continue;
        }
        if (!isTransparent(&op))
          flush();
      }
      flush();
    });
    for (Group &group : groups)
      parallelize(group);
    SmallVector<FullReduction> reductions;
    getOperation().walk([&](linalg::GenericOp op) {
      if (!op->getParentOfType<scf::ParallelOp>())
        if (std::optional<FullReduction> r = matchFullReduction(op))
          reductions.push_back(*r);
    });
    for (FullReduction &r : reductions)
      splitFullReduction(r);
  }

  /// A reduction of one dynamic loop into a rank-0 buffer, filled with the
  /// reduction's identity right before, whose payload combines with one op.
  struct FullReduction {
    linalg::GenericOp op;
    linalg::FillOp fill;
    Operation *combiner;
  };

  static std::optional<FullReduction> matchFullReduction(linalg::GenericOp op) {
    if (!op.hasPureBufferSemantics() || op.getNumLoops() != 1 ||
        op.getNumReductionLoops() != 1 || op.getNumDpsInits() != 1 ||
        !ShapedType::isDynamic(op.getStaticLoopRanges()[0]))
      return std::nullopt;
    Value out = op.getDpsInits()[0];
    auto fill = dyn_cast_or_null<linalg::FillOp>(op->getPrevNode());
    if (cast<MemRefType>(out.getType()).getRank() != 0 || !fill ||
        fill.getOutputs()[0] != out)
      return std::nullopt;
    for (OpOperand *in : op.getDpsInputOperands())
      if (!op.getMatchingIndexingMap(in).isIdentity())
        return std::nullopt;
    SmallVector<Operation *> combiners;
    if (!matchReduction(op.getRegionOutputArgs(), 0, combiners) || combiners.size() != 1)
      return std::nullopt;
    return FullReduction{op, fill, combiners[0]};
  }

  /// The static split of numjit-split-reduction, decided when the kernel
  /// runs: when the loop is large, kParts partial reductions of contiguous
  /// parts run in parallel (each into its own identity-filled slot) and a
  /// last reduction combines the slots into the output.
  void splitFullReduction(FullReduction &r) {
    static constexpr int64_t kParts = 64; // as numjit-split-reduction's parts
    linalg::GenericOp op = r.op;
    OpBuilder b(op);
    Location loc = op.getLoc();
    auto index = [&](int64_t v) -> Value { return arith::ConstantIndexOp::create(b, loc, v); };
    Value input = op.getDpsInputs()[0];
    Value n = memref::DimOp::create(b, loc, input, 0);
    Value large = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, n,
                                        index(minIterations));
    auto ifOp = scf::IfOp::create(b, loc, large, /*withElseRegion=*/true);
    b.setInsertionPointToStart(ifOp.elseBlock());
    b.clone(*op);

    b.setInsertionPointToStart(ifOp.thenBlock());
    Value out = op.getDpsInits()[0];
    auto outType = cast<MemRefType>(out.getType());
    auto partsType = MemRefType::get({kParts}, outType.getElementType());
    Value partials = memref::AllocaOp::create(b, loc, partsType);
    Value chunk = arith::CeilDivSIOp::create(b, loc, n, index(kParts));
    auto loop = scf::ParallelOp::create(b, loc, ValueRange{index(0)},
                                        ValueRange{index(kParts)}, ValueRange{index(1)});
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(loop.getBody());
      Value p = loop.getInductionVars()[0];
      Value lo = arith::MinSIOp::create(b, loc, n, arith::MulIOp::create(b, loc, p, chunk));
      Value size = arith::MinSIOp::create(b, loc, chunk, arith::SubIOp::create(b, loc, n, lo));
      auto slotType = memref::SubViewOp::inferRankReducedResultType(
          {}, partsType, ArrayRef<int64_t>{ShapedType::kDynamic}, ArrayRef<int64_t>{1},
          ArrayRef<int64_t>{1});
      Value slot = memref::SubViewOp::create(
          b, loc, cast<MemRefType>(slotType), partials, ArrayRef<OpFoldResult>{p},
          ArrayRef<OpFoldResult>{b.getIndexAttr(1)}, ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
      linalg::FillOp::create(b, loc, r.fill.getInputs(), ValueRange{slot});
      IRMapping parts;
      parts.map(out, slot);
      for (Value in : op.getDpsInputs())
        parts.map(in, memref::SubViewOp::create(b, loc, in, ArrayRef<OpFoldResult>{lo},
                                                ArrayRef<OpFoldResult>{size},
                                                ArrayRef<OpFoldResult>{b.getIndexAttr(1)}));
      b.clone(*op, parts);
    }
    // out = out (+) partials[0] (+) ... with the payload's own combiner.
    MLIRContext *ctx = &getContext();
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(1, ctx),
                                   AffineMap::get(1, 0, {}, ctx)};
    Value outArg = op.getRegionOutputArgs()[0];
    linalg::GenericOp::create(
        b, loc, TypeRange{}, ValueRange{partials}, ValueRange{out}, maps,
        {utils::IteratorType::reduction}, [&](OpBuilder &nb, Location l, ValueRange args) {
          IRMapping mapping;
          for (Value operand : r.combiner->getOperands())
            mapping.map(operand, operand == outArg ? args[1] : args[0]);
          Operation *combined = nb.clone(*r.combiner, mapping);
          linalg::YieldOp::create(nb, l, combined->getResult(0));
        });
    op->erase();
  }

  /// The outer loop's extent if `op` can be split along it (the outer loop
  /// parallel and a plain index of every operand), and the iterations of
  /// its whole loop nest in `work` (kDynamic if a size is dynamic).
  static std::optional<Extent> outerExtent(linalg::LinalgOp op,
                                           SizeResolver &sizes, int64_t &work) {
    if (!op.hasPureBufferSemantics() || op.getNumLoops() == 0 ||
        !linalg::isParallelIterator(op.getIteratorTypesArray()[0]))
      return std::nullopt;
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    work = 1;
    for (int64_t r : ranges)
      work = ShapedType::isDynamic(r) || ShapedType::isDynamic(work)
                 ? ShapedType::kDynamic
                 : work * r;
    if (!ShapedType::isDynamic(ranges[0]) && ranges[0] < 2)
      return std::nullopt;
    for (AffineMap map : op.getIndexingMapsArray())
      if (failed(outerLoopPositions(map)))
        return std::nullopt;
    // The extent as one operand's dimension.
    for (OpOperand &operand : op->getOpOperands()) {
      if (!isa<MemRefType>(operand.get().getType()))
        continue;
      SmallVector<unsigned> positions =
          *outerLoopPositions(op.getMatchingIndexingMap(&operand));
      if (!positions.empty())
        return sizes.of(operand.get(), positions[0]);
    }
    return std::nullopt;
  }

  /// Whether `next` can run chunk by chunk after the group's ops: every
  /// buffer it shares with them, where either side writes, is the same
  /// value split the same way, so chunk c only touches rows of chunk c.
  static bool fitsGroup(const Group &group, linalg::LinalgOp next,
                        SizeResolver &sizes) {
    for (OpOperand &b : next->getOpOperands()) {
      if (!isa<MemRefType>(b.get().getType()))
        continue;
      Value root = rootBuffer(b.get());
      for (linalg::LinalgOp op : group.ops)
        for (OpOperand &a : op->getOpOperands()) {
          if (!isa<MemRefType>(a.get().getType()) ||
              rootBuffer(a.get()) != root)
            continue;
          if (!op.isDpsInit(&a) && !next.isDpsInit(&b))
            continue;
          auto pa = *outerLoopPositions(op.getMatchingIndexingMap(&a));
          auto pb = *outerLoopPositions(next.getMatchingIndexingMap(&b));
          bool sameSplit = a.get() == b.get() && !pa.empty() && pa == pb;
          if (!sameSplit && !(splitsLeadingRows(a.get(), pa, sizes) &&
                              splitsLeadingRows(b.get(), pb, sizes)))
            return false;
        }
    }
    return true;
  }

  void parallelize(Group &group) {
    OpBuilder b(group.ops.back());
    Location loc = group.ops.front().getLoc();
    auto index = [&](int64_t v) -> Value {
      return arith::ConstantIndexOp::create(b, loc, v);
    };
    if (group.extent.isStatic() && !ShapedType::isDynamic(group.work)) {
      // Rows per chunk: about `chunkIterations` iterations of the group's
      // loop nests, so what one op of the group writes for a chunk is still
      // in L1 when the next reads it.
      int64_t extent = group.extent.size;
      int64_t perRow = std::max<int64_t>(1, group.work / extent);
      int64_t chunk = std::clamp<int64_t>(chunkIterations / perRow, 1, extent);
      emitChunks(b, loc, group, index(extent), index(chunk),
                 index(llvm::divideCeil(extent, chunk)), extent % chunk == 0);
      for (linalg::LinalgOp op : group.ops)
        op->erase();
      return;
    }
    // Sizes known only when the kernel runs: the same arithmetic in index
    // ops, and the ops stay on this thread when the work is small.
    Value extent = outerExtentValue(b, loc, group.ops.front());
    Value work = index(0);
    for (linalg::LinalgOp op : group.ops) {
      Value iterations = index(1);
      for (Range range : op.createLoopRanges(b, loc))
        iterations = arith::MulIOp::create(
            b, loc, iterations, getValueOrCreateConstantIndexOp(b, loc, range.size));
      work = arith::AddIOp::create(b, loc, work, iterations);
    }
    Value large = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, work,
                                        index(minIterations));
    auto ifOp = scf::IfOp::create(b, loc, large, /*withElseRegion=*/true);
    b.setInsertionPointToStart(ifOp.elseBlock());
    for (linalg::LinalgOp op : group.ops)
      b.clone(*op);
    b.setInsertionPointToStart(ifOp.thenBlock());
    // Rows per chunk: a constant when the inner loops are static (a row of
    // every op costs the same whatever the extent); else computed, where
    // work >= min-iterations > 0 makes the extent at least 1.
    Value chunk;
    if (std::optional<int64_t> perRow = staticWorkPerRow(group)) {
      chunk = index(std::max<int64_t>(1, chunkIterations / std::max<int64_t>(1, *perRow)));
    } else {
      Value rowWork = arith::MaxSIOp::create(
          b, loc, index(1), arith::DivSIOp::create(b, loc, work, extent));
      chunk = arith::MinSIOp::create(
          b, loc, extent,
          arith::MaxSIOp::create(
              b, loc, index(1),
              arith::DivSIOp::create(b, loc, index(chunkIterations), rowWork)));
    }
    Value numChunks = arith::CeilDivSIOp::create(b, loc, extent, chunk);
    emitChunks(b, loc, group, extent, chunk, numChunks, /*evenSplit=*/false);
    for (linalg::LinalgOp op : group.ops)
      op->erase();
  }

  /// The iterations one row (one step of the outer loop) costs the whole
  /// group, when every op's inner loops are static.
  static std::optional<int64_t> staticWorkPerRow(const Group &group) {
    int64_t total = 0;
    for (linalg::LinalgOp op : group.ops) {
      int64_t row = 1;
      SmallVector<int64_t> ranges = op.getStaticLoopRanges(); // outlives the loop
      for (int64_t r : ArrayRef<int64_t>(ranges).drop_front()) {
        if (ShapedType::isDynamic(r))
          return std::nullopt;
        row *= r;
      }
      total += row;
    }
    return total;
  }

  /// The outer loop's extent as an index value.
  static Value outerExtentValue(OpBuilder &b, Location loc, linalg::LinalgOp op) {
    for (OpOperand &operand : op->getOpOperands()) {
      if (!isa<MemRefType>(operand.get().getType()))
        continue;
      SmallVector<unsigned> positions =
          *outerLoopPositions(op.getMatchingIndexingMap(&operand));
      if (!positions.empty())
        return getValueOrCreateConstantIndexOp(
            b, loc, memref::getMixedSize(b, loc, operand.get(), positions[0]));
    }
    llvm_unreachable("outerExtent found an operand indexed by the outer loop");
  }

  /// scf.parallel over `numChunks` chunks of `chunk` rows, each running
  /// every op of the group on subviews of its rows; the last chunk is cut
  /// to the extent unless `evenSplit`. Operands are replaced one by one
  /// (not value by value): one buffer may be read through two maps, e.g.
  /// x + transpose(x).
  static void emitChunks(OpBuilder &b, Location loc, Group &group, Value extent,
                         Value chunk, Value numChunks, bool evenSplit) {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    auto loop = scf::ParallelOp::create(b, loc, ValueRange{zero},
                                        ValueRange{numChunks}, ValueRange{one});
    b.setInsertionPointToStart(loop.getBody());
    Value lo = arith::MulIOp::create(b, loc, loop.getInductionVars()[0], chunk);
    OpFoldResult size = getAsOpFoldResult(chunk);
    if (!evenSplit)
      size = arith::MinSIOp::create(b, loc, chunk,
                                    arith::SubIOp::create(b, loc, extent, lo))
                 .getResult();
    for (linalg::LinalgOp op : group.ops) {
      Operation *clone = b.clone(*op);
      for (OpOperand &operand : clone->getOpOperands()) {
        auto type = dyn_cast<MemRefType>(operand.get().getType());
        if (!type)
          continue;
        SmallVector<unsigned> positions = *outerLoopPositions(
            cast<linalg::LinalgOp>(clone).getMatchingIndexingMap(&operand));
        if (positions.empty())
          continue;
        b.setInsertionPoint(clone);
        SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
        SmallVector<OpFoldResult> sizes =
            memref::getMixedSizes(b, loc, operand.get());
        SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
        for (unsigned p : positions) {
          offsets[p] = lo;
          sizes[p] = size;
        }
        operand.set(memref::SubViewOp::create(b, loc, operand.get(), offsets,
                                              sizes, strides));
      }
      // The body's position along the outer loop is the chunk's plus lo
      // (an iota, a gather's index arithmetic).
      clone->walk([&](linalg::IndexOp index) {
        if (index.getDim() != 0)
          return;
        OpBuilder ib(index->getContext());
        ib.setInsertionPointAfter(index);
        Value global = arith::AddIOp::create(ib, index.getLoc(), index, lo);
        index.getResult().replaceAllUsesExcept(global, global.getDefiningOp());
      });
      b.setInsertionPointAfter(clone);
    }
  }
};

} // namespace
