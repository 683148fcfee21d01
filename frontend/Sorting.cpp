//===- Sorting.cpp - sort, argsort, top_k, cumsum, cumprod ----------------===//
//
// The jax.numpy sorting and cumulative functions. argsort is the primitive
// (numjit.argsort, stable); sort and top_k gather by its permutation, so
// their gradients are a gather's: a scatter_add back through the
// permutation. cumsum and cumprod bind numjit.cumsum / numjit.cumprod,
// counting bools in i32 and u8 in u32 as jax.numpy's sums do.
//
//===----------------------------------------------------------------------===//

#include "frontend/OpSupport.h"

namespace numjit {

using detail::Attrs;
using detail::bind;
using detail::fail;
using detail::Prim;
using namespace detail::ops;
using SL = std::source_location;

namespace {

/// `x` flattened (as it is when 1-d, which may have a symbolic size).
Array flat(const Array &x, const SL &loc) { return x.ndim() == 1 ? x : reshape(x, {-1}, loc); }

/// The permutation sorting `x` along the (normalized) `axis`.
Array sortPermutation(const Array &x, int64_t axis, bool descending, const SL &loc) {
  Attrs attrs;
  attrs.i = axis;
  attrs.a = {descending ? 1 : 0};
  return bind(Prim::ArgSort, {&x, 1}, attrs, DType::i32, x.shape(), loc);
}

Array cumulative(Prim prim, const char *op, const Array &x, std::optional<int64_t> axis,
                 const SL &loc) {
  if (!axis) // the flattened array, as jax.numpy's default
    return cumulative(prim, op, flat(x, loc), 0, loc);
  int64_t a = normalizeAxis(op, *axis, x.ndim(), loc);
  DType dtype = accumulateDType(x.dtype()); // f16 and bf16 count in f32
  Array in = convert(x, dtype, loc);
  Attrs attrs;
  attrs.i = a;
  attrs.a = {0};
  Array r = bind(prim, {&in, 1}, attrs, dtype, x.shape(), loc);
  return isHalf(x.dtype()) ? convert(r, x.dtype(), loc) : r;
}

} // namespace

Array argsort(const Array &x, std::optional<int64_t> axis, bool descending, SL loc) {
  if (!axis)
    return argsort(flat(x, loc), 0, descending, loc);
  return sortPermutation(x, normalizeAxis("argsort", *axis, x.ndim(), loc), descending, loc);
}

Array sort(const Array &x, std::optional<int64_t> axis, bool descending, SL loc) {
  if (!axis)
    return sort(flat(x, loc), 0, descending, loc);
  int64_t a = normalizeAxis("sort", *axis, x.ndim(), loc);
  return take_along_axis(x, sortPermutation(x, a, descending, loc), a, loc);
}

std::pair<Array, Array> top_k(const Array &x, int64_t k, SL loc) {
  if (x.ndim() == 0)
    fail("top_k", "needs an array of rank >= 1, got shape " + shape_str(x.shape()), loc);
  int64_t n = x.shape().back();
  if (is_symbolic(n))
    fail("top_k", "needs a fixed size of the last axis, got shape " + shape_str(x.shape()),
         loc);
  if (k < 0 || k > n)
    fail("top_k", "k = " + std::to_string(k) + " is not in [0, " + std::to_string(n) +
                      "] for shape " + shape_str(x.shape()),
         loc);
  int64_t last = x.ndim() - 1;
  Array order = sortPermutation(x, last, /*descending=*/true, loc);
  std::vector<int64_t> start(size_t(x.ndim()), 0), limit(x.shape());
  limit.back() = k;
  Array indices = slice(order, start, limit, {}, loc);
  return {take_along_axis(x, indices, last, loc), indices};
}

Array cumsum(const Array &x, std::optional<int64_t> axis, SL loc) {
  return cumulative(Prim::Cumsum, "cumsum", x, axis, loc);
}

Array cumprod(const Array &x, std::optional<int64_t> axis, SL loc) {
  return cumulative(Prim::Cumprod, "cumprod", x, axis, loc);
}

} // namespace numjit
