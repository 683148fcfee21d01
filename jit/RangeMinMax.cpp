//===- RangeMinMax.cpp - Vector maximum/minimum in three instructions -----===//
//
// arith.maximumf and arith.minimumf are IEEE 754-2019's maximum and minimum:
// a NaN operand gives NaN, and -0 orders below +0. LLVM's x86 backend
// lowers their vector forms (llvm.maximum/llvm.minimum) to six instructions
// before AVX10.2: a sign test and a blend for the zeros, a compare and a
// blend for NaN around a vmaxps. In a max reduction those six sit on the
// loop-carried chain; W4's row softmax spent a quarter of its time there.
//
// AVX512DQ's vrangeps orders the zeros right but returns the other operand
// for a NaN, so a masked add puts the NaN back:
//   r = vrange(a, b, max or min); k = cmpunord(a, b); r{k} = a + b
// three instructions with the same result for every input (test
// Codegen.RangeMinMaxKeepsIeeeSemantics). This runs on optimized LLVM IR,
// after the loop vectorizer made the vector calls.
//
//===----------------------------------------------------------------------===//

#include "jit/Compiler.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/IntrinsicsX86.h"
#include "llvm/IR/Module.h"

namespace {

/// The vrange intrinsic for `type` (f32 or f64 lanes, 128 to 512 bits), or
/// none where the CPU lacks it.
llvm::Intrinsic::ID rangeIntrinsic(llvm::FixedVectorType *type, bool avx512vl) {
  unsigned bits = type->getPrimitiveSizeInBits().getFixedValue();
  bool f32 = type->getElementType()->isFloatTy();
  if (!f32 && !type->getElementType()->isDoubleTy())
    return llvm::Intrinsic::not_intrinsic;
  if (bits == 512)
    return f32 ? llvm::Intrinsic::x86_avx512_mask_range_ps_512
               : llvm::Intrinsic::x86_avx512_mask_range_pd_512;
  if (!avx512vl)
    return llvm::Intrinsic::not_intrinsic;
  if (bits == 256)
    return f32 ? llvm::Intrinsic::x86_avx512_mask_range_ps_256
               : llvm::Intrinsic::x86_avx512_mask_range_pd_256;
  if (bits == 128)
    return f32 ? llvm::Intrinsic::x86_avx512_mask_range_ps_128
               : llvm::Intrinsic::x86_avx512_mask_range_pd_128;
  return llvm::Intrinsic::not_intrinsic;
}

} // namespace

unsigned mlir::numjit::detail::useRangeForMinMax(llvm::Module &module, bool avx512vl) {
  llvm::SmallVector<llvm::IntrinsicInst *> calls;
  for (llvm::Function &fn : module)
    for (llvm::Instruction &inst : llvm::instructions(fn))
      if (auto *call = llvm::dyn_cast<llvm::IntrinsicInst>(&inst))
        if ((call->getIntrinsicID() == llvm::Intrinsic::maximum ||
             call->getIntrinsicID() == llvm::Intrinsic::minimum) &&
            llvm::isa<llvm::FixedVectorType>(call->getType()))
          calls.push_back(call);
  unsigned replaced = 0;
  for (llvm::IntrinsicInst *call : calls) {
    auto *type = llvm::cast<llvm::FixedVectorType>(call->getType());
    llvm::Intrinsic::ID id = rangeIntrinsic(type, avx512vl);
    if (id == llvm::Intrinsic::not_intrinsic)
      continue;
    llvm::IRBuilder<> b(call);
    llvm::Value *lhs = call->getArgOperand(0), *rhs = call->getArgOperand(1);
    // vrange's immediate: bits 1:0 pick min (0) or max (1), bits 3:2 = 01
    // take the sign from the comparison, which orders -0 below +0.
    unsigned imm = call->getIntrinsicID() == llvm::Intrinsic::maximum ? 5 : 4;
    unsigned lanes = type->getNumElements();
    llvm::SmallVector<llvm::Value *, 6> args{
        lhs, rhs, b.getInt32(imm), llvm::Constant::getNullValue(type),
        b.getIntN(std::max(lanes, 8u), -1)};
    if (type->getPrimitiveSizeInBits().getFixedValue() == 512)
      args.push_back(b.getInt32(4)); // the current rounding mode
    llvm::Value *range = b.CreateIntrinsic(id, {}, args);
    llvm::Value *nan = b.CreateFCmpUNO(lhs, rhs);
    llvm::Value *result = b.CreateSelect(nan, b.CreateFAdd(lhs, rhs), range);
    call->replaceAllUsesWith(result);
    call->eraseFromParent();
    ++replaced;
  }
  return replaced;
}
