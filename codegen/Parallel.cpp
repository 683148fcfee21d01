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
// A full reduction has no parallel loop to split, so before bufferization
// numjit-split-reduction rewrites a large one as partial reductions over
// contiguous parts (a parallel loop) followed by a small reduction of the
// partial results (MLIR's linalg::splitReduction):
//
//   sum(x[N]) => sum(partial[P]),  partial[p] = sum(x[p * N/P .. (p+1) * N/P))
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITPARALLELIZEOUTERLOOP
#define GEN_PASS_DEF_NUMJITSPLITREDUCTION
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

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

/// Whether splitting `v` along `positions` takes the same elements as
/// splitting its buffer along its first dim: `v` is split along its own
/// first dim only and is the buffer itself or a reshape of it with the same
/// first extent (e.g. memref<256xf32> seen as memref<256x1xf32>).
bool splitsLeadingRows(Value v, ArrayRef<unsigned> positions) {
  if (positions.size() != 1 || positions[0] != 0)
    return false;
  int64_t lead = cast<MemRefType>(v.getType()).getDimSize(0);
  while (isa_and_present<memref::ExpandShapeOp, memref::CollapseShapeOp>(
      v.getDefiningOp()))
    v = v.getDefiningOp()->getOperand(0);
  auto type = cast<MemRefType>(v.getType());
  return !v.getDefiningOp<ViewLikeOpInterface>() &&
         type.getLayout().isIdentity() && type.getDimSize(0) == lead;
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
  int64_t extent = 0, work = 0;
};

struct ParallelizePass
    : numjit::impl::NumjitParallelizeOuterLoopBase<ParallelizePass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<Group> groups;
    getOperation().walk([&](Block *block) {
      if (block->getParentOp()->getParentOfType<scf::ParallelOp>() ||
          isa<scf::ParallelOp>(block->getParentOp()))
        return;
      Group group;
      auto flush = [&] {
        if (group.work >= minIterations)
          groups.push_back(group);
        group = Group();
      };
      for (Operation &op : *block) {
        auto linalgOp = dyn_cast<linalg::LinalgOp>(&op);
        int64_t work = 0;
        std::optional<int64_t> extent =
            linalgOp ? outerExtent(linalgOp, work) : std::nullopt;
        if (extent) {
          if (!group.ops.empty() &&
              (*extent != group.extent || !fitsGroup(group, linalgOp)))
            flush();
          group.extent = *extent;
          group.ops.push_back(linalgOp);
          group.work += work;
          continue;
        }
        if (!isTransparent(&op))
          flush();
      }
      flush();
    });
    for (Group &group : groups)
      parallelize(group);
  }

  /// The outer loop's extent if `op` can be split along it (static loops,
  /// the outer one parallel and a plain index of every operand), and the
  /// iterations of its whole loop nest in `work`.
  static std::optional<int64_t> outerExtent(linalg::LinalgOp op,
                                            int64_t &work) {
    if (!op.hasPureBufferSemantics() || op.getNumLoops() == 0 ||
        !linalg::isParallelIterator(op.getIteratorTypesArray()[0]))
      return std::nullopt;
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    work = 1;
    for (int64_t r : ranges) {
      if (ShapedType::isDynamic(r))
        return std::nullopt;
      work *= r;
    }
    if (ranges[0] < 2)
      return std::nullopt;
    for (AffineMap map : op.getIndexingMapsArray())
      if (failed(outerLoopPositions(map)))
        return std::nullopt;
    return ranges[0];
  }

  /// Whether `next` can run chunk by chunk after the group's ops: every
  /// buffer it shares with them, where either side writes, is the same
  /// value split the same way, so chunk c only touches rows of chunk c.
  static bool fitsGroup(const Group &group, linalg::LinalgOp next) {
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
          if (!sameSplit && !(splitsLeadingRows(a.get(), pa) &&
                              splitsLeadingRows(b.get(), pb)))
            return false;
        }
    }
    return true;
  }

  void parallelize(Group &group) {
    OpBuilder b(group.ops.back());
    Location loc = group.ops.front().getLoc();
    int64_t extent = group.extent;
    // Rows per chunk: about `chunkIterations` iterations of the group's
    // loop nests, so what one op of the group writes for a chunk is still
    // in L1 when the next reads it.
    int64_t perRow = std::max<int64_t>(1, group.work / extent);
    int64_t chunk = std::clamp<int64_t>(chunkIterations / perRow, 1, extent);
    int64_t numChunks = llvm::divideCeil(extent, chunk);
    auto index = [&](int64_t v) -> Value {
      return arith::ConstantIndexOp::create(b, loc, v);
    };
    Value chunkSize = index(chunk), extentValue = index(extent);
    auto loop = scf::ParallelOp::create(b, loc, ValueRange{index(0)},
                                        ValueRange{index(numChunks)},
                                        ValueRange{index(1)});
    b.setInsertionPointToStart(loop.getBody());
    Value lo =
        arith::MulIOp::create(b, loc, loop.getInductionVars()[0], chunkSize);
    OpFoldResult size = b.getIndexAttr(chunk);
    if (extent % chunk != 0)
      size = arith::MinSIOp::create(
                 b, loc, chunkSize,
                 arith::SubIOp::create(b, loc, extentValue, lo))
                 .getResult();

    // Operands are replaced one by one (not value by value): one buffer may
    // be read through two maps, e.g. x + transpose(x).
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
        SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
        SmallVector<OpFoldResult> sizes, strides(type.getRank(),
                                                 b.getIndexAttr(1));
        for (int64_t d : type.getShape())
          sizes.push_back(b.getIndexAttr(d));
        for (unsigned p : positions) {
          offsets[p] = lo;
          sizes[p] = size;
        }
        b.setInsertionPoint(clone);
        operand.set(memref::SubViewOp::create(b, loc, operand.get(), offsets,
                                              sizes, strides));
      }
      b.setInsertionPointAfter(clone);
    }
    for (linalg::LinalgOp op : group.ops)
      op->erase();
  }
};

struct SplitReductionPass
    : numjit::impl::NumjitSplitReductionBase<SplitReductionPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::GenericOp> candidates;
    getOperation().walk([&](linalg::GenericOp op) {
      if (partsFor(op) > 1)
        candidates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp op : candidates) {
      rewriter.setInsertionPoint(op);
      int64_t n = partsFor(op);
      // Failure (a body whose combiner MLIR does not recognize) leaves the
      // op as it was.
      (void)linalg::splitReduction(rewriter, op, [n](linalg::LinalgOp) {
        return linalg::SplitReductionOptions{n, 0, /*innerParallel=*/false};
      });
    }
  }

  /// The number of parts to split `op` into, or 1 to leave it: only a
  /// reduction over one large static loop and no parallel loop, split into
  /// the most parts (up to `parts`) that divide the loop evenly.
  int64_t partsFor(linalg::GenericOp op) {
    if (!op.hasPureTensorSemantics() || op.getNumLoops() != 1 ||
        op.getNumReductionLoops() != 1 || op.getNumDpsInits() != 1)
      return 1;
    int64_t extent = op.getStaticLoopRanges()[0];
    if (ShapedType::isDynamic(extent) || extent < minIterations)
      return 1;
    for (int64_t p = parts; p > 1; p /= 2)
      if (extent % p == 0)
        return p;
    return 1;
  }
};
} // namespace
