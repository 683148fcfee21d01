//===- GradOpTest.cpp - Every op's derivatives against finite differences -===//
//
// Every differentiable public op is checked, in f32 and f64, eagerly and
// under jit, for
//   - forward mode:  <w, jvp(op)(x; t)>          == central FD of L along t
//   - reverse mode:  <grad(L)(x), t>             == the same FD
//   - transposition: <t, vjp(op)(x; c)>          == <jvp(op)(x; t), c>
//   - second order:  jvp(grad(L))(x; t) (= H t)  == central FD of grad(L)
// where L(x...) = sum(op(x...) * w) with a fixed random w, t a random
// direction and c a random cotangent. Inputs are drawn away from the points
// where an op is not differentiable (ties, kinks, poles). The ops and their
// inputs are GradOpTable.cpp.
//
//===----------------------------------------------------------------------===//

#include "GradHelpers.h"
#include "GradOpTable.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace nj = numjit;

namespace {

using namespace numjit_test::gradtest;

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

} // namespace
