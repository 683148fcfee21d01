//===- ScalarOps.cpp - Scalar bodies of numjit elementwise ops --*- C++ -*-===//
//
// One place that says what each numjit elementwise op computes on a scalar,
// for every element type. Integer division and float-to-integer conversion
// are guarded so that no input is undefined behaviour (no SIGFPE, no poison).
//
//===----------------------------------------------------------------------===//

#include "codegen/ScalarOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::numjit;

namespace {
bool isFloat(Type t) { return isa<FloatType>(t); }

Value cmpi(OpBuilder &b, Location loc, arith::CmpIPredicate p, Value x,
           Value y) {
  return arith::CmpIOp::create(b, loc, p, x, y);
}

Value select(OpBuilder &b, Location loc, Value c, Value x, Value y) {
  return arith::SelectOp::create(b, loc, c, x, y);
}

Value intMin(OpBuilder &b, Location loc, Type t) {
  unsigned w = t.getIntOrFloatBitWidth();
  return arith::ConstantOp::create(
      b, loc, IntegerAttr::get(t, APInt::getSignedMinValue(w)));
}

/// XLA's integer division: x / 0 == -1, INT_MIN / -1 == INT_MIN. The divisor
/// handed to divsi is never 0 nor an overflowing -1.
Value buildIntDivRem(OpBuilder &b, Location loc, Value x, Value y, bool rem) {
  Type t = x.getType();
  Value zero = buildScalarConstant(b, loc, t, 0);
  Value one = buildScalarConstant(b, loc, t, 1);
  Value minusOne = buildScalarConstant(b, loc, t, -1);
  Value byZero = cmpi(b, loc, arith::CmpIPredicate::eq, y, zero);
  Value overflow = arith::AndIOp::create(
      b, loc, cmpi(b, loc, arith::CmpIPredicate::eq, x, intMin(b, loc, t)),
      cmpi(b, loc, arith::CmpIPredicate::eq, y, minusOne));
  Value unsafe = arith::OrIOp::create(b, loc, byZero, overflow);
  Value safeY = select(b, loc, unsafe, one, y);
  if (rem) {
    Value r = arith::RemSIOp::create(b, loc, x, safeY);
    // x % 0 == x; INT_MIN % -1 == 0 (and x % 1 == 0 already gives that).
    return select(b, loc, byZero, x, r);
  }
  Value q = arith::DivSIOp::create(b, loc, x, safeY);
  // INT_MIN / 1 == INT_MIN already covers the overflow case.
  return select(b, loc, byZero, minusOne, q);
}

Value buildCompare(OpBuilder &b, Location loc, CompareDirection dir, Value x,
                   Value y) {
  Type t = x.getType();
  if (isFloat(t)) {
    // Initialized for GCC, which cannot see that the switch is total.
    arith::CmpFPredicate p = arith::CmpFPredicate::OEQ;
    switch (dir) {
    case CompareDirection::eq: p = arith::CmpFPredicate::OEQ; break;
    case CompareDirection::ne: p = arith::CmpFPredicate::UNE; break;
    case CompareDirection::lt: p = arith::CmpFPredicate::OLT; break;
    case CompareDirection::le: p = arith::CmpFPredicate::OLE; break;
    case CompareDirection::gt: p = arith::CmpFPredicate::OGT; break;
    case CompareDirection::ge: p = arith::CmpFPredicate::OGE; break;
    }
    return arith::CmpFOp::create(b, loc, p, x, y);
  }
  bool isBool = t.isInteger(1);
  arith::CmpIPredicate p = arith::CmpIPredicate::eq;
  switch (dir) {
  case CompareDirection::eq: p = arith::CmpIPredicate::eq; break;
  case CompareDirection::ne: p = arith::CmpIPredicate::ne; break;
  case CompareDirection::lt:
    p = isBool ? arith::CmpIPredicate::ult : arith::CmpIPredicate::slt;
    break;
  case CompareDirection::le:
    p = isBool ? arith::CmpIPredicate::ule : arith::CmpIPredicate::sle;
    break;
  case CompareDirection::gt:
    p = isBool ? arith::CmpIPredicate::ugt : arith::CmpIPredicate::sgt;
    break;
  case CompareDirection::ge:
    p = isBool ? arith::CmpIPredicate::uge : arith::CmpIPredicate::sge;
    break;
  }
  return cmpi(b, loc, p, x, y);
}

Value buildSign(OpBuilder &b, Location loc, Value x) {
  Type t = x.getType();
  Value zero = buildScalarConstant(b, loc, t, 0);
  Value one = buildScalarConstant(b, loc, t, 1);
  Value minusOne = buildScalarConstant(b, loc, t, -1);
  Value pos = buildCompare(b, loc, CompareDirection::gt, x, zero);
  Value neg = buildCompare(b, loc, CompareDirection::lt, x, zero);
  // Zero, -0.0 and nan pass through unchanged.
  return select(b, loc, pos, one, select(b, loc, neg, minusOne, x));
}
} // namespace

Value mlir::numjit::buildScalarConstant(OpBuilder &b, Location loc, Type type,
                                        double value) {
  if (auto ft = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, FloatAttr::get(ft, value));
  return arith::ConstantOp::create(
      b, loc, IntegerAttr::get(type, static_cast<int64_t>(value)));
}

Value mlir::numjit::buildConvert(OpBuilder &b, Location loc, Value x, Type to) {
  Type from = x.getType();
  if (from == to)
    return x;
  if (to.isInteger(1))
    return buildCompare(b, loc, CompareDirection::ne, x,
                        buildScalarConstant(b, loc, from, 0));
  if (isFloat(from) && isFloat(to)) {
    if (from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth())
      return arith::ExtFOp::create(b, loc, to, x);
    return arith::TruncFOp::create(b, loc, to, x);
  }
  if (!isFloat(from) && isFloat(to)) {
    if (from.isInteger(1))
      return arith::UIToFPOp::create(b, loc, to, x);
    return arith::SIToFPOp::create(b, loc, to, x);
  }
  if (!isFloat(from) && !isFloat(to)) {
    unsigned fw = from.getIntOrFloatBitWidth(), tw = to.getIntOrFloatBitWidth();
    if (fw > tw)
      return arith::TruncIOp::create(b, loc, to, x);
    if (from.isInteger(1))
      return arith::ExtUIOp::create(b, loc, to, x);
    return arith::ExtSIOp::create(b, loc, to, x);
  }
  // Float to integer: saturate, nan -> 0 (fptosi alone is poison there).
  unsigned w = to.getIntOrFloatBitWidth();
  auto ft = cast<FloatType>(from);
  APFloat lo(ft.getFloatSemantics()), hi(ft.getFloatSemantics());
  lo.convertFromAPInt(APInt::getSignedMinValue(w), /*isSigned=*/true,
                      APFloat::rmTowardZero);
  // 2^(w-1) exactly; values >= it saturate.
  hi.convertFromAPInt(APInt::getOneBitSet(w + 1, w - 1), /*isSigned=*/false,
                      APFloat::rmTowardZero);
  Value loF = arith::ConstantOp::create(b, loc, FloatAttr::get(ft, lo));
  Value hiF = arith::ConstantOp::create(b, loc, FloatAttr::get(ft, hi));
  Value tooLow = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, x, loF);
  Value tooHigh =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, x, hiF);
  Value isNan = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
  Value safe = select(
      b, loc, arith::OrIOp::create(b, loc, arith::OrIOp::create(b, loc, tooLow, tooHigh), isNan),
      buildScalarConstant(b, loc, from, 0), x);
  Value v = arith::FPToSIOp::create(b, loc, to, safe);
  Value minV = intMin(b, loc, to);
  Value maxV = arith::ConstantOp::create(
      b, loc, IntegerAttr::get(to, APInt::getSignedMaxValue(w)));
  return select(b, loc, tooLow, minV, select(b, loc, tooHigh, maxV, v));
}

Value mlir::numjit::buildReduceIdentity(OpBuilder &b, Location loc,
                                        ReduceKind kind, Type type) {
  switch (kind) {
  case ReduceKind::sum:
    return buildScalarConstant(b, loc, type, 0);
  case ReduceKind::prod:
    return buildScalarConstant(b, loc, type, 1);
  case ReduceKind::max:
  case ReduceKind::min: {
    bool isMax = kind == ReduceKind::max;
    if (auto ft = dyn_cast<FloatType>(type))
      return arith::ConstantOp::create(
          b, loc,
          FloatAttr::get(ft, APFloat::getInf(ft.getFloatSemantics(), isMax)));
    unsigned w = type.getIntOrFloatBitWidth();
    return arith::ConstantOp::create(
        b, loc,
        IntegerAttr::get(type, isMax ? APInt::getSignedMinValue(w)
                                     : APInt::getSignedMaxValue(w)));
  }
  }
  llvm_unreachable("unknown reduce kind");
}

Value mlir::numjit::buildReduceCombine(OpBuilder &b, Location loc,
                                       ReduceKind kind, Value a, Value acc,
                                       bool reassociate) {
  bool f = isFloat(a.getType());
  auto fm = reassociate ? arith::FastMathFlags::reassoc : arith::FastMathFlags::none;
  switch (kind) {
  case ReduceKind::sum:
    return f ? Value(arith::AddFOp::create(b, loc, a, acc, fm))
             : Value(arith::AddIOp::create(b, loc, a, acc));
  case ReduceKind::prod:
    return f ? Value(arith::MulFOp::create(b, loc, a, acc, fm))
             : Value(arith::MulIOp::create(b, loc, a, acc));
  case ReduceKind::max:
    return f ? Value(arith::MaximumFOp::create(b, loc, a, acc))
             : Value(arith::MaxSIOp::create(b, loc, a, acc));
  case ReduceKind::min:
    return f ? Value(arith::MinimumFOp::create(b, loc, a, acc))
             : Value(arith::MinSIOp::create(b, loc, a, acc));
  }
  llvm_unreachable("unknown reduce kind");
}

Value mlir::numjit::buildScalarOp(OpBuilder &b, Location loc, Operation *op,
                                  ValueRange args) {
  Value x = args.empty() ? Value() : args[0];
  Value y = args.size() > 1 ? args[1] : Value();
  bool f = x && isFloat(x.getType());
  return llvm::TypeSwitch<Operation *, Value>(op)
      .Case([&](NegOp) -> Value {
        if (f)
          return arith::NegFOp::create(b, loc, x);
        return arith::SubIOp::create(
            b, loc, buildScalarConstant(b, loc, x.getType(), 0), x);
      })
      .Case([&](ExpOp) { return math::ExpOp::create(b, loc, x); })
      .Case([&](LogOp) { return math::LogOp::create(b, loc, x); })
      .Case([&](SinOp) { return math::SinOp::create(b, loc, x); })
      .Case([&](CosOp) { return math::CosOp::create(b, loc, x); })
      .Case([&](TanhOp) { return math::TanhOp::create(b, loc, x); })
      .Case([&](SqrtOp) { return math::SqrtOp::create(b, loc, x); })
      .Case([&](RsqrtOp) { return math::RsqrtOp::create(b, loc, x); })
      .Case([&](FloorOp) { return math::FloorOp::create(b, loc, x); })
      .Case([&](AbsOp) -> Value {
        if (f)
          return math::AbsFOp::create(b, loc, x);
        return math::AbsIOp::create(b, loc, x);
      })
      .Case([&](SignOp) { return buildSign(b, loc, x); })
      .Case([&](LogisticOp) -> Value {
        Value one = buildScalarConstant(b, loc, x.getType(), 1);
        Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
        return arith::DivFOp::create(b, loc, one,
                                     arith::AddFOp::create(b, loc, one, e));
      })
      .Case([&](AddOp) -> Value {
        if (f)
          return arith::AddFOp::create(b, loc, x, y);
        return arith::AddIOp::create(b, loc, x, y);
      })
      .Case([&](SubOp) -> Value {
        if (f)
          return arith::SubFOp::create(b, loc, x, y);
        return arith::SubIOp::create(b, loc, x, y);
      })
      .Case([&](MulOp) -> Value {
        if (f)
          return arith::MulFOp::create(b, loc, x, y);
        return arith::MulIOp::create(b, loc, x, y);
      })
      .Case([&](DivOp) -> Value {
        if (f)
          return arith::DivFOp::create(b, loc, x, y);
        return buildIntDivRem(b, loc, x, y, /*rem=*/false);
      })
      .Case([&](RemOp) -> Value {
        if (f)
          return arith::RemFOp::create(b, loc, x, y);
        return buildIntDivRem(b, loc, x, y, /*rem=*/true);
      })
      .Case([&](PowOp) { return math::PowFOp::create(b, loc, x, y); })
      .Case([&](MaxOp) {
        return buildReduceCombine(b, loc, ReduceKind::max, x, y);
      })
      .Case([&](MinOp) {
        return buildReduceCombine(b, loc, ReduceKind::min, x, y);
      })
      .Case([&](CompareOp cmp) {
        return buildCompare(b, loc, cmp.getDirection(), x, y);
      })
      .Case([&](SelectOp) {
        return arith::SelectOp::create(b, loc, args[0], args[1], args[2]);
      })
      .Case([&](ConvertOp cvt) {
        return buildConvert(b, loc, x, cvt.getType().getElementType());
      })
      .Default([](Operation *) { return Value(); });
}
