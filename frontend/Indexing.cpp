//===- Indexing.cpp - take, scatter, dynamic slices, one_hot --------------===//
//
// The jax.numpy indexing functions on numjit.gather, numjit.scatter,
// numjit.dynamic_slice and numjit.dynamic_update_slice. Negative indices
// count from the end and out-of-range ones are clamped, in the ops
// themselves, so eager and jit agree.
//
//===----------------------------------------------------------------------===//

#include "frontend/OpSupport.h"

#include <algorithm>

namespace numjit {

using detail::Attrs;
using detail::bind;
using detail::fail;
using detail::Prim;
using namespace detail::ops;
using SL = std::source_location;

namespace {

void checkIndices(const char *op, const Array &indices, const SL &loc) {
  if (!is_integer(indices.dtype()))
    fail(op, std::string("indices must be integers, got ") + dtype_name(indices.dtype()), loc);
}

/// What gathering `indices` from `x` along `axis` gives, the first
/// `batch` dims being shared.
Shape gatheredShape(const Shape &x, const Shape &indices, int64_t axis, int64_t batch) {
  Shape out(x.begin(), x.begin() + axis);
  out.insert(out.end(), indices.begin() + batch, indices.end());
  out.insert(out.end(), x.begin() + axis + 1, x.end());
  return out;
}

void checkAxisNotEmpty(const char *op, const Shape &x, int64_t axis, const Shape &result,
                       const SL &loc) {
  if (x[size_t(axis)] == 0 && detail::num_elements(result) != 0)
    fail(op, "indexes axis " + std::to_string(axis) + " of shape " + shape_str(x) +
                 ", which is empty",
         loc);
}

Array gather(const char *op, const Array &x, const Array &indices, int64_t axis, int64_t batch,
             const SL &loc) {
  Shape out = gatheredShape(x.shape(), indices.shape(), axis, batch);
  checkAxisNotEmpty(op, x.shape(), axis, out, loc);
  Attrs attrs;
  attrs.i = axis;
  attrs.a = {batch};
  Array operands[] = {x, indices};
  return bind(Prim::Gather, operands, attrs, x.dtype(), out, loc);
}

Array scatterAlong(const char *op, const Array &x, const Array &indices, const Array &updates,
                   std::optional<int64_t> axis, bool add, const SL &loc) {
  checkIndices(op, indices, loc);
  if (!axis && x.ndim() == 1)
    return scatterAlong(op, x, indices, updates, 0, add, loc);
  if (!axis) // the flattened array, as jax.numpy's x.ravel().at[i]
    return reshape(scatterAlong(op, reshape(x, {-1}, loc), indices, updates, 0, add, loc),
                   x.shape(), loc);
  if (add && x.dtype() == DType::bool_)
    fail(op, "adds numbers, not bools (convert with astype first)", loc);
  int64_t a = normalizeAxis(op, *axis, x.ndim(), loc);
  Shape out = gatheredShape(x.shape(), indices.shape(), a, 0);
  checkAxisNotEmpty(op, x.shape(), a, out, loc);
  if (broadcastShapes(op, updates.shape(), out, loc) != out)
    fail(op, "updates of shape " + shape_str(updates.shape()) +
                 " do not broadcast to the indexed shape " + shape_str(out),
         loc);
  Array u = broadcastTo(convert(updates, x.dtype(), loc), out, loc);
  Attrs attrs;
  attrs.i = a;
  attrs.a = {0, add ? 1 : 0};
  Array operands[] = {x, indices, u};
  return bind(Prim::Scatter, operands, attrs, x.dtype(), x.shape(), loc);
}

/// One rank-0 integer array per dimension of `x`.
std::vector<Array> startArrays(const char *op, const Array &x, const std::vector<Operand> &starts,
                               const SL &loc) {
  if (int64_t(starts.size()) != x.ndim())
    fail(op, "takes one start per dimension: " + std::to_string(starts.size()) +
                 " for shape " + shape_str(x.shape()),
         loc);
  std::vector<Array> out;
  for (const Operand &s : starts) {
    if (s.array.ndim() != 0 || !is_integer(s.array.dtype()))
      fail(op, "a start is a C++ integer or a scalar integer array, got " +
                   std::string(dtype_name(s.array.dtype())) + shape_str(s.array.shape()),
           loc);
    out.push_back(s.array);
  }
  return out;
}

} // namespace

Array take(const Array &x, const Array &indices, std::optional<int64_t> axis, SL loc) {
  checkIndices("take", indices, loc);
  if (!axis) // of the flattened array (a 1-d one as it is: its size may be symbolic)
    return take(x.ndim() == 1 ? x : reshape(x, {-1}, loc), indices, 0, loc);
  return gather("take", x, indices, normalizeAxis("take", *axis, x.ndim(), loc), 0, loc);
}

Array take_along_axis(const Array &x, const Array &indices, int64_t axis, SL loc) {
  checkIndices("take_along_axis", indices, loc);
  if (indices.ndim() != x.ndim() || x.ndim() == 0)
    fail("take_along_axis",
         "indices of shape " + shape_str(indices.shape()) +
             " must have the rank of the array, " + shape_str(x.shape()) + ", at least 1",
         loc);
  int64_t a = normalizeAxis("take_along_axis", axis, x.ndim(), loc), r = x.ndim();
  // The axis goes last; the others are batch dimensions (broadcast).
  std::vector<int64_t> perm, inverse(static_cast<size_t>(r));
  for (int64_t d = 0; d < r; ++d)
    if (d != a)
      perm.push_back(d);
  perm.push_back(a);
  for (int64_t d = 0; d < r; ++d)
    inverse[size_t(perm[size_t(d)])] = d;
  Array xt = transpose(x, perm, loc), it = transpose(indices, perm, loc);
  Shape lead = broadcastShapes("take_along_axis", Shape(xt.shape().begin(), xt.shape().end() - 1),
                               Shape(it.shape().begin(), it.shape().end() - 1), loc);
  Shape xs = lead, is = lead;
  xs.push_back(xt.shape().back());
  is.push_back(it.shape().back());
  Array g = gather("take_along_axis", broadcast_to(xt, xs, loc), broadcast_to(it, is, loc),
                   r - 1, r - 1, loc);
  return transpose(g, inverse, loc);
}

Array scatter(const Array &x, const Array &indices, const Array &updates,
              std::optional<int64_t> axis, SL loc) {
  return scatterAlong("scatter", x, indices, updates, axis, /*add=*/false, loc);
}

Array scatter_add(const Array &x, const Array &indices, const Array &updates,
                  std::optional<int64_t> axis, SL loc) {
  return scatterAlong("scatter_add", x, indices, updates, axis, /*add=*/true, loc);
}

Array one_hot(const Array &indices, int64_t n, DType dtype, SL loc) {
  checkIndices("one_hot", indices, loc);
  if (n < 0 || is_symbolic(n))
    fail("one_hot", "the number of classes must be a fixed size >= 0, got " +
                        detail::size_str(n), loc);
  // As jax.nn.one_hot: an index outside [0, n) gives a row of zeros.
  Array classes = arange(n, DType::i32, loc);
  return astype(numjit::equal(expand_dims(indices, -1, loc), classes, loc), dtype, loc);
}

Array dynamic_slice(const Array &x, const std::vector<Operand> &starts,
                    const std::vector<int64_t> &sizes, SL loc) {
  std::vector<Array> operands = {x};
  for (Array &s : startArrays("dynamic_slice", x, starts, loc))
    operands.push_back(s);
  if (int64_t(sizes.size()) != x.ndim())
    fail("dynamic_slice", "takes one size per dimension: " + ints_str(sizes) + " for shape " +
                              shape_str(x.shape()),
         loc);
  for (size_t d = 0; d < sizes.size(); ++d)
    if (sizes[d] < 0 || (!is_symbolic(x.shape()[d]) && sizes[d] > x.shape()[d]))
      fail("dynamic_slice", "slice sizes " + ints_str(sizes) + " do not fit in shape " +
                                shape_str(x.shape()),
           loc);
  Attrs attrs;
  attrs.a = sizes;
  return bind(Prim::DynamicSlice, operands, attrs, x.dtype(), sizes, loc);
}

Array dynamic_update_slice(const Array &x, const Array &update,
                           const std::vector<Operand> &starts, SL loc) {
  std::vector<Array> operands = {x};
  for (Array &s : startArrays("dynamic_update_slice", x, starts, loc))
    operands.push_back(s);
  bool fits = update.ndim() == x.ndim();
  for (size_t d = 0; fits && d < x.shape().size(); ++d)
    fits = !is_symbolic(update.shape()[d]) &&
           (is_symbolic(x.shape()[d]) || update.shape()[d] <= x.shape()[d]);
  if (!fits)
    fail("dynamic_update_slice", "an update of shape " + shape_str(update.shape()) +
                                     " does not fit in shape " + shape_str(x.shape()),
         loc);
  operands.push_back(convert(update, x.dtype(), loc));
  return bind(Prim::DynamicUpdateSlice, operands, {}, x.dtype(), x.shape(), loc);
}

} // namespace numjit
