//===- OpTableReferences.cpp - Dtype rules, elementwise and reduction refs ===//
//
// The op table's references, written independently of numjit as row-major
// loops in double over host tensors: jax.numpy's dtype rules (promotion,
// the dtype an op computes in, casts), elementwise ops with broadcasting,
// reductions, softmax, and the per-line ops (sorts, cumulative sums).
//
//===----------------------------------------------------------------------===//

#include "OpTable.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace numjit_test::optable {

//===----------------------------------------------------------------------===//
// jax.numpy's dtype rules, written independently of numjit (host tensors:
// HostTensor.h)
//===----------------------------------------------------------------------===//

namespace {
/// `x` rounded to nearest even with `bits` significant bits, subnormal
/// below 2^minExp (in steps of 2^(minExp - bits + 1)), infinite from
/// `overflow` on: f16 and bf16 by frexp and rint, not by numjit's code.
double roundToBits(double x, int bits, int minExp, double overflow) {
  if (!std::isfinite(x) || x == 0)
    return x;
  int e;
  std::frexp(x, &e); // x = m * 2^e, 0.5 <= |m| < 1
  int lsb = std::max(e - 1, minExp) - (bits - 1);
  double r = std::ldexp(std::nearbyint(std::ldexp(x, -lsb)), lsb);
  return std::fabs(r) >= overflow ? std::copysign(kInf, x) : r;
}
} // namespace

/// `x` as stored in `d`: f32, f16 and bf16 round, integers truncate toward
/// zero (like a C cast), unsigned integers then wrap modulo 2^bits, bool is
/// x != 0.
double castTo(DType d, double x) {
  switch (d) {
  case DType::f16: // 11 significant bits, normal from 2^-14, max 65504
    return roundToBits(x, 11, -14, 65536.0);
  case DType::bf16: // 8 significant bits over float's exponents
    return roundToBits(x, 8, -126, 0x1p128);
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
  default: return {-9223372036854775808.0, 9223372036854775807.0}; // i64 (2^63 in double)
  }
}

/// jax.numpy's promotion of two strongly typed dtypes (int64 with float32 is
/// float32 in JAX's lattice, unlike NumPy). Among bool and the integers it
/// is the first of bool, u8, i32, u32, i64 that holds both ranges.
DType promote(DType a, DType b) {
  if (a == b)
    return a;
  // Floats: f16 and bf16 below f32 below f64, f16 with bf16 is f32; an
  // integer or bool with a float is the float.
  if (isFloat(a) && isFloat(b))
    return (a == DType::f64 || b == DType::f64) ? DType::f64 : DType::f32;
  if (isFloat(a) || isFloat(b))
    return isFloat(a) ? a : b;
  for (DType c : {DType::bool_, DType::u8, DType::i32, DType::u32, DType::i64})
    if (range(c).first <= std::min(range(a).first, range(b).first) &&
        range(c).second >= std::max(range(a).second, range(b).second))
      return c;
  return DType::i64;
}

// Rules from a (promoted) input dtype to the dtype an op computes or returns.
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

// --- Reference builders -----------------------------------------------------

/// An elementwise op with broadcasting: inputs are promoted together (all but
/// a leading bool condition when `cond_first`), cast to `compute(promoted)`,
/// fed to `f` in double, and the result is stored as `result(compute dtype)`.
RefFn elementwise(ScalarFn f, DRule compute, DRule result, bool cond_first) {
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

namespace {

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

} // namespace

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
  // As jax.nn.logsumexp: an infinite (or NaN) max shifts by 0 instead, so
  // +inf gives inf and all -inf gives -inf, not NaN.
  double m = refMax(g), s = 0;
  if (!std::isfinite(m))
    m = 0;
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
  // f16 and bf16 run in f32 (jax.numpy's upcast), each output rounded.
  DType accType = isHalf(dtype) ? DType::f32 : dtype;
  for (double x : v) {
    acc = castTo(accType, product ? acc * x : acc + x);
    out.push_back(castTo(dtype, acc));
  }
  return out;
}

} // namespace numjit_test::optable
