//===- GradTest.cpp - grad, value_and_grad, vjp and jvp -------------------===//
//
// The split-evenly rule at ties, error messages, has_aux, argnums, compile
// caching, closures, integer subcomputations and an MLP gradient against one
// derived by hand. Every op's derivatives, against finite differences, are
// checked in GradOpTest.cpp.
//
//===----------------------------------------------------------------------===//

#include "ExpectError.h"
#include "GradHelpers.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace nj = numjit;

namespace {

using namespace numjit_test::gradtest;

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
