//===- ShapeOps.cpp - Linear algebra and shape ops ------------------------===//
//
// matmul/dot as dot_general, and the shape ops. Symbolic sizes (ahead-of-
// time kernels) pass through when an op keeps them whole; an op that would
// need their value (a reshape to a fixed shape, a slice of part of one)
// throws.
//
//===----------------------------------------------------------------------===//

#include "frontend/OpSupport.h"

#include <algorithm>
#include <numeric>

namespace numjit {

using detail::Attrs;
using detail::bind;
using detail::fail;
using detail::Prim;
using namespace detail::ops;
using SL = std::source_location;

//===----------------------------------------------------------------------===//
// Linear algebra
//===----------------------------------------------------------------------===//

namespace {
Array dotGeneralOnce(const Array &a, const Array &b, std::vector<int64_t> batchA,
                     std::vector<int64_t> batchB, int64_t contractA, int64_t contractB,
                     const SL &loc) {
  // Bools multiply-accumulate in i32 and come back as bool (any), as in
  // jax; f16 and bf16 in f32 (the matrix product runs on f32 OpenBLAS),
  // rounded back once.
  DType promoted = promote(a, b);
  DType dtype = promoted == DType::bool_ ? DType::i32 : accumulateDType(promoted);
  Array x = convert(a, dtype, loc), y = convert(b, dtype, loc);
  Shape out;
  for (int64_t d : batchA)
    out.push_back(a.shape()[size_t(d)]);
  for (int64_t i = 0; i < a.ndim(); ++i)
    if (i != contractA && std::find(batchA.begin(), batchA.end(), i) == batchA.end())
      out.push_back(a.shape()[size_t(i)]);
  for (int64_t i = 0; i < b.ndim(); ++i)
    if (i != contractB && std::find(batchB.begin(), batchB.end(), i) == batchB.end())
      out.push_back(b.shape()[size_t(i)]);
  Attrs attrs;
  attrs.a = std::move(batchA);
  attrs.b = std::move(batchB);
  attrs.c = {contractA};
  attrs.d = {contractB};
  Array operands[] = {x, y};
  return convert(bind(Prim::DotGeneral, operands, attrs, dtype, out, loc), promoted, loc);
}

Array dotGeneral(const Array &a, const Array &b, std::vector<int64_t> batchA,
                 std::vector<int64_t> batchB, int64_t contractA, int64_t contractB,
                 const SL &loc) {
  if (!isHalf(promote(a, b)) || a.is_traced() || b.is_traced())
    return dotGeneralOnce(a, b, std::move(batchA), std::move(batchB), contractA, contractB, loc);
  // Eagerly, f16/bf16 products run as one kernel (widen, multiply, round),
  // as inside jit: then bf16 ones reach numjit_sbgemm and no f32 copy of
  // the operands is made.
  static detail::JitCache &cache = detail::library_cache();
  std::string key = "dot";
  for (const std::vector<int64_t> *dims : {&batchA, &batchB}) {
    key.push_back(';');
    for (int64_t d : *dims) {
      key.append(std::to_string(d));
      key.push_back(',');
    }
  }
  key.push_back(';');
  key.append(std::to_string(contractA));
  key.push_back(',');
  key.append(std::to_string(contractB));
  Array args[] = {a, b};
  return cache.call(args, key, detail::TraceFn([&](std::span<const Array> in) {
                      return std::vector<Array>{dotGeneralOnce(in[0], in[1], batchA, batchB,
                                                               contractA, contractB, loc)};
                    }),
                    loc)[0];
}

void checkInner(const char *op, const Array &a, int64_t da, const Array &b,
                int64_t db, const SL &loc) {
  if (a.shape()[size_t(da)] != b.shape()[size_t(db)])
    fail(op, "inner dimensions differ: " + shape_str(a.shape()) + " (axis " +
                 std::to_string(da) + ", size " + detail::size_str(a.shape()[size_t(da)]) +
                 ") and " + shape_str(b.shape()) + " (axis " + std::to_string(db) +
                 ", size " + detail::size_str(b.shape()[size_t(db)]) + ")",
         loc);
}

/// The symbolic sizes of `shape`, sorted, and the product of the others.
std::pair<std::vector<int64_t>, int64_t> splitSymbolic(const Shape &shape) {
  std::vector<int64_t> symbols;
  int64_t fixed = 1;
  for (int64_t d : shape) {
    if (is_symbolic(d))
      symbols.push_back(d);
    else if (d != -1)
      fixed *= d;
  }
  std::sort(symbols.begin(), symbols.end());
  return {symbols, fixed};
}

/// reshape's target with its -1 inferred, for shapes with symbolic sizes:
/// each symbolic size must stay a whole dimension of the result (its value
/// is not known, so it cannot be split or merged with others).
Shape reshapeSymbolic(const Array &x, const Shape &shape, const SL &loc) {
  auto [inSymbols, inFixed] = splitSymbolic(x.shape());
  auto [outSymbols, outFixed] = splitSymbolic(shape);
  Shape out = shape;
  auto inferred = std::find(out.begin(), out.end(), -1);
  bool ok = inSymbols == outSymbols;
  if (ok && inferred != out.end()) {
    ok = outFixed != 0 && inFixed % outFixed == 0;
    if (ok)
      *inferred = inFixed / outFixed;
  } else if (ok) {
    ok = inFixed == outFixed;
  }
  if (!ok)
    fail("reshape", "cannot reshape array of shape " + shape_str(x.shape()) + " into " +
                        shape_str(shape) +
                        ": a symbolic size is known only when the kernel runs, so it "
                        "must stay a whole dimension (the other sizes must match), and "
                        "a fixed size cannot come from it",
         loc);
  return out;
}
} // namespace

Array matmul(const Array &a, const Array &b, SL loc) {
  if (a.ndim() == 0 || b.ndim() == 0)
    fail("matmul", "operands must have at least one dimension, got " +
                       shape_str(a.shape()) + " and " + shape_str(b.shape()),
         loc);
  if (a.ndim() == 1 || b.ndim() == 1) {
    // A 1-d operand contracts its only axis; the other's batch axes stay.
    int64_t ca = a.ndim() - 1, cb = b.ndim() == 1 ? 0 : b.ndim() - 2;
    checkInner("matmul", a, ca, b, cb, loc);
    return dotGeneral(a, b, {}, {}, ca, cb, loc);
  }
  checkInner("matmul", a, a.ndim() - 1, b, b.ndim() - 2, loc);
  // Broadcast the batch axes against each other.
  Shape ba(a.shape().begin(), a.shape().end() - 2), bb(b.shape().begin(), b.shape().end() - 2);
  Shape batch = broadcastShapes("matmul", ba, bb, loc);
  Shape sa = batch, sb = batch;
  sa.insert(sa.end(), a.shape().end() - 2, a.shape().end());
  sb.insert(sb.end(), b.shape().end() - 2, b.shape().end());
  Array x = broadcast_to(a, sa, loc), y = broadcast_to(b, sb, loc);
  std::vector<int64_t> dims(batch.size());
  std::iota(dims.begin(), dims.end(), 0);
  int64_t n = int64_t(batch.size());
  return dotGeneral(x, y, dims, dims, n + 1, n, loc);
}

Array dot(const Array &a, const Array &b, SL loc) {
  if (a.ndim() == 0 || b.ndim() == 0)
    return multiply(a, b, loc);
  int64_t ca = a.ndim() - 1, cb = b.ndim() == 1 ? 0 : b.ndim() - 2;
  checkInner("dot", a, ca, b, cb, loc);
  return dotGeneral(a, b, {}, {}, ca, cb, loc);
}

//===----------------------------------------------------------------------===//
// Shapes
//===----------------------------------------------------------------------===//

Array reshape(const Array &x, const Shape &shape, SL loc) {
  Shape out = shape;
  int64_t known = 1, inferred = -1;
  bool symbolic = std::any_of(x.shape().begin(), x.shape().end(), is_symbolic);
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == -1) {
      if (inferred >= 0)
        fail("reshape", "can only infer one dimension, got " + shape_str(shape), loc);
      inferred = int64_t(i);
    } else if (is_symbolic(out[i])) {
      symbolic = true;
    } else if (out[i] < 0) {
      fail("reshape", "negative dimension in " + ints_str(shape), loc);
    } else {
      known *= out[i];
    }
  }
  if (symbolic) {
    out = reshapeSymbolic(x, shape, loc);
  } else if (inferred >= 0) {
    if (known == 0 || x.size() % known != 0)
      fail("reshape", "cannot reshape array of shape " + shape_str(x.shape()) + " (size " +
                          std::to_string(x.size()) + ") into " + ints_str(shape),
           loc);
    out[size_t(inferred)] = x.size() / known;
  } else if (known != x.size()) {
    fail("reshape", "cannot reshape array of shape " + shape_str(x.shape()) + " (size " +
                        std::to_string(x.size()) + ") into shape " + shape_str(shape) +
                        " (size " + std::to_string(known) + ")",
         loc);
  }
  if (out == x.shape())
    return x;
  return bind(Prim::Reshape, {&x, 1}, {}, x.dtype(), out, loc);
}

Array transpose(const Array &x, SL loc) {
  std::vector<int64_t> perm(size_t(x.ndim()));
  std::iota(perm.rbegin(), perm.rend(), 0);
  return transpose(x, perm, loc);
}

Array transpose(const Array &x, const std::vector<int64_t> &permutation, SL loc) {
  if (int64_t(permutation.size()) != x.ndim())
    fail("transpose", "permutation " + ints_str(permutation) + " does not match rank " +
                          std::to_string(x.ndim()) + " of shape " + shape_str(x.shape()),
         loc);
  std::vector<int64_t> perm;
  for (int64_t p : permutation) {
    if (p < -x.ndim() || p >= x.ndim())
      fail("transpose", "axis " + std::to_string(p) + " in permutation " +
                            ints_str(permutation) + " is out of bounds for rank " +
                            std::to_string(x.ndim()),
           loc);
    perm.push_back(p < 0 ? p + x.ndim() : p);
  }
  std::vector<int64_t> sorted = perm;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
    fail("transpose", ints_str(permutation) + " is not a permutation", loc);
  bool identity = true;
  Shape out;
  for (size_t i = 0; i < perm.size(); ++i) {
    identity &= perm[i] == int64_t(i);
    out.push_back(x.shape()[size_t(perm[i])]);
  }
  if (identity)
    return x;
  Attrs attrs;
  attrs.a = perm;
  return bind(Prim::Transpose, {&x, 1}, attrs, x.dtype(), out, loc);
}

Array expand_dims(const Array &x, int64_t axis, SL loc) {
  int64_t a = normalizeAxis("expand_dims", axis, x.ndim() + 1, loc);
  Shape out = x.shape();
  out.insert(out.begin() + a, 1);
  return reshape(x, out, loc);
}

Array squeeze(const Array &x, Axes axes, SL loc) {
  Shape out;
  if (!axes) {
    for (int64_t d : x.shape())
      if (d != 1)
        out.push_back(d);
  } else {
    std::vector<int64_t> dims = normalizeAxes("squeeze", axes, x.ndim(), loc);
    for (int64_t i = 0; i < x.ndim(); ++i) {
      bool drop = std::binary_search(dims.begin(), dims.end(), i);
      if (drop && x.shape()[size_t(i)] != 1)
        fail("squeeze", "cannot squeeze axis " + std::to_string(i) + " of size " +
                            std::to_string(x.shape()[size_t(i)]) + " in shape " +
                            shape_str(x.shape()),
             loc);
      if (!drop)
        out.push_back(x.shape()[size_t(i)]);
    }
  }
  return reshape(x, out, loc);
}

Array broadcast_to(const Array &x, const Shape &shape, SL loc) {
  bool ok = shape.size() >= x.shape().size();
  for (size_t i = 0; ok && i < x.shape().size(); ++i) {
    int64_t d = x.shape()[x.shape().size() - 1 - i], t = shape[shape.size() - 1 - i];
    ok = d == t || d == 1;
  }
  for (int64_t d : shape)
    ok = ok && (d >= 0 || is_symbolic(d));
  if (!ok)
    fail("broadcast_to", "cannot broadcast shape " + shape_str(x.shape()) + " to " +
                             shape_str(shape),
         loc);
  if (std::none_of(shape.begin(), shape.end(), is_symbolic)) // static: its count must fit
    detail::checked_num_elements("broadcast_to", shape, loc);
  return broadcastTo(x, shape, loc);
}

Array concatenate(const std::vector<Array> &arrays, int64_t axis, SL loc) {
  if (arrays.empty())
    fail("concatenate", "needs at least one array", loc);
  const Array &first = arrays[0];
  if (first.ndim() == 0)
    fail("concatenate", "zero-dimensional arrays cannot be concatenated", loc);
  int64_t dim = normalizeAxis("concatenate", axis, first.ndim(), loc);
  DType dtype = first.dtype();
  Shape out = first.shape();
  out[size_t(dim)] = 0;
  for (size_t k = 0; k < arrays.size(); ++k) {
    const Array &a = arrays[k];
    bool ok = a.ndim() == first.ndim();
    for (int64_t i = 0; ok && i < a.ndim(); ++i)
      ok = i == dim || a.shape()[size_t(i)] == first.shape()[size_t(i)];
    if (!ok)
      fail("concatenate", "array " + std::to_string(k) + " has shape " +
                              shape_str(a.shape()) + ", which does not match " +
                              shape_str(first.shape()) + " except on axis " +
                              std::to_string(dim),
           loc);
    if (is_symbolic(a.shape()[size_t(dim)]))
      fail("concatenate", "array " + std::to_string(k) + " has shape " +
                              shape_str(a.shape()) + ", whose symbolic size on axis " +
                              std::to_string(dim) +
                              " has no value until the kernel runs, so the result's "
                              "size there cannot be named (concatenate along a fixed axis)",
           loc);
    out[size_t(dim)] += a.shape()[size_t(dim)];
    if (k)
      dtype = promote(dtype, false, a.dtype(), false);
  }
  std::vector<Array> in;
  for (const Array &a : arrays)
    in.push_back(convert(a, dtype, loc));
  if (in.size() == 1)
    return in[0];
  Attrs attrs;
  attrs.i = dim;
  return bind(Prim::Concatenate, in, attrs, dtype, out, loc);
}

Array slice(const Array &x, const std::vector<int64_t> &start,
            const std::vector<int64_t> &limit, std::vector<int64_t> strides, SL loc) {
  if (strides.empty())
    strides.assign(size_t(x.ndim()), 1);
  size_t n = size_t(x.ndim());
  if (start.size() != n || limit.size() != n || strides.size() != n)
    fail("slice", "start " + ints_str(start) + ", limit " + ints_str(limit) +
                      " and strides " + ints_str(strides) + " must each have " +
                      std::to_string(n) + " entries for shape " + shape_str(x.shape()),
         loc);
  Shape out;
  for (size_t i = 0; i < n; ++i) {
    if (is_symbolic(x.shape()[i])) {
      if (start[i] != 0 || limit[i] != x.shape()[i] || strides[i] != 1)
        fail("slice", "axis " + std::to_string(i) + " of shape " + shape_str(x.shape()) +
                          " has a symbolic size, which can only be taken whole (start "
                          "0, limit " + detail::size_str(x.shape()[i]) +
                          ", stride 1): its value is known only when the kernel runs",
             loc);
      out.push_back(x.shape()[i]);
      continue;
    }
    if (start[i] < 0 || start[i] > limit[i] || limit[i] > x.shape()[i] || strides[i] < 1)
      fail("slice", "axis " + std::to_string(i) + ": need 0 <= start (" +
                        std::to_string(start[i]) + ") <= limit (" + std::to_string(limit[i]) +
                        ") <= size (" + std::to_string(x.shape()[i]) + ") and stride (" +
                        std::to_string(strides[i]) + ") >= 1",
           loc);
    // ceil((limit - start) / stride), without overflow for a huge stride.
    out.push_back(limit[i] == start[i] ? 0 : (limit[i] - start[i] - 1) / strides[i] + 1);
  }
  if (out == x.shape())
    return x;
  Attrs attrs;
  attrs.a = start;
  attrs.b = limit;
  attrs.c = strides;
  return bind(Prim::Slice, {&x, 1}, attrs, x.dtype(), out, loc);
}

} // namespace numjit

