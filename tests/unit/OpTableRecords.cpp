//===- OpTableRecords.cpp - The op table: signatures and elementwise ops --===//
//
// The dtype signatures and shape cases the records share, the builders of
// elementwise records, and the elementwise records themselves: unary,
// bitwise and shift, binary and ternary ops, ops with a weakly typed C++
// scalar, and astype. records() joins them with OpTableAxisRecords.cpp's.
//
//===----------------------------------------------------------------------===//

#include "OpTable.h"

#include <numjit/numjit.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <source_location>
#include <string>
#include <vector>

namespace numjit_test::optable {

// --- Dtype signatures -------------------------------------------------------

/// f32 on every shape case; i32, (bool,) f64, i64, f16, bf16, u8 and u32 on
/// one each.
std::vector<Sig> numeric(bool with_bool, bool with_unsigned) {
  std::vector<Sig> s = {{{F32}, true}, {{I32}}};
  if (with_bool)
    s.push_back({{BOOL}});
  s.push_back({{F64}});
  s.push_back({{I64}});
  s.push_back({{F16}});
  s.push_back({{BF16}});
  if (with_unsigned) {
    s.push_back({{U8}});
    s.push_back({{U32}});
  }
  return s;
}
std::vector<Sig> floats() { return {{{F32}, true}, {{F64}}, {{F16}}, {{BF16}}}; }
/// Adds signatures of mixed dtypes (one shape case each).
std::vector<Sig> plus(std::vector<Sig> a, std::initializer_list<std::vector<DType>> mixed) {
  for (const auto &m : mixed)
    a.push_back(Sig{m});
  return a;
}

// --- Shape cases ------------------------------------------------------------

ShapeCase sc(std::string name, std::vector<Shape> shapes, Params p) {
  return ShapeCase{std::move(name), std::move(shapes), std::move(p)};
}

namespace {

std::vector<ShapeCase> unaryShapes() {
  return {sc("3x4", {{3, 4}}), sc("scalar", {{}}), sc("2x3x4", {{2, 3, 4}}),
          sc("0", {{0}}),      sc("5", {{5}}),     sc("3x0", {{3, 0}})};
}

std::vector<ShapeCase> binaryShapes() {
  return {sc("3x1_1x4", {{3, 1}, {1, 4}}),
          sc("scalar_2x3", {{}, {2, 3}}),
          sc("2x1x4_3x1", {{2, 1, 4}, {3, 1}}),
          sc("0", {{0}, {0}}),
          sc("3x4", {{3, 4}, {3, 4}}),
          sc("scalar", {{}, {}}),
          sc("3x0", {{3, 0}, {3, 0}}),
          sc("2x3x4", {{2, 3, 4}, {2, 3, 4}}),
          sc("5", {{5}, {5}}),
          sc("3x1_0", {{3, 1}, {0}})};
}

std::vector<ShapeCase> ternaryShapes() {
  return {sc("3x1_1x4_4", {{3, 1}, {1, 4}, {4}}),
          sc("scalar", {{}, {}, {}}),
          sc("2x3x4_3x1_scalar", {{2, 3, 4}, {3, 1}, {}}),
          sc("0", {{0}, {0}, {0}}),
          sc("3x0_3x1_0", {{3, 0}, {3, 1}, {0}}),
          sc("3x4", {{3, 4}, {3, 4}, {3, 4}}),
          sc("5", {{5}, {5}, {5}})};
}

// --- The records ------------------------------------------------------------

OpRecord unary(std::string name, std::vector<Sig> dtypes, Domain dom, double tf, double td,
               nj::Array (*op)(const nj::Array &, std::source_location), ScalarFn f, DRule compute,
               DRule result = same) {
  return {std::move(name),
          1,
          std::move(dtypes),
          dom,
          tf,
          td,
          [op](Ins x, const Params &) { return op(x[0], std::source_location::current()); },
          elementwise(std::move(f), std::move(compute), std::move(result)),
          unaryShapes()};
}

using BinaryOp = nj::Array (*)(const nj::Operand &, const nj::Operand &, std::source_location);
OpRecord binary(std::string name, std::vector<Sig> dtypes, Domain dom, double tf, double td,
                BinaryOp op, ScalarFn f, DRule compute, DRule result = same) {
  return {std::move(name),
          2,
          std::move(dtypes),
          dom,
          tf,
          td,
          [op](Ins x, const Params &) { return op(x[0], x[1], std::source_location::current()); },
          elementwise(std::move(f), std::move(compute), std::move(result)),
          binaryShapes()};
}

/// An op of one array and a C++ scalar (weakly typed: the array's dtype wins
/// unless the scalar is of a higher kind).
OpRecord weak(std::string name, std::vector<Sig> dtypes, Domain dom,
              std::function<nj::Array(const nj::Array &)> op, ScalarFn f, DRule compute,
              DRule result = same) {
  return {std::move(name),
          1,
          std::move(dtypes),
          dom,
          1e-6,
          1e-14,
          [op](Ins x, const Params &) { return op(x[0]); },
          elementwise(std::move(f), std::move(compute), std::move(result)),
          {sc("scalar", {{}}), sc("3x4", {{3, 4}}), sc("0", {{0}})}};
}

} // namespace

std::vector<Sig> allDtypes() { return numeric(true); }

void appendElementwiseRecords(std::vector<OpRecord> &r) {
  const double tf = 1e-6, td = 1e-14;   // exact up to rounding
  const double tfm = 1e-5, tdm = 1e-13; // transcendental
  auto S = [](double (*f)(double)) { return [f](double a, double, double) { return f(a); }; };

  // -- Elementwise unary.
  // negative and sign of bool are not tested (jax.numpy rejects them; numjit
  // computes them in int32).
  r.push_back(unary(
      "negative", numeric(false), {}, tf, td, nj::negative,
      [](double a, double, double) { return -a; }, boolToI32));
  r.push_back(unary("exp", numeric(true), {}, tfm, tdm, nj::exp,
                    S([](double a) { return std::exp(a); }), toFloat));
  r.push_back(unary("log", numeric(true), {0.1, 10}, tfm, tdm, nj::log,
                    S([](double a) { return std::log(a); }), toFloat));
  r.push_back(unary("sin", numeric(true), {-6, 6}, tfm, tdm, nj::sin,
                    S([](double a) { return std::sin(a); }), toFloat));
  r.push_back(unary("cos", numeric(true), {-6, 6}, tfm, tdm, nj::cos,
                    S([](double a) { return std::cos(a); }), toFloat));
  r.push_back(unary("tanh", numeric(true), {}, tfm, tdm, nj::tanh,
                    S([](double a) { return std::tanh(a); }), toFloat));
  r.push_back(unary("sqrt", numeric(true), {0, 10}, tfm, tdm, nj::sqrt,
                    S([](double a) { return std::sqrt(a); }), toFloat));
  r.push_back(unary(
      "rsqrt", numeric(true), {0.1, 10}, tfm, tdm, nj::rsqrt,
      [](double a, double, double) { return 1 / std::sqrt(a); }, toFloat));
  r.push_back(unary("abs", numeric(true), {}, tf, td, nj::abs,
                    S([](double a) { return std::fabs(a); }), same));
  r.push_back(unary(
      "sign", numeric(false), {-2, 2, true}, tf, td, nj::sign,
      [](double a, double, double) {
        return std::isnan(a) ? a : a > 0 ? 1.0 : a < 0 ? -1.0 : 0.0;
      },
      boolToI32));
  r.push_back(unary("floor", numeric(true), {}, tf, td, nj::floor,
                    S([](double a) { return std::floor(a); }), same));
  r.push_back(unary(
      "sigmoid", numeric(true), {-6, 6}, tfm, tdm, nj::sigmoid,
      [](double a, double, double) { return 1 / (1 + std::exp(-a)); }, toFloat));
  r.push_back(unary(
      "square", numeric(true), {}, tf, td, nj::square,
      [](double a, double, double) { return a * a; }, same));
  r.push_back(unary("erf", numeric(true), {-3, 3}, tfm, tdm, nj::erf,
                    S([](double a) { return std::erf(a); }), toFloat));
  r.push_back(unary("erf_inv", floats(), {-0.999, 0.999}, tfm, tdm, nj::erf_inv,
                    S(refErfInv), toFloat));

  // -- Bitwise (logical on bools) and shifts; results wrap in the dtype.
  auto bitSigs = [] {
    return std::vector<Sig>{{{I32}, true}, {{I64}},      {{BOOL}},      {{U8}},
                            {{U32}},       {{U8, I32}}, {{BOOL, U32}}, {{U32, I64}}};
  };
  auto bits = [](int64_t (*f)(int64_t, int64_t)) {
    return [f](double a, double b, double) { return double(f(int64_t(a), int64_t(b))); };
  };
  const Domain bitDom{-8, 8};
  r.push_back(binary("bitwise_and", bitSigs(), bitDom, 0, 0, nj::bitwise_and,
                     bits([](int64_t a, int64_t b) { return a & b; }), same));
  r.push_back(binary("bitwise_or", bitSigs(), bitDom, 0, 0, nj::bitwise_or,
                     bits([](int64_t a, int64_t b) { return a | b; }), same));
  r.push_back(binary("bitwise_xor", bitSigs(), bitDom, 0, 0, nj::bitwise_xor,
                     bits([](int64_t a, int64_t b) { return a ^ b; }), same));
  r.push_back({"bitwise_not",
               1,
               {{{I32}, true}, {{I64}}, {{BOOL}}, {{U8}}, {{U32}}},
               bitDom,
               0,
               0,
               [](Ins x, const Params &) { return nj::bitwise_not(x[0]); },
               [](const std::vector<Tensor> &in, const Params &) {
                 Tensor out{in[0].dtype, in[0].shape, {}};
                 for (double a : in[0].v)
                   out.v.push_back(in[0].dtype == BOOL ? 1 - a
                                                       : castTo(in[0].dtype, double(~int64_t(a))));
                 return out;
               },
               unaryShapes()});
  // Shift amounts within [0, 8): out-of-range amounts are OpTableExtra's.
  auto shiftSigs = [] {
    return std::vector<Sig>{{{I32}, true}, {{I64}}, {{U8}}, {{U32}}, {{U8, I32}}};
  };
  r.push_back(binary(
      "left_shift", shiftSigs(), {0, 7}, 0, 0, nj::left_shift,
      [](double a, double b, double) { return a * std::ldexp(1.0, int(b)); }, same));
  r.push_back(binary(
      "right_shift", shiftSigs(), {0, 7}, 0, 0, nj::right_shift,
      [](double a, double b, double) { return std::floor(a / std::ldexp(1.0, int(b))); },
      same));

  // -- Elementwise binary.
  // As in jax.numpy: add and multiply of bools are logical or/and (bool
  // results), subtract of bools is an error.
  auto mixed = [](std::vector<Sig> s) {
    return plus(std::move(s), {{I32, F32}, {F32, F64}, {I32, I64}, {BOOL, F32}, {I64, F32},
                               {U8, I32}, {U32, I32}, {U8, U32}, {U8, F32}, {BOOL, U8},
                               {F16, BF16}, {I32, F16}, {BF16, F32}, {F16, F64}, {U8, BF16}});
  };
  r.push_back(binary(
      "add", mixed(numeric(true)), {}, tf, td, nj::add,
      [](double a, double b, double) { return a + b; }, same));
  r.push_back(binary(
      "subtract", mixed(numeric(false)), {}, tf, td, nj::subtract,
      [](double a, double b, double) { return a - b; }, boolToI32));
  r.push_back(binary(
      "multiply", mixed(numeric(true)), {}, tf, td, nj::multiply,
      [](double a, double b, double) { return a * b; }, same));
  r.push_back(binary(
      "divide", mixed(numeric(true)), {-5, 5, false, true}, tf, td, nj::divide,
      [](double a, double b, double) { return a / b; }, toFloat));
  r.push_back(binary(
      "rem", plus(numeric(false), {{I32, F32}, {I32, I64}}), {-7, 7, false, true}, tf, td, nj::rem,
      [](double a, double b, double) { return std::fmod(a, b); }, same));
  r.push_back(binary(
      "power", plus(floats(), {{F32, F64}, {I32, F32}}), {0.25, 3}, tfm, tdm, nj::power,
      [](double a, double b, double) { return std::pow(a, b); }, toFloat));
  // Integer powers keep the integer dtype (exact below 2^53).
  r.push_back(binary(
      "power_int", {{{I32}}, {{I64}}}, {0, 4}, tf, td, nj::power,
      [](double a, double b, double) { return std::pow(a, b); }, same));
  r.push_back(binary(
      "maximum", plus(numeric(true), {{I32, F32}, {I64, F64}}), {-3, 3, true}, tf, td, nj::maximum,
      [](double a, double b, double) { return nanMax(a, b); }, same));
  r.push_back(binary(
      "minimum", plus(numeric(true), {{I32, F32}, {I64, F64}}), {-3, 3, true}, tf, td, nj::minimum,
      [](double a, double b, double) { return nanMin(a, b); }, same));
  auto cmpSigs = [] {
    return plus(numeric(true), {{I32, F32}, {BOOL, I32}, {F32, F64}, {U32, I32}, {U8, U32}});
  };
  const Domain cmpDom{-2, 2, true};
  r.push_back(binary(
      "equal", cmpSigs(), cmpDom, 0, 0, nj::equal,
      [](double a, double b, double) { return double(a == b); }, same, toBool));
  r.push_back(binary(
      "not_equal", cmpSigs(), cmpDom, 0, 0, nj::not_equal,
      [](double a, double b, double) { return double(a != b); }, same, toBool));
  r.push_back(binary(
      "less", cmpSigs(), cmpDom, 0, 0, nj::less,
      [](double a, double b, double) { return double(a < b); }, same, toBool));
  r.push_back(binary(
      "less_equal", cmpSigs(), cmpDom, 0, 0, nj::less_equal,
      [](double a, double b, double) { return double(a <= b); }, same, toBool));
  r.push_back(binary(
      "greater", cmpSigs(), cmpDom, 0, 0, nj::greater,
      [](double a, double b, double) { return double(a > b); }, same, toBool));
  r.push_back(binary(
      "greater_equal", cmpSigs(), cmpDom, 0, 0, nj::greater_equal,
      [](double a, double b, double) { return double(a >= b); }, same, toBool));

  // -- Ternary: where (bool condition first) and clip.
  r.push_back({"where",
               3,
               {{{BOOL, F32, F32}, true},
                {{BOOL, I32, I32}},
                {{BOOL, BOOL, BOOL}},
                {{BOOL, F64, F64}},
                {{BOOL, I64, I64}},
                {{BOOL, I32, F32}},
                {{BOOL, U8, U8}},
                {{BOOL, U32, I32}}},
               {},
               tf,
               td,
               [](Ins x, const Params &) { return nj::where(x[0], x[1], x[2]); },
               elementwise([](double c, double a, double b) { return c != 0 ? a : b; }, same, same,
                           /*cond_first=*/true),
               ternaryShapes()});
  r.push_back(
      {"clip",
       3,
       numeric(true),
       {-4, 4, true},
       tf,
       td,
       [](Ins x, const Params &) { return nj::clip(x[0], x[1], x[2]); },
       elementwise([](double x, double lo, double hi) { return nanMin(nanMax(x, lo), hi); }, same),
       ternaryShapes()});

  // -- One array with a weakly typed C++ scalar.
  const Domain wdom{-3, 3, true};
  r.push_back(weak(
      "add_float_scalar", allDtypes(), wdom, [](const nj::Array &x) { return x + 1.5; },
      [](double a, double, double) { return a + 1.5; }, toFloat));
  r.push_back(weak(
      "multiply_int_scalar", allDtypes(), wdom, [](const nj::Array &x) { return x * 3; },
      [](double a, double, double) { return a * 3; }, boolToI32));
  r.push_back(weak(
      "int_scalar_minus", allDtypes(), wdom, [](const nj::Array &x) { return 2 - x; },
      [](double a, double, double) { return 2 - a; }, boolToI32));
  r.push_back(weak(
      "divide_int_scalar", allDtypes(), wdom, [](const nj::Array &x) { return x / 2; },
      [](double a, double, double) { return a / 2; }, toFloat));
  r.push_back(weak(
      "greater_float_scalar", allDtypes(), wdom, [](const nj::Array &x) { return x > 0.5; },
      [](double a, double, double) { return double(a > 0.5); }, toFloat, toBool));
  // (A negative C++ int meeting an unsigned array is an overflow in JAX.)
  r.push_back(weak(
      "clip_int_scalars", numeric(true, false), wdom, [](const nj::Array &x) { return nj::clip(x, -1, 2); },
      [](double a, double, double) { return std::min(std::max(a, -1.0), 2.0); }, boolToI32));
  r.push_back(weak(
      "clip_float_scalars", allDtypes(), wdom,
      [](const nj::Array &x) { return nj::clip(x, -0.5, 1.5); },
      [](double a, double, double) { return std::min(std::max(a, -0.5), 1.5); }, toFloat));

  // -- astype: every dtype to every dtype. Floats truncate toward zero and
  // saturate (negative floats give 0 as unsigned, infinities the ends of
  // the range, NaN 0); integers wrap.
  for (DType to : {F32, F64, I32, I64, BOOL, U8, U32, F16, BF16})
    r.push_back({std::string("astype_") + shortName(to),
                 1,
                 allDtypes(),
                 {-300, 300},
                 0,
                 0,
                 [to](Ins x, const Params &) { return nj::astype(x[0], to); },
                 [to](const std::vector<Tensor> &in, const Params &) {
                   Tensor out{to, in[0].shape, {}};
                   for (double a : in[0].v) {
                     if (isFloat(in[0].dtype) && !isFloat(to) && to != BOOL)
                       a = std::isnan(a) ? 0.0
                                         : std::clamp(std::trunc(a), range(to).first,
                                                      range(to).second);
                     out.v.push_back(castTo(to, a));
                   }
                   return out;
                 },
                 unaryShapes()});
}

namespace {

std::vector<OpRecord> buildRecords() {
  std::vector<OpRecord> r;
  appendElementwiseRecords(r);
  appendAxisRecords(r);
  return r;
}

} // namespace

const std::vector<OpRecord> &records() {
  static const std::vector<OpRecord> r = buildRecords();
  return r;
}

} // namespace numjit_test::optable
