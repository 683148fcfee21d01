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

#include <limits>

using namespace mlir;
using namespace mlir::numjit;

namespace {
bool isFloat(Type t) { return isa<FloatType>(t); }
/// f16 and bf16: stored in two bytes, computed in f32.
bool isHalf(Type t) { return t.isF16() || t.isBF16(); }
/// ui8 and ui32 (numjit's u8 and u32); i1 also orders as unsigned.
bool isUnsigned(Type t) { return t.isUnsignedInteger() || t.isInteger(1); }

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

/// XLA's integer division: x / 0 == -1 (all ones), INT_MIN / -1 == INT_MIN.
/// The divisor handed to divsi/divui is never 0 nor an overflowing -1.
Value buildIntDivRem(OpBuilder &b, Location loc, Value x, Value y, bool rem) {
  Type t = x.getType();
  Value zero = buildScalarConstant(b, loc, t, 0);
  Value one = buildScalarConstant(b, loc, t, 1);
  Value minusOne = buildScalarConstant(b, loc, t, -1);
  Value byZero = cmpi(b, loc, arith::CmpIPredicate::eq, y, zero);
  if (isUnsigned(t)) {
    Value safeY = select(b, loc, byZero, one, y);
    if (rem)
      return select(b, loc, byZero, x, arith::RemUIOp::create(b, loc, x, safeY));
    return select(b, loc, byZero, minusOne, arith::DivUIOp::create(b, loc, x, safeY));
  }
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
  bool isBool = isUnsigned(t);
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

/// x << y, x >> y (arithmetic or logical) with XLA's meaning for shift
/// amounts outside [0, width): 0, or the sign everywhere for arithmetic.
Value buildShift(OpBuilder &b, Location loc, Operation *op, Value x, Value y) {
  Type t = x.getType();
  Value width = buildScalarConstant(b, loc, t, t.getIntOrFloatBitWidth());
  Value inRange = cmpi(b, loc, arith::CmpIPredicate::ult, y, width);
  if (isa<ShiftRightArithmeticOp>(op)) {
    Value last = buildScalarConstant(b, loc, t, t.getIntOrFloatBitWidth() - 1);
    return arith::ShRSIOp::create(b, loc, x, select(b, loc, inRange, y, last));
  }
  Value zero = buildScalarConstant(b, loc, t, 0);
  Value safeY = select(b, loc, inRange, y, zero);
  Value shifted = isa<ShiftLeftOp>(op) ? Value(arith::ShLIOp::create(b, loc, x, safeY))
                                       : Value(arith::ShRUIOp::create(b, loc, x, safeY));
  return select(b, loc, inRange, shifted, zero);
}

/// Word `word` of threefry2x32((k0, k1), (x0, x1)): Threefish-2x32's key
/// schedule (the third key word is k0 ^ k1 ^ 0x1BD11BDA) and rotations, 20
/// rounds, as JAX's threefry2x32.
Value buildThreefry(OpBuilder &b, Location loc, ValueRange args, int64_t word) {
  Type t = args[0].getType();
  auto c = [&](uint32_t v) { return buildScalarConstant(b, loc, t, double(v)); };
  auto add = [&](Value x, Value y) { return arith::AddIOp::create(b, loc, x, y).getResult(); };
  auto rotl = [&](Value x, int r) {
    return arith::OrIOp::create(b, loc, arith::ShLIOp::create(b, loc, x, c(uint32_t(r))),
                                arith::ShRUIOp::create(b, loc, x, c(uint32_t(32 - r))))
        .getResult();
  };
  static const int rotations[2][4] = {{13, 15, 26, 6}, {17, 29, 16, 24}};
  Value ks[3] = {args[0], args[1],
                 arith::XOrIOp::create(b, loc, arith::XOrIOp::create(b, loc, args[0], args[1]),
                                       c(0x1BD11BDA))};
  Value x0 = add(args[2], ks[0]), x1 = add(args[3], ks[1]);
  for (int i = 0; i < 5; ++i) {
    for (int r : rotations[i % 2]) {
      x0 = add(x0, x1);
      x1 = arith::XOrIOp::create(b, loc, rotl(x1, r), x0);
    }
    x0 = add(x0, ks[(i + 1) % 3]);
    x1 = add(add(x1, ks[(i + 2) % 3]), c(uint32_t(i + 1)));
  }
  return word == 0 ? x0 : x1;
}

/// p(w) by Horner's rule, coefficients from the highest power down.
Value horner(OpBuilder &b, Location loc, Value w, ArrayRef<double> coefficients) {
  Type t = w.getType();
  Value p = buildScalarConstant(b, loc, t, coefficients.front());
  for (double c : coefficients.drop_front())
    p = arith::AddFOp::create(b, loc, buildScalarConstant(b, loc, t, c),
                              arith::MulFOp::create(b, loc, p, w));
  return p;
}

/// erf_inv(x): M. Giles, "Approximating the erfinv function" (GPU Computing
/// Gems, 2011), single-precision branch pair, as XLA computes it for f32;
/// f64 refines it with two Newton steps on erf.
Value buildErfInv(OpBuilder &b, Location loc, Value x) {
  Type t = x.getType();
  auto c = [&](double v) { return buildScalarConstant(b, loc, t, v); };
  Value one = c(1);
  Value w = arith::NegFOp::create(
      b, loc,
      math::LogOp::create(b, loc,
                          arith::MulFOp::create(b, loc, arith::SubFOp::create(b, loc, one, x),
                                                arith::AddFOp::create(b, loc, one, x))));
  Value small = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, w, c(5));
  Value pSmall = horner(b, loc, arith::SubFOp::create(b, loc, w, c(2.5)),
                        {2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06,
                         0.00021858087, -0.00125372503, -0.00417768164, 0.246640727,
                         1.50140941});
  Value pLarge = horner(b, loc,
                        arith::SubFOp::create(b, loc, math::SqrtOp::create(b, loc, w), c(3)),
                        {-0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844,
                         0.00573950773, -0.0076224613, 0.00943887047, 1.00167406,
                         2.83297682});
  Value y = arith::MulFOp::create(b, loc, select(b, loc, small, pSmall, pLarge), x);
  if (t.isF64()) {
    // y -= (erf(y) - x) / (2/sqrt(pi) * exp(-y^2)), twice.
    for (int step = 0; step < 2; ++step) {
      Value slope = arith::MulFOp::create(
          b, loc, c(1.1283791670955126),
          math::ExpOp::create(b, loc,
                              arith::NegFOp::create(b, loc, arith::MulFOp::create(b, loc, y, y))));
      Value err = arith::SubFOp::create(b, loc, math::ErfOp::create(b, loc, y), x);
      Value next = arith::SubFOp::create(b, loc, y, arith::DivFOp::create(b, loc, err, slope));
      // At |x| = 1 the slope is 0: keep the infinity.
      Value finite = arith::CmpFOp::create(
          b, loc, arith::CmpFPredicate::OLT, math::AbsFOp::create(b, loc, y),
          c(std::numeric_limits<double>::infinity()));
      y = select(b, loc, finite, next, y);
    }
  }
  // |x| == 1 gives +-inf exactly (w is inf there).
  Value isOne = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ,
                                      math::AbsFOp::create(b, loc, x), one);
  Value inf = arith::MulFOp::create(b, loc, x, c(std::numeric_limits<double>::infinity()));
  return select(b, loc, isOne, inf, y);
}
} // namespace

Value mlir::numjit::buildScalarConstant(OpBuilder &b, Location loc, Type type,
                                        double value) {
  if (auto ft = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, FloatAttr::get(ft, value));
  // The low bits of the value: -1 is all ones in any width or signedness.
  APInt bits(type.getIntOrFloatBitWidth(), static_cast<uint64_t>(static_cast<int64_t>(value)),
             /*isSigned=*/false, /*implicitTrunc=*/true);
  return arith::ConstantOp::create(b, loc, IntegerAttr::get(type, bits));
}

Value mlir::numjit::buildConvert(OpBuilder &b, Location loc, Value x, Type to) {
  Type from = x.getType();
  if (from == to)
    return x;
  // f16 and bf16 meet everything but f32 through f32: f16 <-> bf16 has no
  // instruction, f64 <-> half and integer <-> half would be library calls,
  // and the f32 bounds below do not fit in a half.
  Type f32 = Float32Type::get(b.getContext());
  if ((isHalf(from) || isHalf(to)) && !from.isF32() && !to.isF32() && !to.isInteger(1))
    return buildConvert(b, loc, buildConvert(b, loc, x, f32), to);
  if (to.isInteger(1))
    return buildCompare(b, loc, CompareDirection::ne, x,
                        buildScalarConstant(b, loc, from, 0));
  if (isFloat(from) && isFloat(to)) {
    if (from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth())
      return arith::ExtFOp::create(b, loc, to, x);
    return arith::TruncFOp::create(b, loc, to, x);
  }
  if (!isFloat(from) && isFloat(to)) {
    if (isUnsigned(from))
      return arith::UIToFPOp::create(b, loc, to, x);
    return arith::SIToFPOp::create(b, loc, to, x);
  }
  if (!isFloat(from) && !isFloat(to)) {
    unsigned fw = from.getIntOrFloatBitWidth(), tw = to.getIntOrFloatBitWidth();
    if (fw > tw)
      return arith::TruncIOp::create(b, loc, to, x);
    if (fw == tw) // i32 <-> ui32: the same bits (signedness is erased later)
      return x;
    if (isUnsigned(from))
      return arith::ExtUIOp::create(b, loc, to, x);
    return arith::ExtSIOp::create(b, loc, to, x);
  }
  // Float to integer: saturate, nan -> 0 (fptosi alone is poison there).
  unsigned w = to.getIntOrFloatBitWidth();
  bool toUnsigned = to.isUnsignedInteger();
  auto ft = cast<FloatType>(from);
  APFloat lo(ft.getFloatSemantics()), hi(ft.getFloatSemantics());
  lo.convertFromAPInt(toUnsigned ? APInt(w, 0) : APInt::getSignedMinValue(w),
                      /*isSigned=*/!toUnsigned, APFloat::rmTowardZero);
  // 2^(w-1) (2^w unsigned) exactly; values >= it saturate.
  hi.convertFromAPInt(APInt::getOneBitSet(w + 1, toUnsigned ? w : w - 1), /*isSigned=*/false,
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
  Value v = toUnsigned ? Value(arith::FPToUIOp::create(b, loc, to, safe))
                       : Value(arith::FPToSIOp::create(b, loc, to, safe));
  Value minV = toUnsigned ? buildScalarConstant(b, loc, to, 0) : intMin(b, loc, to);
  Value maxV = arith::ConstantOp::create(
      b, loc, IntegerAttr::get(to, toUnsigned ? APInt::getMaxValue(w)
                                              : APInt::getSignedMaxValue(w)));
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
    if (isUnsigned(type))
      return arith::ConstantOp::create(
          b, loc, IntegerAttr::get(type, isMax ? APInt(w, 0) : APInt::getMaxValue(w)));
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
  if (isHalf(a.getType())) { // in f32, rounded back
    Type f32 = Float32Type::get(b.getContext());
    Value r = buildReduceCombine(b, loc, kind, arith::ExtFOp::create(b, loc, f32, a),
                                 arith::ExtFOp::create(b, loc, f32, acc), reassociate);
    return arith::TruncFOp::create(b, loc, a.getType(), r);
  }
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
    if (f)
      return arith::MaximumFOp::create(b, loc, a, acc);
    if (isUnsigned(a.getType()))
      return arith::MaxUIOp::create(b, loc, a, acc);
    return arith::MaxSIOp::create(b, loc, a, acc);
  case ReduceKind::min:
    if (f)
      return arith::MinimumFOp::create(b, loc, a, acc);
    if (isUnsigned(a.getType()))
      return arith::MinUIOp::create(b, loc, a, acc);
    return arith::MinSIOp::create(b, loc, a, acc);
  }
  llvm_unreachable("unknown reduce kind");
}

Value mlir::numjit::buildScalarOp(OpBuilder &b, Location loc, Operation *op,
                                  ValueRange args) {
  Value x = args.empty() ? Value() : args[0];
  Value y = args.size() > 1 ? args[1] : Value();
  if (x && isHalf(x.getType()) && !isa<ConvertOp, BitcastConvertOp>(op)) {
    // f16 and bf16 compute in f32 and round each op's result back, as
    // XLA does on CPUs: one rounding per op, so eager and fused agree.
    Type f32 = Float32Type::get(b.getContext());
    SmallVector<Value> wide;
    for (Value a : args)
      wide.push_back(isHalf(a.getType()) ? arith::ExtFOp::create(b, loc, f32, a) : a);
    Value r = buildScalarOp(b, loc, op, wide);
    return r && r.getType().isF32() ? arith::TruncFOp::create(b, loc, x.getType(), r) : r;
  }
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
        if (isUnsigned(x.getType()))
          return x;
        return math::AbsIOp::create(b, loc, x);
      })
      .Case([&](ErfOp) { return math::ErfOp::create(b, loc, x); })
      .Case([&](ErfInvOp) { return buildErfInv(b, loc, x); })
      .Case([&](NotOp) {
        return arith::XOrIOp::create(b, loc, x, buildScalarConstant(b, loc, x.getType(), -1));
      })
      .Case([&](AndOp) { return arith::AndIOp::create(b, loc, x, y); })
      .Case([&](OrOp) { return arith::OrIOp::create(b, loc, x, y); })
      .Case([&](XorOp) { return arith::XOrIOp::create(b, loc, x, y); })
      .Case<ShiftLeftOp, ShiftRightArithmeticOp, ShiftRightLogicalOp>(
          [&](Operation *shift) { return buildShift(b, loc, shift, x, y); })
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
      .Case([&](Threefry2x32Op h) { return buildThreefry(b, loc, args, h.getWord()); })
      .Case([&](BitcastConvertOp cvt) -> Value {
        Type to = cvt.getType().getElementType();
        // i32 <-> ui32 is the same value once signedness is erased.
        if (isa<IntegerType>(to) && isa<IntegerType>(x.getType()))
          return x;
        return arith::BitcastOp::create(b, loc, to, x);
      })
      .Case([&](ConvertOp cvt) {
        return buildConvert(b, loc, x, cvt.getType().getElementType());
      })
      .Default([](Operation *) { return Value(); });
}
