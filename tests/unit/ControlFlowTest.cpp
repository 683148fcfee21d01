//===- ControlFlowTest.cpp - cond, while_loop, fori_loop, scan ------------===//
//
// Each construct eagerly == under jit == the plain C++ loop it stands for;
// one op with regions in the IR whatever the trip count; grad and jvp
// against central finite differences in f64 (and the transposition
// identity); vmap against a loop over the batch at batch sizes 0, 1 and 7;
// the errors a user can make, each naming the shapes and the user's line.
//
//===----------------------------------------------------------------------===//

#include "GradCheck.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace nj = numjit;

namespace {

using Doubles = std::vector<double>;
using Carry2 = std::tuple<nj::Array, nj::Array>;

nj::Array vec(const Doubles &v) { return nj::array(v, {int64_t(v.size())}); }

using numjit_test::randn;

void expectClose(const nj::Array &got, const nj::Array &want, double tol = 1e-12,
                 const std::string &what = "") {
  ASSERT_EQ(got.shape(), want.shape()) << what;
  ASSERT_EQ(got.dtype(), want.dtype()) << what;
  Doubles g = got.to_vector<double>(), w = want.to_vector<double>();
  for (size_t i = 0; i < g.size(); ++i)
    ASSERT_NEAR(g[i], w[i], tol * (1 + std::abs(w[i]))) << what << " at " << i;
}

double dotAll(const nj::Array &a, const nj::Array &b) {
  return nj::sum(a * b).item<double>();
}

/// <grad f(x), t> against the central difference of f along t, and jvp
/// likewise, for a scalar f64 function.
template <typename F> void checkDerivatives(const F &f, const nj::Array &x, unsigned seed,
                                            double tol = 1e-6) {
  nj::Array t = randn(x.shape(), seed);
  double h = 1e-5;
  double fd = (f(x + t * h).template item<double>() - f(x - t * h).template item<double>()) / (2 * h);
  double rev = dotAll(nj::grad(f)(x), t);
  double fwd = nj::jvp(f, {x}, {t}).second.template item<double>();
  double jitRev = dotAll(nj::jit(nj::grad(f))(x), t);
  EXPECT_NEAR(rev, fd, tol * (1 + std::abs(fd)));
  EXPECT_NEAR(fwd, fd, tol * (1 + std::abs(fd)));
  EXPECT_NEAR(jitRev, rev, 1e-12 * (1 + std::abs(rev)));
}

/// How often `needle` occurs in `text`.
size_t count(const std::string &text, const std::string &needle) {
  size_t n = 0;
  for (size_t p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1))
    ++n;
  return n;
}

/// Runs `f`, which must throw nj::Error containing every piece of `parts`.
template <typename F> void expectError(const F &f, const std::vector<std::string> &parts) {
  try {
    f();
    FAIL() << "no error";
  } catch (const nj::Error &e) {
    for (const std::string &p : parts)
      EXPECT_NE(std::string(e.what()).find(p), std::string::npos)
          << "missing '" << p << "' in: " << e.what();
  }
}

std::string line(int l) { return "ControlFlowTest.cpp:" + std::to_string(l); }

//===----------------------------------------------------------------------===//
// cond
//===----------------------------------------------------------------------===//

auto branchy = [](nj::Array p, nj::Array x, nj::Array y) {
  return nj::cond(
      p, [](nj::Array a, nj::Array b) { return std::pair{a * b, nj::sin(a)}; },
      [](nj::Array a, nj::Array b) { return std::pair{a - b, nj::cos(b)}; }, x, y);
};

TEST(Cond, EagerMatchesJitAndCpp) {
  nj::Array x = randn({5}, 1), y = randn({5}, 2);
  for (bool taken : {true, false}) {
    SCOPED_TRACE(taken);
    nj::Array p = nj::array(taken);
    auto [e0, e1] = branchy(p, x, y);
    auto [j0, j1] = nj::jit(branchy)(p, x, y);
    expectClose(j0, e0);
    expectClose(j1, e1);
    expectClose(e0, taken ? x * y : x - y);
    expectClose(e1, taken ? nj::sin(x) : nj::cos(y));
  }
  // An integer predicate: nonzero is true.
  auto f = [](nj::Array n, nj::Array x) {
    return nj::cond(n, [](nj::Array a) { return a * 2; }, [](nj::Array a) { return -a; }, x);
  };
  expectClose(nj::jit(f)(nj::array(int32_t(3)), x), x * 2);
  expectClose(nj::jit(f)(nj::array(int32_t(0)), x), -x);
  expectClose(f(nj::array(int64_t(-1)), x), x * 2);
}

TEST(Cond, ConcretePredicateStillTracesBothBranches) {
  auto f = [](nj::Array x) {
    return nj::cond(nj::array(true), [](nj::Array a) { return nj::exp(a); },
                    [](nj::Array a) { return nj::tanh(a); }, x);
  };
  nj::Array x = randn({4}, 3);
  nj::Lowered lowered = nj::jit(f).lower(x);
  const std::string &traced = lowered.as_text(nj::Stage::Traced);
  EXPECT_EQ(count(traced, "numjit.cond"), 1u) << traced;
  EXPECT_EQ(count(traced, "numjit.exp"), 1u);
  EXPECT_EQ(count(traced, "numjit.tanh"), 1u);
  // The canonicalizer then keeps the branch taken only.
  const std::string &transformed = lowered.as_text(nj::Stage::Transformed);
  EXPECT_EQ(count(transformed, "numjit.cond"), 0u) << transformed;
  EXPECT_EQ(count(transformed, "numjit.tanh"), 0u);
  expectClose(nj::jit(f)(x), nj::exp(x));
}

TEST(Cond, CapturesOuterTracedAndConcreteArrays) {
  nj::Array big = randn({6}, 4); // concrete, > 1 element: a hidden argument
  auto f = [&](nj::Array p, nj::Array x, nj::Array y) {
    nj::Array z = y * 3; // traced in the outer trace
    return nj::cond(p, [&](nj::Array a) { return a + z + big; },
                    [&](nj::Array a) { return a - big; }, x);
  };
  nj::Array x = randn({6}, 5), y = randn({6}, 6);
  for (bool taken : {true, false}) {
    nj::Array p = nj::array(taken);
    expectClose(nj::jit(f)(p, x, y), f(p, x, y));
    expectClose(f(p, x, y), taken ? x + y * 3 + big : x - big);
  }
}

TEST(Cond, Errors) {
  nj::Array x = randn({3}, 7);
  int l = __LINE__ + 3;
  expectError([&] {
    nj::jit([](nj::Array p, nj::Array a) {
      return nj::cond(p, [](nj::Array v) { return v; },
                      [](nj::Array v) { return nj::concatenate({v, v}); }, a);
    })(nj::array(true), x);
  }, {"numjit.cond", "float64(6,)", "float64(3,)", line(l)});
  l = __LINE__ + 2;
  expectError([&] {
    nj::cond(x, [](nj::Array v) { return v; }, [](nj::Array v) { return v; }, x);
  }, {"numjit.cond", "bool or integer scalar", "float64(3,)", line(l)});
  l = __LINE__ + 3;
  expectError([&] {
    nj::jit([](nj::Array p, nj::Array a) {
      return nj::cond(p, [](nj::Array v) { return v; },
                      [](nj::Array v) { return nj::astype(v, nj::f32); }, a);
    })(nj::array(true), x);
  }, {"numjit.cond", "float32(3,)", "float64(3,)", line(l)});
}

//===----------------------------------------------------------------------===//
// while_loop
//===----------------------------------------------------------------------===//

auto doubling = [](nj::Array x) {
  return nj::while_loop([](const Carry2 &c) { return std::get<0>(c) < 10; },
                        [](const Carry2 &c) {
                          auto [i, s] = c;
                          return std::tuple{i + 1, s * 2};
                        },
                        std::tuple{nj::array(0), x});
};

TEST(WhileLoop, EagerMatchesJitAndCpp) {
  nj::Array x = randn({4}, 8);
  auto [ei, es] = doubling(x);
  auto [ji, js] = nj::jit(doubling)(x);
  EXPECT_EQ(ei.item<int>(), 10);
  EXPECT_EQ(ji.item<int>(), 10);
  expectClose(js, es);
  expectClose(es, x * 1024.0);

  // A data-dependent trip count and a captured traced value.
  auto halve = [](nj::Array x, nj::Array limit) {
    nj::Array lim = limit * 1; // traced in the outer trace
    return nj::while_loop([&](const nj::Array &v) { return nj::max(nj::abs(v)) > lim; },
                          [](const nj::Array &v) { return v * 0.5; }, x);
  };
  nj::Array big = vec(Doubles{40, -3, 7});
  nj::Array want = big;
  while (nj::max(nj::abs(want)).item<double>() > 1.0)
    want = want * 0.5;
  expectClose(nj::jit(halve)(big, nj::array(1.0)), want);
  expectClose(halve(big, nj::array(1.0)), want);
}

TEST(WhileLoop, VectorCarry) {
  auto f = [](nj::Array a, nj::Array b) {
    return nj::while_loop([](const std::vector<nj::Array> &c) { return nj::sum(c[0]) < 100; },
                          [](const std::vector<nj::Array> &c) {
                            return std::vector<nj::Array>{c[0] + c[1], c[1]};
                          },
                          std::vector<nj::Array>{a, b});
  };
  nj::Array a = vec(Doubles{1, 2}), b = vec(Doubles{3, 4});
  std::vector<nj::Array> e = f(a, b), j = nj::jit(f)(a, b);
  ASSERT_EQ(j.size(), 2u);
  expectClose(j[0], e[0]);
  expectClose(e[0], vec(Doubles{43, 58})); // 14 steps: 1 + 3*14, 2 + 4*14
}

TEST(WhileLoop, ForwardModeOnly) {
  // x * 2^k until it exceeds 100: piecewise linear, d/dx = 2^k.
  auto f = [](nj::Array x) {
    return nj::sum(nj::while_loop([](const nj::Array &v) { return nj::sum(v) < 100; },
                                  [](const nj::Array &v) { return v * 2.0 + nj::sin(v); }, x));
  };
  nj::Array x = vec(Doubles{1.3, 0.4});
  nj::Array t = randn({2}, 9);
  double h = 1e-6;
  double fd = (f(x + t * h).item<double>() - f(x - t * h).item<double>()) / (2 * h);
  EXPECT_NEAR(nj::jvp(f, {x}, {t}).second.item<double>(), fd, 1e-5 * (1 + std::abs(fd)));
  EXPECT_NEAR(nj::jit([&](nj::Array v, nj::Array dv) { return nj::jvp(f, {v}, {dv}).second; })(x, t)
                  .item<double>(),
              fd, 1e-5 * (1 + std::abs(fd)));
  int l = __LINE__ + 1;
  expectError([&] { nj::grad(f)(x); },
              {"while_loop", "reverse mode", "nj::fori_loop", "nj::scan", line(l)});
}

TEST(WhileLoop, BodyMismatchNamesShapes) {
  nj::Array x = randn({3}, 10);
  int l = __LINE__ + 3;
  expectError([&] {
    nj::jit([](nj::Array v) {
      return nj::while_loop([](const nj::Array &c) { return nj::sum(c) < 10; },
                            [](const nj::Array &c) { return nj::sum(c); }, v);
    })(x);
  }, {"numjit.while_loop", "float64()", "float64(3,)", line(l)});
  l = __LINE__ + 2;
  expectError([&] {
    nj::while_loop([](const nj::Array &c) { return nj::sum(c) < 10; },
                   [](const nj::Array &c) { return nj::astype(c, nj::f32); }, x);
  }, {"numjit.while_loop", "float32(3,)", "float64(3,)", line(l)});
}

//===----------------------------------------------------------------------===//
// fori_loop
//===----------------------------------------------------------------------===//

TEST(ForiLoop, EagerMatchesJitAndCpp) {
  nj::Array x = randn({5}, 11);
  auto f = [](nj::Array x) {
    return nj::fori_loop(0, 100, [](nj::Array i, nj::Array c) { return c * 0.99 + i; }, x);
  };
  nj::Array want = x;
  for (int i = 0; i < 100; ++i)
    want = want * 0.99 + double(i);
  expectClose(f(x), want, 1e-12);
  expectClose(nj::jit(f)(x), want, 1e-12);

  // Traced bounds: a while loop; the index has the bounds' dtype.
  auto g = [](nj::Array lo, nj::Array hi, nj::Array x) {
    return nj::fori_loop(lo, hi, [](nj::Array i, nj::Array c) { return c + nj::astype(i, nj::f64); }, x);
  };
  nj::Array lo = nj::array(int64_t(3)), hi = nj::array(int64_t(9));
  expectClose(nj::jit(g)(lo, hi, x), x + 33.0); // 3 + 4 + ... + 8
  expectClose(g(lo, hi, x), x + 33.0);
  expectClose(nj::jit(g)(hi, lo, x), x); // empty range
  EXPECT_NE(nj::jit(g).lower(lo, hi, x).as_text().find("numjit.while"), std::string::npos);
  // An empty C++ range runs no step.
  expectClose(nj::jit([](nj::Array v) {
    return nj::fori_loop(5, 2, [](nj::Array, nj::Array c) { return c + 1; }, v);
  })(x), x);
}

// Compiled, a loop of elementwise steps runs four steps per pass over its
// carry, in place (numjit-unroll-loops); the steps left over run apart, and
// the caller's array is copied, never overwritten.
TEST(ForiLoop, UnrolledStepsMatchEagerAndLeaveTheInput) {
  nj::Array x = randn({1000}, 12);
  nj::Array before = x * 1.0;
  for (int steps : {1, 3, 4, 7, 1003}) {
    auto f = [steps](nj::Array v) {
      return nj::fori_loop(0, steps, [](nj::Array i, nj::Array c) {
        return c * 0.999 + nj::astype(i, nj::f64) * 1e-3;
      }, v);
    };
    SCOPED_TRACE(steps);
    expectClose(nj::jit(f)(x), f(x), 1e-12);
    expectClose(x, before, 0.0);
  }
}

TEST(ForiLoop, TenThousandStepsTraceOneBody) {
  auto steps = [](int n) {
    return [n](nj::Array x) {
      return nj::fori_loop(0, n, [](nj::Array, nj::Array c) { return c * 0.5 + 1.0; }, x);
    };
  };
  nj::Array x = nj::zeros({16}, nj::f32);
  auto traced = [&](int n) { return nj::jit(steps(n)).lower(x).as_text(nj::Stage::Traced); };
  std::string ten = traced(10), many = traced(10000);
  EXPECT_EQ(count(many, "numjit.scan"), 1u) << many;
  EXPECT_EQ(count(many, "numjit.mul"), 1u);
  // The same IR but for the trip count.
  size_t at = ten.find("length = 10 ");
  ASSERT_NE(at, std::string::npos) << ten;
  ten.replace(at, 12, "length = 10000 ");
  EXPECT_EQ(ten, many);
  // c -> c/2 + 1 converges to 2.
  expectClose(nj::jit(steps(10000))(x), nj::full({16}, 2.0, nj::f32), 1e-6);
}

//===----------------------------------------------------------------------===//
// scan
//===----------------------------------------------------------------------===//

auto prefix = [](nj::Array init, nj::Array xs) {
  return nj::scan([](nj::Array c, nj::Array x) { return std::pair{c + x, c * x}; }, init, xs);
};

TEST(Scan, EagerMatchesJitAndCpp) {
  nj::Array xs = randn({6, 3}, 12), init = randn({3}, 13);
  auto [ec, ey] = prefix(init, xs);
  auto [jc, jy] = nj::jit(prefix)(init, xs);
  expectClose(jc, ec);
  expectClose(jy, ey);
  // The C++ loop.
  Doubles x = xs.to_vector<double>(), c = init.to_vector<double>(), y;
  for (int k = 0; k < 6; ++k)
    for (int j = 0; j < 3; ++j) {
      y.push_back(c[j] * x[k * 3 + j]);
      c[j] += x[k * 3 + j];
    }
  expectClose(ec, vec(c));
  expectClose(ey, nj::array(y, {6, 3}));
}

TEST(Scan, ReverseTuplesAndVectors) {
  auto f = [](nj::Array a, nj::Array b, nj::Array xs, nj::Array ws, bool reverse) {
    return nj::scan(
        [](const Carry2 &c, const std::vector<nj::Array> &x) {
          auto [s, p] = c;
          return std::pair{std::tuple{s + x[0], p * x[1]}, std::pair{s, x[0] * x[1]}};
        },
        std::tuple{a, b}, std::vector<nj::Array>{xs, ws}, reverse);
  };
  nj::Array a = nj::array(0.5), b = nj::array(2.0);
  nj::Array xs = randn({4}, 14), ws = randn({4}, 15);
  for (bool reverse : {false, true}) {
    SCOPED_TRACE(reverse);
    auto [ec, ey] = f(a, b, xs, ws, reverse);
    auto [jc, jy] = nj::jit(f)(a, b, xs, ws, reverse);
    expectClose(std::get<0>(jc), std::get<0>(ec));
    expectClose(std::get<1>(jc), std::get<1>(ec));
    expectClose(jy.first, ey.first);
    expectClose(jy.second, ey.second);
    // The running sum, in the scan's order.
    Doubles x = xs.to_vector<double>(), want(4);
    double s = 0.5;
    for (int s0 = 0; s0 < 4; ++s0) {
      int k = reverse ? 3 - s0 : s0;
      want[size_t(k)] = s;
      s += x[size_t(k)];
    }
    expectClose(ey.first, vec(want));
  }
}

TEST(Scan, EmptyLength) {
  nj::Array xs = nj::zeros({0, 2}, nj::f64), init = nj::ones({2}, nj::f64);
  auto [ec, ey] = prefix(init, xs);
  auto [jc, jy] = nj::jit(prefix)(init, xs);
  expectClose(ec, init);
  expectClose(jc, init);
  EXPECT_EQ(ey.shape(), (nj::Shape{0, 2}));
  EXPECT_EQ(jy.shape(), (nj::Shape{0, 2}));
}

TEST(Scan, Errors) {
  nj::Array init = nj::zeros({3}, nj::f64);
  int l = __LINE__ + 2;
  expectError([&] {
    nj::scan([](nj::Array c, const std::vector<nj::Array> &x) { return std::pair{c, x[0]}; },
             init, std::vector<nj::Array>{nj::zeros({4, 3}, nj::f64), nj::zeros({5}, nj::f64)});
  }, {"numjit.scan", "different lengths", "4", "5", line(l)});
  l = __LINE__ + 3;
  expectError([&] {
    nj::jit([](nj::Array c0, nj::Array xs) {
      return nj::scan([](nj::Array c, nj::Array x) { return std::pair{nj::sum(c), x}; }, c0, xs);
    })(init, nj::zeros({4, 3}, nj::f64));
  }, {"numjit.scan", "float64()", "float64(3,)", line(l)});
}

//===----------------------------------------------------------------------===//
// Differentiation
//===----------------------------------------------------------------------===//

TEST(Grad, CondMatchesFiniteDifferences) {
  auto f = [](nj::Array x) {
    return nj::sum(nj::cond(nj::sum(x) > 0, [](nj::Array a) { return nj::sin(a) * a; },
                            [](nj::Array a) { return nj::exp(a) * 3.0; }, x));
  };
  checkDerivatives(f, vec(Doubles{0.3, 0.8, -0.2}), 20);
  checkDerivatives(f, vec(Doubles{-0.3, -0.8, 0.2}), 21);
}

TEST(Grad, ForiLoopMatchesFiniteDifferences) {
  nj::Array w = randn({3}, 22, 0.5);
  auto f = [&](nj::Array x) {
    return nj::sum(nj::fori_loop(0, 7, [&](nj::Array i, nj::Array c) {
      return nj::tanh(c * w + nj::astype(i, nj::f64) * 0.1);
    }, x));
  };
  checkDerivatives(f, randn({3}, 23), 24);
}

TEST(Grad, ScanMatchesFiniteDifferences) {
  nj::Array xs = randn({5, 3}, 25);
  auto f = [&](nj::Array w) {
    auto [c, ys] = nj::scan([&](nj::Array c, nj::Array x) {
      nj::Array n = nj::tanh(c * w + x);
      return std::pair{n, n * n};
    }, nj::zeros({3}, nj::f64), xs);
    return nj::sum(ys) + nj::sum(c * c * c);
  };
  checkDerivatives(f, randn({3}, 26), 27);
  // With respect to the scanned-over inputs too.
  auto g = [&](nj::Array x) {
    auto [c, ys] = nj::scan([](nj::Array c, nj::Array xi) {
      return std::pair{c * nj::cos(xi), nj::sin(c + xi)};
    }, nj::ones({3}, nj::f64), x, true);
    return nj::sum(ys * ys) + nj::sum(c);
  };
  checkDerivatives(g, xs, 28);
}

TEST(Grad, VjpTransposesJvpThroughScan) {
  auto f = [](nj::Array c0, nj::Array xs) {
    return nj::scan([](nj::Array c, nj::Array x) {
      return std::pair{nj::sin(c) * x, c * x};
    }, c0, xs);
  };
  nj::Array c0 = randn({2}, 29), xs = randn({4, 2}, 30);
  nj::Array dc = randn({2}, 31), dx = randn({4, 2}, 32);
  nj::Array ctc = randn({2}, 33), cty = randn({4, 2}, 34);
  auto [out, tangent] = nj::jvp([&](nj::Array a, nj::Array b) {
    auto [c, ys] = f(a, b);
    return std::pair{c, ys};
  }, {c0, xs}, {dc, dx});
  auto [ys, pullback] = nj::vjp([&](nj::Array a, nj::Array b) {
    auto [c, y] = f(a, b);
    return std::pair{c, y};
  }, c0, xs);
  auto [gc, gx] = pullback(ctc, cty);
  double lhs = dotAll(tangent.first, ctc) + dotAll(tangent.second, cty);
  double rhs = dotAll(dc, gc) + dotAll(dx, gx);
  EXPECT_NEAR(lhs, rhs, 1e-12 * (1 + std::abs(lhs)));
}

TEST(Grad, SecondOrderThroughScan) {
  nj::Array xs = randn({4}, 35);
  auto f = [&](nj::Array a) {
    auto [c, ys] = nj::scan([&](nj::Array c, nj::Array x) {
      return std::pair{c * nj::sin(a * x) + a, c};
    }, nj::array(1.0), xs);
    return c + nj::sum(ys);
  };
  nj::Array a = nj::array(0.7);
  auto df = nj::grad(f);
  double h = 1e-5;
  double fd = (df(a + h).item<double>() - df(a - h).item<double>()) / (2 * h);
  EXPECT_NEAR(nj::grad(df)(a).item<double>(), fd, 1e-6 * (1 + std::abs(fd)));
  EXPECT_NEAR(nj::jit(nj::grad(df))(a).item<double>(), fd, 1e-6 * (1 + std::abs(fd)));
}

TEST(Grad, CondInsideScanInsideGrad) {
  nj::Array xs = randn({6}, 36);
  auto f = [&](nj::Array w) {
    auto [c, ys] = nj::scan([&](nj::Array c, nj::Array x) {
      nj::Array n = nj::cond(x > 0, [](nj::Array a, nj::Array b) { return a * b; },
                             [](nj::Array a, nj::Array b) { return nj::sin(a) - b; }, c, w);
      return std::pair{n, n * x};
    }, nj::array(0.5), xs);
    return c + nj::sum(ys);
  };
  checkDerivatives(f, nj::array(1.1), 37);
}

//===----------------------------------------------------------------------===//
// vmap: against a loop over the batch
//===----------------------------------------------------------------------===//

/// Example b of `x` along axis 0.
nj::Array example(const nj::Array &x, int64_t b) {
  std::vector<int64_t> start(x.shape().size(), 0), limit(x.shape());
  start[0] = b;
  limit[0] = b + 1;
  return nj::squeeze(nj::slice(x, start, limit), {0});
}

/// f applied per example of `x` (and of `y` when mapped), stacked.
template <typename F> nj::Array perExample(const F &f, const nj::Array &x, const nj::Array &y,
                                           bool mapY) {
  std::vector<nj::Array> out;
  for (int64_t b = 0; b < x.shape()[0]; ++b)
    out.push_back(nj::expand_dims(f(example(x, b), mapY ? example(y, b) : y), 0));
  return nj::concatenate(out, 0);
}

template <typename F>
void checkVmap(const F &f, const nj::Shape &xShape, const nj::Shape &yShape, bool mapY,
               unsigned seed) {
  for (int64_t batch : {int64_t(0), int64_t(1), int64_t(7)}) {
    SCOPED_TRACE("batch " + std::to_string(batch));
    nj::Shape xs{batch}, ys = yShape;
    xs.insert(xs.end(), xShape.begin(), xShape.end());
    if (mapY)
      ys.insert(ys.begin(), batch);
    nj::Array x = randn(xs, seed), y = randn(ys, seed + 1);
    std::vector<std::optional<int64_t>> axes{0, mapY ? std::optional<int64_t>(0) : nj::none};
    nj::Array got = nj::jit(nj::vmap(f, axes))(x, y);
    if (batch == 0) {
      nj::Array one = f(randn(xShape, seed), mapY ? randn(yShape, seed) : y);
      nj::Shape want{0};
      want.insert(want.end(), one.shape().begin(), one.shape().end());
      EXPECT_EQ(got.shape(), want);
      continue;
    }
    expectClose(got, perExample(f, x, y, mapY), 1e-12);
    expectClose(nj::vmap(f, axes)(x, y), got, 1e-12);
  }
}

TEST(Vmap, CondUnbatchedPredicateKeepsOneCond) {
  auto f = [](nj::Array x, nj::Array s) {
    return nj::cond(nj::sum(s) > 0, [](nj::Array a) { return a * 2.0; },
                    [](nj::Array a) { return nj::exp(a); }, x);
  };
  checkVmap(f, {3}, {2}, false, 40);
  nj::Array x = randn({5, 3}, 41), s = vec(Doubles{1, 1});
  std::string ir = nj::jit(nj::vmap(f, {0, nj::none})).lower(x, s).as_text(nj::Stage::Transformed);
  EXPECT_EQ(count(ir, "numjit.cond"), 1u) << ir;
  EXPECT_EQ(count(ir, "numjit.select"), 0u);
}

TEST(Vmap, CondBatchedPredicateSelects) {
  auto f = [](nj::Array x, nj::Array y) {
    return nj::cond(nj::sum(x) > 0, [](nj::Array a, nj::Array b) { return a * b; },
                    [](nj::Array a, nj::Array b) { return nj::exp(a) - b; }, x, y);
  };
  checkVmap(f, {3}, {3}, true, 42);
  checkVmap(f, {3}, {3}, false, 43);
  nj::Array x = randn({5, 3}, 44), y = randn({5, 3}, 45);
  std::string ir = nj::jit(nj::vmap(f)).lower(x, y).as_text(nj::Stage::Transformed);
  EXPECT_EQ(count(ir, "numjit.cond"), 0u) << ir;
  EXPECT_GE(count(ir, "numjit.select"), 1u);
}

TEST(Vmap, WhileBatchedPredicateFreezesFinishedExamples) {
  // Each example halves until below its own limit: different trip counts.
  auto f = [](nj::Array x, nj::Array limit) {
    return nj::while_loop([&](const nj::Array &v) { return nj::sum(v * v) > limit * limit; },
                          [](const nj::Array &v) { return v * 0.5; }, x * 10.0);
  };
  checkVmap([&](nj::Array x, nj::Array l) { return f(x, nj::abs(l) + 0.1); }, {3}, {}, true, 46);
  checkVmap([&](nj::Array x, nj::Array l) { return f(x, nj::abs(l) + 0.1); }, {3}, {}, false, 47);
}

TEST(Vmap, ScanAndForiLoopBatchTheCarry) {
  auto s = [](nj::Array xs, nj::Array w) {
    auto [c, ys] = nj::scan([&](nj::Array c, nj::Array x) {
      nj::Array n = nj::tanh(c * w + x);
      return std::pair{n, n * 2.0};
    }, nj::zeros({2}, nj::f64), xs);
    return nj::concatenate({nj::expand_dims(c, 0), ys}, 0);
  };
  checkVmap(s, {4, 2}, {2}, false, 48);
  checkVmap(s, {4, 2}, {2}, true, 49);
  auto fl = [](nj::Array x, nj::Array w) {
    return nj::fori_loop(0, 5, [&](nj::Array i, nj::Array c) {
      return nj::sin(c) * w + nj::astype(i, nj::f64);
    }, x);
  };
  checkVmap(fl, {3}, {3}, false, 50);
  checkVmap(fl, {3}, {3}, true, 51);
}

TEST(Vmap, GradOfScanBatched) {
  auto loss = [](nj::Array w, nj::Array xs) {
    auto [c, ys] = nj::scan([&](nj::Array c, nj::Array x) {
      return std::pair{nj::tanh(c * w + x), c};
    }, nj::zeros({2}, nj::f64), xs);
    return nj::sum(c) + nj::sum(ys * ys);
  };
  nj::Array w = randn({2}, 52), xs = randn({3, 4, 2}, 53);
  nj::Array got = nj::jit(nj::vmap(nj::grad(loss), {nj::none, 0}))(w, xs);
  for (int64_t b = 0; b < 3; ++b)
    expectClose(example(got, b), nj::grad(loss)(w, example(xs, b)), 1e-12);
}

//===----------------------------------------------------------------------===//
// Python-style control flow on traced values points to these constructs
//===----------------------------------------------------------------------===//

TEST(ControlFlowErrors, CppControlFlowOnTracedValuesSuggestsTheConstructs) {
  nj::Array x = randn({3}, 54);
  expectError([&] {
    nj::jit([](nj::Array v) {
      if (nj::sum(v) > 0)
        return v;
      return -v;
    })(x);
  }, {"C++ condition", "nj::cond", "nj::while_loop", "nj::fori_loop"});
  int l = __LINE__ + 3;
  expectError([&] {
    nj::jit([](nj::Array v, nj::Array n) {
      for (int i = 0; i < n.item<int>(); ++i)
        v = v * 2;
      return v;
    })(x, nj::array(3));
  }, {"numjit.item", "nj::while_loop", "nj::fori_loop", line(l)});
  // Concrete arrays still work as C++ conditions.
  EXPECT_TRUE(bool(nj::sum(x * x) > 0));
}

} // namespace
