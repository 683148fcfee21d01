//===- LibraryCalls.cpp - Large matrix products become BLAS calls ---------===//
//
// A matrix product big enough that packing pays off runs faster in a tuned
// BLAS than in any loop nest numjit generates (OpenBLAS packs panels into
// cache-sized blocks and runs a hand-written AVX-512 micro-kernel). As in
// XLA's CPU backend, the lowering marks such a product (`numjit.blas` on its
// linalg.generic, see NumjitToLinalg.cpp) and, once operands are buffers,
// this pass replaces it by a call into the runtime (runtime/Runtime.h).
// Small, batched and integer products, and operands whose rows are not
// contiguous, stay generated loops.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITGEMMTOBLAS
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
/// Where the operands of a marked product sit in its loops (d0 = row of C,
/// d1 = column of C, d2 = the contracted dim).
struct GemmShape {
  bool transA = false, transB = false;
};

/// Reads transposition off the indexing maps; fails unless they are the
/// maps of C[d0, d1] += A[d0|d2, d2|d0] * B[d2|d1, d1|d2].
FailureOr<GemmShape> matchGemm(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      op.getNumLoops() != 3)
    return failure();
  auto dims = [](AffineMap map) -> std::optional<std::pair<unsigned, unsigned>> {
    if (map.getNumResults() != 2 || !map.isProjectedPermutation())
      return std::nullopt;
    return std::make_pair(cast<AffineDimExpr>(map.getResult(0)).getPosition(),
                          cast<AffineDimExpr>(map.getResult(1)).getPosition());
  };
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  auto a = dims(maps[0]), b = dims(maps[1]), c = dims(maps[2]);
  using P = std::pair<unsigned, unsigned>;
  if (!a || !b || !c || *c != P(0, 1))
    return failure();
  GemmShape shape;
  if (*a == P(2, 0))
    shape.transA = true;
  else if (*a != P(0, 2))
    return failure();
  if (*b == P(1, 2))
    shape.transB = true;
  else if (*b != P(2, 1))
    return failure();
  return shape;
}

/// A buffer a BLAS routine can read: static rank 2, unit stride along rows.
bool hasContiguousRows(Value v, Type elem) {
  auto type = dyn_cast<MemRefType>(v.getType());
  if (!type || type.getRank() != 2 || type.getElementType() != elem ||
      !type.hasStaticShape())
    return false;
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(type.getStridesAndOffset(strides, offset)) &&
         strides[1] == 1;
}

/// The C ABI operands of one buffer: address of its base, offset and row
/// stride in elements, each as i64.
void appendBuffer(OpBuilder &b, Location loc, Value memref,
                  SmallVectorImpl<Value> &args) {
  auto i64 = b.getI64Type();
  auto meta = memref::ExtractStridedMetadataOp::create(b, loc, memref);
  Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
  args.push_back(arith::IndexCastOp::create(b, loc, i64, base));
  args.push_back(arith::IndexCastOp::create(b, loc, i64, meta.getOffset()));
  args.push_back(arith::IndexCastOp::create(b, loc, i64, meta.getStrides()[0]));
}

/// The fill that zeroes `out` right before `op`, if there is one: the call
/// then overwrites instead of accumulating and the fill goes.
linalg::FillOp zeroFillBefore(Operation *op, Value out) {
  auto fill = dyn_cast_or_null<linalg::FillOp>(op->getPrevNode());
  if (!fill || fill.getOutputs()[0] != out)
    return nullptr;
  Value v = fill.getInputs()[0];
  if (!matchPattern(v, m_AnyZeroFloat()))
    return nullptr;
  return fill;
}

struct GemmToBlasPass : numjit::impl::NumjitGemmToBlasBase<GemmToBlasPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<linalg::GenericOp> marked;
    module.walk([&](linalg::GenericOp op) {
      if (op->hasAttr("numjit.blas"))
        marked.push_back(op);
    });
    for (linalg::GenericOp op : marked) {
      op->removeAttr("numjit.blas");
      FailureOr<GemmShape> shape = matchGemm(op);
      Value a = op.getDpsInputs()[0], bv = op.getDpsInputs()[1],
            c = op.getDpsInits()[0];
      Type elem = getElementTypeOrSelf(c.getType());
      if (failed(shape) || !(elem.isF32() || elem.isF64()) ||
          !hasContiguousRows(a, elem) || !hasContiguousRows(bv, elem) ||
          !hasContiguousRows(c, elem))
        continue;
      replace(op, *shape, a, bv, c, elem.isF32() ? "numjit_rt_sgemm"
                                                 : "numjit_rt_dgemm");
    }
  }

  void replace(linalg::GenericOp op, GemmShape shape, Value a, Value bv,
               Value c, StringRef callee) {
    OpBuilder b(op);
    Location loc = op.getLoc();
    auto i64 = b.getI64Type();
    auto constant = [&](int64_t v) -> Value {
      return arith::ConstantIntOp::create(b, loc, i64, v);
    };
    ArrayRef<int64_t> cShape = cast<MemRefType>(c.getType()).getShape();
    ArrayRef<int64_t> aShape = cast<MemRefType>(a.getType()).getShape();
    int64_t k = shape.transA ? aShape[0] : aShape[1];
    linalg::FillOp fill = zeroFillBefore(op, c);
    SmallVector<Value> args = {constant(shape.transA), constant(shape.transB),
                               constant(cShape[0]), constant(cShape[1]),
                               constant(k)};
    appendBuffer(b, loc, a, args);
    appendBuffer(b, loc, bv, args);
    appendBuffer(b, loc, c, args);
    args.push_back(constant(fill ? 0 : 1));
    func::CallOp::create(b, loc, declare(callee, args.size()), TypeRange{},
                         args);
    if (fill)
      fill.erase();
    op.erase();
  }

  /// `func.func private @callee(i64, ..., i64)`, declared once per module.
  FlatSymbolRefAttr declare(StringRef callee, size_t numArgs) {
    ModuleOp module = getOperation();
    if (!module.lookupSymbol(callee)) {
      OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
      SmallVector<Type> types(numArgs, b.getI64Type());
      auto decl = func::FuncOp::create(b, module.getLoc(), callee,
                                       b.getFunctionType(types, {}));
      decl.setPrivate();
    }
    return FlatSymbolRefAttr::get(&getContext(), callee);
  }
};
} // namespace
