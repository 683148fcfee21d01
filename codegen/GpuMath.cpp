//===- GpuMath.cpp - libdevice calls that NVPTX does natively, inlined ----===//
//
// convert-gpu-to-nvvm sends every math op to CUDA's libdevice (__nv_fmaf,
// __nv_floorf, ...), which only a CUDA toolkit provides. The calls the NVPTX
// backend has instructions for become LLVM intrinsics again, so kernels of
// arithmetic and of the polynomial exp/log/tanh need no toolkit:
//
//   llvm.call @__nv_fmaf(%a, %b, %c)  =>  llvm.intr.fma(%a, %b, %c)   (fma.rn.f32)
//
// (fma, floor, ceil, trunc, rint, fabs, copysign, sqrt; f32 and f64). The
// others (sin, cos, f64 exp, ...) stay libdevice calls.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/ADT/StringSwitch.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITGPUNATIVEMATH
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;

namespace {
enum class Native { None, Fma, Floor, Ceil, Trunc, Rint, Abs, CopySign, Sqrt };

Native nativeFor(StringRef callee) {
  // f32 names end in "f" ("__nv_floorf"), f64 ones do not.
  StringRef base = callee;
  if (!base.consume_front("__nv_"))
    return Native::None;
  auto pick = [](StringRef name) {
    return llvm::StringSwitch<Native>(name)
        .Case("fma", Native::Fma)
        .Case("floor", Native::Floor)
        .Case("ceil", Native::Ceil)
        .Case("trunc", Native::Trunc)
        .Case("rint", Native::Rint)
        .Case("fabs", Native::Abs)
        .Case("copysign", Native::CopySign)
        .Case("sqrt", Native::Sqrt)
        .Default(Native::None);
  };
  if (Native n = pick(base); n != Native::None)
    return n;
  return base.consume_back("f") ? pick(base) : Native::None;
}

Value build(OpBuilder &b, Location loc, Native kind, ValueRange args) {
  switch (kind) {
  case Native::Fma: return LLVM::FMAOp::create(b, loc, args[0], args[1], args[2]);
  case Native::Floor: return LLVM::FFloorOp::create(b, loc, args[0]);
  case Native::Ceil: return LLVM::FCeilOp::create(b, loc, args[0]);
  case Native::Trunc: return LLVM::FTruncOp::create(b, loc, args[0]);
  case Native::Rint: return LLVM::RoundEvenOp::create(b, loc, args[0]);
  case Native::Abs: return LLVM::FAbsOp::create(b, loc, args[0]);
  case Native::CopySign: return LLVM::CopySignOp::create(b, loc, args[0], args[1]);
  case Native::Sqrt: return LLVM::SqrtOp::create(b, loc, args[0]);
  case Native::None: break;
  }
  return {};
}

struct GpuNativeMathPass
    : numjit::impl::NumjitGpuNativeMathBase<GpuNativeMathPass> {
  void runOnOperation() override {
    SmallVector<LLVM::CallOp> calls;
    getOperation()->walk([&](LLVM::CallOp call) {
      if (std::optional<StringRef> callee = call.getCallee();
          callee && nativeFor(*callee) != Native::None)
        calls.push_back(call);
    });
    for (LLVM::CallOp call : calls) {
      OpBuilder b(call);
      Value v = build(b, call.getLoc(), nativeFor(*call.getCallee()), call.getArgOperands());
      call.getResult().replaceAllUsesWith(v);
      call.erase();
    }
    // Drop the declarations nothing calls any more.
    SmallVector<LLVM::LLVMFuncOp> unused;
    getOperation()->walk([&](LLVM::LLVMFuncOp f) {
      if (f.isExternal() && nativeFor(f.getName()) != Native::None &&
          SymbolTable::symbolKnownUseEmpty(f, getOperation()))
        unused.push_back(f);
    });
    for (LLVM::LLVMFuncOp f : unused)
      f.erase();
  }
};
} // namespace
