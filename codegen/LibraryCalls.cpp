//===- LibraryCalls.cpp - Large matrix products become BLAS calls ---------===//
//
// A matrix product big enough that packing pays off runs faster in a tuned
// BLAS than in any loop nest numjit generates (OpenBLAS packs panels into
// cache-sized blocks and runs a hand-written AVX-512 micro-kernel). As in
// XLA's CPU backend, the lowering marks such a product (`numjit.blas` on its
// linalg.generic, see NumjitToLinalg.cpp) and, once operands are buffers,
// this pass replaces it by a call of OpenBLAS's cblas_sgemm/dgemm (the JIT
// defines those symbols, runtime/Runtime.h; an AOT object links OpenBLAS).
// Small, batched and integer products, and operands whose rows are not
// contiguous, stay generated loops. On the GPU the call is cuBLAS's (through
// runtime/Cuda.cpp, when libcublas opens), with the loops as the fallback.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITGEMMTOBLAS
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;
using namespace mlir::numjit;

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

/// A buffer a BLAS routine can read: rank 2, unit stride along rows.
bool hasContiguousRows(Value v, Type elem) {
  auto type = dyn_cast<MemRefType>(v.getType());
  if (!type || type.getRank() != 2 || type.getElementType() != elem)
    return false;
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(type.getStridesAndOffset(strides, offset)) &&
         strides[1] == 1;
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

/// One operand of a BLAS call: base address, offset and row stride (i64),
/// and its element size.
struct Buffer {
  Value base, offset, rowStride;
  int64_t elementBytes;
};

struct GemmToBlasPass : numjit::impl::NumjitGemmToBlasBase<GemmToBlasPass> {
  using Base::Base;

  void runOnOperation() override {
    if (library != "cblas" && library != "cublas") {
      getOperation().emitError("numjit-gemm-to-blas: unknown library '")
          << library << "' (cblas or cublas)";
      return signalPassFailure();
    }
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
      // bf16 inputs into f32 (numjit-narrow-gemm-operands) call numjit_sbgemm.
      Type in = getElementTypeOrSelf(a.getType());
      bool sb = bf16 && library == "cblas" && in.isBF16() && elem.isF32();
      if (failed(shape) || !(elem.isF32() || elem.isF64()) || (in != elem && !sb) ||
          !hasContiguousRows(a, in) || !hasContiguousRows(bv, in) ||
          !hasContiguousRows(c, elem))
        continue;
      replace(op, *shape, a, bv, c, elem);
    }
  }

  void replace(linalg::GenericOp op, GemmShape shape, Value a, Value bv,
               Value c, Type elem) {
    linalg::FillOp fill = zeroFillBefore(op, c);
    OpBuilder b(op);
    Location loc = op.getLoc();
    auto i64 = b.getI64Type();
    auto dim = [&](Value v, int64_t d) -> Value {
      return arith::IndexCastOp::create(b, loc, i64,
                                        memref::DimOp::create(b, loc, v, d));
    };
    Value m = dim(c, 0), n = dim(c, 1), k = dim(a, shape.transA ? 0 : 1);
    Buffer buffers[] = {buffer(b, loc, a), buffer(b, loc, bv), buffer(b, loc, c)};

    bool dynamic = llvm::any_of(ValueRange{a, bv, c}, [](Value v) {
      return !cast<MemRefType>(v.getType()).hasStaticShape();
    });
    if (!dynamic) {
      callOrFallBack(b, loc, op, fill, shape, elem, m, n, k, buffers);
      if (fill)
        fill.erase();
      op.erase();
      return;
    }
    // Sizes known only when the kernel runs: call BLAS when the product is
    // large (and its sizes fit BLAS's 32-bit integers), else run the loops.
    auto constant = [&](int64_t v) -> Value {
      return arith::ConstantIntOp::create(b, loc, i64, v);
    };
    Value work = arith::MulIOp::create(b, loc, arith::MulIOp::create(b, loc, m, n), k);
    Value large = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, work,
                                        constant(kBlasMinMultiplyAdds));
    for (Value v : {m, n, k, buffers[0].rowStride, buffers[1].rowStride,
                    buffers[2].rowStride})
      large = arith::AndIOp::create(
          b, loc, large,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, v,
                                constant(int64_t(1) << 31)));
    auto ifOp = scf::IfOp::create(b, loc, large, /*withElseRegion=*/true);
    b.setInsertionPointToStart(ifOp.thenBlock());
    callOrFallBack(b, loc, op, fill, shape, elem, m, n, k, buffers);
    b.setInsertionPointToStart(ifOp.elseBlock());
    cloneLoops(b, op, fill);
    if (fill)
      fill.erase();
    op.erase();
  }

  /// The product as loops again: the zero fill (if any) and the op.
  void cloneLoops(OpBuilder &b, linalg::GenericOp op, linalg::FillOp fill) {
    if (fill)
      b.clone(*fill);
    b.clone(*op);
  }

  /// The library call; with cuBLAS, which may be missing, the loops run
  /// when it reports that it did not.
  void callOrFallBack(OpBuilder &b, Location loc, linalg::GenericOp op,
                      linalg::FillOp fill, GemmShape shape, Type elem, Value m,
                      Value n, Value k, ArrayRef<Buffer> buffers) {
    Value status = call(b, loc, shape, elem, m, n, k, buffers, /*accumulate=*/!fill);
    if (!status)
      return;
    Value failed = arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::ne, status,
        arith::ConstantIntOp::create(b, loc, b.getI32Type(), 0));
    auto ifOp = scf::IfOp::create(b, loc, failed, /*withElseRegion=*/false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    cloneLoops(b, op, fill);
  }

  Buffer buffer(OpBuilder &b, Location loc, Value memref) {
    auto i64 = b.getI64Type();
    auto meta = memref::ExtractStridedMetadataOp::create(b, loc, memref);
    Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
    return {arith::IndexCastOp::create(b, loc, i64, base),
            arith::IndexCastOp::create(b, loc, i64, meta.getOffset()),
            arith::IndexCastOp::create(b, loc, i64, meta.getStrides()[0]),
            int64_t(getElementTypeOrSelf(memref.getType()).getIntOrFloatBitWidth() / 8)};
  }

  /// C (+)= op(A) op(B) as a call of cblas_?gemm, or of
  /// numjit_cublas_?gemm, whose status it returns.
  Value call(OpBuilder &b, Location loc, GemmShape shape, Type elem, Value m,
             Value n, Value k, ArrayRef<Buffer> buffers, bool accumulate) {
    auto i64 = b.getI64Type();
    auto constant = [&](int64_t v) -> Value {
      return arith::ConstantIntOp::create(b, loc, i64, v);
    };
    // cblas_?gemm(order, transA, transB, m, n, k, alpha, A, lda, B, ldb,
    //             beta, C, ldc) with CBLAS's enum values: row-major 101,
    // no-trans 111, trans 112.
    auto i32 = b.getI32Type();
    auto ptr = LLVM::LLVMPointerType::get(b.getContext());
    auto int32 = [&](Value v) -> Value { return arith::TruncIOp::create(b, loc, i32, v); };
    auto int32Constant = [&](int64_t v) -> Value {
      return arith::ConstantIntOp::create(b, loc, i32, v);
    };
    auto scalar = [&](double v) -> Value {
      return arith::ConstantFloatOp::create(b, loc, cast<FloatType>(elem),
                                            APFloat(elem.isF32() ? APFloat(float(v))
                                                                 : APFloat(v)));
    };
    auto address = [&](const Buffer &buffer) -> Value {
      Value offsetBytes =
          arith::MulIOp::create(b, loc, buffer.offset, constant(buffer.elementBytes));
      Value address = arith::AddIOp::create(b, loc, buffer.base, offsetBytes);
      return LLVM::IntToPtrOp::create(b, loc, ptr, address).getResult();
    };
    SmallVector<Value> args = {int32Constant(101),
                               int32Constant(shape.transA ? 112 : 111),
                               int32Constant(shape.transB ? 112 : 111),
                               int32(m), int32(n), int32(k), scalar(1.0),
                               address(buffers[0]), int32(buffers[0].rowStride),
                               address(buffers[1]), int32(buffers[1].rowStride),
                               scalar(accumulate ? 1.0 : 0.0),
                               address(buffers[2]), int32(buffers[2].rowStride)};
    bool cublas = library == "cublas";
    std::string callee = std::string(cublas ? "numjit_cublas_" : "cblas_") +
                         (elem.isF32() ? "sgemm" : "dgemm");
    if (buffers[0].elementBytes == 2)
      callee = "numjit_sbgemm";
    SmallVector<Type, 1> results;
    if (cublas)
      results.push_back(i32);
    auto callOp = func::CallOp::create(
        b, loc, declare(callee, ValueRange(args).getTypes(), results), results, args);
    return cublas ? callOp.getResult(0) : Value();
  }

  /// `func.func private @callee(types...) -> results`, declared once per
  /// module.
  FlatSymbolRefAttr declare(StringRef callee, TypeRange types, TypeRange results) {
    ModuleOp module = getOperation();
    if (!module.lookupSymbol(callee)) {
      OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
      auto decl = func::FuncOp::create(b, module.getLoc(), callee,
                                       b.getFunctionType(types, results));
      decl.setPrivate();
    }
    return FlatSymbolRefAttr::get(&getContext(), callee);
  }
};
} // namespace
