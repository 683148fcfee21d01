//===- GradCheck.h - Shared helpers of the indexing and sorting tests -----===//
//
// Random f64 inputs, central finite differences, and the gradient check the
// op tests share: reverse mode eagerly and under jit, forward mode along a
// random direction, and the second derivative of one gradient element, all
// against finite differences. Also the row of a batch, for vmap checks.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_UNIT_GRADCHECK_H
#define NUMJIT_TESTS_UNIT_GRADCHECK_H

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace numjit_test {

namespace nj = numjit;
using Doubles = std::vector<double>;

/// Standard normal f64 values of `shape` (times `scale`).
inline nj::Array randn(const nj::Shape &shape, unsigned seed, double scale = 1.0) {
  std::mt19937 gen(seed);
  std::normal_distribution<double> dist(0.0, scale);
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  Doubles v(static_cast<size_t>(n));
  for (double &x : v)
    x = dist(gen);
  return nj::array(v, shape);
}

/// Central differences of the scalar f at x, one element at a time.
template <typename F> Doubles numericGrad(F f, const nj::Array &x) {
  Doubles v = x.to_vector<double>(), g;
  const double h = 1e-6;
  for (size_t i = 0; i < v.size(); ++i) {
    Doubles p = v, m = v;
    p[i] += h;
    m[i] -= h;
    g.push_back((f(nj::array(p, x.shape())).template item<double>() -
                 f(nj::array(m, x.shape())).template item<double>()) /
                (2 * h));
  }
  return g;
}

inline void expectNear(const Doubles &got, const Doubles &want, double tol,
                       const std::string &what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t i = 0; i < got.size(); ++i)
    EXPECT_NEAR(got[i], want[i], tol * std::max(1.0, std::fabs(want[i])))
        << what << " [" << i << "]";
}

/// grad (eager and jit), jvp and a second derivative of the scalar f at x
/// against finite differences.
template <typename F> void checkGrad(F f, const nj::Array &x, const std::string &what) {
  Doubles want = numericGrad(f, x);
  expectNear(nj::grad(f)(x).template to_vector<double>(), want, 1e-6, what);
  expectNear(nj::jit(nj::grad(f))(x).template to_vector<double>(), want, 1e-6, what + " (jit)");
  // Forward mode: the derivative along a fixed direction is <direction, grad>.
  nj::Array dir = randn(x.shape(), 99);
  Doubles d = dir.to_vector<double>();
  double dot = 0;
  for (size_t i = 0; i < d.size(); ++i)
    dot += d[i] * want[i];
  auto [y, dy] = nj::jvp(f, {x}, {dir});
  EXPECT_NEAR(dy.template item<double>(), dot, 1e-6 * std::max(1.0, std::fabs(dot)))
      << what << " (jvp)";
  // Second order: the gradient of one element of the gradient.
  auto g0 = [f](nj::Array z) { return nj::sum(nj::take(nj::grad(f)(z), nj::array({0}))); };
  expectNear(nj::grad(g0)(x).template to_vector<double>(), numericGrad(g0, x), 1e-5,
             what + " (second order)");
}

/// Row i of `a` along its first axis, without that axis.
inline nj::Array rowOf(const nj::Array &a, int64_t i) {
  nj::Shape s = a.shape();
  std::vector<int64_t> start(s.size(), 0), limit(s.begin(), s.end());
  start[0] = i;
  limit[0] = i + 1;
  s.erase(s.begin());
  return nj::reshape(nj::slice(a, start, limit), s);
}

} // namespace numjit_test

#endif // NUMJIT_TESTS_UNIT_GRADCHECK_H
