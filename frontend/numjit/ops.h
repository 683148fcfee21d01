//===- numjit/ops.h - Array ops, named as in jax.numpy ----------*- C++ -*-===//
//
// Every op works eagerly on concrete arrays (each compiled once per signature
// and cached) and symbolically inside a trace. Binary ops broadcast as NumPy
// does and promote dtypes as jax.numpy does; C++ scalars are weakly typed
// (`x * 2.0f` and `x + 1` keep x's dtype). Every op records the caller's
// source line, for error messages and as the MLIR location of what it traces.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_OPS_H
#define NUMJIT_OPS_H

#include "numjit/array.h"

#include <optional>
#include <utility>

namespace numjit {

#define NUMJIT_LOC std::source_location loc = std::source_location::current()

/// An Array or a weakly typed C++ scalar, with the source line where it was
/// used. Operators take Operands so that they, too, know the user's line.
class Operand {
public:
  Operand(const Array &a, NUMJIT_LOC) : array(a), loc(loc) {}
  template <Scalar T>
  Operand(T value, NUMJIT_LOC) : array(weak_scalar(double(value), std::is_floating_point_v<T>,
                                                   std::same_as<T, bool>)),
                                 loc(loc) {}
  Array array;
  std::source_location loc;

private:
  static Array weak_scalar(double value, bool floating, bool boolean);
};

/// Axes of a reduction: `sum(x)` (all axes), `sum(x, 1)`, `sum(x, {0, -1})`.
/// Negative axes count from the end.
class Axes {
public:
  Axes() = default; ///< All axes.
  Axes(std::nullopt_t) {}
  Axes(int64_t axis) : axes_(std::vector<int64_t>{axis}) {}
  Axes(std::initializer_list<int64_t> axes) : axes_(std::vector<int64_t>(axes)) {}
  Axes(std::vector<int64_t> axes) : axes_(std::move(axes)) {}
  /// False when all axes are meant.
  explicit operator bool() const { return axes_.has_value(); }
  const std::vector<int64_t> &operator*() const { return *axes_; }

private:
  std::optional<std::vector<int64_t>> axes_;
};

// Elementwise unary. Float ops on integer or bool input compute in f32.
Array negative(const Array &x, NUMJIT_LOC);
Array exp(const Array &x, NUMJIT_LOC);
Array log(const Array &x, NUMJIT_LOC);
Array sin(const Array &x, NUMJIT_LOC);
Array cos(const Array &x, NUMJIT_LOC);
Array tanh(const Array &x, NUMJIT_LOC);
Array sqrt(const Array &x, NUMJIT_LOC);
Array rsqrt(const Array &x, NUMJIT_LOC);
Array abs(const Array &x, NUMJIT_LOC);
Array sign(const Array &x, NUMJIT_LOC);
Array floor(const Array &x, NUMJIT_LOC);
/// 1 / (1 + exp(-x)).
Array sigmoid(const Array &x, NUMJIT_LOC);
Array square(const Array &x, NUMJIT_LOC);
/// The error function, and its inverse on [-1, 1] (jax.lax.erf, erf_inv).
Array erf(const Array &x, NUMJIT_LOC);
Array erf_inv(const Array &x, NUMJIT_LOC);

// Elementwise binary, with broadcasting and promotion.
Array add(const Operand &a, const Operand &b, NUMJIT_LOC);
Array subtract(const Operand &a, const Operand &b, NUMJIT_LOC);
Array multiply(const Operand &a, const Operand &b, NUMJIT_LOC);
/// True division: integer inputs give f32.
Array divide(const Operand &a, const Operand &b, NUMJIT_LOC);
/// Remainder with the sign of the dividend (C's `%` / `fmod`, lax.rem).
Array rem(const Operand &a, const Operand &b, NUMJIT_LOC);
Array power(const Operand &a, const Operand &b, NUMJIT_LOC);
Array maximum(const Operand &a, const Operand &b, NUMJIT_LOC);
Array minimum(const Operand &a, const Operand &b, NUMJIT_LOC);
Array equal(const Operand &a, const Operand &b, NUMJIT_LOC);
Array not_equal(const Operand &a, const Operand &b, NUMJIT_LOC);
Array less(const Operand &a, const Operand &b, NUMJIT_LOC);
Array less_equal(const Operand &a, const Operand &b, NUMJIT_LOC);
Array greater(const Operand &a, const Operand &b, NUMJIT_LOC);
Array greater_equal(const Operand &a, const Operand &b, NUMJIT_LOC);
/// `x` where `cond` is true, else `y`; all three broadcast together.
Array where(const Operand &cond, const Operand &x, const Operand &y, NUMJIT_LOC);
Array clip(const Array &x, const Operand &lo, const Operand &hi, NUMJIT_LOC);

Array operator+(const Operand &a, const Operand &b);
Array operator-(const Operand &a, const Operand &b);
Array operator*(const Operand &a, const Operand &b);
Array operator/(const Operand &a, const Operand &b);
Array operator%(const Operand &a, const Operand &b);
Array operator<(const Operand &a, const Operand &b);
Array operator<=(const Operand &a, const Operand &b);
Array operator>(const Operand &a, const Operand &b);
Array operator>=(const Operand &a, const Operand &b);
Array operator==(const Operand &a, const Operand &b);
Array operator!=(const Operand &a, const Operand &b);
Array operator-(const Operand &a);

// Bitwise ops on integers and bools (logical on bools), and shifts on
// integers. A shift by a negative amount or by the bit width or more gives 0
// (right_shift of a negative signed value: -1).
Array bitwise_and(const Operand &a, const Operand &b, NUMJIT_LOC);
Array bitwise_or(const Operand &a, const Operand &b, NUMJIT_LOC);
Array bitwise_xor(const Operand &a, const Operand &b, NUMJIT_LOC);
Array bitwise_not(const Array &x, NUMJIT_LOC);
Array left_shift(const Operand &a, const Operand &b, NUMJIT_LOC);
/// Arithmetic (sign-filling) for signed integers, logical for unsigned.
Array right_shift(const Operand &a, const Operand &b, NUMJIT_LOC);
/// Zero-filling whatever the signedness (jax.lax.shift_right_logical).
Array shift_right_logical(const Operand &a, const Operand &b, NUMJIT_LOC);
Array operator&(const Operand &a, const Operand &b);
Array operator|(const Operand &a, const Operand &b);
Array operator^(const Operand &a, const Operand &b);
Array operator<<(const Operand &a, const Operand &b);
Array operator>>(const Operand &a, const Operand &b);
Array operator~(const Operand &a);

// Dtype conversion.
Array astype(const Array &x, DType dtype, NUMJIT_LOC);
/// The same bits read as `dtype`, of the same width (jax.lax.bitcast_convert_type):
/// u32 <-> f32 <-> i32, i64 <-> f64.
Array bitcast_convert_type(const Array &x, DType dtype, NUMJIT_LOC);

// Reductions. `axes` may be negative; `keepdims` keeps reduced axes as 1.
// Sums and products of bool count in i32, of u8 in u32; mean of integers is
// f32.
Array sum(const Array &x, Axes axes = {}, bool keepdims = false, NUMJIT_LOC);
Array prod(const Array &x, Axes axes = {}, bool keepdims = false, NUMJIT_LOC);
Array max(const Array &x, Axes axes = {}, bool keepdims = false, NUMJIT_LOC);
Array min(const Array &x, Axes axes = {}, bool keepdims = false, NUMJIT_LOC);
Array mean(const Array &x, Axes axes = {}, bool keepdims = false, NUMJIT_LOC);
/// Index (i32) of the first maximum along `axis`, or of the flattened array.
Array argmax(const Array &x, std::optional<int64_t> axis = std::nullopt,
             bool keepdims = false, NUMJIT_LOC);
/// log(sum(exp(x))) along `axes`, computed stably.
Array logsumexp(const Array &x, Axes axes = {}, bool keepdims = false, NUMJIT_LOC);
/// exp(x) / sum(exp(x)) along `axis`, max-subtracted.
Array softmax(const Array &x, int64_t axis = -1, NUMJIT_LOC);

// Linear algebra (NumPy semantics: 1-d, 2-d and batched with broadcasting).
Array matmul(const Array &a, const Array &b, NUMJIT_LOC);
Array dot(const Array &a, const Array &b, NUMJIT_LOC);

// Shapes.
/// `shape` may hold one -1, inferred from the size.
Array reshape(const Array &x, const Shape &shape, NUMJIT_LOC);
/// Reverses the axes.
Array transpose(const Array &x, NUMJIT_LOC);
Array transpose(const Array &x, const std::vector<int64_t> &permutation, NUMJIT_LOC);
Array expand_dims(const Array &x, int64_t axis, NUMJIT_LOC);
/// Drops every size-1 axis, or the given ones (which must have size 1).
Array squeeze(const Array &x, Axes axes = {}, NUMJIT_LOC);
Array broadcast_to(const Array &x, const Shape &shape, NUMJIT_LOC);
Array concatenate(const std::vector<Array> &arrays, int64_t axis = 0, NUMJIT_LOC);
/// lax.slice: elements start[i], start[i] + strides[i], ... below limit[i].
Array slice(const Array &x, const std::vector<int64_t> &start,
            const std::vector<int64_t> &limit, std::vector<int64_t> strides = {},
            NUMJIT_LOC);

// Indexing (jax.numpy's). Indices are any integer dtype; a negative index
// counts from the end and an out-of-range one is clamped to the nearest end
// (eagerly and in jit alike). A start of a dynamic slice is clamped so the
// slice fits.
/// The elements at `indices` along `axis` (of the flattened array without
/// one): shape x.shape[:axis] + indices.shape + x.shape[axis+1:].
Array take(const Array &x, const Array &indices, std::optional<int64_t> axis = std::nullopt,
           NUMJIT_LOC);
/// result[..., i, ...] = x[..., indices[..., i, ...], ...] along `axis`;
/// the other dimensions of x and indices broadcast.
Array take_along_axis(const Array &x, const Array &indices, int64_t axis, NUMJIT_LOC);
/// x with x[..., indices, ...] along `axis` set to (or increased by)
/// `updates`, which broadcast to take(x, indices, axis)'s shape; with
/// repeated indices, scatter keeps the last update and scatter_add sums.
Array scatter(const Array &x, const Array &indices, const Array &updates,
              std::optional<int64_t> axis = std::nullopt, NUMJIT_LOC);
Array scatter_add(const Array &x, const Array &indices, const Array &updates,
                  std::optional<int64_t> axis = std::nullopt, NUMJIT_LOC);
/// indices[..., None] == arange(n), as `dtype`: an index outside [0, n)
/// gives a row of zeros (jax.nn.one_hot).
Array one_hot(const Array &indices, int64_t n, DType dtype = f32, NUMJIT_LOC);
/// The block of `sizes` from `starts` (one per dimension: C++ integers or
/// scalar integer arrays, traced or not).
Array dynamic_slice(const Array &x, const std::vector<Operand> &starts,
                    const std::vector<int64_t> &sizes, NUMJIT_LOC);
/// x with `update` written at `starts`.
Array dynamic_update_slice(const Array &x, const Array &update,
                           const std::vector<Operand> &starts, NUMJIT_LOC);

// Sorting and cumulative ops (jax.numpy's). Floats sort as jax.lax.sort
// does: -0.0 equals 0.0, NaN after every number (first when descending).
/// The stable sorting permutation along `axis` (of the flattened array
/// without one), as i32: ties keep their order, also when `descending`.
Array argsort(const Array &x, std::optional<int64_t> axis = -1, bool descending = false,
              NUMJIT_LOC);
/// `x` sorted along `axis`: take_along_axis(x, argsort(x, axis), axis).
Array sort(const Array &x, std::optional<int64_t> axis = -1, bool descending = false,
           NUMJIT_LOC);
/// The `k` largest elements along the last axis, largest first, and their
/// i32 indices (of equal elements, the lower index first), as jax.lax.top_k.
std::pair<Array, Array> top_k(const Array &x, int64_t k, NUMJIT_LOC);
/// Running sum and product along `axis` (of the flattened array without
/// one). Bools count in i32 and u8 in u32; integers wrap on overflow.
Array cumsum(const Array &x, std::optional<int64_t> axis = std::nullopt, NUMJIT_LOC);
Array cumprod(const Array &x, std::optional<int64_t> axis = std::nullopt, NUMJIT_LOC);

} // namespace numjit

#endif // NUMJIT_OPS_H
