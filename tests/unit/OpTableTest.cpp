//===- OpTableTest.cpp - Every public op: eager == jit == a C++ reference -===//
//
// One table holds a record per public op: its arity, the input dtypes it is
// tested with, the domain random inputs are drawn from, its tolerance, the op
// itself and a plain C++ reference (row-major loops in double). The records
// are expanded over dtypes and shape cases -- (), (5,), (3, 4), broadcast
// pairs such as (3, 1)/(1, 4), rank 3, and empty (0,) and (3, 0) -- into one
// value-parameterized test per case. In every case the eager result and the
// jit result (called twice; the second call must not compile) must match the
// reference in value, dtype and shape, the dtype and shape being those
// jax.numpy gives (with int32 / float32 as the default int / float dtypes).
//
//===----------------------------------------------------------------------===//

#include "HostTensor.h"
#include "Ptxas.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <random>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace nj = numjit;

namespace {

using namespace numjit_test;

using nj::DType;
using nj::Shape;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

//===----------------------------------------------------------------------===//
// jax.numpy's dtype rules, written independently of numjit (host tensors:
// HostTensor.h)
//===----------------------------------------------------------------------===//

/// `x` as stored in `d`: f32 rounds, integers truncate toward zero (like a C
/// cast), unsigned integers then wrap modulo 2^bits, bool is x != 0.
double castTo(DType d, double x) {
  switch (d) {
  case DType::u8:
  case DType::u32: {
    double m = d == DType::u8 ? 256.0 : 4294967296.0, r = std::fmod(std::trunc(x), m);
    return r < 0 ? r + m : r;
  }
  case DType::f32:
    return double(float(x));
  case DType::f64:
    return x;
  case DType::i32:
  case DType::i64:
    return std::trunc(x);
  case DType::bool_:
    return x != 0 ? 1 : 0;
  }
  return x;
}

/// The range of values an integer or bool dtype holds.
std::pair<double, double> range(DType d) {
  switch (d) {
  case DType::bool_: return {0, 1};
  case DType::u8: return {0, 255};
  case DType::u32: return {0, 4294967295.0};
  case DType::i32: return {-2147483648.0, 2147483647.0};
  default: return {-9.3e18, 9.3e18};
  }
}

/// jax.numpy's promotion of two strongly typed dtypes (int64 with float32 is
/// float32 in JAX's lattice, unlike NumPy). Among bool and the integers it
/// is the first of bool, u8, i32, u32, i64 that holds both ranges.
DType promote(DType a, DType b) {
  if (a == b)
    return a;
  if (isFloat(a) || isFloat(b))
    return (a == DType::f64 || b == DType::f64) ? DType::f64 : DType::f32;
  for (DType c : {DType::bool_, DType::u8, DType::i32, DType::u32, DType::i64})
    if (range(c).first <= std::min(range(a).first, range(b).first) &&
        range(c).second >= std::max(range(a).second, range(b).second))
      return c;
  return DType::i64;
}

// Rules from a (promoted) input dtype to the dtype an op computes or returns.
using DRule = std::function<DType(DType)>;
DType same(DType d) { return d; }
/// Arithmetic on bools computes in int32.
DType boolToI32(DType d) { return d == DType::bool_ ? DType::i32 : d; }
/// Sums and products: bool counts in int32, uint8 in uint32.
DType sumDtype(DType d) { return d == DType::u8 ? DType::u32 : boolToI32(d); }
/// Float ops (exp, divide, mean, ...) compute integers and bools in float32.
DType toFloat(DType d) { return isFloat(d) ? d : DType::f32; }
DType toBool(DType) { return DType::bool_; }

Shape broadcastShapes(const std::vector<Shape> &shapes) {
  size_t n = 0;
  for (const Shape &s : shapes)
    n = std::max(n, s.size());
  Shape out(n, 1);
  for (const Shape &s : shapes)
    for (size_t i = 0; i < s.size(); ++i) {
      int64_t &o = out[n - s.size() + i];
      if (s[i] != 1)
        o = s[i];
    }
  return out;
}

/// The flat index in `in` that broadcasting reads for flat index `k` of `out`.
int64_t broadcastSource(const Shape &in, const Shape &out, int64_t k) {
  std::vector<int64_t> idx = unravel(k, out);
  std::vector<int64_t> src(in.size());
  size_t off = out.size() - in.size();
  for (size_t i = 0; i < in.size(); ++i)
    src[i] = in[i] == 1 ? 0 : idx[off + i];
  return ravel(src, in);
}

double nanMax(double a, double b) { return std::isnan(a) || std::isnan(b) ? kNaN : std::max(a, b); }
double nanMin(double a, double b) { return std::isnan(a) || std::isnan(b) ? kNaN : std::min(a, b); }

//===----------------------------------------------------------------------===//
// The op table
//===----------------------------------------------------------------------===//

/// Static arguments of one case (axes, keepdims, target shapes, ...).
struct Params {
  std::optional<std::vector<int64_t>>
      axes; ///< reductions, squeeze, argmax; transpose's permutation
  bool keepdims = false;
  int64_t axis = 0; ///< expand_dims, concatenate, softmax
  std::vector<int64_t> ints, ints2,
      ints3; ///< reshape/broadcast_to target; slice start, limit, strides
};

/// Input shapes (and static arguments) of one case.
struct ShapeCase {
  std::string name;
  std::vector<Shape> shapes;
  Params params;
};

/// The dtypes of the inputs; one entry means "every input". A record's
/// `everywhere` signatures run on each of its shape cases; to keep the count
/// down, each other signature runs on one shape case, taken in turn (so every
/// dtype is tested and the shapes get a spread of dtypes).
struct Sig {
  std::vector<DType> in;
  bool everywhere = false;
};

/// Random inputs: uniform in [lo, hi] (integers: the integers in it; bools:
/// 0/1); `discrete` floats are multiples of 0.5 (so ties and zeros happen);
/// `nonzero_last` keeps the last input away from zero (divisors).
struct Domain {
  double lo = -5, hi = 5;
  bool discrete = false;
  bool nonzero_last = false;
};

using Ins = std::span<const nj::Array>;
using OpFn = std::function<nj::Array(Ins, const Params &)>;
/// Returns the expected result, or throws NoResult where numjit must throw
/// nj::Error.
using RefFn = std::function<Tensor(const std::vector<Tensor> &, const Params &)>;
struct NoResult {};

struct OpRecord {
  std::string name;
  int arity;               ///< Array inputs (-1: as many as the shape case has)
  std::vector<Sig> dtypes; ///< the first runs on every shape case
  Domain domain;
  double tol_f32, tol_f64; ///< relative, with an absolute floor of the same size
  OpFn op;
  RefFn reference;
  std::vector<ShapeCase> shapes;
  /// Whether the GPU path compiles the op; where it does not (a loop per
  /// line on the host), it must refuse with a diagnostic, not crash.
  bool gpu = true;
};

// --- Dtype signatures -------------------------------------------------------

constexpr DType F32 = DType::f32, F64 = DType::f64, I32 = DType::i32, I64 = DType::i64,
                BOOL = DType::bool_, U8 = DType::u8, U32 = DType::u32;

/// f32 on every shape case; i32, (bool,) f64, i64, u8 and u32 on one each.
std::vector<Sig> numeric(bool with_bool, bool with_unsigned = true) {
  std::vector<Sig> s = {{{F32}, true}, {{I32}}};
  if (with_bool)
    s.push_back({{BOOL}});
  s.push_back({{F64}});
  s.push_back({{I64}});
  if (with_unsigned) {
    s.push_back({{U8}});
    s.push_back({{U32}});
  }
  return s;
}
std::vector<Sig> floats() { return {{{F32}, true}, {{F64}}}; }
/// Adds signatures of mixed dtypes (one shape case each).
std::vector<Sig> plus(std::vector<Sig> a, std::initializer_list<std::vector<DType>> mixed) {
  for (const auto &m : mixed)
    a.push_back(Sig{m});
  return a;
}

// --- Shape cases ------------------------------------------------------------

ShapeCase sc(std::string name, std::vector<Shape> shapes, Params p = {}) {
  return ShapeCase{std::move(name), std::move(shapes), std::move(p)};
}

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

Params reduceParams(std::optional<std::vector<int64_t>> axes, bool keep) {
  Params p;
  p.axes = std::move(axes);
  p.keepdims = keep;
  return p;
}

/// Shapes x axes (none, 0, -1, two axes) x keepdims.
std::vector<ShapeCase> reductionShapes(bool single_axis) {
  using A = std::optional<std::vector<int64_t>>;
  A all = std::nullopt, a0 = std::vector<int64_t>{0}, am1 = std::vector<int64_t>{-1};
  std::vector<ShapeCase> s = {
      sc("3x4_ax0", {{3, 4}}, reduceParams(a0, false)),
      sc("2x3x4_axm1", {{2, 3, 4}}, reduceParams(am1, false)),
      sc("0", {{0}}, reduceParams(all, false)),
      sc("3x4_axm1_keep", {{3, 4}}, reduceParams(am1, true)),
      sc("scalar", {{}}, reduceParams(all, false)),
      sc("3x0_ax0", {{3, 0}}, reduceParams(a0, false)),
      sc("3x4", {{3, 4}}, reduceParams(all, false)),
      sc("3x4_keep", {{3, 4}}, reduceParams(all, true)),
      sc("5", {{5}}, reduceParams(all, false)),
      sc("0_ax0_keep", {{0}}, reduceParams(a0, true)),
      sc("3x0_axm1", {{3, 0}}, reduceParams(am1, false)),
      sc("3x0_keep", {{3, 0}}, reduceParams(all, true)),
  };
  if (single_axis)
    s.push_back(sc("2x3x4_ax0_keep", {{2, 3, 4}}, reduceParams(a0, true)));
  else
    s.push_back(
        sc("2x3x4_ax2_0_keep", {{2, 3, 4}}, reduceParams(std::vector<int64_t>{2, 0}, true)));
  return s;
}

// --- Reference builders -----------------------------------------------------

using ScalarFn = std::function<double(double, double, double)>;

/// An elementwise op with broadcasting: inputs are promoted together (all but
/// a leading bool condition when `cond_first`), cast to `compute(promoted)`,
/// fed to `f` in double, and the result is stored as `result(compute dtype)`.
RefFn elementwise(ScalarFn f, DRule compute, DRule result = same, bool cond_first = false) {
  return [=](const std::vector<Tensor> &in, const Params &) {
    size_t first = cond_first ? 1 : 0;
    DType p = in[first].dtype;
    for (size_t i = first + 1; i < in.size(); ++i)
      p = promote(p, in[i].dtype);
    DType c = compute(p), r = result(c);
    std::vector<Shape> shapes;
    for (const Tensor &t : in)
      shapes.push_back(t.shape);
    Tensor out{r, broadcastShapes(shapes), {}};
    out.v.resize(size_t(numel(out.shape)));
    for (int64_t k = 0; k < numel(out.shape); ++k) {
      double a[3] = {0, 0, 0};
      for (size_t i = 0; i < in.size(); ++i) {
        double x = in[i].v[size_t(broadcastSource(in[i].shape, out.shape, k))];
        a[i] = i < first ? castTo(DType::bool_, x) : castTo(c, x);
      }
      out.v[size_t(k)] = castTo(r, f(a[0], a[1], a[2]));
    }
    return out;
  };
}

std::vector<int64_t> normalizeAxes(const std::optional<std::vector<int64_t>> &axes, int64_t ndim) {
  std::vector<int64_t> out;
  if (!axes) {
    out.resize(size_t(ndim));
    std::iota(out.begin(), out.end(), 0);
    return out;
  }
  for (int64_t a : *axes)
    out.push_back(a < 0 ? a + ndim : a);
  std::sort(out.begin(), out.end());
  return out;
}

/// Groups the elements of `shape` by their index outside `dims`: returns the
/// group of each flat index; `kept` gets the shape of the groups.
std::vector<int64_t> groupBy(const Shape &shape, const std::vector<int64_t> &dims, Shape &kept) {
  kept.clear();
  for (size_t i = 0; i < shape.size(); ++i)
    if (!std::binary_search(dims.begin(), dims.end(), int64_t(i)))
      kept.push_back(shape[i]);
  std::vector<int64_t> group(size_t(numel(shape)));
  for (int64_t k = 0; k < numel(shape); ++k) {
    std::vector<int64_t> idx = unravel(k, shape), out;
    for (size_t i = 0; i < shape.size(); ++i)
      if (!std::binary_search(dims.begin(), dims.end(), int64_t(i)))
        out.push_back(idx[i]);
    group[size_t(k)] = ravel(out, kept);
  }
  return group;
}

/// A reduction over `params.axes` (all when unset), honoring keepdims. `f`
/// sees each group's values in row-major order. With `needs_elements`, a
/// zero-size reduced axis is an error (max, min, argmax).
RefFn reduction(std::function<double(const std::vector<double> &)> f, DRule result,
                bool needs_elements) {
  return [=](const std::vector<Tensor> &in, const Params &p) {
    const Tensor &x = in[0];
    std::vector<int64_t> dims = normalizeAxes(p.axes, int64_t(x.shape.size()));
    if (needs_elements)
      for (int64_t d : dims)
        if (x.shape[size_t(d)] == 0)
          throw NoResult{};
    Shape kept;
    std::vector<int64_t> group = groupBy(x.shape, dims, kept);
    std::vector<std::vector<double>> groups(size_t(numel(kept)));
    for (size_t k = 0; k < group.size(); ++k)
      groups[size_t(group[k])].push_back(x.v[k]);
    Tensor out{result(x.dtype), kept, {}};
    if (p.keepdims) {
      out.shape = x.shape;
      for (int64_t d : dims)
        out.shape[size_t(d)] = 1;
    }
    for (const auto &g : groups)
      out.v.push_back(castTo(out.dtype, f(g)));
    return out;
  };
}

double refSum(const std::vector<double> &g) { return std::accumulate(g.begin(), g.end(), 0.0); }
double refProd(const std::vector<double> &g) {
  return std::accumulate(g.begin(), g.end(), 1.0, std::multiplies<>());
}
double refMax(const std::vector<double> &g) {
  return std::accumulate(g.begin() + 1, g.end(), g[0], nanMax);
}
double refMin(const std::vector<double> &g) {
  return std::accumulate(g.begin() + 1, g.end(), g[0], nanMin);
}
double refMean(const std::vector<double> &g) { return refSum(g) / double(g.size()); }
/// First maximum; a NaN counts as the maximum (as in jax.numpy).
double refArgmax(const std::vector<double> &g) {
  size_t best = 0;
  for (size_t i = 1; i < g.size(); ++i) {
    if (std::isnan(g[best]))
      break;
    if (std::isnan(g[i]) || g[i] > g[best])
      best = i;
  }
  return double(best);
}
/// erf_inv by bisection on std::erf (then one Newton step).
double refErfInv(double x) {
  if (std::fabs(x) >= 1)
    return std::fabs(x) == 1 ? std::copysign(kInf, x) : kNaN;
  double lo = -6, hi = 6;
  for (int i = 0; i < 200; ++i) {
    double mid = 0.5 * (lo + hi);
    (std::erf(mid) < x ? lo : hi) = mid;
  }
  double y = 0.5 * (lo + hi);
  return y - (std::erf(y) - x) / (1.1283791670955126 * std::exp(-y * y));
}

double refLogsumexp(const std::vector<double> &g) {
  if (g.empty())
    return -kInf;
  double m = refMax(g), s = 0;
  for (double x : g)
    s += std::exp(x - m);
  return std::log(s) + m;
}

Tensor refSoftmax(const std::vector<Tensor> &in, const Params &p) {
  const Tensor &x = in[0];
  int64_t ax = p.axis < 0 ? p.axis + int64_t(x.shape.size()) : p.axis;
  Shape kept;
  std::vector<int64_t> group = groupBy(x.shape, {ax}, kept);
  std::vector<std::vector<double>> groups(size_t(numel(kept)));
  for (size_t k = 0; k < group.size(); ++k)
    groups[size_t(group[k])].push_back(x.v[k]);
  std::vector<double> m, s;
  for (const auto &g : groups) {
    m.push_back(g.empty() ? 0.0 : refMax(g));
    double sum = 0;
    for (double v : g)
      sum += std::exp(v - m.back());
    s.push_back(sum);
  }
  Tensor out{toFloat(x.dtype), x.shape, {}};
  for (size_t k = 0; k < x.v.size(); ++k) {
    size_t g = size_t(group[k]);
    out.v.push_back(castTo(out.dtype, std::exp(x.v[k] - m[g]) / s[g]));
  }
  return out;
}

/// `line` applied to each line of x along p.axis (NoResult where the axis
/// does not exist), giving elements of dtype `to`.
Tensor alongAxis(const Tensor &x, int64_t axis, DType to,
                 const std::function<std::vector<double>(const std::vector<double> &)> &line) {
  int64_t rank = int64_t(x.shape.size());
  if (axis < -rank || axis >= rank)
    throw NoResult{};
  int64_t ax = axis < 0 ? axis + rank : axis;
  Shape kept;
  std::vector<int64_t> group = groupBy(x.shape, {ax}, kept);
  std::vector<std::vector<double>> lines(size_t(numel(kept)));
  for (size_t k = 0; k < group.size(); ++k)
    lines[size_t(group[k])].push_back(x.v[k]);
  for (auto &l : lines)
    l = line(l);
  std::vector<size_t> next(lines.size(), 0);
  Tensor out{to, x.shape, {}};
  for (size_t k = 0; k < group.size(); ++k) {
    size_t g = size_t(group[k]);
    out.v.push_back(castTo(to, lines[g][next[g]++]));
  }
  return out;
}

/// The stable ascending order of `v` (NaN last), or descending (NaN first).
std::vector<double> stableOrder(const std::vector<double> &v, bool descending) {
  std::vector<double> idx(v.size());
  for (size_t i = 0; i < v.size(); ++i)
    idx[i] = double(i);
  auto before = [&](double a, double b) { // a sorts strictly before b ascending
    return (!std::isnan(a) && std::isnan(b)) || a < b;
  };
  std::stable_sort(idx.begin(), idx.end(), [&](double i, double j) {
    double a = v[size_t(i)], b = v[size_t(j)];
    return descending ? before(b, a) : before(a, b);
  });
  return idx;
}

std::vector<double> permuted(const std::vector<double> &v, const std::vector<double> &idx) {
  std::vector<double> out;
  for (double i : idx)
    out.push_back(v[size_t(i)]);
  return out;
}

/// A running sum or product in `dtype`, wrapping as the ints do.
std::vector<double> running(const std::vector<double> &v, DType dtype, bool product) {
  std::vector<double> out;
  double acc = product ? 1 : 0;
  for (double x : v) {
    acc = castTo(dtype, product ? acc * x : acc + x);
    out.push_back(acc);
  }
  return out;
}

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

/// The clamped starts of a block of `sizes` in `x`, from scalar inputs.
std::vector<int64_t> blockStarts(const Tensor &x, const std::vector<Tensor> &starts,
                                 const Shape &sizes) {
  std::vector<int64_t> out;
  for (size_t d = 0; d < x.shape.size(); ++d)
    out.push_back(std::clamp<int64_t>(int64_t(starts[d].v[0]), 0, x.shape[d] - sizes[d]));
  return out;
}

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

// --- The records ------------------------------------------------------------

nj::Axes axesOf(const Params &p) { return p.axes ? nj::Axes(*p.axes) : nj::Axes(); }

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

OpRecord reductionRecord(std::string name, std::vector<Sig> dtypes, Domain dom, double tf,
                         double td, OpFn op, RefFn ref, bool single_axis = false) {
  return {std::move(name),
          1,
          std::move(dtypes),
          dom,
          tf,
          td,
          std::move(op),
          std::move(ref),
          reductionShapes(single_axis)};
}

Params shapeParams(std::vector<int64_t> ints, std::vector<int64_t> ints2 = {},
                   std::vector<int64_t> ints3 = {}) {
  Params p;
  p.ints = std::move(ints);
  p.ints2 = std::move(ints2);
  p.ints3 = std::move(ints3);
  return p;
}
Params axisParams(int64_t axis) {
  Params p;
  p.axis = axis;
  return p;
}
Params axesParams(std::optional<std::vector<int64_t>> axes) {
  Params p;
  p.axes = std::move(axes);
  return p;
}

std::vector<Sig> allDtypes() { return numeric(true); }

std::vector<OpRecord> buildRecords() {
  const double tf = 1e-6, td = 1e-14;   // exact up to rounding
  const double tfm = 1e-5, tdm = 1e-13; // transcendental
  auto S = [](double (*f)(double)) { return [f](double a, double, double) { return f(a); }; };
  std::vector<OpRecord> r;

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
                               {U8, I32}, {U32, I32}, {U8, U32}, {U8, F32}, {BOOL, U8}});
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
  // saturate (negative floats give 0 as unsigned); integers wrap.
  for (DType to : {F32, F64, I32, I64, BOOL, U8, U32})
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
                     if (isFloat(in[0].dtype) && (to == U8 || to == U32))
                       a = std::clamp(std::trunc(a), 0.0, range(to).second);
                     out.v.push_back(castTo(to, a));
                   }
                   return out;
                 },
                 unaryShapes()});

  // -- Reductions.
  auto red = [](nj::Array (*f)(const nj::Array &, nj::Axes, bool, std::source_location)) {
    return [f](Ins x, const Params &p) {
      return f(x[0], axesOf(p), p.keepdims, std::source_location::current());
    };
  };
  // Small magnitudes so that products of 24 elements stay exact in int32.
  const Domain prodDom{-2, 2, true};
  r.push_back(reductionRecord("sum", numeric(true), {}, 1e-5, 1e-13, red(nj::sum),
                              reduction(refSum, sumDtype, false)));
  r.push_back(reductionRecord("prod", numeric(true), prodDom, 1e-5, 1e-13, red(nj::prod),
                              reduction(refProd, sumDtype, false)));
  r.push_back(reductionRecord("max", numeric(true), {-3, 3, true}, 0, 0, red(nj::max),
                              reduction(refMax, same, true)));
  r.push_back(reductionRecord("min", numeric(true), {-3, 3, true}, 0, 0, red(nj::min),
                              reduction(refMin, same, true)));
  r.push_back(reductionRecord("mean", numeric(true), {}, 1e-5, 1e-13, red(nj::mean),
                              reduction(refMean, toFloat, false)));
  r.push_back(reductionRecord(
      "argmax", numeric(true), {-3, 3, true}, 0, 0,
      [](Ins x, const Params &p) {
        std::optional<int64_t> axis;
        if (p.axes)
          axis = (*p.axes)[0];
        return nj::argmax(x[0], axis, p.keepdims);
      },
      reduction(
          refArgmax, [](DType) { return I32; }, true),
      /*single_axis=*/true));
  {
    OpRecord lse = reductionRecord("logsumexp", plus(floats(), {{I32}}), {-4, 4}, 1e-5, 1e-13,
                                   red(nj::logsumexp), reduction(refLogsumexp, toFloat, false));
    r.push_back(std::move(lse));
  }
  {
    Params pm1 = axisParams(-1), p0 = axisParams(0), p1 = axisParams(1);
    r.push_back({"softmax",
                 1,
                 plus(floats(), {{I32}}),
                 {-4, 4},
                 1e-5,
                 1e-13,
                 [](Ins x, const Params &p) { return nj::softmax(x[0], p.axis); },
                 refSoftmax,
                 {sc("3x4", {{3, 4}}, pm1), sc("2x3x4_ax1", {{2, 3, 4}}, p1), sc("5", {{5}}, pm1),
                  sc("3x4_ax0", {{3, 4}}, p0), sc("2x3x4", {{2, 3, 4}}, pm1),
                  sc("3x0_ax0", {{3, 0}}, p0), sc("0", {{0}}, pm1), sc("3x0", {{3, 0}}, pm1),
                  sc("0x3_ax0", {{0, 3}}, p0)}});
  }

  // -- Indexing. Indices come from the domain [-5, 5]: negative ones count
  // from the end and out-of-range ones clamp (u8/u32 indices wrap first).
  {
    // (data, indices[, updates]) signatures: every data dtype with i32
    // indices, then f32 data with each other index dtype.
    auto indexSigs = [](bool updates) {
      std::vector<Sig> out;
      for (DType d : {F32, I32, BOOL, F64, I64, U8, U32}) {
        std::vector<DType> in = {d, I32};
        if (updates)
          in.push_back(d);
        out.push_back(Sig{in, d == F32});
      }
      for (DType i : {I64, U8, U32})
        out.push_back(Sig{updates ? std::vector<DType>{F32, i, F32} : std::vector<DType>{F32, i}});
      return out;
    };
    Params p0 = axisParams(0), p1 = axisParams(1), pm1 = axisParams(-1), p2 = axisParams(2);
    r.push_back({"take", 2, indexSigs(false), {}, 0, 0,
                 [](Ins x, const Params &p) { return nj::take(x[0], x[1], p.axis); }, refTake,
                 {sc("4x3_5_ax0", {{4, 3}, {5}}, p0), sc("4x3_2x2_axm1", {{4, 3}, {2, 2}}, pm1),
                  sc("4x3_scalar_ax1", {{4, 3}, {}}, p1), sc("6_3_ax0", {{6}, {3}}, p0),
                  sc("4x3_0_ax0", {{4, 3}, {0}}, p0), sc("0x3_0_ax0", {{0, 3}, {0}}, p0),
                  sc("0x3_2_ax0", {{0, 3}, {2}}, p0), sc("4x3_2_ax2", {{4, 3}, {2}}, p2),
                  sc("2x3x4_5_ax1", {{2, 3, 4}, {5}}, p1)}});
    r.push_back({"take_along_axis", 2, indexSigs(false), {}, 0, 0,
                 [](Ins x, const Params &p) { return nj::take_along_axis(x[0], x[1], p.axis); },
                 refTakeAlongAxis,
                 {sc("3x4_3x2_ax1", {{3, 4}, {3, 2}}, p1), sc("3x4_1x2_ax1", {{3, 4}, {1, 2}}, p1),
                  sc("3x4_5x4_ax0", {{3, 4}, {5, 4}}, p0), sc("1x4_3x2_axm1", {{1, 4}, {3, 2}}, pm1),
                  sc("5_7_ax0", {{5}, {7}}, p0), sc("3x4_3x0_ax1", {{3, 4}, {3, 0}}, p1),
                  sc("scalar", {{}, {}}, p0), sc("3x4_4_ax1", {{3, 4}, {4}}, p1)}});
    for (bool add : {true, false})
      r.push_back({add ? "scatter_add" : "scatter", 3, indexSigs(true), {}, 1e-6, 1e-14,
                   [add](Ins x, const Params &p) {
                     return add ? nj::scatter_add(x[0], x[1], x[2], p.axis)
                                : nj::scatter(x[0], x[1], x[2], p.axis);
                   },
                   [add](const std::vector<Tensor> &in, const Params &p) {
                     return refScatter(in, p, add);
                   },
                   {sc("4x3_5_5x3_ax0", {{4, 3}, {5}, {5, 3}}, p0),
                    sc("4x3_2x2_4x2x2_axm1", {{4, 3}, {2, 2}, {4, 2, 2}}, pm1),
                    sc("6_3_3_ax0", {{6}, {3}, {3}}, p0),
                    sc("4x3_scalar_4_ax1", {{4, 3}, {}, {4}}, p1),
                    sc("4x3_0_0x3_ax0", {{4, 3}, {0}, {0, 3}}, p0),
                    sc("4x3_2_2x3_ax2", {{4, 3}, {2}, {2, 3}}, p2)},
                   /*gpu=*/false});
    r.push_back({"one_hot", 1, {{{I32}, true}, {{I64}}, {{U8}}, {{U32}}}, {-2, 6}, 0, 0,
                 [](Ins x, const Params &p) { return nj::one_hot(x[0], p.axis); },
                 [](const std::vector<Tensor> &in, const Params &p) {
                   Shape shape = in[0].shape;
                   shape.push_back(p.axis);
                   Tensor out{F32, shape, {}};
                   for (double i : in[0].v)
                     for (int64_t c = 0; c < p.axis; ++c)
                       out.v.push_back(i == double(c) ? 1 : 0);
                   return out;
                 },
                 {sc("5_n4", {{5}}, axisParams(4)), sc("2x3_n3", {{2, 3}}, axisParams(3)),
                  sc("scalar_n5", {{}}, axisParams(5)), sc("0_n3", {{0}}, axisParams(3)),
                  sc("4_n0", {{4}}, axisParams(0))}});
    auto sizes = [](std::vector<int64_t> v) { return shapeParams(std::move(v)); };
    r.push_back({"dynamic_slice", -1, {{{F32, I32, I32}, true}, {{I32, I64, I64}}, {{BOOL, U8, U32}},
                  {{F64, I32, I32}}, {{U8, I32, I32}}, {{U32, I32, I32}}, {{I64, I32, I32}}},
                 {}, 0, 0,
                 [](Ins x, const Params &p) {
                   std::vector<nj::Operand> starts(x.begin() + 1, x.end());
                   return nj::dynamic_slice(x[0], starts, p.ints);
                 },
                 refDynamicSlice,
                 {sc("4x3_2x2", {{4, 3}, {}, {}}, sizes({2, 2})),
                  sc("4x3_4x3", {{4, 3}, {}, {}}, sizes({4, 3})),
                  sc("4x3_0x1", {{4, 3}, {}, {}}, sizes({0, 1})),
                  sc("0x3_0x3", {{0, 3}, {}, {}}, sizes({0, 3}))}});
    r.push_back({"dynamic_slice_1d", -1, {{{F32, I32}, true}, {{I64, U8}}, {{BOOL, U32}}}, {}, 0, 0,
                 [](Ins x, const Params &p) {
                   return nj::dynamic_slice(x[0], {nj::Operand(x[1])}, p.ints);
                 },
                 refDynamicSlice,
                 {sc("8_3", {{8}, {}}, sizes({3})), sc("8_8", {{8}, {}}, sizes({8})),
                  sc("8_0", {{8}, {}}, sizes({0}))}});
    r.push_back({"dynamic_update_slice", -1,
                 {{{F32, F32, I32, I32}, true}, {{I32, I32, I64, I64}}, {{BOOL, BOOL, U8, U32}},
                  {{F64, F64, I32, I32}}, {{U8, U8, I32, I32}}, {{U32, U32, I32, I32}},
                  {{I64, I64, I32, I32}}, {{F32, I32, I32, I32}}},
                 {}, 1e-6, 1e-14,
                 [](Ins x, const Params &) {
                   std::vector<nj::Operand> starts(x.begin() + 2, x.end());
                   return nj::dynamic_update_slice(x[0], x[1], starts);
                 },
                 [](const std::vector<Tensor> &in, const Params &p) {
                   if (in[1].dtype != in[0].dtype) { // the update converts to x's dtype
                     std::vector<Tensor> conv = in;
                     for (double &v : conv[1].v)
                       v = castTo(in[0].dtype, v);
                     conv[1].dtype = in[0].dtype;
                     return refDynamicUpdateSlice(conv, p);
                   }
                   return refDynamicUpdateSlice(in, p);
                 },
                 {sc("4x3_2x2", {{4, 3}, {2, 2}, {}, {}}), sc("4x3_4x3", {{4, 3}, {4, 3}, {}, {}}),
                  sc("4x3_0x2", {{4, 3}, {0, 2}, {}, {}}), sc("0x3_0x1", {{0, 3}, {0, 1}, {}, {}})},
                 /*gpu=*/false});
  }

  // -- Sorting and cumulative ops, along an axis (p.axis; top_k's k).
  {
    Params pm1 = axisParams(-1), p0 = axisParams(0), p1 = axisParams(1), p2 = axisParams(2);
    auto lineCases = [&] {
      return std::vector<ShapeCase>{
          sc("3x4", {{3, 4}}, pm1),        sc("2x3x4_ax1", {{2, 3, 4}}, p1),
          sc("7", {{7}}, pm1),             sc("3x4_ax0", {{3, 4}}, p0),
          sc("2x3x4_ax0", {{2, 3, 4}}, p0), sc("1x5", {{1, 5}}, pm1),
          sc("0", {{0}}, pm1),             sc("3x0_ax0", {{3, 0}}, p0),
          sc("0x3", {{0, 3}}, pm1),        sc("scalar", {{}}, pm1),
          sc("3x4_ax2", {{3, 4}}, p2)};
    };
    const Domain ties{-3, 3, true};
    for (bool descending : {false, true}) {
      std::string suffix = descending ? "_descending" : "";
      r.push_back({"sort" + suffix, 1, allDtypes(), ties, 0, 0,
                   [descending](Ins x, const Params &p) {
                     return nj::sort(x[0], p.axis, descending);
                   },
                   [descending](const std::vector<Tensor> &in, const Params &p) {
                     return alongAxis(in[0], p.axis, in[0].dtype, [&](const auto &v) {
                       return permuted(v, stableOrder(v, descending));
                     });
                   },
                   lineCases(), /*gpu=*/false});
      r.push_back({"argsort" + suffix, 1, allDtypes(), ties, 0, 0,
                   [descending](Ins x, const Params &p) {
                     return nj::argsort(x[0], p.axis, descending);
                   },
                   [descending](const std::vector<Tensor> &in, const Params &p) {
                     return alongAxis(in[0], p.axis, I32, [&](const auto &v) {
                       return stableOrder(v, descending);
                     });
                   },
                   lineCases(), /*gpu=*/false});
    }
    for (bool product : {false, true})
      r.push_back({product ? "cumprod" : "cumsum", 1, allDtypes(),
                   product ? Domain{-2, 2, true} : Domain{},
                   1e-5, 1e-13,
                   [product](Ins x, const Params &p) {
                     return product ? nj::cumprod(x[0], p.axis) : nj::cumsum(x[0], p.axis);
                   },
                   [product](const std::vector<Tensor> &in, const Params &p) {
                     DType to = sumDtype(in[0].dtype);
                     return alongAxis(in[0], p.axis, to, [&](const auto &v) {
                       return running(v, to, product);
                     });
                   },
                   lineCases(), /*gpu=*/false});
    // top_k along the last axis; p.axis is k.
    auto topCases = [&] {
      return std::vector<ShapeCase>{
          sc("3x4_k2", {{3, 4}}, axisParams(2)),   sc("7_k7", {{7}}, axisParams(7)),
          sc("2x3x4_k1", {{2, 3, 4}}, axisParams(1)), sc("5_k0", {{5}}, axisParams(0)),
          sc("0_k0", {{0}}, axisParams(0)),        sc("3x0_k0", {{3, 0}}, axisParams(0)),
          sc("scalar_k0", {{}}, axisParams(0)),    sc("4_k5", {{4}}, axisParams(5))};
    };
    for (bool indices : {false, true})
      r.push_back({indices ? "top_k_indices" : "top_k_values", 1, allDtypes(), ties, 0, 0,
                   [indices](Ins x, const Params &p) {
                     auto [values, where] = nj::top_k(x[0], p.axis);
                     return indices ? where : values;
                   },
                   [indices](const std::vector<Tensor> &in, const Params &p) {
                     const Tensor &x = in[0];
                     if (x.shape.empty() || p.axis > x.shape.back())
                       throw NoResult{};
                     Shape shape = x.shape;
                     shape.back() = p.axis;
                     Tensor out{indices ? I32 : x.dtype, shape, {}};
                     int64_t n = x.shape.back();
                     for (size_t start = 0; n > 0 && start < x.v.size(); start += size_t(n)) {
                       std::vector<double> v(x.v.begin() + long(start),
                                             x.v.begin() + long(start) + n);
                       std::vector<double> order = stableOrder(v, true);
                       for (int64_t k = 0; k < p.axis; ++k)
                         out.v.push_back(indices ? order[size_t(k)] : v[size_t(order[size_t(k)])]);
                     }
                     return out;
                   },
                   topCases(), /*gpu=*/false});
  }

  // -- Linear algebra.
  auto linSigs = [] { return plus(numeric(true), {{I32, F32}}); };
  r.push_back({"matmul",
               2,
               linSigs(),
               {-3, 3},
               1e-5,
               1e-13,
               [](Ins x, const Params &) { return nj::matmul(x[0], x[1]); },
               refMatmul,
               {sc("2x3_3x4", {{2, 3}, {3, 4}}), sc("2x1x3x4_5x4x2", {{2, 1, 3, 4}, {5, 4, 2}}),
                sc("4_4", {{4}, {4}}), sc("2x3x4_4", {{2, 3, 4}, {4}}),
                sc("4_2x4x3", {{4}, {2, 4, 3}}), sc("3x4_4", {{3, 4}, {4}}),
                sc("4_4x3", {{4}, {4, 3}}), sc("2x3x4_4x5", {{2, 3, 4}, {4, 5}}),
                sc("3x0_0x4", {{3, 0}, {0, 4}}), sc("0x3_3x2", {{0, 3}, {3, 2}})}});
  r.push_back({"dot",
               2,
               linSigs(),
               {-3, 3},
               1e-5,
               1e-13,
               [](Ins x, const Params &) { return nj::dot(x[0], x[1]); },
               refDot,
               {sc("2x3_3x4", {{2, 3}, {3, 4}}), sc("4_4", {{4}, {4}}),
                sc("2x3_4x3x5", {{2, 3}, {4, 3, 5}}), sc("scalar_3x4", {{}, {3, 4}}),
                sc("2x3x4_4", {{2, 3, 4}, {4}}), sc("3x4_4", {{3, 4}, {4}}),
                sc("4_4x3", {{4}, {4, 3}}), sc("0_0", {{0}, {0}})}});

  // -- Shapes.
  const std::vector<Sig> shapeSigs = numeric(true);
  const Domain sdom{-5, 5, true};
  r.push_back(
      {"reshape",
       1,
       shapeSigs,
       sdom,
       0,
       0,
       [](Ins x, const Params &p) { return nj::reshape(x[0], p.ints); },
       refReshape,
       {sc("3x4_to_4x3", {{3, 4}}, shapeParams({4, 3})),
        sc("3x4_to_m1", {{3, 4}}, shapeParams({-1})),
        sc("2x3x4_to_6xm1", {{2, 3, 4}}, shapeParams({6, -1})),
        sc("2x3x4_to_4xm1x2", {{2, 3, 4}}, shapeParams({4, -1, 2})),
        sc("5_to_5x1", {{5}}, shapeParams({5, 1})), sc("scalar_to_1x1", {{}}, shapeParams({1, 1})),
        sc("1_to_scalar", {{1}}, shapeParams({})), sc("3x0_to_0x5", {{3, 0}}, shapeParams({0, 5})),
        sc("3x0_to_m1", {{3, 0}}, shapeParams({-1}))}});
  r.push_back({"transpose",
               1,
               shapeSigs,
               sdom,
               0,
               0,
               [](Ins x, const Params &p) {
                 return p.axes ? nj::transpose(x[0], *p.axes) : nj::transpose(x[0]);
               },
               refTranspose,
               {sc("scalar", {{}}), sc("5", {{5}}), sc("3x4", {{3, 4}}), sc("2x3x4", {{2, 3, 4}}),
                sc("2x3x4_perm102", {{2, 3, 4}}, axesParams(std::vector<int64_t>{1, 0, 2})),
                sc("2x3x4_perm201", {{2, 3, 4}}, axesParams(std::vector<int64_t>{2, 0, 1})),
                sc("2x3x4_permm1_0_1", {{2, 3, 4}}, axesParams(std::vector<int64_t>{-1, 0, 1})),
                sc("3x0", {{3, 0}})}});
  r.push_back({"expand_dims",
               1,
               shapeSigs,
               sdom,
               0,
               0,
               [](Ins x, const Params &p) { return nj::expand_dims(x[0], p.axis); },
               refExpandDims,
               {sc("scalar_ax0", {{}}, axisParams(0)), sc("3x4_ax0", {{3, 4}}, axisParams(0)),
                sc("3x4_ax1", {{3, 4}}, axisParams(1)), sc("3x4_ax2", {{3, 4}}, axisParams(2)),
                sc("3x4_axm1", {{3, 4}}, axisParams(-1)), sc("0_axm1", {{0}}, axisParams(-1))}});
  r.push_back({"squeeze",
               1,
               shapeSigs,
               sdom,
               0,
               0,
               [](Ins x, const Params &p) { return nj::squeeze(x[0], axesOf(p)); },
               refSqueeze,
               {sc("1x3x1x4", {{1, 3, 1, 4}}),
                sc("1x3x1x4_ax2", {{1, 3, 1, 4}}, axesParams(std::vector<int64_t>{2})),
                sc("1x3x1x4_ax0m2", {{1, 3, 1, 4}}, axesParams(std::vector<int64_t>{0, -2})),
                sc("1x1", {{1, 1}}), sc("5", {{5}}), sc("1x0", {{1, 0}})}});
  r.push_back(
      {"broadcast_to",
       1,
       shapeSigs,
       sdom,
       0,
       0,
       [](Ins x, const Params &p) { return nj::broadcast_to(x[0], p.ints); },
       refBroadcastTo,
       {sc("4_to_3x4", {{4}}, shapeParams({3, 4})), sc("3x1_to_3x4", {{3, 1}}, shapeParams({3, 4})),
        sc("scalar_to_2x3", {{}}, shapeParams({2, 3})),
        sc("1x4_to_2x3x4", {{1, 4}}, shapeParams({2, 3, 4})),
        sc("3x1_to_3x0", {{3, 1}}, shapeParams({3, 0})), sc("5_to_5", {{5}}, shapeParams({5}))}});
  r.push_back({"concatenate",
               -1,
               plus(shapeSigs, {{I32, F32}, {BOOL, I64}}),
               sdom,
               0,
               0,
               [](Ins x, const Params &p) {
                 return nj::concatenate(std::vector<nj::Array>(x.begin(), x.end()), p.axis);
               },
               refConcatenate,
               {sc("2x3_4x3_ax0", {{2, 3}, {4, 3}}, axisParams(0)),
                sc("2x3_2x1_ax1", {{2, 3}, {2, 1}}, axisParams(1)),
                sc("2x3_2x2_2x1_axm1", {{2, 3}, {2, 2}, {2, 1}}, axisParams(-1)),
                sc("2x3x4_2x1x4_ax1", {{2, 3, 4}, {2, 1, 4}}, axisParams(1)),
                sc("0x3_2x3_ax0", {{0, 3}, {2, 3}}, axisParams(0)),
                sc("5_0_ax0", {{5}, {0}}, axisParams(0))}});
  r.push_back({"slice",
               1,
               shapeSigs,
               sdom,
               0,
               0,
               [](Ins x, const Params &p) { return nj::slice(x[0], p.ints, p.ints2, p.ints3); },
               refSlice,
               {sc("5_1to4", {{5}}, shapeParams({1}, {4})),
                sc("5_0to5by2", {{5}}, shapeParams({0}, {5}, {2})),
                sc("3x4", {{3, 4}}, shapeParams({1, 0}, {3, 4}, {1, 3})),
                sc("2x3x4", {{2, 3, 4}}, shapeParams({0, 1, 1}, {2, 2, 4}, {1, 1, 2})),
                sc("3x4_empty", {{3, 4}}, shapeParams({1, 0}, {1, 4})),
                sc("0", {{0}}, shapeParams({0}, {0}))}});
  return r;
}

const std::vector<OpRecord> &records() {
  static const std::vector<OpRecord> r = buildRecords();
  return r;
}

//===----------------------------------------------------------------------===//
// Expansion into test cases
//===----------------------------------------------------------------------===//

struct Case {
  size_t record, shape;
  std::vector<DType> dtypes; ///< one per input
  std::string name;
};
void PrintTo(const Case &c, std::ostream *os) { *os << c.name; }

std::vector<Case> allCases() {
  std::vector<Case> out;
  const auto &recs = records();
  for (size_t ri = 0; ri < recs.size(); ++ri) {
    const OpRecord &rec = recs[ri];
    size_t turn = 0; // the shape case the next non-`everywhere` signature gets
    for (const Sig &sig : rec.dtypes) {
      std::string dn;
      if (std::all_of(sig.in.begin(), sig.in.end(), [&](DType d) { return d == sig.in[0]; }))
        dn = shortName(sig.in[0]);
      else
        for (DType d : sig.in)
          dn += shortName(d);
      // `dtypes` for shape case `si`, or nothing where the input counts differ.
      auto fit = [&](size_t si, std::vector<DType> &dts) {
        dts = sig.in;
        if (dts.size() == 1)
          dts.assign(rec.shapes[si].shapes.size(), sig.in[0]);
        return dts.size() == rec.shapes[si].shapes.size();
      };
      std::vector<DType> dts;
      if (sig.everywhere) {
        for (size_t si = 0; si < rec.shapes.size(); ++si)
          if (fit(si, dts))
            out.push_back({ri, si, dts, rec.name + "_" + dn + "_" + rec.shapes[si].name});
        continue;
      }
      for (size_t tries = 0; tries < rec.shapes.size(); ++tries) {
        size_t si = turn++ % rec.shapes.size();
        if (fit(si, dts)) {
          out.push_back({ri, si, dts, rec.name + "_" + dn + "_" + rec.shapes[si].name});
          break;
        }
      }
    }
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Running one case
//===----------------------------------------------------------------------===//

uint64_t fnv1a(const std::string &s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s)
    h = (h ^ c) * 1099511628211ull;
  return h;
}

Tensor randomTensor(DType d, const Shape &shape, const Domain &dom, bool nonzero,
                    std::mt19937_64 &rng) {
  Tensor t{d, shape, {}};
  auto uniformInt = [&](int64_t lo, int64_t hi) {
    return lo + int64_t(rng() % uint64_t(hi - lo + 1));
  };
  for (int64_t k = 0; k < numel(shape); ++k) {
    double x = 0;
    do {
      if (d == DType::bool_) {
        x = double(rng() & 1);
      } else if (!isFloat(d)) {
        double lo = std::max(dom.lo, range(d).first), hi = std::min(dom.hi, range(d).second);
        x = double(uniformInt(int64_t(std::ceil(lo)), int64_t(std::floor(hi))));
      } else if (dom.discrete) {
        x = 0.5 *
            double(uniformInt(int64_t(std::ceil(2 * dom.lo)), int64_t(std::floor(2 * dom.hi))));
      } else {
        x = castTo(d, dom.lo + (dom.hi - dom.lo) * double(rng() >> 11) * 0x1p-53);
      }
    } while (nonzero && std::fabs(x) < (isFloat(d) ? 0.25 : 1));
    t.v.push_back(x);
  }
  return t;
}

std::string describe(const Tensor &t) {
  std::ostringstream os;
  os << shortName(t.dtype) << nj::shape_str(t.shape) << " [";
  for (size_t i = 0; i < t.v.size() && i < 24; ++i)
    os << (i ? ", " : "") << t.v[i];
  os << (t.v.size() > 24 ? ", ...]" : "]");
  return os.str();
}

bool close(double got, double want, double tol) {
  if (std::isnan(got) || std::isnan(want))
    return std::isnan(got) && std::isnan(want);
  if (std::isinf(got) || std::isinf(want))
    return got == want;
  return std::fabs(got - want) <= tol * std::max(1.0, std::fabs(want));
}

void expectMatches(const char *which, const nj::Array &got, const Tensor &want, double tol,
                   const std::vector<Tensor> &inputs) {
  std::string ins;
  for (const Tensor &t : inputs)
    ins += "\n  input " + describe(t);
  EXPECT_EQ(nj::dtype_name(got.dtype()), std::string(nj::dtype_name(want.dtype)))
      << which << ": wrong dtype" << ins;
  ASSERT_EQ(nj::shape_str(got.shape()), nj::shape_str(want.shape))
      << which << ": wrong shape" << ins;
  std::vector<double> g = got.to_vector<double>();
  ASSERT_EQ(g.size(), want.v.size());
  int bad = 0;
  std::ostringstream msg;
  for (size_t i = 0; i < g.size(); ++i)
    if (!close(g[i], want.v[i], tol) && bad++ < 6)
      msg << "\n  [" << i << "] got " << g[i] << ", want " << want.v[i];
  EXPECT_EQ(bad, 0) << which << ": " << bad << " of " << g.size()
                    << " elements differ beyond tolerance " << tol << msg.str() << ins
                    << "\n  want " << describe(want);
}

struct JitRun {
  nj::Array first, second;
  uint64_t compiles_before_second = 0, compiles_after_second = 0;
};

template <typename F, typename... A> JitRun callTwice(const F &f, const A &...a) {
  JitRun r;
  r.first = f(a...);
  r.compiles_before_second = nj::num_compiles();
  r.second = f(a...);
  r.compiles_after_second = nj::num_compiles();
  return r;
}

JitRun runJit(const OpRecord &rec, const Params &p, const std::vector<nj::Array> &in) {
  const OpFn &op = rec.op;
  switch (in.size()) {
  case 1:
    return callTwice(nj::jit([&](nj::Array a) {
                       nj::Array xs[] = {a};
                       return op(xs, p);
                     }),
                     in[0]);
  case 2:
    return callTwice(nj::jit([&](nj::Array a, nj::Array b) {
                       nj::Array xs[] = {a, b};
                       return op(xs, p);
                     }),
                     in[0], in[1]);
  case 3:
    return callTwice(nj::jit([&](nj::Array a, nj::Array b, nj::Array c) {
                       nj::Array xs[] = {a, b, c};
                       return op(xs, p);
                     }),
                     in[0], in[1], in[2]);
  case 4:
    return callTwice(nj::jit([&](nj::Array a, nj::Array b, nj::Array c, nj::Array d) {
                       nj::Array xs[] = {a, b, c, d};
                       return op(xs, p);
                     }),
                     in[0], in[1], in[2], in[3]);
  }
  ADD_FAILURE() << "unsupported number of inputs: " << in.size();
  return {};
}

/// The case's random inputs (as host tensors and Arrays) and the
/// reference result, or none where the op must throw.
std::optional<Tensor> makeInputs(const Case &c, std::vector<Tensor> &host,
                                 std::vector<nj::Array> &in) {
  const OpRecord &rec = records()[c.record];
  const ShapeCase &s = rec.shapes[c.shape];
  std::mt19937_64 rng(fnv1a(c.name));
  for (size_t i = 0; i < s.shapes.size(); ++i) {
    bool nonzero = rec.domain.nonzero_last && i + 1 == s.shapes.size();
    host.push_back(randomTensor(c.dtypes[i], s.shapes[i], rec.domain, nonzero, rng));
    in.push_back(toArray(host.back()));
  }
  try {
    return rec.reference(host, s.params);
  } catch (const NoResult &) {
    return std::nullopt;
  }
}

class OpCase : public ::testing::TestWithParam<Case> {};

TEST_P(OpCase, EagerJitRef) {
  const Case &c = GetParam();
  const OpRecord &rec = records()[c.record];
  const ShapeCase &s = rec.shapes[c.shape];

  if (rec.arity >= 0) {
    ASSERT_EQ(s.shapes.size(), size_t(rec.arity)) << "shape case does not fit the record's arity";
  }

  std::vector<Tensor> host;
  std::vector<nj::Array> in;
  std::optional<Tensor> want = makeInputs(c, host, in);
  if (!want) {
    EXPECT_THROW(rec.op(in, s.params), nj::Error) << "eager";
    EXPECT_THROW(runJit(rec, s.params, in), nj::Error) << "jit";
    return;
  }

  double tol = want->dtype == DType::f32   ? rec.tol_f32
               : want->dtype == DType::f64 ? rec.tol_f64
                                           : 0.0;
  expectMatches("eager", rec.op(in, s.params), *want, tol, host);
  JitRun j = runJit(rec, s.params, in);
  EXPECT_EQ(j.compiles_after_second, j.compiles_before_second)
      << "the second jit call compiled again";
  expectMatches("jit, first call", j.first, *want, tol, host);
  expectMatches("jit, second call", j.second, *want, tol, host);
}

INSTANTIATE_TEST_SUITE_P(OpTable, OpCase, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<Case> &info) {
                           return info.param.name;
                         });

//===----------------------------------------------------------------------===//
// The table on the GPU: PTX through ptxas, and device == reference where a
// device is present
//===----------------------------------------------------------------------===//

/// Per record and dtype signature, its first and last shape case.
std::vector<Case> gpuCases() {
  std::vector<Case> all = allCases(), out;
  std::map<std::string, std::pair<size_t, size_t>> firstLast;
  std::vector<std::string> order;
  for (size_t i = 0; i < all.size(); ++i) {
    std::string key = std::to_string(all[i].record);
    for (DType d : all[i].dtypes) {
      key.push_back('/');
      key.append(shortName(d));
    }
    auto [it, fresh] = firstLast.try_emplace(key, i, i);
    if (fresh)
      order.push_back(key);
    it->second.second = i;
  }
  for (const std::string &key : order) {
    auto [first, last] = firstLast[key];
    out.push_back(all[first]);
    if (last != first)
      out.push_back(all[last]);
  }
  return out;
}

template <size_t> using Arg = nj::Array;

/// Lowers the case's op for sm_90 (and runs it there when `run`).
template <size_t... I>
std::pair<nj::Lowered, std::optional<nj::Array>>
onGpu(const OpRecord &rec, const Params &p, const std::vector<nj::Array> &in, bool run,
      std::index_sequence<I...>) {
  auto jf = nj::jit(
      [&](Arg<I>... a) {
        nj::Array xs[] = {a...};
        return rec.op(xs, p);
      },
      nj::cuda("sm_90"));
  nj::Lowered lowered = jf.lower(in[I]...);
  std::optional<nj::Array> result;
  if (run)
    result = jf(in[I]...);
  return {std::move(lowered), std::move(result)};
}

std::pair<nj::Lowered, std::optional<nj::Array>>
onGpu(const OpRecord &rec, const Params &p, const std::vector<nj::Array> &in, bool run) {
  switch (in.size()) {
  case 1: return onGpu(rec, p, in, run, std::make_index_sequence<1>());
  case 2: return onGpu(rec, p, in, run, std::make_index_sequence<2>());
  case 3: return onGpu(rec, p, in, run, std::make_index_sequence<3>());
  case 4: return onGpu(rec, p, in, run, std::make_index_sequence<4>());
  }
  throw std::runtime_error("unsupported number of inputs: " + std::to_string(in.size()));
}

class GpuOpCase : public ::testing::TestWithParam<Case> {};

TEST_P(GpuOpCase, PtxAssemblesAndDeviceMatchesReference) {
  const Case &c = GetParam();
  const OpRecord &rec = records()[c.record];
  const ShapeCase &s = rec.shapes[c.shape];
  std::vector<Tensor> host;
  std::vector<nj::Array> in;
  std::optional<Tensor> want = makeInputs(c, host, in);
  if (!want) {
    EXPECT_THROW(onGpu(rec, s.params, in, false), nj::Error);
    return;
  }
  bool device = nj::cuda_available();
  std::optional<std::pair<nj::Lowered, std::optional<nj::Array>>> compiled;
  try {
    compiled = onGpu(rec, s.params, in, device);
  } catch (const nj::Error &e) {
    if (!rec.gpu) { // refused clearly (a line-by-line loop would run on the host)
      EXPECT_NE(std::string(e.what()).find("accesses device memory from the host"),
                std::string::npos)
          << e.what();
      return;
    }
    if (std::string(e.what()).find("libdevice, which was not found") == std::string::npos)
      throw;
    GTEST_SKIP() << "the op needs CUDA's libdevice and no CUDA toolkit is here: " << e.what();
  }
  auto &[lowered, got] = *compiled;
  const std::string &ptx = lowered.as_text(nj::Stage::PTX);
  if (ptx.find(".entry") != std::string::npos) { // else nothing to compute
    if (numjit_test::ptxasPath().empty())
      GTEST_SKIP() << "ptxas not found (no CUDA toolkit at /usr/local/cuda, NUMJIT_PTXAS "
                      "unset): the PTX was made but not assembled";
    EXPECT_EQ(numjit_test::ptxasErrors(ptx, "sm_90", c.name), "");
  }
  if (!device)
    return; // the device run is checked where a GPU is
  double tol = want->dtype == DType::f32   ? rec.tol_f32
               : want->dtype == DType::f64 ? rec.tol_f64
                                           : 0.0;
  expectMatches("gpu", *got, *want, tol, host);
}

INSTANTIATE_TEST_SUITE_P(OpTable, GpuOpCase, ::testing::ValuesIn(gpuCases()),
                         [](const ::testing::TestParamInfo<Case> &info) {
                           return info.param.name;
                         });

//===----------------------------------------------------------------------===//
// Cases outside the table
//===----------------------------------------------------------------------===//

template <typename F>
void eagerAndJit(F f, const std::function<void(const nj::Array &)> &check, const nj::Array &a,
                 const nj::Array &b) {
  check(f(a, b));
  auto jf = nj::jit(f);
  check(jf(a, b));
  uint64_t compiles = nj::num_compiles();
  check(jf(a, b));
  EXPECT_EQ(nj::num_compiles(), compiles);
}

TEST(OpTableExtra, IntegerDivisionByZeroDoesNotCrash) {
  for (DType d : {I32, I64}) {
    nj::Array num = nj::astype(nj::array({5, -5, 0, 7}), d);
    nj::Array den = nj::astype(nj::array({0, 0, 0, 2}), d);
    // True division of integers is float32 division: +-inf and nan.
    eagerAndJit([](nj::Array a, nj::Array b) { return nj::divide(a, b); },
                [](const nj::Array &r) {
                  EXPECT_EQ(r.dtype(), F32);
                  std::vector<float> v = r.to_vector<float>();
                  ASSERT_EQ(v.size(), 4u);
                  EXPECT_EQ(v[0], INFINITY);
                  EXPECT_EQ(v[1], -INFINITY);
                  EXPECT_TRUE(std::isnan(v[2]));
                  EXPECT_EQ(v[3], 3.5f);
                },
                num, den);
    // The remainder by zero is unspecified, but must not trap.
    eagerAndJit([](nj::Array a, nj::Array b) { return nj::rem(a, b); },
                [d](const nj::Array &r) {
                  EXPECT_EQ(r.dtype(), d);
                  std::vector<int64_t> v = r.to_vector<int64_t>();
                  ASSERT_EQ(v.size(), 4u);
                  EXPECT_EQ(v[3], 1);
                },
                num, den);
  }
}

TEST(OpTableExtra, IntegerRemainderOfMinByMinusOneDoesNotTrap) {
  // INT_MIN % -1 overflows the quotient (x86's idiv traps); the remainder is 0.
  nj::Array a32 = nj::array({std::numeric_limits<int32_t>::min(), 7});
  nj::Array a64 = nj::array({std::numeric_limits<int64_t>::min(), int64_t(7)});
  for (const nj::Array &a : {a32, a64})
    eagerAndJit([](nj::Array x, nj::Array y) { return nj::rem(x, y); },
                [&](const nj::Array &r) {
                  EXPECT_EQ(r.dtype(), a.dtype());
                  EXPECT_EQ(r.to_vector<int64_t>(), (std::vector<int64_t>{0, 0}));
                },
                a, nj::astype(nj::array({-1, -1}), a.dtype()));
}

TEST(OpTableExtra, ComparisonsWithNaN) {
  nj::Array a = nj::array({kNaN, 1.0, kNaN}), b = nj::array({kNaN, kNaN, 1.0});
  auto f = [](nj::Array x, nj::Array y) {
    return nj::concatenate({nj::equal(x, y), nj::not_equal(x, y), nj::less(x, y),
                            nj::less_equal(x, y), nj::greater(x, y), nj::greater_equal(x, y)});
  };
  std::vector<int32_t> want = {0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  eagerAndJit(
      f, [&](const nj::Array &r) { EXPECT_EQ(r.to_vector<int32_t>(), want); }, a, b);
}

TEST(OpTableExtra, IntegerRemainderTruncatesTowardZero) {
  nj::Array a = nj::array({7, -7, 7, -7}), b = nj::array({2, 2, -2, -2});
  eagerAndJit([](nj::Array x, nj::Array y) { return nj::rem(x, y); },
              [](const nj::Array &r) {
                EXPECT_EQ(r.to_vector<int32_t>(), (std::vector<int32_t>{1, -1, 1, -1}));
              },
              a, b);
}

TEST(OpTableExtra, ShiftsByOutOfRangeAmountsAndOfNegativeValues) {
  nj::Array a = nj::array({-8, 8, -1, 1}), s = nj::array({1, 32, 40, -1});
  eagerAndJit(
      [](nj::Array x, nj::Array y) {
        return nj::concatenate({x >> y, x << y, nj::shift_right_logical(x, y)});
      },
      [](const nj::Array &r) {
        EXPECT_EQ(r.dtype(), I32);
        EXPECT_EQ(r.to_vector<int64_t>(), (std::vector<int64_t>{-4, 0, -1, 0, -16, 0, 0, 0,
                                                                 2147483644, 0, 0, 0}));
      },
      a, s);
  nj::Array u = nj::array(std::vector<uint32_t>{0xFFFFFFF8u, 1u, 0x80000000u}, {3});
  nj::Array k = nj::array(std::vector<uint32_t>{1u, 31u, 32u}, {3});
  eagerAndJit([](nj::Array x, nj::Array y) { return nj::concatenate({x >> y, x << y}); },
              [](const nj::Array &r) {
                EXPECT_EQ(r.dtype(), U32);
                EXPECT_EQ(r.to_vector<int64_t>(),
                          (std::vector<int64_t>{0x7FFFFFFC, 0, 0, 0xFFFFFFF0, 0x80000000, 0}));
              },
              u, k);
}

TEST(OpTableExtra, UnsignedArithmeticWrapsAndPromotesAsJaxNumpy) {
  nj::Array a = nj::array(std::vector<uint8_t>{250, 3}, {2});
  nj::Array b = nj::array(std::vector<uint8_t>{10, 5}, {2});
  EXPECT_EQ((a + b).dtype(), U8);
  EXPECT_EQ((a + b).to_vector<int64_t>(), (std::vector<int64_t>{4, 8}));
  EXPECT_EQ((b - a).to_vector<int64_t>(), (std::vector<int64_t>{16, 2}));
  EXPECT_EQ((a + 1).dtype(), U8);
  EXPECT_EQ((a + 1.5).dtype(), F32);
  EXPECT_EQ((a + nj::array({1})).dtype(), I32);
  nj::Array c = nj::array(std::vector<uint32_t>{4000000000u}, {1});
  EXPECT_EQ((c + nj::array({1})).dtype(), I64);
  EXPECT_EQ((c + nj::array({1})).to_vector<int64_t>(), (std::vector<int64_t>{4000000001}));
  EXPECT_EQ((c + a).dtype(), U32);
  EXPECT_TRUE((c > nj::array({-1})).item<bool>()); // compared in int64, not wrapped
  EXPECT_EQ((c / nj::array(std::vector<uint32_t>{0u}, {1})).dtype(), F32);
  EXPECT_EQ(nj::sum(a).dtype(), U32);
  EXPECT_EQ(nj::sum(a).item<int64_t>(), 253);
  EXPECT_EQ(nj::max(c).item<int64_t>(), 4000000000);
  EXPECT_EQ(nj::astype(nj::array({-1, 256}), U8).to_vector<int64_t>(),
            (std::vector<int64_t>{255, 0}));
  EXPECT_EQ(nj::astype(nj::array({-1}), U32).item<int64_t>(), 4294967295);
  EXPECT_EQ(nj::astype(nj::array({-3.5f, 300.f}), U8).to_vector<int64_t>(),
            (std::vector<int64_t>{0, 255}));
  EXPECT_EQ(nj::astype(c, F64).item<double>(), 4e9);
  EXPECT_EQ(nj::to_string(a), "Array([250, 3], dtype=uint8)");
  EXPECT_EQ(nj::to_string(c), "Array([4000000000], dtype=uint32)");
  EXPECT_EQ(nj::to_string(~a), "Array([5, 252], dtype=uint8)");
  EXPECT_EQ(nj::to_string((a & 0xF) | (b ^ 1)), "Array([11, 7], dtype=uint8)");
  // jit agrees, on unsigned arguments and results.
  // 250 - 10 = 240 and 3 - 5 wraps to 254: the larger, compared unsigned.
  auto f = nj::jit([](nj::Array x, nj::Array y) { return nj::argmax(x - y); });
  EXPECT_EQ(f(a, b).item<int64_t>(), 1);
}

TEST(OpTableExtra, BitwiseOpsRejectFloatsAndShiftsRejectBools) {
  EXPECT_THROW(nj::bitwise_and(nj::array({1.f}), nj::array({1})), nj::Error);
  EXPECT_THROW(nj::bitwise_not(nj::array({1.0})), nj::Error);
  EXPECT_THROW(nj::left_shift(nj::array({true}), nj::array({true})), nj::Error);
  EXPECT_THROW(nj::jit([](nj::Array x) { return x >> 1.5; })(nj::array({1})), nj::Error);
  EXPECT_EQ((nj::array({true, false}) ^ nj::array({true, true})).to_vector<int32_t>(),
            (std::vector<int32_t>{0, 1}));
}

TEST(OpTableExtra, IotaSplitIntoParallelChunksCountsFromTheStart) {
  // Above 2^16 iterations a loop runs in chunks (on threads): each chunk's
  // positions are offset by the chunk's start.
  const int64_t n = 200003;
  auto f = nj::jit([](nj::Array x) { return x + nj::arange(n, I32); });
  std::vector<int32_t> v = f(nj::zeros({n}, I32)).to_vector<int32_t>();
  for (int64_t i : {int64_t(0), int64_t(8191), int64_t(8192), int64_t(100000), n - 1})
    EXPECT_EQ(v[size_t(i)], i);
}

TEST(OpTableExtra, ReductionsOverAnEmptyAxisThrow) {
  nj::Array e = nj::zeros({3, 0});
  EXPECT_THROW(nj::max(e), nj::Error);
  EXPECT_THROW(nj::min(e, 1), nj::Error);
  EXPECT_THROW(nj::argmax(e, 1), nj::Error);
  EXPECT_THROW(nj::argmax(nj::zeros({0}, I32)), nj::Error);
  EXPECT_THROW(nj::jit([](nj::Array x) { return nj::max(x, -1); })(e), nj::Error);
  EXPECT_THROW(nj::jit([](nj::Array x) { return nj::argmax(x); })(e), nj::Error);
  // Reducing the non-empty axis is fine.
  EXPECT_EQ(nj::max(e, 0).shape(), (Shape{0}));
  EXPECT_EQ(nj::argmax(e, 0).shape(), (Shape{0}));
}

TEST(OpTableExtra, FloatMaxMinPropagateNaN) {
  for (DType d : {F32, F64}) {
    nj::Array a = nj::astype(nj::array({1.0, kNaN, 3.0, kNaN}), d);
    nj::Array b = nj::astype(nj::array({kNaN, 2.0, 1.0, kNaN}), d);
    auto isNaNAt = [](const nj::Array &r, std::vector<bool> nan) {
      std::vector<double> v = r.to_vector<double>();
      ASSERT_EQ(v.size(), nan.size());
      for (size_t i = 0; i < v.size(); ++i)
        EXPECT_EQ(std::isnan(v[i]), nan[i]) << "element " << i << " is " << v[i];
    };
    eagerAndJit([](nj::Array x, nj::Array y) { return nj::maximum(x, y); },
                [&](const nj::Array &r) {
                  isNaNAt(r, {true, true, false, true});
                },
                a, b);
    eagerAndJit([](nj::Array x, nj::Array y) { return nj::minimum(x, y); },
                [&](const nj::Array &r) {
                  isNaNAt(r, {true, true, false, true});
                },
                a, b);
    // Reductions: a NaN anywhere in a slice makes its max/min NaN.
    nj::Array m = nj::reshape(nj::astype(nj::array({1.0, kNaN, 3.0, 4.0, 5.0, 6.0}), d), {2, 3});
    eagerAndJit([](nj::Array x, nj::Array) { return nj::max(x, -1); },
                [&](const nj::Array &r) {
                  isNaNAt(r, {true, false});
                },
                m, m);
    eagerAndJit([](nj::Array x, nj::Array) { return nj::min(x, 0); },
                [&](const nj::Array &r) {
                  isNaNAt(r, {false, true, false});
                },
                m, m);
    eagerAndJit([](nj::Array x, nj::Array) { return nj::max(x); },
                [&](const nj::Array &r) { isNaNAt(r, {true}); }, m, m);
    // argmax treats NaN as the maximum (jax.numpy): the first NaN's index.
    eagerAndJit([](nj::Array x, nj::Array) { return nj::argmax(x, 1); },
                [&](const nj::Array &r) {
                  EXPECT_EQ(r.to_vector<int32_t>(), (std::vector<int32_t>{1, 2}));
                },
                m, m);
  }
}

} // namespace
