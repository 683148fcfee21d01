//===- RegressionTest.cpp - What the fuzzers found, as plain tests --------===//
//
// Each program here once compiled wrongly or crashed; tests/fuzz/ found
// them (its corpora replay the original inputs).
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <cmath>
#include <utility>
#include <vector>

namespace nj = numjit;

namespace {

// A log used by both branches of a cond was fused into the first branch,
// leaving the other branch a value it could not see: invalid IR that
// failed to translate, or (in a scan) read uninitialized memory.
TEST(Regression, ExpensiveValueUsedByBothCondBranches) {
  auto f = [](nj::Array x, nj::Array p) {
    nj::Array l = nj::log(x);
    nj::Array r = nj::cond(
        p, [](nj::Array a, nj::Array b) { return a + b; },
        [](nj::Array a, nj::Array b) { return a * b; }, l, x);
    nj::Array s = nj::cond(
        p, [](nj::Array a, nj::Array) { return a; },
        [](nj::Array a, nj::Array b) { return a + b; }, r, -r);
    return std::make_pair(nj::reshape(r, {1}), s);
  };
  auto jf = nj::jit(f);
  nj::Array x = nj::array(1.125f);
  for (bool p : {true, false}) {
    auto [r, s] = jf(x, nj::array(p));
    float l = std::log(1.125f);
    float expected = p ? l + 1.125f : l * 1.125f;
    EXPECT_NEAR(r.to_vector<float>()[0], expected, 1e-6f) << "p = " << p;
    EXPECT_NEAR(s.item<float>(), p ? expected : 0.0f, 1e-6f) << "p = " << p;
  }
}

// The same fusion through grad: take, then a scan over power's results.
TEST(Regression, GradThroughTakeAndScanMatchesFiniteDifferences) {
  auto f = [](nj::Array a, nj::Array b) {
    nj::Array v = nj::power(b, a);
    nj::Array idx = nj::array(std::vector<int32_t>{-4, -3, -4, -5, 1, -5}, {3, 2});
    auto [c, ys] = nj::scan(
        [](const nj::Array &c, const nj::Array &x) {
          return std::pair<nj::Array, nj::Array>{c + (x - nj::max(x) * 0.5), c * x};
        },
        nj::zeros({2}, nj::f64), nj::take(v, idx, 0));
    return nj::sum(ys);
  };
  nj::Array a = nj::array(std::vector<double>{0.63464114, -1.50907362, -0.87217546}, {3});
  double b = 1.60435861, h = 1e-6;
  for (int run = 0; run < 3; ++run) { // garbage differed from run to run
    auto [ga, gb] = nj::jit(nj::grad(f, {0, 1}))(a, nj::array(b));
    double fd = (f(a, nj::array(b + h)).item<double>() - f(a, nj::array(b - h)).item<double>()) /
                (2 * h);
    EXPECT_NEAR(gb.item<double>(), fd, 1e-6 * std::max(1.0, std::fabs(fd)));
    EXPECT_TRUE(std::isfinite(ga.to_vector<double>()[0]));
  }
}

// An op on an empty shape folds to an uninitialized tensor; returned both
// as it is and as the destination of another result, it made one buffer
// returned twice, which crashed MLIR's buffer-results-to-out-params.
TEST(Regression, EmptyResultReturnedBesideOneComputedFromIt) {
  auto f = nj::jit([](nj::Array a) {
    nj::Array s = nj::cumsum(a);
    return std::vector<nj::Array>{s * 2, s};
  });
  std::vector<nj::Array> r = f(nj::zeros({0}, nj::f64));
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].shape(), nj::Shape{0});
  EXPECT_EQ(r[1].shape(), nj::Shape{0});
  auto g = nj::jit([](nj::Array a) {
    nj::Array s = nj::argsort(a);
    return std::vector<nj::Array>{s * 2, s};
  });
  EXPECT_EQ(g(nj::zeros({0}, nj::f64))[1].dtype(), nj::i32);
}

// The gradient of max compares x with max(x). Fusion recomputes x = v1 *
// v4 + m in several loops; with a * b + c contracted into an FMA wherever
// LLVM chose (FPOpFusion::Fast), one loop rounded it differently, no
// element equalled the maximum there, and the max term's gradient vanished
// (3.71 instead of 10.17). Found by the frontend fuzzer
// (corpus regression-grad-max-recomputed-fma).
TEST(Regression, GradOfMaxWithTiesSurvivesRecomputation) {
  auto f = [](nj::Array v1, nj::Array v2) {
    nj::Array v4 = nj::concatenate({v2, v2}, 0);
    nj::Array v6 = v1 * v4;
    nj::Array v8 = nj::mean(v4, {0}, true);
    nj::Array v9 = v6 + v8;
    nj::Array v10 = nj::where(nj::less(v9, v6), v8, 0.5);
    return nj::sum((v9 + nj::max(v9)) * v10);
  };
  nj::Array v1 = nj::array(std::vector<double>{-1.2}, {});
  nj::Array v2 = nj::array(std::vector<double>{-1.68, -0.245}, {2});
  double h = 1e-6;
  double fd = (f(v1 + h, v2).item<double>() - f(v1 - h, v2).item<double>()) / (2 * h);
  EXPECT_NEAR(nj::grad(f)(v1, v2).item<double>(), fd, 1e-6 * std::abs(fd));
  EXPECT_NEAR(nj::jit(nj::grad(f))(v1, v2).item<double>(), fd, 1e-6 * std::abs(fd));
}

} // namespace
