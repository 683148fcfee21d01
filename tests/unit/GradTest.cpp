//===- GradTest.cpp - grad, value_and_grad, vjp and jvp -------------------===//
//
// Every differentiable public op is checked, in f32 and f64, eagerly and
// under jit, for
//   - forward mode:  <w, jvp(op)(x; t)>          == central FD of L along t
//   - reverse mode:  <grad(L)(x), t>             == the same FD
//   - transposition: <t, vjp(op)(x; c)>          == <jvp(op)(x; t), c>
//   - second order:  jvp(grad(L))(x; t) (= H t)  == central FD of grad(L)
// where L(x...) = sum(op(x...) * w) with a fixed random w, t a random
// direction and c a random cotangent. Inputs are drawn away from the points
// where an op is not differentiable (ties, kinks, poles).
//
// Then: the split-evenly rule at ties, error messages, has_aux, argnums,
// compile caching, closures, integer subcomputations and an MLP gradient
// against one derived by hand.
//
//===----------------------------------------------------------------------===//

#include "ExpectError.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace nj = numjit;

namespace {

using Vec = std::vector<nj::Array>;
using Fn = std::function<nj::Array(const Vec &)>;
using Doubles = std::vector<double>;

//===----------------------------------------------------------------------===//
// Fixed-arity adapters: numjit's transforms want callables taking N Arrays.
//===----------------------------------------------------------------------===//

template <size_t> using ArrayT = nj::Array;

/// `g(Vec)` as a callable taking exactly N Arrays.
template <size_t N, typename G> auto fixed(G g) {
  return [g]<size_t... I>(std::index_sequence<I...>) {
    return [g](ArrayT<I>... xs) { return g(Vec{xs...}); };
  }(std::make_index_sequence<N>());
}

/// f(v[0], ..., v[N-1]).
template <size_t N, typename F> auto callv(const F &f, const Vec &v) {
  return [&]<size_t... I>(std::index_sequence<I...>) {
    return f(v[I]...);
  }(std::make_index_sequence<N>());
}

template <typename Tuple> Vec toVec(const Tuple &t) {
  return std::apply([](const auto &...a) { return Vec{a...}; }, t);
}

Vec concat(Vec a, const Vec &b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

/// Everything checked for one op at one point.
struct Derivs {
  nj::Array y, dy; ///< op(x) and its jvp along t
  Vec grad;        ///< grad of L
  Vec vjp;         ///< vjp of op for the cotangent c
  Vec hvp;         ///< jvp of grad(L) along t: Hessian times t
};

/// The transforms for an op of N arguments.
template <size_t N> struct AD {
  /// grad of the scalar function L with respect to all N arguments.
  static Vec grad(const Fn &L, const Vec &x) {
    int an[N];
    std::iota(an, an + N, 0);
    return toVec(callv<N>(nj::grad(fixed<N>(L), an), x));
  }
  /// (op(x), d op(x) along t).
  static Vec jvp(const Fn &op, const Vec &x, const Vec &t) {
    auto [y, dy] = nj::jvp(fixed<N>(op), x, t);
    return {y, dy};
  }
  /// The cotangents of op's arguments for the output cotangent c.
  static Vec vjp(const Fn &op, const Vec &x, const nj::Array &c) {
    auto [y, pullback] = callv<N>(
        [&](const auto &...xs) { return nj::vjp(fixed<N>(op), xs...); }, x);
    return toVec(pullback(c));
  }
  /// Hessian of L times t: jvp of grad.
  static Vec hvp(const Fn &L, const Vec &x, const Vec &t) {
    auto g = fixed<N>([L](const Vec &xs) { return grad(L, xs); });
    auto [gx, hv] = nj::jvp(g, x, t);
    return hv;
  }

  /// [y, dy, grad..., vjp..., hvp...].
  static Vec flat(const Fn &op, const Fn &L, const Vec &x, const Vec &t, const nj::Array &c,
                  bool second) {
    Vec r = jvp(op, x, t);
    r = concat(r, grad(L, x));
    r = concat(r, vjp(op, x, c));
    if (second)
      r = concat(r, hvp(L, x, t));
    return r;
  }
  /// All of it, eagerly (one compile per transform) or as one jit()ed
  /// function with every transform inlined into its trace.
  static Derivs all(const Fn &op, const Fn &L, const Vec &x, const Vec &t,
                    const nj::Array &c, bool second, bool jitted) {
    Vec r;
    if (!jitted) {
      r = flat(op, L, x, t, c, second);
    } else {
      auto jf = nj::jit(fixed<2 * N + 1>([=](const Vec &v) {
        return flat(op, L, Vec(v.begin(), v.begin() + N), Vec(v.begin() + N, v.begin() + 2 * N),
                    v.back(), second);
      }));
      r = callv<2 * N + 1>(jf, concat(concat(x, t), {c}));
    }
    Derivs d{r[0], r[1], Vec(r.begin() + 2, r.begin() + 2 + N),
             Vec(r.begin() + 2 + N, r.begin() + 2 + 2 * N), {}};
    if (second)
      d.hvp = Vec(r.begin() + 2 + 2 * N, r.end());
    return d;
  }
};

/// Calls body(std::integral_constant<size_t, n>) for n in 1..3.
template <typename Body> auto withArity(size_t n, Body body) {
  switch (n) {
  case 1: return body(std::integral_constant<size_t, 1>());
  case 2: return body(std::integral_constant<size_t, 2>());
  case 3: return body(std::integral_constant<size_t, 3>());
  }
  throw std::logic_error("arity");
}

//===----------------------------------------------------------------------===//
// Random inputs away from non-differentiable points
//===----------------------------------------------------------------------===//

enum class Kind {
  Uniform,  ///< uniform in [lo, hi]
  Away,     ///< random sign times uniform in [lo, hi]: away from 0
  GridA,    ///< k/2 + [0.10, 0.15], k in [-4, 3]: never within 0.2 of GridB
  GridB,    ///< k/2 + [0.35, 0.40]
  Distinct, ///< distinct values spread over [lo, hi] (max/min reductions)
};
struct Dom {
  Kind kind;
  double lo = -2, hi = 2;
};
Dom U(double lo, double hi) { return {Kind::Uniform, lo, hi}; }
Dom Away(double lo, double hi) { return {Kind::Away, lo, hi}; }
const Dom Any = U(-2, 2);
const Dom Pos = U(0.5, 2);
const Dom GridA{Kind::GridA};
const Dom GridB{Kind::GridB};
const Dom Distinct{Kind::Distinct, -2, 2};

int64_t numel(const nj::Shape &s) {
  int64_t n = 1;
  for (int64_t d : s)
    n *= d;
  return n;
}

Doubles sample(const Dom &d, int64_t n, std::mt19937_64 &rng) {
  std::uniform_real_distribution<double> u01(0, 1);
  Doubles v(static_cast<size_t>(n));
  std::vector<int64_t> perm(static_cast<size_t>(n));
  std::iota(perm.begin(), perm.end(), 0);
  std::shuffle(perm.begin(), perm.end(), rng);
  for (int64_t i = 0; i < n; ++i) {
    double r = u01(rng);
    int k = int(u01(rng) * 8) - 4;
    switch (d.kind) {
    case Kind::Uniform: v[i] = d.lo + (d.hi - d.lo) * r; break;
    case Kind::Away: v[i] = (u01(rng) < 0.5 ? -1 : 1) * (d.lo + (d.hi - d.lo) * r); break;
    case Kind::GridA: v[i] = 0.5 * k + 0.10 + 0.05 * r; break;
    case Kind::GridB: v[i] = 0.5 * k + 0.35 + 0.05 * r; break;
    case Kind::Distinct:
      v[i] = d.lo + (d.hi - d.lo) * (double(perm[i]) + 0.3 + 0.4 * r) / double(n);
      break;
    }
  }
  return v;
}

Doubles randn(int64_t n, std::mt19937_64 &rng) {
  std::uniform_real_distribution<double> u(-1, 1);
  Doubles v(static_cast<size_t>(n));
  for (double &x : v)
    x = u(rng);
  return v;
}

nj::Array make(const Doubles &v, const nj::Shape &shape, nj::DType dtype) {
  if (dtype == nj::f32)
    return nj::array(std::vector<float>(v.begin(), v.end()), shape);
  return nj::array(v, shape);
}

Doubles values(const nj::Array &a) { return a.to_vector<double>(); }

double dot(const Doubles &a, const Doubles &b) {
  EXPECT_EQ(a.size(), b.size());
  double s = 0;
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    s += a[i] * b[i];
  return s;
}
double dot(const Vec &a, const std::vector<Doubles> &b) {
  double s = 0;
  for (size_t i = 0; i < a.size(); ++i)
    s += dot(values(a[i]), b[i]);
  return s;
}

/// Elementwise a + s * b.
Doubles axpy(const Doubles &a, double s, const Doubles &b) {
  Doubles r(a);
  for (size_t i = 0; i < r.size(); ++i)
    r[i] += s * b[i];
  return r;
}

std::string shapeName(const nj::Shape &s) {
  if (s.empty())
    return "s";
  std::string r;
  for (int64_t d : s) {
    if (!r.empty())
      r += 'x';
    r += std::to_string(d);
  }
  return r;
}

//===----------------------------------------------------------------------===//
// The op table
//===----------------------------------------------------------------------===//

struct OpCase {
  std::string name;
  std::vector<nj::Shape> shapes;
  std::vector<Dom> doms;
  Fn fn;
  /// Check the Hessian-vector product too.
  bool second = true;
  /// Computes in f32 somewhere: use f32's step and tolerance throughout.
  bool single = false;
};

std::vector<OpCase> opTable() {
  std::vector<OpCase> t;
  using S = nj::Shape;

  // Unary elementwise, on a scalar and a matrix.
  auto unary = [&](std::string name, Dom d, nj::Array (*f)(const nj::Array &)) {
    for (S s : {S{}, S{3, 4}})
      t.push_back({name + "_" + shapeName(s), {s}, {d}, [f](const Vec &x) { return f(x[0]); }});
  };
  unary("negative", Any, [](const nj::Array &x) { return nj::negative(x); });
  unary("neg_operator", Any, [](const nj::Array &x) { return -x; });
  unary("exp", U(-1.5, 1.5), [](const nj::Array &x) { return nj::exp(x); });
  unary("log", Pos, [](const nj::Array &x) { return nj::log(x); });
  unary("sin", Any, [](const nj::Array &x) { return nj::sin(x); });
  unary("cos", Any, [](const nj::Array &x) { return nj::cos(x); });
  unary("tanh", Any, [](const nj::Array &x) { return nj::tanh(x); });
  unary("sqrt", Pos, [](const nj::Array &x) { return nj::sqrt(x); });
  unary("rsqrt", Pos, [](const nj::Array &x) { return nj::rsqrt(x); });
  unary("abs", Away(0.2, 2), [](const nj::Array &x) { return nj::abs(x); });
  unary("sigmoid", Any, [](const nj::Array &x) { return nj::sigmoid(x); });
  unary("square", Any, [](const nj::Array &x) { return nj::square(x); });
  // sign and floor have zero derivative away from their jumps.
  unary("x_times_sign", Away(0.2, 2), [](const nj::Array &x) { return x * nj::sign(x); });
  unary("x_times_floor", GridA, [](const nj::Array &x) { return x * nj::floor(x); });
  unary("clip", GridA, [](const nj::Array &x) { return nj::clip(x, -0.5, 0.5); });
  unary("scalar_ops", Pos, [](const nj::Array &x) { return (2.0 - x) * 3 / (x + 1) - 0.5; });

  // Binary elementwise with broadcasting: each op on a same-shape pair and
  // on a broadcast pair; the other broadcasts are spread over the ops.
  auto binary = [&](std::string name, Dom da, Dom db,
                    nj::Array (*f)(const nj::Array &, const nj::Array &),
                    std::vector<std::pair<S, S>> pairs) {
    for (auto [sa, sb] : pairs)
      t.push_back({name + "_" + shapeName(sa) + "_" + shapeName(sb), {sa, sb}, {da, db},
                   [f](const Vec &x) { return f(x[0], x[1]); }});
  };
  const std::pair<S, S> same{{3, 4}, {3, 4}}, trailing{{2, 3, 4}, {4}}, outer{{3, 1}, {1, 4}},
      scalar{{}, {3}}, leading{{3, 1}, {2, 3, 4}};
  binary("add", Any, Any, [](const nj::Array &a, const nj::Array &b) { return a + b; },
         {same, trailing, scalar});
  binary("subtract", Any, Any,
         [](const nj::Array &a, const nj::Array &b) { return nj::subtract(a, b); },
         {outer, leading});
  binary("multiply", Any, Any, [](const nj::Array &a, const nj::Array &b) { return a * b; },
         {same, outer, scalar});
  binary("divide", Any, Away(0.5, 2), [](const nj::Array &a, const nj::Array &b) {
    return nj::divide(a, b);
  }, {same, trailing});
  binary("power", Pos, U(-1.5, 2), [](const nj::Array &a, const nj::Array &b) {
    return nj::power(a, b);
  }, {same, outer});
  binary("maximum", GridA, GridB, [](const nj::Array &a, const nj::Array &b) {
    return nj::maximum(a, b);
  }, {same, trailing});
  binary("minimum", GridA, GridB, [](const nj::Array &a, const nj::Array &b) {
    return nj::minimum(a, b);
  }, {outer, scalar});
  binary("rem", U(2.5, 3.5), U(2.0, 2.3), [](const nj::Array &a, const nj::Array &b) {
    return nj::rem(a, b);
  }, {same, scalar});
  t.push_back({"power_scalar_exponent_3x4", {{3, 4}}, {Pos},
               [](const Vec &x) { return nj::power(x[0], 2.5); }});
  t.push_back({"power_scalar_base_3x4", {{3, 4}}, {U(-1, 1)},
               [](const Vec &x) { return nj::power(1.5, x[0]); }});

  // where (select).
  t.push_back({"where_mask_3x4_4", {{3, 4}, {4}}, {Any, Any}, [](const Vec &x) {
                 nj::Array mask = nj::array(std::vector<bool>{true, false, true}, {3, 1});
                 return nj::where(mask, x[0], x[1]);
               }});
  t.push_back({"where_compare_3x4_3x4", {{3, 4}, {3, 4}}, {GridA, GridB}, [](const Vec &x) {
                 return nj::where(x[0] > x[1], x[0] * x[1], nj::sin(x[1]));
               }});
  t.push_back({"where_leaky_relu_2x3x4", {{2, 3, 4}}, {Away(0.1, 2)}, [](const Vec &x) {
                 return nj::where(x[0] > 0, x[0], x[0] * 0.1);
               }});

  // dtype conversions (run with both input dtypes).
  t.push_back({"astype_f64_3x4", {{3, 4}}, {Any},
               [](const Vec &x) { return nj::astype(x[0], nj::f64) * x[0]; }});
  t.push_back({"astype_f32_3x4", {{3, 4}}, {Any},
               [](const Vec &x) { return nj::astype(x[0], nj::f32) * 2.0; }});
  t.push_back({"astype_roundtrip_3x4", {{3, 4}}, {Any}, [](const Vec &x) {
                 nj::DType other = x[0].dtype() == nj::f32 ? nj::f64 : nj::f32;
                 return nj::exp(x[0].astype(other)).astype(x[0].dtype()) * x[0];
               },
               true, /*single=*/true});

  // Reductions: every kind, over all axes, one axis, several, with keepdims.
  struct Red {
    const char *name;
    Dom dom;
    nj::Array (*f)(const nj::Array &, nj::Axes, bool);
  };
  Red reds[] = {
      {"sum", Any, [](const nj::Array &x, nj::Axes a, bool k) { return nj::sum(x, a, k); }},
      {"prod", Away(0.5, 1.5),
       [](const nj::Array &x, nj::Axes a, bool k) { return nj::prod(x, a, k); }},
      {"max", Distinct, [](const nj::Array &x, nj::Axes a, bool k) { return nj::max(x, a, k); }},
      {"min", Distinct, [](const nj::Array &x, nj::Axes a, bool k) { return nj::min(x, a, k); }},
      {"mean", Any, [](const nj::Array &x, nj::Axes a, bool k) { return nj::mean(x, a, k); }},
      {"logsumexp", Any,
       [](const nj::Array &x, nj::Axes a, bool k) { return nj::logsumexp(x, a, k); }},
  };
  struct AxesCase {
    const char *name;
    S shape;
    nj::Axes axes;
    bool keepdims;
  };
  const AxesCase all5{"all_5", {5}, {}, false}, all{"all_2x3x4", {2, 3, 4}, {}, false},
      axis1{"axis1_2x3x4", {2, 3, 4}, 1, false},
      axes02{"axes0_2_keepdims_2x3x4", {2, 3, 4}, {0, 2}, true},
      last{"axisneg1_keepdims_3x4", {3, 4}, -1, true}, first{"axis0_3x4", {3, 4}, 0, false};
  // Every reduction over all axes, one axis and several (some with
  // keepdims), spread so that each axes case is covered more than once.
  std::vector<AxesCase> axesFor[] = {
      {all, axis1, axes02, last}, // sum
      {all5, axis1, last},        // prod
      {all, axes02, last},        // max
      {all5, axis1, first},       // min
      {all5, axes02, first},      // mean
      {all, axis1, last},         // logsumexp
  };
  for (size_t i = 0; i < std::size(reds); ++i)
    for (const AxesCase &a : axesFor[i]) {
      auto f = reds[i].f;
      nj::Axes axes = a.axes;
      bool keep = a.keepdims;
      t.push_back({std::string(reds[i].name) + "_" + a.name, {a.shape}, {reds[i].dom},
                   [f, axes, keep](const Vec &x) { return f(x[0], axes, keep); }});
    }
  for (auto [name, shape, axis] : std::vector<std::tuple<std::string, S, int64_t>>{
           {"softmax_axisneg1_3x4", {3, 4}, -1},
           {"softmax_axis0_3x4", {3, 4}, 0},
           {"softmax_axis1_2x3x4", {2, 3, 4}, 1},
           {"softmax_axisneg1_5x67", {5, 67}, -1}})
    t.push_back({name, {shape}, {Any}, [axis](const Vec &x) { return nj::softmax(x[0], axis); }});

  // Linear algebra.
  auto mm = [&](std::string name, S a, S b, bool useDot = false) {
    t.push_back({name + "_" + shapeName(a) + "_" + shapeName(b), {a, b}, {Any, Any},
                 [useDot](const Vec &x) {
                   return useDot ? nj::dot(x[0], x[1]) : nj::matmul(x[0], x[1]);
                 }});
  };
  mm("matmul", {3, 4}, {4, 5});
  mm("matmul", {4}, {4, 5});
  mm("matmul", {3, 4}, {4});
  mm("matmul", {4}, {4});
  mm("matmul", {2, 3, 4}, {2, 4, 5});
  mm("matmul", {2, 3, 4}, {4, 5});
  mm("matmul", {1, 3, 4}, {2, 4, 2});
  mm("matmul", {17, 33}, {33, 9}); // larger than any tile or vector width
  mm("dot", {3, 4}, {4, 2}, true);
  mm("dot", {5}, {5}, true);
  t.push_back({"matmul_chain_3x4_4x4_4x2", {{3, 4}, {4, 4}, {4, 2}}, {Any, Any, Any},
               [](const Vec &x) { return nj::matmul(nj::tanh(nj::matmul(x[0], x[1])), x[2]); }});

  // Shapes. Each is followed by an elementwise op so that the Hessian is
  // not trivially zero.
  auto shapeOp = [&](std::string name, S s, Fn f) {
    t.push_back({name + "_" + shapeName(s), {s}, {Any},
                 [f](const Vec &x) { return f({nj::sin(x[0])}); }});
  };
  shapeOp("reshape", {3, 4}, [](const Vec &x) { return nj::reshape(x[0], {2, 6}); });
  shapeOp("reshape_infer", {2, 3, 4}, [](const Vec &x) { return nj::reshape(x[0], {-1, 4}); });
  shapeOp("reshape_to_scalar", {1, 1}, [](const Vec &x) { return nj::reshape(x[0], {}); });
  shapeOp("transpose", {3, 4}, [](const Vec &x) { return nj::transpose(x[0]); });
  shapeOp("transpose_reverse", {2, 3, 4}, [](const Vec &x) { return nj::transpose(x[0]); });
  shapeOp("transpose_perm", {2, 3, 4},
          [](const Vec &x) { return nj::transpose(x[0], {2, 0, 1}); });
  shapeOp("expand_dims0", {3, 4}, [](const Vec &x) { return nj::expand_dims(x[0], 0); });
  shapeOp("expand_dims_neg1", {3, 4}, [](const Vec &x) { return nj::expand_dims(x[0], -1); });
  shapeOp("squeeze_all", {3, 1, 4, 1}, [](const Vec &x) { return nj::squeeze(x[0]); });
  shapeOp("squeeze_axis1", {3, 1, 4}, [](const Vec &x) { return nj::squeeze(x[0], 1); });
  shapeOp("broadcast_to", {3, 1}, [](const Vec &x) { return nj::broadcast_to(x[0], {2, 3, 4}); });
  shapeOp("broadcast_to", {4}, [](const Vec &x) { return nj::broadcast_to(x[0], {3, 4}); });
  shapeOp("broadcast_to", S{}, [](const Vec &x) { return nj::broadcast_to(x[0], {2, 2}); });
  shapeOp("slice", {7}, [](const Vec &x) { return nj::slice(x[0], {1}, {6}); });
  shapeOp("slice_strided", {7}, [](const Vec &x) { return nj::slice(x[0], {1}, {7}, {2}); });
  shapeOp("slice_strided", {5, 6},
          [](const Vec &x) { return nj::slice(x[0], {1, 0}, {5, 6}, {2, 3}); });
  shapeOp("slice_strided", {2, 5, 6},
          [](const Vec &x) { return nj::slice(x[0], {0, 0, 1}, {2, 4, 6}, {1, 3, 2}); });
  t.push_back({"concatenate_axis0_2x3_4x3", {{2, 3}, {4, 3}}, {Any, Any},
               [](const Vec &x) { return nj::concatenate({nj::sin(x[0]), x[1] * x[1]}, 0); }});
  t.push_back({"concatenate_axis1_2x3_2x1_2x2", {{2, 3}, {2, 1}, {2, 2}}, {Any, Any, Any},
               [](const Vec &x) {
                 return nj::concatenate({x[0] * x[0], nj::exp(x[1]), x[2]}, 1);
               }});
  t.push_back({"concatenate_same_twice_3", {{3}}, {Any},
               [](const Vec &x) { return nj::concatenate({x[0], nj::square(x[0])}, -1); }});

  // A few compositions.
  t.push_back({"composite_normalize_3x4", {{3, 4}}, {Any}, [](const Vec &x) {
                 nj::Array c = x[0] - nj::mean(x[0], -1, true);
                 return c * nj::rsqrt(nj::mean(c * c, -1, true) + 0.1);
               }});
  t.push_back({"composite_log_softmax_3x4", {{3, 4}}, {Any}, [](const Vec &x) {
                 return x[0] - nj::logsumexp(x[0], -1, true);
               }});
  t.push_back({"composite_reuse_4", {{4}, {4}}, {Any, Any}, [](const Vec &x) {
                 nj::Array y = x[0] * x[1];
                 return y * y + nj::sin(y) * x[0];
               }});
  return t;
}

//===----------------------------------------------------------------------===//
// The checks
//===----------------------------------------------------------------------===//

struct Param {
  OpCase op;
  nj::DType dtype;
};
void PrintTo(const Param &p, std::ostream *os) {
  *os << p.op.name << " in " << nj::dtype_name(p.dtype);
}

std::string paramName(const ::testing::TestParamInfo<Param> &info) {
  return info.param.op.name + "_" + nj::dtype_name(info.param.dtype);
}

std::vector<Param> allParams() {
  std::vector<Param> ps;
  for (const OpCase &op : opTable())
    for (nj::DType d : {nj::f32, nj::f64})
      ps.push_back({op, d});
  return ps;
}

class OpGrad : public ::testing::TestWithParam<Param> {
protected:
  void SetUp() override {
    const Param &p = GetParam();
    std::seed_seq seed(p.op.name.begin(), p.op.name.end());
    std::mt19937_64 rng(seed);
    n = p.op.shapes.size();
    for (size_t i = 0; i < n; ++i) {
      int64_t k = numel(p.op.shapes[i]);
      xv.push_back(sample(p.op.doms[i], k, rng));
      tv.push_back(randn(k, rng));
      x.push_back(make(xv[i], p.op.shapes[i], p.dtype));
      t.push_back(make(tv[i], p.op.shapes[i], p.dtype));
    }
    nj::Array y = p.op.fn(x);
    outShape = y.shape();
    outDtype = y.dtype();
    ASSERT_TRUE(nj::is_floating(outDtype));
    wv = randn(y.size(), rng);
    cv = randn(y.size(), rng);
    w = make(wv, outShape, outDtype);
    c = make(cv, outShape, outDtype);
    // Step and tolerance follow the least precise dtype involved.
    bool single = p.op.single || p.dtype == nj::f32 || outDtype == nj::f32;
    h = single ? 1e-3 : 1e-6;
    tol = single ? 2e-3 : 1e-5;
    Fn op = p.op.fn;
    nj::Array wc = w;
    loss = [op, wc](const Vec &xs) { return nj::sum(op(xs) * wc); };
  }

  Vec at(double s) const {
    Vec r;
    for (size_t i = 0; i < n; ++i)
      r.push_back(make(axpy(xv[i], s, tv[i]), GetParam().op.shapes[i], GetParam().dtype));
    return r;
  }
  /// L(x) = <op(x), w>, evaluated eagerly, summed in double.
  double lossAt(double s) const { return dot(values(GetParam().op.fn(at(s))), wv); }
  /// Central difference of L along t.
  double fd() const { return (lossAt(h) - lossAt(-h)) / (2 * h); }

  void expectClose(double got, double want, const std::string &what) const {
    EXPECT_LE(std::abs(got - want), tol * std::max(1.0, std::abs(want)))
        << what << ": got " << got << ", want " << want;
  }
  void expectClose(const Doubles &got, const Doubles &want, const std::string &what) const {
    ASSERT_EQ(got.size(), want.size()) << what;
    double scale = 1, err = 0;
    size_t worst = 0;
    for (size_t i = 0; i < got.size(); ++i) {
      scale = std::max(scale, std::abs(want[i]));
      if (std::abs(got[i] - want[i]) > err) {
        err = std::abs(got[i] - want[i]);
        worst = i;
      }
    }
    EXPECT_LE(err, tol * scale) << what << ": element " << worst << " is " << got[worst]
                                << ", want " << want[worst];
  }
  void expectShapes(const Vec &got, const std::string &what) const {
    ASSERT_EQ(got.size(), n) << what;
    for (size_t i = 0; i < n; ++i) {
      EXPECT_EQ(got[i].shape(), x[i].shape()) << what << " " << i;
      EXPECT_EQ(got[i].dtype(), x[i].dtype()) << what << " " << i;
    }
  }

  size_t n = 0;
  std::vector<Doubles> xv, tv;
  Doubles wv, cv;
  Vec x, t;
  nj::Array w, c;
  nj::Shape outShape;
  nj::DType outDtype = nj::f32;
  double h = 0, tol = 0;
  Fn loss;
};

TEST_P(OpGrad, MatchesFiniteDifferences) {
  const OpCase &op = GetParam().op;
  double want = fd();
  // H t by central differences of the (eager) gradient.
  std::vector<Doubles> wantHv;
  if (op.second) {
    Vec gp = withArity(n, [&](auto N) { return AD<N>::grad(loss, at(h)); });
    Vec gm = withArity(n, [&](auto N) { return AD<N>::grad(loss, at(-h)); });
    for (size_t i = 0; i < n; ++i) {
      wantHv.push_back(axpy(values(gp[i]), -1, values(gm[i])));
      for (double &e : wantHv.back())
        e /= 2 * h;
    }
  }
  Doubles y = values(op.fn(x));
  for (bool jitted : {false, true}) {
    SCOPED_TRACE(jitted ? "under jit" : "eager");
    Derivs d = withArity(
        n, [&](auto N) { return AD<N>::all(op.fn, loss, x, t, c, op.second, jitted); });
    // Forward mode.
    expectClose(values(d.y), y, "jvp primal");
    EXPECT_EQ(d.dy.shape(), outShape);
    EXPECT_EQ(d.dy.dtype(), outDtype);
    expectClose(dot(values(d.dy), wv), want, "forward: <w, jvp(t)> vs FD");
    // Reverse mode.
    expectShapes(d.grad, "grad");
    expectClose(dot(d.grad, tv), want, "reverse: <grad, t> vs FD");
    // Transposition.
    expectShapes(d.vjp, "vjp");
    expectClose(dot(d.vjp, tv), dot(values(d.dy), cv), "<t, vjp(c)> vs <jvp(t), c>");
    // Second order.
    if (op.second) {
      expectShapes(d.hvp, "jvp(grad)");
      for (size_t i = 0; i < n; ++i)
        expectClose(values(d.hvp[i]), wantHv[i],
                    "jvp(grad) for argument " + std::to_string(i) + " vs FD of grad");
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Ops, OpGrad, ::testing::ValuesIn(allParams()), paramName);

//===----------------------------------------------------------------------===//
// Ties: the derivative is split evenly
//===----------------------------------------------------------------------===//

TEST(GradTies, MaximumAndMinimumSplitEvenly) {
  nj::Array a = nj::array({1.0, 2.0, 3.0});
  nj::Array b = nj::array({1.0, 5.0, 0.0});
  for (auto f : {+[](nj::Array x, nj::Array y) { return nj::sum(nj::maximum(x, y)); },
                 +[](nj::Array x, nj::Array y) { return nj::sum(nj::minimum(x, y)); }}) {
    bool isMax = f(a, b).item<double>() == 1 + 5 + 3;
    auto [ga, gb] = nj::grad(f, {0, 1})(a, b);
    EXPECT_EQ(ga.to_vector<double>(), (Doubles{0.5, isMax ? 0. : 1., isMax ? 1. : 0.}));
    EXPECT_EQ(gb.to_vector<double>(), (Doubles{0.5, isMax ? 1. : 0., isMax ? 0. : 1.}));
    auto [jga, jgb] = nj::jit(nj::grad(f, {0, 1}))(a, b);
    EXPECT_EQ(jga.to_vector<double>(), ga.to_vector<double>());
    EXPECT_EQ(jgb.to_vector<double>(), gb.to_vector<double>());
    // Forward mode: half of each tangent at the tie.
    auto [y, dy] = nj::jvp(f, {a, b}, {nj::array({1.0, 0.0, 0.0}), nj::array({3.0, 0.0, 0.0})});
    EXPECT_EQ(dy.item<double>(), 2.0);
  }
  // max(a, a): 0.5 through each operand, 1 in total.
  auto same = [](nj::Array x) { return nj::sum(nj::maximum(x, x)); };
  EXPECT_EQ(nj::grad(same)(a).to_vector<double>(), (Doubles{1, 1, 1}));
  auto half = [](nj::Array x, nj::Array y) { return nj::maximum(x, y); };
  auto [out, pullback] = nj::vjp(half, a, a);
  auto [ca, cb] = pullback(nj::array({2.0, 4.0, 6.0}));
  EXPECT_EQ(ca.to_vector<double>(), (Doubles{1, 2, 3}));
  EXPECT_EQ(cb.to_vector<double>(), (Doubles{1, 2, 3}));
}

TEST(GradTies, ReductionExtremaShareTheDerivative) {
  nj::Array x = nj::array(std::vector<float>{1, 3, 3, 2, 3, 0}, {2, 3});
  auto gmax = nj::grad([](nj::Array a) { return nj::max(a); })(x);
  EXPECT_EQ(gmax.to_vector<float>(),
            (std::vector<float>{0, 1 / 3.f, 1 / 3.f, 0, 1 / 3.f, 0}));
  auto gmaxRows = nj::grad([](nj::Array a) { return nj::sum(nj::max(a, 1)); })(x);
  EXPECT_EQ(gmaxRows.to_vector<float>(), (std::vector<float>{0, .5f, .5f, 0, 1, 0}));
  auto gmin = nj::jit(nj::grad([](nj::Array a) { return nj::sum(nj::min(a, 0)); }))(x);
  EXPECT_EQ(gmin.to_vector<float>(), (std::vector<float>{1, .5f, 0, 0, .5f, 1}));
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

/// Runs `body`, which must throw numjit::Error whose message contains each
/// of `needles` and "GradTest.cpp:<line>:".
void expectError(const std::function<void()> &body, int line, std::vector<std::string> needles) {
  if (line)
    needles.push_back(lineOf("GradTest.cpp", line));
  expectNjError(body, needles);
}

/// Checks the error eagerly and inside a jit trace, where `x` and `y` are
/// the traced arguments.
#define EXPECT_GRAD_ERROR(expr, ...)                                           \
  do {                                                                         \
    int line_ = __LINE__;                                                      \
    expectError([&] { (void)(expr); }, line_, {__VA_ARGS__});                  \
    auto traced_ = [&](nj::Array x, nj::Array y) {                             \
      (void)(expr);                                                            \
      return x + y;                                                            \
    };                                                                         \
    expectError([&] { (void)nj::jit(traced_)(x, y); }, line_, {__VA_ARGS__});  \
  } while (0)

class GradErrors : public ::testing::Test {
protected:
  nj::Array x = nj::array({1.f, 2.f, 3.f});
  nj::Array y = nj::array({4.f, 5.f, 6.f});
  nj::Array ints = nj::array({1, 2, 3});
  static nj::Array twice(nj::Array a) { return a * 2; }
  static nj::Array dotf(nj::Array a, nj::Array b) { return nj::sum(a * b); }
};

TEST_F(GradErrors, NonScalarOutput) {
  EXPECT_GRAD_ERROR(nj::grad(twice)(x), "numjit.grad", "must return a float scalar",
                    "float32(3,)", "use vjp");
  EXPECT_GRAD_ERROR(nj::value_and_grad(twice)(x), "numjit.value_and_grad",
                    "must return a float scalar");
  auto intLoss = [](nj::Array a) { return nj::argmax(a); };
  EXPECT_GRAD_ERROR(nj::grad(intLoss)(x), "numjit.grad", "float scalar", "int32()");
}

TEST_F(GradErrors, IntegerArgument) {
  auto f = [](nj::Array a) { return nj::sum(a * 2.0f); };
  EXPECT_GRAD_ERROR(nj::grad(f)(ints), "numjit.grad", "argument 0", "int32",
                    "only float arguments");
  auto g = [](nj::Array a, nj::Array b) { return nj::sum(a * b); };
  EXPECT_GRAD_ERROR(nj::grad(g, {1})(x, ints), "numjit.grad", "argument 1", "int32");
  // Differentiating only the float argument is fine.
  EXPECT_EQ(std::get<0>(nj::grad(g, {0})(x, ints)).to_vector<float>(), (std::vector<float>{1, 2, 3}));
}

TEST_F(GradErrors, ArgnumOutOfRange) {
  EXPECT_GRAD_ERROR(nj::grad(dotf, {2})(x, y), "numjit.grad", "argnum 2",
                    "out of range", "2 arguments");
  EXPECT_GRAD_ERROR(nj::grad(dotf, {0, -1})(x, y), "numjit.grad", "argnum -1");
  EXPECT_GRAD_ERROR(nj::value_and_grad(dotf, {3})(x, y), "numjit.value_and_grad", "argnum 3");
}

TEST_F(GradErrors, StaticArgument) {
  auto f = [](nj::Array a, float s) { return nj::sum(a * s); };
  EXPECT_GRAD_ERROR(nj::grad(f, {1})(x, 2.0f), "numjit.grad", "argument 1", "static");
}

TEST_F(GradErrors, VjpCotangentShape) {
  auto [out, pullback] = nj::vjp(dotf, x, y);
  auto [ow, pbw] = nj::vjp(twice, x);
  // The pullback's errors name the line that calls it.
  expectError([&] { (void)pullback(nj::ones({3})); }, __LINE__,
              {"numjit.vjp", "cotangent 0 is float32(3,)", "output is float32()"});
  expectError([&] { (void)pbw(nj::ones({2, 3})); }, __LINE__,
              {"numjit.vjp", "cotangent 0", "(2, 3)", "float32(3,)"});
  expectError([&] { (void)pbw(nj::ones({3}), nj::ones({3})); }, __LINE__,
              {"numjit.vjp", "2 cotangents for 1 outputs"});
  // A cotangent of another float dtype is converted.
  auto [ca] = pbw(nj::array({1.0, 2.0, 3.0}));
  EXPECT_EQ(ca.dtype(), nj::f32);
  EXPECT_EQ(ca.to_vector<float>(), (std::vector<float>{2, 4, 6}));
}

TEST_F(GradErrors, JvpArity) {
  EXPECT_GRAD_ERROR(nj::jvp(dotf, {x, y}, {x}), "numjit.jvp", "2 primals but 1 tangents");
  EXPECT_GRAD_ERROR(nj::jvp(dotf, {x}, {x}), "numjit.jvp", "takes 2 arrays",
                    "1 primals");
  EXPECT_GRAD_ERROR(nj::jvp(twice, {x}, {nj::ones({4})}), "numjit.jvp", "tangent 0",
                    "float32(4,)", "float32(3,)");
}

//===----------------------------------------------------------------------===//
// API behaviour
//===----------------------------------------------------------------------===//

TEST(GradApi, HasAuxPassesTheRestThrough) {
  auto f = [](nj::Array a) {
    nj::Array s = nj::sum(a * a);
    return std::tuple(s, a * 3.0f, nj::argmax(a));
  };
  nj::Array x = nj::array({1.f, -2.f, 0.5f});
  nj::Array g = nj::grad(f)(x);
  EXPECT_EQ(g.to_vector<float>(), (std::vector<float>{2, -4, 1}));
  auto [value, g2] = nj::value_and_grad(f)(x);
  auto [s, aux, idx] = value;
  EXPECT_EQ(s.item<float>(), 5.25f);
  EXPECT_EQ(aux.to_vector<float>(), (std::vector<float>{3, -6, 1.5f}));
  EXPECT_EQ(idx.dtype(), nj::i32);
  EXPECT_EQ(idx.item<int32_t>(), 0);
  EXPECT_EQ(g2.to_vector<float>(), g.to_vector<float>());
  auto [jvalue, jg] = nj::jit(nj::value_and_grad(f))(x);
  EXPECT_EQ(std::get<1>(jvalue).to_vector<float>(), aux.to_vector<float>());
  EXPECT_EQ(jg.to_vector<float>(), g.to_vector<float>());
  // A std::pair works the same way.
  auto p = [](nj::Array a) { return std::pair(nj::sum(nj::sin(a)), nj::cos(a)); };
  EXPECT_EQ(nj::grad(p)(x).to_vector<float>(), nj::cos(x).to_vector<float>());
}

TEST(GradApi, SeveralArgnumsGiveATuple) {
  auto f = [](nj::Array a, nj::Array b, nj::Array c) { return nj::sum(a * b + c * c); };
  nj::Array a = nj::array({1.0, 2.0}), b = nj::array({3.0, 4.0}), c = nj::array({5.0, 6.0});
  auto [ga, gc] = nj::grad(f, {0, 2})(a, b, c);
  EXPECT_EQ(ga.to_vector<double>(), (Doubles{3, 4}));
  EXPECT_EQ(gc.to_vector<double>(), (Doubles{10, 12}));
  std::tuple<nj::Array, nj::Array, nj::Array> all = nj::grad(f, {0, 1, 2})(a, b, c);
  EXPECT_EQ(std::get<1>(all).to_vector<double>(), (Doubles{1, 2}));
  // Order follows argnums, repeats allowed.
  auto [gc2, ga2, gc3] = nj::jit(nj::grad(f, {2, 0, 2}))(a, b, c);
  EXPECT_EQ(gc2.to_vector<double>(), (Doubles{10, 12}));
  EXPECT_EQ(ga2.to_vector<double>(), (Doubles{3, 4}));
  EXPECT_EQ(gc3.to_vector<double>(), (Doubles{10, 12}));
  auto [v, gs] = nj::value_and_grad(f, {1})(a, b, c);
  EXPECT_EQ(v.item<double>(), 3 + 8 + 25 + 36);
  EXPECT_EQ(std::get<0>(gs).to_vector<double>(), (Doubles{1, 2}));
  // Static arguments are skipped in the numbering of Arrays but not argnums.
  auto s = [](double k, nj::Array a) { return nj::sum(a * a * k); };
  EXPECT_EQ(std::get<0>(nj::grad(s, {1})(3.0, a)).to_vector<double>().at(1), 12.0);
}

TEST(GradApi, JitOfValueAndGradUsesTheCache) {
  auto f = [](nj::Array w, nj::Array x) { return nj::sum(nj::tanh(nj::matmul(x, w))); };
  auto vg = nj::jit(nj::value_and_grad(f, {0, 1}));
  nj::Array w = nj::reshape(nj::linspace(-1, 1, 6), {3, 2});
  nj::Array x = nj::reshape(nj::linspace(0, 1, 6), {2, 3});
  nj::Array w2 = w * 2.0f, x2 = x + 1.0f;
  auto [v1, g1] = vg(w, x);
  uint64_t compiles = nj::num_compiles();
  auto [v2, g2] = vg(w2, x2);
  EXPECT_EQ(nj::num_compiles(), compiles);
  EXPECT_NE(v1.item<float>(), v2.item<float>());
  auto [ev2, eg2] = nj::value_and_grad(f, {0, 1})(w2, x2);
  EXPECT_FLOAT_EQ(v2.item<float>(), ev2.item<float>());
  // A new shape compiles once more.
  compiles = nj::num_compiles();
  (void)vg(nj::ones({3, 4}), x);
  EXPECT_EQ(nj::num_compiles(), compiles + 1);
}

TEST(GradApi, EagerGradIsCachedToo) {
  auto f = [](nj::Array a) { return nj::sum(nj::exp(a) * a); };
  nj::Array x = nj::array({0.1f, 0.2f});
  (void)nj::grad(f)(x);
  uint64_t before = nj::num_compiles();
  (void)nj::grad(f)(x);
  EXPECT_EQ(nj::num_compiles(), before);
}

TEST(GradApi, EdgeCases) {
  nj::Array x = nj::array({1.f, 2.f, 3.f});
  // The identity on a scalar, and a function returning its argument.
  EXPECT_EQ(nj::grad([](nj::Array a) { return a; })(nj::array(2.f)).item<float>(), 1.f);
  auto [y, dy] = nj::jvp([](nj::Array a) { return a; }, {x}, {x * 2.f});
  EXPECT_EQ(dy.to_vector<float>(), (std::vector<float>{2, 4, 6}));
  // The same Array passed for two arguments.
  auto [ga, gb] = nj::grad([](nj::Array a, nj::Array b) { return nj::sum(a * b * b); },
                           {0, 1})(x, x);
  EXPECT_EQ(ga.to_vector<float>(), (std::vector<float>{1, 4, 9}));
  EXPECT_EQ(gb.to_vector<float>(), (std::vector<float>{2, 8, 18}));
  // A captured array that is also the argument: only the argument varies.
  EXPECT_EQ(nj::grad([x](nj::Array a) { return nj::sum(a * x); })(x).to_vector<float>(),
            (std::vector<float>{1, 2, 3}));
  EXPECT_EQ(nj::jit(nj::grad([x](nj::Array a) { return nj::sum(a * x); }))(x).to_vector<float>(),
            (std::vector<float>{1, 2, 3}));
  // Promotion: the cotangent of each argument has that argument's dtype.
  nj::Array x64 = nj::array({1.0, 2.0, 3.0});
  auto [g32, g64] =
      nj::grad([](nj::Array a, nj::Array b) { return nj::sum(a * b * b); }, {0, 1})(x, x64);
  EXPECT_EQ(g32.dtype(), nj::f32);
  EXPECT_EQ(g64.dtype(), nj::f64);
  EXPECT_EQ(g64.to_vector<double>(), (Doubles{2, 8, 18}));
  // Zero-size arrays.
  nj::Array empty = nj::grad([](nj::Array a) { return nj::sum(nj::exp(a)); })(nj::zeros({0, 3}));
  EXPECT_EQ(empty.shape(), (nj::Shape{0, 3}));
  // pow at a zero base: d/da x^2 = 0 and d/db 0^b taken as 0 (as jax does).
  EXPECT_EQ(nj::grad([](nj::Array a) { return nj::sum(nj::power(a, 2.0f)); })(nj::zeros({2}))
                .to_vector<float>(),
            (std::vector<float>{0, 0}));
  EXPECT_EQ(nj::grad([](nj::Array b) { return nj::sum(nj::power(nj::zeros({2}), b)); })(
                nj::array({2.f, 3.f}))
                .to_vector<float>(),
            (std::vector<float>{0, 0}));
}

// prod's derivative is the product of the other elements, also where an
// element is zero (not prod / x, which would be 0/0 there).
TEST(GradApi, ProdWithAZero) {
  auto f = [](nj::Array a) { return nj::prod(a); };
  EXPECT_EQ(nj::grad(f)(nj::array({0.f, 2.f, 3.f})).to_vector<float>(),
            (std::vector<float>{6, 0, 0}));
  EXPECT_EQ(nj::grad(f)(nj::array({0.f, 0.f, 3.f})).to_vector<float>(),
            (std::vector<float>{0, 0, 0}));
  auto [y, dy] = nj::jvp(f, {nj::array({0.f, 2.f, 3.f})}, {nj::array({1.f, 0.f, 0.f})});
  EXPECT_EQ(dy.item<float>(), 6.f);
}

TEST(GradApi, CapturedConcreteArray) {
  nj::Array w = nj::array({1.0, -2.0, 3.0});
  auto f = [w](nj::Array a) { return nj::sum(w * a * a); };
  nj::Array x = nj::array({1.0, 1.0, 2.0});
  EXPECT_EQ(nj::grad(f)(x).to_vector<double>(), (Doubles{2, -4, 12}));
  EXPECT_EQ(nj::jit(nj::grad(f))(x).to_vector<double>(), (Doubles{2, -4, 12}));
  auto [y, dy] = nj::jvp(f, {x}, {nj::ones({3}, nj::f64)});
  EXPECT_EQ(dy.item<double>(), 2 - 4 + 12);
  auto [o, pullback] = nj::vjp([w](nj::Array a) { return w * a; }, x);
  EXPECT_EQ(std::get<0>(pullback(nj::ones({3}, nj::f64))).to_vector<double>(), (Doubles{1, -2, 3}));
}

TEST(GradApi, ClosureOverAnOuterTracedValue) {
  nj::Array x = nj::array({1.0, 2.0, 3.0});
  nj::Array y = nj::array({0.5, -1.0, 2.0});
  // Inside jit, the inner grad closes over the traced x and y: they are
  // constants for it. d/dz sum(z^2 a b) at z = a is 2 a^2 b.
  auto jf = nj::jit([](nj::Array a, nj::Array b) {
    return nj::grad([&](nj::Array z) { return nj::sum(z * z * a * b); })(a);
  });
  EXPECT_EQ(jf(x, y).to_vector<double>(), (Doubles{1, -8, 36}));
  // Nested grads: d/dx [x * d/dz (x z)] = d/dx x^2 = 2x (no perturbation
  // confusion), eagerly and under jit.
  auto outer = [](nj::Array a) {
    nj::Array inner = nj::grad([&](nj::Array z) { return nj::sum(a * z); })(a);
    return nj::sum(a * inner);
  };
  EXPECT_EQ(nj::grad(outer)(x).to_vector<double>(), (Doubles{2, 4, 6}));
  EXPECT_EQ(nj::jit(nj::grad(outer))(x).to_vector<double>(), (Doubles{2, 4, 6}));
  // jvp inside jit, over a captured traced value.
  auto jj = nj::jit([](nj::Array a, nj::Array b) {
    auto [v, d] = nj::jvp([&](nj::Array z) { return nj::sum(z * b); }, {a}, {nj::ones_like(a)});
    return d;
  });
  EXPECT_EQ(jj(x, y).item<double>(), 1.5);
}

TEST(GradApi, HigherOrder) {
  auto cube = [](nj::Array a) { return nj::sum(a * a * a); };
  auto g1 = [=](nj::Array a) { return nj::sum(nj::grad(cube)(a)); };
  nj::Array x = nj::array({1.0, 2.0});
  EXPECT_EQ(nj::grad(g1)(x).to_vector<double>(), (Doubles{6, 12}));
  // Third derivative of x^3 is 6.
  auto g2 = [=](nj::Array a) { return nj::sum(nj::grad(g1)(a)); };
  EXPECT_EQ(nj::grad(g2)(x).to_vector<double>(), (Doubles{6, 6}));
  EXPECT_EQ(nj::jit(nj::grad(g2))(x).to_vector<double>(), (Doubles{6, 6}));
  // Hessian-vector product, with the transforms passed directly.
  auto hv = nj::jvp(nj::grad(cube), {x}, {nj::array({1.0, -1.0})});
  EXPECT_EQ(hv.second.to_vector<double>(), (Doubles{6, -12}));
  auto jv = nj::jvp(nj::jit(cube), {x}, {nj::array({1.0, 1.0})});
  EXPECT_EQ(jv.second.item<double>(), 3 + 12);
  // grad of a jit()ed function, and jit of that.
  auto jcube = nj::jit(cube);
  EXPECT_EQ(nj::grad(jcube)(x).to_vector<double>(), (Doubles{3, 12}));
  EXPECT_EQ(nj::jit(nj::grad(jcube))(x).to_vector<double>(), (Doubles{3, 12}));
  // vjp of grad.
  auto [g, pullback] = nj::vjp(nj::grad(cube), x);
  EXPECT_EQ(g.to_vector<double>(), (Doubles{3, 12}));
  EXPECT_EQ(std::get<0>(pullback(nj::array({1.0, 1.0}))).to_vector<double>(), (Doubles{6, 12}));
  // jvp of jvp.
  auto d = [=](nj::Array a) { return nj::jvp(cube, {a}, {nj::ones_like(a)}).second; };
  auto [v, dd] = nj::jvp(d, {x}, {nj::ones_like(x)});
  EXPECT_EQ(v.item<double>(), 3 + 12);
  EXPECT_EQ(dd.item<double>(), 6 + 12);
}

TEST(GradApi, IntegerSubcomputationsHaveZeroDerivative) {
  nj::Array x = nj::array({0.5f, -1.5f, 2.5f, 1.0f});
  // argmax, comparisons, integer arithmetic and a cast back to float: no
  // derivative flows through, and nothing fails.
  auto f = [](nj::Array a) {
    nj::Array idx = nj::argmax(a);
    nj::Array onehot = nj::astype(nj::arange(4) == idx, nj::f32);
    nj::Array positive = nj::astype(a > 0, nj::f32);
    nj::Array count = nj::astype(nj::sum(a > 0.0f) * 2 + 1, nj::f32);
    return nj::sum(onehot * a * a + positive * count + nj::floor(a) + nj::sign(a));
  };
  std::vector<float> want = {0, 0, 5, 0};
  EXPECT_EQ(nj::grad(f)(x).to_vector<float>(), want);
  EXPECT_EQ(nj::jit(nj::grad(f))(x).to_vector<float>(), want);
  auto [y, dy] = nj::jvp(f, {x}, {nj::ones_like(x)});
  EXPECT_EQ(dy.item<float>(), 5.0f);
  // A round trip through int32 is a step function.
  auto steps = [](nj::Array a) {
    return nj::sum(nj::astype(nj::astype(a * 1.5f, nj::i32), nj::f32) * a);
  };
  EXPECT_EQ(nj::grad(steps)(nj::array({1.f, 2.f, 3.f})).to_vector<float>(),
            (std::vector<float>{1, 3, 4}));
  // Only integer paths: the gradient is all zeros.
  auto g = [](nj::Array a) { return nj::astype(nj::argmax(a), nj::f32) + nj::sum(nj::floor(a)); };
  EXPECT_EQ(nj::grad(g)(x).to_vector<float>(), (std::vector<float>(4, 0)));
  EXPECT_EQ(nj::jit(nj::grad(g))(x).to_vector<float>(), (std::vector<float>(4, 0)));
  // A function that ignores its argument.
  auto k = [](nj::Array) { return nj::array(2.0f); };
  EXPECT_EQ(nj::grad(k)(x).to_vector<float>(), (std::vector<float>(4, 0)));
  // An integer output: its tangent is zero, and vjp with an integer
  // cotangent gives zero float cotangents.
  auto [i, di] = nj::jvp([](nj::Array a) { return nj::argmax(a); }, {x}, {nj::ones_like(x)});
  EXPECT_EQ(i.item<int32_t>(), 2);
  EXPECT_EQ(di.item<int32_t>(), 0);
  auto [both, pullback] =
      nj::vjp([](nj::Array a) { return std::pair(nj::argmax(a), a * 2.0f); }, x);
  auto [ct] = pullback(nj::array(7), nj::ones_like(x));
  EXPECT_EQ(ct.to_vector<float>(), (std::vector<float>(4, 2)));
  // A mixed float/int argument list: the integer one is not differentiated.
  auto m = [](nj::Array a, nj::Array n) { return nj::sum(a * nj::astype(n, nj::f32)); };
  auto [jm, jt] = nj::jvp(m, {x, nj::array({1, 2, 3, 4})}, {nj::ones_like(x), nj::array({1, 1, 1, 1})});
  EXPECT_FLOAT_EQ(jt.item<float>(), 10.0f);
}

//===----------------------------------------------------------------------===//
// A 2-layer MLP against a gradient derived by hand
//===----------------------------------------------------------------------===//

/// Mean softmax cross-entropy of a tanh MLP.
nj::Array mlpLoss(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                  nj::Array y) {
  nj::Array hidden = nj::tanh(nj::matmul(x, w1) + b1);
  nj::Array logits = nj::matmul(hidden, w2) + b2;
  nj::Array logp = logits - nj::logsumexp(logits, -1, true);
  return -nj::mean(nj::sum(y * logp, -1));
}
/// The same with log(softmax) and an explicit mean.
nj::Array mlpLossSoftmax(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                         nj::Array y) {
  nj::Array hidden = nj::tanh(nj::matmul(x, w1) + b1);
  nj::Array probs = nj::softmax(nj::matmul(hidden, w2) + b2);
  return -nj::sum(y * nj::log(probs)) / double(x.shape()[0]);
}

struct MlpGrads {
  double loss;
  Doubles w1, b1, w2, b2;
};

MlpGrads mlpByHand(const Doubles &w1, const Doubles &b1, const Doubles &w2, const Doubles &b2,
                   const Doubles &x, const std::vector<int> &labels, int B, int D, int H,
                   int C) {
  MlpGrads g{0, Doubles(w1.size()), Doubles(b1.size()), Doubles(w2.size()), Doubles(b2.size())};
  for (int n = 0; n < B; ++n) {
    Doubles h(H), logits(C), p(C), dz2(C), dh(H);
    for (int j = 0; j < H; ++j) {
      double z = b1[j];
      for (int d = 0; d < D; ++d)
        z += x[n * D + d] * w1[d * H + j];
      h[j] = std::tanh(z);
    }
    double mx = -1e300;
    for (int k = 0; k < C; ++k) {
      logits[k] = b2[k];
      for (int j = 0; j < H; ++j)
        logits[k] += h[j] * w2[j * C + k];
      mx = std::max(mx, logits[k]);
    }
    double se = 0;
    for (int k = 0; k < C; ++k)
      se += std::exp(logits[k] - mx);
    for (int k = 0; k < C; ++k)
      p[k] = std::exp(logits[k] - mx) / se;
    g.loss += (mx + std::log(se) - logits[labels[n]]) / B;
    // d loss / d logits = (p - onehot) / B.
    for (int k = 0; k < C; ++k)
      dz2[k] = (p[k] - (k == labels[n] ? 1 : 0)) / B;
    for (int j = 0; j < H; ++j) {
      dh[j] = 0;
      for (int k = 0; k < C; ++k) {
        g.w2[j * C + k] += h[j] * dz2[k];
        dh[j] += dz2[k] * w2[j * C + k];
      }
    }
    for (int k = 0; k < C; ++k)
      g.b2[k] += dz2[k];
    for (int j = 0; j < H; ++j) {
      double dz1 = dh[j] * (1 - h[j] * h[j]);
      g.b1[j] += dz1;
      for (int d = 0; d < D; ++d)
        g.w1[d * H + j] += x[n * D + d] * dz1;
    }
  }
  return g;
}

void expectRelClose(const Doubles &got, const Doubles &want, double tol, const char *what) {
  ASSERT_EQ(got.size(), want.size());
  double scale = 0, err = 0;
  for (size_t i = 0; i < got.size(); ++i) {
    scale = std::max(scale, std::abs(want[i]));
    err = std::max(err, std::abs(got[i] - want[i]));
  }
  EXPECT_LE(err, tol * scale) << what << ": max error " << err << ", scale " << scale;
}

class MlpGrad : public ::testing::TestWithParam<nj::DType> {};

TEST_P(MlpGrad, JitGradMatchesHandDerived) {
  nj::DType dt = GetParam();
  double tol = dt == nj::f64 ? 1e-9 : 1e-4;
  const int B = 8, D = 5, H = 7, C = 4;
  std::mt19937_64 rng(42);
  Doubles w1 = randn(D * H, rng), b1 = randn(H, rng), w2 = randn(H * C, rng),
          b2 = randn(C, rng), x = randn(B * D, rng);
  std::vector<int> labels(B);
  Doubles onehot(B * C, 0);
  for (int n = 0; n < B; ++n) {
    labels[n] = int(rng() % C);
    onehot[n * C + labels[n]] = 1;
  }
  // The hand-derived reference uses the parameters as rounded to dt.
  auto round = [&](Doubles &v, const nj::Shape &s) {
    nj::Array a = make(v, s, dt);
    v = values(a);
    return a;
  };
  nj::Array W1 = round(w1, {D, H}), B1 = round(b1, {H}), W2 = round(w2, {H, C}),
            B2 = round(b2, {C}), X = round(x, {B, D}), Y = make(onehot, {B, C}, dt);
  MlpGrads want = mlpByHand(w1, b1, w2, b2, x, labels, B, D, H, C);

  for (auto *loss : {&mlpLoss, &mlpLossSoftmax}) {
    auto g = nj::jit(nj::grad(loss, {0, 1, 2, 3}));
    auto [gw1, gb1, gw2, gb2] = g(W1, B1, W2, B2, X, Y);
    EXPECT_EQ(gw1.dtype(), dt);
    EXPECT_EQ(gw1.shape(), (nj::Shape{D, H}));
    EXPECT_EQ(gb2.shape(), (nj::Shape{C}));
    expectRelClose(values(gw1), want.w1, tol, "W1");
    expectRelClose(values(gb1), want.b1, tol, "b1");
    expectRelClose(values(gw2), want.w2, tol, "W2");
    expectRelClose(values(gb2), want.b2, tol, "b2");
  }
  auto [v, grads] = nj::jit(nj::value_and_grad(mlpLoss, {0, 1, 2, 3}))(W1, B1, W2, B2, X, Y);
  EXPECT_NEAR(v.item<double>(), want.loss, tol * want.loss);
  expectRelClose(values(std::get<0>(grads)), want.w1, tol, "value_and_grad W1");
  expectRelClose(values(std::get<3>(grads)), want.b2, tol, "value_and_grad b2");
}

INSTANTIATE_TEST_SUITE_P(DTypes, MlpGrad, ::testing::Values(nj::f32, nj::f64),
                         [](const ::testing::TestParamInfo<nj::DType> &i) {
                           return std::string(nj::dtype_name(i.param));
                         });

} // namespace
