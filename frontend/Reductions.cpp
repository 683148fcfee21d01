//===- Reductions.cpp - sum, prod, max, min, mean, argmax, softmax --------===//
//
// Each reduction checks its axes, computes bools (and sums of u8) in a wider
// dtype as jax.numpy does, and binds numjit.reduce or numjit.argmax.
//
//===----------------------------------------------------------------------===//

#include "frontend/OpSupport.h"

#include <algorithm>
#include <cmath>

namespace numjit {

using detail::Attrs;
using detail::bind;
using detail::fail;
using detail::Prim;
using namespace detail::ops;
using SL = std::source_location;

namespace {

enum Kind : int64_t { SUM, PROD, MAX, MIN };
Array reduce(Kind kind, const char *op, const Array &x, const Axes &axes,
             bool keepdims, const SL &loc, bool allowEmpty = false) {
  std::vector<int64_t> dims = normalizeAxes(op, axes, x.ndim(), loc);
  if ((kind == MAX || kind == MIN) && !allowEmpty)
    for (int64_t d : dims)
      if (x.shape()[size_t(d)] == 0)
        fail(op, "zero-size reduction over axis " + std::to_string(d) + " of shape " +
                     shape_str(x.shape()) + " has no identity",
             loc);
  // As in jax.numpy: bools count in i32, sums and products of u8 in u32,
  // of f16 and bf16 in f32 (rounded back at the end).
  bool counts = kind == SUM || kind == PROD;
  Array in = convert(x, counts ? accumulateDType(x.dtype())
                     : x.dtype() == DType::bool_ ? DType::i32
                                                 : x.dtype(),
                     loc);
  Shape reduced, kept = x.shape();
  for (int64_t i = 0; i < x.ndim(); ++i) {
    if (std::binary_search(dims.begin(), dims.end(), i))
      kept[size_t(i)] = 1;
    else
      reduced.push_back(x.shape()[size_t(i)]);
  }
  Array r = in;
  if (!dims.empty()) {
    Attrs attrs;
    attrs.i = kind;
    attrs.a = dims;
    r = bind(Prim::Reduce, {&in, 1}, attrs, in.dtype(), reduced, loc);
  }
  if ((kind == MAX || kind == MIN) && x.dtype() == DType::bool_)
    r = convert(r, DType::bool_, loc);
  if (counts && isHalf(x.dtype()))
    r = convert(r, x.dtype(), loc);
  return keepdims ? reshape(r, kept, loc) : r;
}

} // namespace

Array sum(const Array &x, Axes axes, bool keepdims, SL loc) {
  return reduce(SUM, "sum", x, axes, keepdims, loc);
}
Array prod(const Array &x, Axes axes, bool keepdims, SL loc) {
  return reduce(PROD, "prod", x, axes, keepdims, loc);
}
Array max(const Array &x, Axes axes, bool keepdims, SL loc) {
  return reduce(MAX, "max", x, axes, keepdims, loc);
}
Array min(const Array &x, Axes axes, bool keepdims, SL loc) {
  return reduce(MIN, "min", x, axes, keepdims, loc);
}
Array mean(const Array &x, Axes axes, bool keepdims, SL loc) {
  if (isHalf(x.dtype())) // the mean of the f32 values, rounded once
    return convert(mean(convert(x, DType::f32, loc), axes, keepdims, loc), x.dtype(), loc);
  std::vector<int64_t> dims = normalizeAxes("mean", axes, x.ndim(), loc);
  Array in = is_floating(x.dtype()) ? x : convert(x, DType::f32, loc);
  Array total = reduce(SUM, "mean", in, axes, keepdims, loc);
  int64_t count = 1;
  std::vector<int64_t> symbolic;
  for (int64_t d : dims) {
    int64_t n = x.shape()[size_t(d)];
    if (is_symbolic(n))
      symbolic.push_back(d);
    else
      count *= n;
  }
  if (symbolic.empty())
    return divide(total, double(count), loc);
  // A symbolic size counts only when the kernel runs.
  Array n = full({}, double(count), DType::i64, loc);
  for (int64_t d : symbolic) {
    Attrs attrs;
    attrs.i = d;
    n = multiply(n, bind(Prim::DimSize, {&in, 1}, attrs, DType::i64, {}, loc), loc);
  }
  return divide(total, convert(n, in.dtype(), loc), loc);
}

Array argmax(const Array &x, std::optional<int64_t> axis, bool keepdims, SL loc) {
  Array in = x.dtype() == DType::bool_ ? convert(x, DType::i32, loc) : x;
  int64_t dim = 0;
  if (axis) {
    dim = normalizeAxis("argmax", *axis, x.ndim(), loc);
  } else if (x.ndim() != 1) {
    for (int64_t d : x.shape())
      if (is_symbolic(d))
        fail("argmax", "argmax without an axis flattens the array, and shape " +
                           shape_str(x.shape()) +
                           " has a symbolic size, which cannot be merged with "
                           "others (give an axis)",
             loc);
    in = reshape(in, {x.size()}, loc);
  }
  if (in.shape()[size_t(dim)] == 0)
    fail("argmax", "argmax of an empty axis of shape " + shape_str(x.shape()) +
                       " is not defined",
         loc);
  Shape out = in.shape();
  out.erase(out.begin() + dim);
  Attrs attrs;
  attrs.i = dim;
  Array r = bind(Prim::ArgMax, {&in, 1}, attrs, DType::i32, out, loc);
  if (!keepdims)
    return r;
  Shape kept = x.shape();
  if (axis)
    kept[size_t(dim)] = 1;
  else
    std::fill(kept.begin(), kept.end(), 1);
  return reshape(r, kept, loc);
}

Array logsumexp(const Array &x, Axes axes, bool keepdims, SL loc) {
  Array in = is_floating(x.dtype()) ? x : convert(x, DType::f32, loc);
  // Over an empty axis the max is -inf (the identity), and the result -inf.
  Array m = reduce(MAX, "logsumexp", in, axes, /*keepdims=*/true, loc, /*allowEmpty=*/true);
  // An all -inf (or inf/nan) slice must not turn x - m into nan.
  m = where(abs(m, loc) < INFINITY, m, 0.0, loc);
  Array r = add(log(sum(exp(subtract(in, m, loc), loc), axes, true, loc), loc), m, loc);
  if (keepdims)
    return r;
  return squeeze(r, Axes(normalizeAxes("logsumexp", axes, x.ndim(), loc)), loc);
}

Array softmax(const Array &x, int64_t axis, SL loc) {
  Array in = is_floating(x.dtype()) ? x : convert(x, DType::f32, loc);
  std::vector<int64_t> ax{normalizeAxis("softmax", axis, x.ndim(), loc)};
  Array e = exp(subtract(in, reduce(MAX, "softmax", in, ax, true, loc, true), loc), loc);
  // One division per row, not per element (as PyTorch's CPU kernel does):
  // within an ulp or so of e / sum, and the division dominates otherwise.
  return multiply(e, divide(1.0, sum(e, ax, true, loc), loc), loc);
}

} // namespace numjit
