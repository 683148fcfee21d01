//===- Ops.cpp - Elementwise ops: promotion, broadcasting -----------------===//
//
// Each public op checks its inputs (throwing Error with the user's line),
// applies jax.numpy's promotion and NumPy's broadcasting, and ends in one or
// more primitives bound through detail::bind.
//
//===----------------------------------------------------------------------===//

#include "frontend/OpSupport.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace numjit {

using detail::Attrs;
using detail::bind;
using detail::fail;
using detail::Prim;
using namespace detail::ops;
using SL = std::source_location;

namespace detail::ops {

bool isWeak(const Array &a) { return a.impl()->weak; }

void check_dtype(const char *op, DType dtype, const SL &loc) {
  if (itemsize(dtype) == 0) // no enumerator: an integer cast to DType
    fail(op, "unknown dtype " + std::to_string(int(dtype)) + " (not a numjit::DType)", loc);
}

std::string ints_str(const std::vector<int64_t> &v) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i)
    s += (i ? ", " : "") + std::to_string(v[i]);
  return s + "]";
}

/// jax.numpy's lattice below the floats: bool < everything; within a
/// signedness the wider wins; unsigned meets signed in the narrowest signed
/// type that holds both (u8, i32 -> i32; u32, i32 -> i64).
static DType joinIntegers(DType x, DType y) {
  if (x == DType::bool_)
    return y;
  if (y == DType::bool_)
    return x;
  if (is_unsigned(x) == is_unsigned(y))
    return itemsize(x) >= itemsize(y) ? x : y;
  DType u = is_unsigned(x) ? x : y, s = is_unsigned(x) ? y : x;
  return itemsize(s) > itemsize(u) ? s : DType::i64;
}

/// jax.numpy's lattice of the floats: f16 and bf16 both below f32, which
/// is below f64; f16 meets bf16 in f32.
static DType joinFloats(DType x, DType y) {
  if (x == y)
    return x;
  if (x == DType::f64 || y == DType::f64)
    return DType::f64;
  return DType::f32;
}

/// jax.numpy's promotion of two dtypes; a weak side adopts the other's.
DType promote(DType x, bool wx, DType y, bool wy) {
  auto rank = [](DType d) { return is_floating(d) ? 2 : d == DType::bool_ ? 0 : 1; };
  if (wx != wy) {
    DType strong = wx ? y : x, weak = wx ? x : y;
    // A weak float meeting an integer array gives f32; otherwise the
    // array's dtype wins.
    return rank(weak) > rank(strong) ? (is_floating(weak) ? DType::f32 : DType::i32)
                                     : strong;
  }
  if (wx) // both weak: the default dtype of the higher kind
    return std::max(rank(x), rank(y)) == 2   ? DType::f32
           : std::max(rank(x), rank(y)) == 1 ? DType::i32
                                             : DType::bool_;
  if (is_floating(x) && is_floating(y))
    return joinFloats(x, y);
  if (is_floating(x) || is_floating(y)) // every integer sits below every float
    return is_floating(x) ? x : y;
  return joinIntegers(x, y);
}

DType promote(const Array &a, const Array &b) {
  return promote(a.dtype(), isWeak(a), b.dtype(), isWeak(b));
}

/// NumPy broadcasting of two shapes.
Shape broadcastShapes(const char *op, const Shape &a, const Shape &b, const SL &loc) {
  size_t n = std::max(a.size(), b.size());
  Shape out(n);
  for (size_t i = 0; i < n; ++i) {
    int64_t x = i < n - a.size() ? 1 : a[i - (n - a.size())];
    int64_t y = i < n - b.size() ? 1 : b[i - (n - b.size())];
    if (x != y && x != 1 && y != 1)
      fail(op, "incompatible shapes for broadcasting: " + shape_str(a) + " and " +
                   shape_str(b),
           loc);
    out[i] = x == 1 ? y : x;
  }
  return out;
}

Array convert(const Array &x, DType dtype, const SL &loc) {
  if (x.dtype() == dtype)
    return x;
  return bind(Prim::Convert, {&x, 1}, {}, dtype, x.shape(), loc);
}

/// `x` broadcast to `shape` (which broadcastShapes produced).
Array broadcastTo(const Array &x, const Shape &shape, const SL &loc) {
  if (x.shape() == shape)
    return x;
  Attrs attrs;
  size_t offset = shape.size() - x.shape().size();
  for (size_t i = 0; i < x.shape().size(); ++i)
    attrs.a.push_back(int64_t(offset + i));
  return bind(Prim::Broadcast, {&x, 1}, attrs, x.dtype(), shape, loc);
}

/// Axes checked against `ndim`, made non-negative, sorted.
std::vector<int64_t> normalizeAxes(const char *op, const Axes &axes, int64_t ndim,
                                   const SL &loc) {
  std::vector<int64_t> out;
  if (!axes) {
    out.resize(size_t(ndim));
    std::iota(out.begin(), out.end(), 0);
    return out;
  }
  for (int64_t a : *axes) {
    if (a < -ndim || a >= ndim)
      fail(op, "axis " + std::to_string(a) + " is out of bounds for an array of rank " +
                   std::to_string(ndim),
           loc);
    out.push_back(a < 0 ? a + ndim : a);
  }
  std::sort(out.begin(), out.end());
  if (std::adjacent_find(out.begin(), out.end()) != out.end())
    fail(op, "repeated axis in " + ints_str(*axes), loc);
  return out;
}

int64_t normalizeAxis(const char *op, int64_t axis, int64_t ndim, const SL &loc) {
  return normalizeAxes(op, std::vector<int64_t>{axis}, ndim, loc)[0];
}

} // namespace detail::ops

namespace {

/// A weak scalar's value (it is always concrete: made from a C++ scalar).
double weakValue(const Array &a) {
  return a.to_vector<double>()[0];
}

/// `x` as `dtype` and `shape`. Weak scalars become a splat directly.
Array coerce(const Array &x, DType dtype, const Shape &shape, const SL &loc) {
  if (isWeak(x))
    return full(shape, weakValue(x), dtype, loc);
  return broadcastTo(convert(x, dtype, loc), shape, loc);
}

/// Two operands promoted to one dtype and broadcast to one shape.
struct Pair {
  Array a, b;
  DType dtype;
  Shape shape;
};
Pair prepare(const char *op, const Operand &a, const Operand &b, const SL &loc,
             std::optional<DType> compute = std::nullopt) {
  DType dtype = compute ? *compute : promote(a.array, b.array);
  Shape shape = broadcastShapes(op, a.array.shape(), b.array.shape(), loc);
  return {coerce(a.array, dtype, shape, loc), coerce(b.array, dtype, shape, loc),
          dtype, shape};
}

/// How a binary op treats the dtypes the dialect op does not take.
enum class Rule {
  Arith,   ///< bools compute in i32, giving i32
  Logical, ///< bools compute in i32, giving bool (add = or, multiply = and)
  NoBool,  ///< bools are an error (as jax.numpy's subtract)
  Float,   ///< integers and bools compute in f32, giving f32
  Power,   ///< integers compute in f64, giving the integer dtype
  Bits,    ///< integers and bools only (bitwise ops)
  Shift,   ///< integers only
};

Array binary(Prim prim, const char *op, const Operand &a, const Operand &b,
             const SL &loc, Rule rule) {
  DType promoted = promote(a.array, b.array), compute = promoted;
  switch (rule) {
  case Rule::Arith:
  case Rule::Logical:
    if (promoted == DType::bool_)
      compute = DType::i32;
    break;
  case Rule::NoBool:
    if (promoted == DType::bool_)
      fail(op, "not defined for two bool operands (convert with astype first)", loc);
    break;
  case Rule::Float:
    if (!is_floating(promoted))
      compute = DType::f32;
    break;
  case Rule::Power:
    if (!is_floating(promoted))
      compute = promoted == DType::bool_ ? DType::f32 : DType::f64;
    break;
  case Rule::Bits:
  case Rule::Shift:
    if (is_floating(promoted) || (rule == Rule::Shift && promoted == DType::bool_))
      fail(op,
           std::string("needs ") + (rule == Rule::Bits ? "integer or bool" : "integer") +
               " operands, got " + dtype_name(a.array.dtype()) + " and " +
               dtype_name(b.array.dtype()),
           loc);
    break;
  }
  Pair p = prepare(op, a, b, loc, compute);
  Array operands[] = {p.a, p.b};
  Array r = bind(prim, operands, {}, compute, p.shape, loc);
  // Logical and integer-power results go back to the operands' dtype.
  bool back = rule == Rule::Logical || (rule == Rule::Power && promoted != DType::bool_);
  return back ? convert(r, promoted, loc) : r;
}

enum Direction : int64_t { EQ, NE, LT, LE, GT, GE };
Array compare(Direction dir, const char *op, const Operand &a, const Operand &b,
              const SL &loc) {
  Pair p = prepare(op, a, b, loc);
  Array operands[] = {p.a, p.b};
  Attrs attrs;
  attrs.i = dir;
  return bind(Prim::Compare, operands, attrs, DType::bool_, p.shape, loc);
}

/// Float-only unary ops compute integers and bools in f32, as jax.numpy does.
Array unaryFloat(Prim prim, const Array &x, const SL &loc) {
  Array in = is_floating(x.dtype()) ? x : convert(x, DType::f32, loc);
  return bind(prim, {&in, 1}, {}, in.dtype(), in.shape(), loc);
}
/// Numeric unary ops compute bools in i32.
Array unaryNum(Prim prim, const Array &x, const SL &loc) {
  Array in = x.dtype() == DType::bool_ ? convert(x, DType::i32, loc) : x;
  return bind(prim, {&in, 1}, {}, in.dtype(), in.shape(), loc);
}

} // namespace

//===----------------------------------------------------------------------===//
// Operand
//===----------------------------------------------------------------------===//

Array Operand::weak_scalar(double value, bool floating, bool boolean) {
  // Stored wide (f64 / i64) so that adopting the other side's dtype rounds once.
  DType dtype = boolean ? DType::bool_ : floating ? DType::f64 : DType::i64;
  auto impl = detail::alloc_array(dtype, {});
  if (dtype == DType::f64)
    *static_cast<double *>(impl->data) = value;
  else if (dtype == DType::i64)
    *static_cast<int64_t *>(impl->data) = int64_t(value);
  else
    *static_cast<uint8_t *>(impl->data) = value != 0;
  impl->weak = true;
  return Array(std::move(impl));
}

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

Array negative(const Array &x, SL loc) { return unaryNum(Prim::Neg, x, loc); }
Array exp(const Array &x, SL loc) { return unaryFloat(Prim::Exp, x, loc); }
Array log(const Array &x, SL loc) { return unaryFloat(Prim::Log, x, loc); }
Array sin(const Array &x, SL loc) { return unaryFloat(Prim::Sin, x, loc); }
Array cos(const Array &x, SL loc) { return unaryFloat(Prim::Cos, x, loc); }
Array tanh(const Array &x, SL loc) { return unaryFloat(Prim::Tanh, x, loc); }
Array sqrt(const Array &x, SL loc) { return unaryFloat(Prim::Sqrt, x, loc); }
Array rsqrt(const Array &x, SL loc) { return unaryFloat(Prim::Rsqrt, x, loc); }
Array abs(const Array &x, SL loc) {
  if (x.dtype() == DType::bool_)
    return x;
  return unaryNum(Prim::Abs, x, loc);
}
Array sign(const Array &x, SL loc) { return unaryNum(Prim::Sign, x, loc); }
Array floor(const Array &x, SL loc) {
  if (!is_floating(x.dtype()))
    return x; // floor of an integer is itself
  return unaryFloat(Prim::Floor, x, loc);
}
Array sigmoid(const Array &x, SL loc) { return unaryFloat(Prim::Logistic, x, loc); }
Array erf(const Array &x, SL loc) { return unaryFloat(Prim::Erf, x, loc); }
Array erf_inv(const Array &x, SL loc) { return unaryFloat(Prim::ErfInv, x, loc); }
Array square(const Array &x, SL loc) { return multiply(x, x, loc); }

Array add(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Add, "add", a, b, loc, Rule::Logical);
}
Array subtract(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Sub, "subtract", a, b, loc, Rule::NoBool);
}
Array multiply(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Mul, "multiply", a, b, loc, Rule::Logical);
}
Array divide(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Div, "divide", a, b, loc, Rule::Float);
}
Array rem(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Rem, "rem", a, b, loc, Rule::Arith);
}
Array power(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Pow, "power", a, b, loc, Rule::Power);
}
Array maximum(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Max, "maximum", a, b, loc, Rule::Logical);
}
Array minimum(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Min, "minimum", a, b, loc, Rule::Logical);
}
Array equal(const Operand &a, const Operand &b, SL loc) { return compare(EQ, "equal", a, b, loc); }
Array not_equal(const Operand &a, const Operand &b, SL loc) {
  return compare(NE, "not_equal", a, b, loc);
}
Array less(const Operand &a, const Operand &b, SL loc) { return compare(LT, "less", a, b, loc); }
Array less_equal(const Operand &a, const Operand &b, SL loc) {
  return compare(LE, "less_equal", a, b, loc);
}
Array greater(const Operand &a, const Operand &b, SL loc) {
  return compare(GT, "greater", a, b, loc);
}
Array greater_equal(const Operand &a, const Operand &b, SL loc) {
  return compare(GE, "greater_equal", a, b, loc);
}

Array where(const Operand &cond, const Operand &x, const Operand &y, SL loc) {
  DType dtype = promote(x.array, y.array);
  Shape shape = broadcastShapes(
      "where", broadcastShapes("where", cond.array.shape(), x.array.shape(), loc),
      y.array.shape(), loc);
  Array operands[] = {coerce(cond.array, DType::bool_, shape, loc),
                      coerce(x.array, dtype, shape, loc),
                      coerce(y.array, dtype, shape, loc)};
  return bind(Prim::Select, operands, {}, dtype, shape, loc);
}

Array clip(const Array &x, const Operand &lo, const Operand &hi, SL loc) {
  return minimum(maximum(x, lo, loc), hi, loc);
}

//===----------------------------------------------------------------------===//
// Bitwise ops and shifts
//===----------------------------------------------------------------------===//

Array bitwise_and(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::And, "bitwise_and", a, b, loc, Rule::Bits);
}
Array bitwise_or(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Or, "bitwise_or", a, b, loc, Rule::Bits);
}
Array bitwise_xor(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::Xor, "bitwise_xor", a, b, loc, Rule::Bits);
}
Array bitwise_not(const Array &x, SL loc) {
  if (is_floating(x.dtype()))
    fail("bitwise_not", std::string("needs an integer or bool operand, got ") +
                            dtype_name(x.dtype()),
         loc);
  return bind(Prim::Not, {&x, 1}, {}, x.dtype(), x.shape(), loc);
}
Array left_shift(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::ShiftLeft, "left_shift", a, b, loc, Rule::Shift);
}
Array right_shift(const Operand &a, const Operand &b, SL loc) {
  // Arithmetic for signed integers, logical for unsigned (jax.numpy's).
  bool logical = is_unsigned(promote(a.array, b.array));
  return binary(logical ? Prim::ShiftRightLogical : Prim::ShiftRightArithmetic,
                "right_shift", a, b, loc, Rule::Shift);
}
Array shift_right_logical(const Operand &a, const Operand &b, SL loc) {
  return binary(Prim::ShiftRightLogical, "shift_right_logical", a, b, loc, Rule::Shift);
}

Array operator+(const Operand &a, const Operand &b) { return add(a, b, a.loc); }
Array operator-(const Operand &a, const Operand &b) { return subtract(a, b, a.loc); }
Array operator*(const Operand &a, const Operand &b) { return multiply(a, b, a.loc); }
Array operator/(const Operand &a, const Operand &b) { return divide(a, b, a.loc); }
Array operator%(const Operand &a, const Operand &b) { return rem(a, b, a.loc); }
Array operator<(const Operand &a, const Operand &b) { return less(a, b, a.loc); }
Array operator<=(const Operand &a, const Operand &b) { return less_equal(a, b, a.loc); }
Array operator>(const Operand &a, const Operand &b) { return greater(a, b, a.loc); }
Array operator>=(const Operand &a, const Operand &b) { return greater_equal(a, b, a.loc); }
Array operator==(const Operand &a, const Operand &b) { return equal(a, b, a.loc); }
Array operator!=(const Operand &a, const Operand &b) { return not_equal(a, b, a.loc); }
Array operator-(const Operand &a) { return negative(a.array, a.loc); }
Array operator&(const Operand &a, const Operand &b) { return bitwise_and(a, b, a.loc); }
Array operator|(const Operand &a, const Operand &b) { return bitwise_or(a, b, a.loc); }
Array operator^(const Operand &a, const Operand &b) { return bitwise_xor(a, b, a.loc); }
Array operator<<(const Operand &a, const Operand &b) { return left_shift(a, b, a.loc); }
Array operator>>(const Operand &a, const Operand &b) { return right_shift(a, b, a.loc); }
Array operator~(const Operand &a) { return bitwise_not(a.array, a.loc); }

Array astype(const Array &x, DType dtype, SL loc) {
  check_dtype("astype", dtype, loc);
  return convert(x, dtype, loc);
}

Array bitcast_convert_type(const Array &x, DType dtype, SL loc) {
  if (itemsize(x.dtype()) != itemsize(dtype) || x.dtype() == DType::bool_ ||
      dtype == DType::bool_)
    fail("bitcast_convert_type",
         std::string("reinterprets bits between dtypes of one width (not bool), got ") +
             dtype_name(x.dtype()) + " to " + dtype_name(dtype),
         loc);
  if (x.dtype() == dtype)
    return x;
  return bind(Prim::BitcastConvert, {&x, 1}, {}, dtype, x.shape(), loc);
}
Array Array::astype(DType dtype, SL loc) const { return numjit::astype(*this, dtype, loc); }

} // namespace numjit
