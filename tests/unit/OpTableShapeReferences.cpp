//===- OpTableShapeReferences.cpp - Indexing, linalg and shape references -===//
//
// The op table's references for the ops that move elements rather than
// compute them, as plain row-major loops in double over host tensors:
// take, scatter, take_along_axis and the dynamic slices (with numjit's
// index clamping), dot and matmul, and the shape ops (reshape, transpose,
// expand_dims, squeeze, broadcast_to, concatenate, slice).
//
//===----------------------------------------------------------------------===//

#include "OpTable.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace numjit_test::optable {

namespace {

/// NumPy's index rule with numjit's clamping: negative counts from the end.
int64_t clampIndex(double i, int64_t n) {
  int64_t k = int64_t(i);
  if (k < 0)
    k += n;
  return std::clamp<int64_t>(k, 0, n - 1);
}

/// The gathered shape: x's dims before `ax`, the indices', x's after.
Shape gatheredShape(const Shape &x, const Shape &idx, int64_t ax) {
  Shape out(x.begin(), x.begin() + ax);
  out.insert(out.end(), idx.begin(), idx.end());
  out.insert(out.end(), x.begin() + ax + 1, x.end());
  return out;
}

/// For each element k of take(x, idx, ax), the flat index of x it reads
/// (NoResult where numjit must refuse: a bad axis or an empty axis read).
std::vector<int64_t> takeSources(const Tensor &x, const Tensor &idx, int64_t axis) {
  int64_t rank = int64_t(x.shape.size());
  if (axis < -rank || axis >= rank)
    throw NoResult{};
  int64_t ax = axis < 0 ? axis + rank : axis;
  Shape out = gatheredShape(x.shape, idx.shape, ax);
  int64_t n = x.shape[size_t(ax)], ni = int64_t(idx.shape.size());
  if (n == 0 && numel(out) != 0)
    throw NoResult{};
  std::vector<int64_t> src;
  for (int64_t k = 0; k < numel(out); ++k) {
    std::vector<int64_t> o = unravel(k, out), at(o.begin(), o.begin() + ax);
    std::vector<int64_t> j(o.begin() + ax, o.begin() + ax + ni);
    at.push_back(clampIndex(idx.v[size_t(ravel(j, idx.shape))], n));
    at.insert(at.end(), o.begin() + ax + ni, o.end());
    src.push_back(ravel(at, x.shape));
  }
  return src;
}

} // namespace

Tensor refTake(const std::vector<Tensor> &in, const Params &p) {
  const Tensor &x = in[0];
  int64_t rank = int64_t(x.shape.size());
  std::vector<int64_t> src = takeSources(x, in[1], p.axis);
  Tensor out{x.dtype, gatheredShape(x.shape, in[1].shape, p.axis < 0 ? p.axis + rank : p.axis),
             {}};
  for (int64_t k : src)
    out.v.push_back(x.v[size_t(k)]);
  return out;
}

/// scatter (set, the last update wins) or scatter_add (sums, wrapping)
/// of updates in[2] into in[0] at in[1] along p.axis.
Tensor refScatter(const std::vector<Tensor> &in, const Params &p, bool add) {
  const Tensor &x = in[0], &u = in[2];
  if (add && x.dtype == BOOL)
    throw NoResult{};
  std::vector<int64_t> dst = takeSources(x, in[1], p.axis);
  if (int64_t(dst.size()) != numel(u.shape))
    throw NoResult{};
  Tensor out = x;
  for (size_t k = 0; k < dst.size(); ++k) {
    double &o = out.v[size_t(dst[k])];
    o = castTo(x.dtype, add ? o + u.v[k] : u.v[k]);
  }
  return out;
}

/// take_along_axis along p.axis, the other dims of x and idx broadcast.
Tensor refTakeAlongAxis(const std::vector<Tensor> &in, const Params &p) {
  const Tensor &x = in[0], &idx = in[1];
  int64_t rank = int64_t(x.shape.size());
  if (rank == 0 || int64_t(idx.shape.size()) != rank || p.axis < -rank || p.axis >= rank)
    throw NoResult{};
  size_t ax = size_t(p.axis < 0 ? p.axis + rank : p.axis);
  Shape out(static_cast<size_t>(rank));
  for (size_t d = 0; d < size_t(rank); ++d) {
    if (d == ax) {
      out[d] = idx.shape[d];
      continue;
    }
    int64_t a = x.shape[d], b = idx.shape[d];
    if (a != b && a != 1 && b != 1)
      throw NoResult{};
    out[d] = a == 1 ? b : a;
  }
  if (x.shape[ax] == 0 && numel(out) != 0)
    throw NoResult{};
  Tensor r{x.dtype, out, {}};
  for (int64_t k = 0; k < numel(out); ++k) {
    std::vector<int64_t> o = unravel(k, out), xi(o), ii(o);
    for (size_t d = 0; d < size_t(rank); ++d) {
      if (x.shape[d] == 1)
        xi[d] = 0;
      if (idx.shape[d] == 1)
        ii[d] = 0;
    }
    xi[ax] = clampIndex(idx.v[size_t(ravel(ii, idx.shape))], x.shape[ax]);
    r.v.push_back(x.v[size_t(ravel(xi, x.shape))]);
  }
  return r;
}

namespace {

/// The clamped starts of a block of `sizes` in `x`, from scalar inputs.
std::vector<int64_t> blockStarts(const Tensor &x, const std::vector<Tensor> &starts,
                                 const Shape &sizes) {
  std::vector<int64_t> out;
  for (size_t d = 0; d < x.shape.size(); ++d)
    out.push_back(std::clamp<int64_t>(int64_t(starts[d].v[0]), 0, x.shape[d] - sizes[d]));
  return out;
}

} // namespace

Tensor refDynamicSlice(const std::vector<Tensor> &in, const Params &p) {
  const Tensor &x = in[0];
  Shape sizes(p.ints.begin(), p.ints.end());
  std::vector<int64_t> at =
      blockStarts(x, std::vector<Tensor>(in.begin() + 1, in.end()), sizes);
  Tensor out{x.dtype, sizes, {}};
  for (int64_t k = 0; k < numel(sizes); ++k) {
    std::vector<int64_t> o = unravel(k, sizes);
    for (size_t d = 0; d < o.size(); ++d)
      o[d] += at[d];
    out.v.push_back(x.v[size_t(ravel(o, x.shape))]);
  }
  return out;
}

Tensor refDynamicUpdateSlice(const std::vector<Tensor> &in, const Params &) {
  const Tensor &x = in[0], &u = in[1];
  std::vector<int64_t> at =
      blockStarts(x, std::vector<Tensor>(in.begin() + 2, in.end()), u.shape);
  Tensor out = x;
  for (int64_t k = 0; k < numel(u.shape); ++k) {
    std::vector<int64_t> o = unravel(k, u.shape);
    for (size_t d = 0; d < o.size(); ++d)
      o[d] += at[d];
    out.v[size_t(ravel(o, x.shape))] = castTo(x.dtype, u.v[size_t(k)]);
  }
  return out;
}

namespace {

/// np.dot / a dot_general without batch axes: contracts a's last axis with
/// b's axis `cb`; the result has a's other axes, then b's.
Tensor contract(const Tensor &a, const Tensor &b, size_t cb, DType dtype) {
  size_t ca = a.shape.size() - 1;
  Shape sa(a.shape.begin(), a.shape.end() - 1), sb;
  for (size_t i = 0; i < b.shape.size(); ++i)
    if (i != cb)
      sb.push_back(b.shape[i]);
  Shape os = sa;
  os.insert(os.end(), sb.begin(), sb.end());
  Tensor out{dtype, os, std::vector<double>(size_t(numel(os)))};
  int64_t kdim = a.shape[ca];
  for (int64_t o = 0; o < numel(os); ++o) {
    std::vector<int64_t> idx = unravel(o, os);
    std::vector<int64_t> ia(idx.begin(), idx.begin() + int64_t(sa.size()));
    std::vector<int64_t> ib(idx.begin() + int64_t(sa.size()), idx.end());
    ia.push_back(0);
    ib.insert(ib.begin() + int64_t(cb), 0);
    double acc = 0;
    for (int64_t k = 0; k < kdim; ++k) {
      ia.back() = k;
      ib[cb] = k;
      acc += castTo(dtype, a.v[size_t(ravel(ia, a.shape))]) *
             castTo(dtype, b.v[size_t(ravel(ib, b.shape))]);
    }
    out.v[size_t(o)] = castTo(dtype, acc);
  }
  return out;
}

} // namespace

Tensor refDot(const std::vector<Tensor> &in, const Params &) {
  const Tensor &a = in[0], &b = in[1];
  if (a.shape.empty() || b.shape.empty())
    return elementwise([](double x, double y, double) { return x * y; }, same)(in, {});
  return contract(a, b, b.shape.size() == 1 ? 0 : b.shape.size() - 2,
                  promote(a.dtype, b.dtype));
}

/// np.matmul: 1-d operands get a 1 prepended (a) or appended (b) and removed
/// again; the batch axes broadcast.
Tensor refMatmul(const std::vector<Tensor> &in, const Params &) {
  Tensor a = in[0], b = in[1];
  DType dtype = promote(a.dtype, b.dtype); // bool @ bool is bool (any)
  bool va = a.shape.size() == 1, vb = b.shape.size() == 1;
  if (va)
    a.shape.insert(a.shape.begin(), 1);
  if (vb)
    b.shape.push_back(1);
  Shape ba(a.shape.begin(), a.shape.end() - 2), bb(b.shape.begin(), b.shape.end() - 2);
  Shape batch = broadcastShapes({ba, bb});
  int64_t m = a.shape[a.shape.size() - 2], k = a.shape.back(), n = b.shape.back();
  Shape os = batch;
  os.push_back(m);
  os.push_back(n);
  Tensor out{dtype, os, std::vector<double>(size_t(numel(os)))};
  for (int64_t bi = 0; bi < numel(batch); ++bi) {
    int64_t sa = broadcastSource(ba, batch, bi), sb = broadcastSource(bb, batch, bi);
    for (int64_t i = 0; i < m; ++i)
      for (int64_t j = 0; j < n; ++j) {
        double acc = 0;
        for (int64_t l = 0; l < k; ++l)
          acc += castTo(dtype, a.v[size_t((sa * m + i) * k + l)]) *
                 castTo(dtype, b.v[size_t((sb * k + l) * n + j)]);
        out.v[size_t((bi * m + i) * n + j)] = castTo(dtype, acc);
      }
  }
  if (vb)
    out.shape.pop_back();
  if (va)
    out.shape.erase(out.shape.end() - 1 - (vb ? 0 : 1));
  return out;
}

Tensor refReshape(const std::vector<Tensor> &in, const Params &p) {
  Tensor out = in[0];
  out.shape = p.ints;
  int64_t known = 1;
  for (int64_t d : out.shape)
    if (d != -1)
      known *= d;
  for (int64_t &d : out.shape)
    if (d == -1)
      d = numel(in[0].shape) / known;
  return out;
}

Tensor refTranspose(const std::vector<Tensor> &in, const Params &p) {
  const Tensor &x = in[0];
  size_t n = x.shape.size();
  std::vector<int64_t> perm(n);
  if (p.axes)
    for (size_t i = 0; i < n; ++i)
      perm[i] = (*p.axes)[i] < 0 ? (*p.axes)[i] + int64_t(n) : (*p.axes)[i];
  else
    for (size_t i = 0; i < n; ++i)
      perm[i] = int64_t(n - 1 - i);
  Tensor out{x.dtype, Shape(n), {}};
  for (size_t i = 0; i < n; ++i)
    out.shape[i] = x.shape[size_t(perm[i])];
  for (int64_t k = 0; k < numel(out.shape); ++k) {
    std::vector<int64_t> idx = unravel(k, out.shape), src(n);
    for (size_t i = 0; i < n; ++i)
      src[size_t(perm[i])] = idx[i];
    out.v.push_back(x.v[size_t(ravel(src, x.shape))]);
  }
  return out;
}

Tensor refExpandDims(const std::vector<Tensor> &in, const Params &p) {
  Tensor out = in[0];
  int64_t a = p.axis < 0 ? p.axis + int64_t(out.shape.size()) + 1 : p.axis;
  out.shape.insert(out.shape.begin() + a, 1);
  return out;
}

Tensor refSqueeze(const std::vector<Tensor> &in, const Params &p) {
  Tensor out = in[0];
  std::vector<int64_t> dims;
  if (p.axes)
    dims = normalizeAxes(p.axes, int64_t(out.shape.size()));
  else
    for (size_t i = 0; i < out.shape.size(); ++i)
      if (out.shape[i] == 1)
        dims.push_back(int64_t(i));
  for (size_t i = dims.size(); i-- > 0;)
    out.shape.erase(out.shape.begin() + dims[i]);
  return out;
}

Tensor refBroadcastTo(const std::vector<Tensor> &in, const Params &p) {
  Tensor out{in[0].dtype, p.ints, {}};
  for (int64_t k = 0; k < numel(out.shape); ++k)
    out.v.push_back(in[0].v[size_t(broadcastSource(in[0].shape, out.shape, k))]);
  return out;
}

Tensor refConcatenate(const std::vector<Tensor> &in, const Params &p) {
  size_t n = in[0].shape.size();
  size_t ax = size_t(p.axis < 0 ? p.axis + int64_t(n) : p.axis);
  DType dtype = in[0].dtype;
  for (const Tensor &t : in)
    dtype = promote(dtype, t.dtype);
  Tensor out{dtype, in[0].shape, {}};
  out.shape[ax] = 0;
  for (const Tensor &t : in)
    out.shape[ax] += t.shape[ax];
  for (int64_t k = 0; k < numel(out.shape); ++k) {
    std::vector<int64_t> idx = unravel(k, out.shape);
    size_t i = 0;
    while (idx[ax] >= in[i].shape[ax])
      idx[ax] -= in[i++].shape[ax];
    out.v.push_back(castTo(dtype, in[i].v[size_t(ravel(idx, in[i].shape))]));
  }
  return out;
}

Tensor refSlice(const std::vector<Tensor> &in, const Params &p) {
  const Tensor &x = in[0];
  size_t n = x.shape.size();
  std::vector<int64_t> stride = p.ints3.empty() ? std::vector<int64_t>(n, 1) : p.ints3;
  Tensor out{x.dtype, Shape(n), {}};
  for (size_t i = 0; i < n; ++i)
    out.shape[i] = (p.ints2[i] - p.ints[i] + stride[i] - 1) / stride[i];
  for (int64_t k = 0; k < numel(out.shape); ++k) {
    std::vector<int64_t> idx = unravel(k, out.shape);
    for (size_t i = 0; i < n; ++i)
      idx[i] = p.ints[i] + idx[i] * stride[i];
    out.v.push_back(x.v[size_t(ravel(idx, x.shape))]);
  }
  return out;
}

} // namespace numjit_test::optable
