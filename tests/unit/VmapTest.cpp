//===- VmapTest.cpp - vmap composed with transforms, and its errors -------===//
//
// Per-example gradients (vmap(grad)), grad(vmap), vmap(vmap), multiple
// results, static arguments, jit caching, and the errors vmap reports. Each
// is checked against f applied to each example and the results stacked on
// the host. The op table (every op under vmap) is VmapOpTest.cpp.
//
//===----------------------------------------------------------------------===//

#include "ExpectError.h"
#include "HostTensor.h"
#include "VmapHelpers.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

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

using namespace numjit_test;
using namespace numjit_test::vmaptest;

//===----------------------------------------------------------------------===//
// Transforms composed with vmap
//===----------------------------------------------------------------------===//

void expectClose(const nj::Array &got, const nj::Array &want, double tol = 1e-5,
                 const std::string &what = "") {
  ASSERT_EQ(nj::shape_str(got.shape()), nj::shape_str(want.shape())) << what;
  EXPECT_EQ(got.dtype(), want.dtype()) << what;
  std::vector<double> g = got.to_vector<double>(), w = want.to_vector<double>();
  for (size_t i = 0; i < g.size(); ++i)
    EXPECT_TRUE(close(g[i], w[i], tol))
        << what << " [" << i << "] got " << g[i] << ", want " << w[i];
}

nj::Array randomArray(const Shape &shape, uint64_t seed, double lo = -1, double hi = 1) {
  std::mt19937_64 rng(seed);
  return toArray(randomTensor(F32, shape, {lo, hi}, false, rng));
}

/// Row i of a 2-d (or higher) array, on the host.
nj::Array row(const nj::Array &a, int64_t i, int64_t axis = 0) {
  return toArray(sliceAlong(toTensor(a), axis, i));
}

nj::Array stack(const std::vector<nj::Array> &rows, int64_t axis = 0) {
  std::vector<Tensor> ts;
  for (const nj::Array &r : rows)
    ts.push_back(toTensor(r));
  return toArray(stackAlong(ts, axis));
}

// A tiny MLP 3 -> 4 -> 1 with all weights in one flat vector.
constexpr int64_t kIn = 3, kHidden = 4, kWeights = kIn * kHidden + kHidden + kHidden + 1;

nj::Array mlp(nj::Array w, nj::Array x) {
  nj::Array w1 = nj::reshape(nj::slice(w, {0}, {kIn * kHidden}), {kIn, kHidden});
  nj::Array b1 = nj::slice(w, {kIn * kHidden}, {kIn * kHidden + kHidden});
  nj::Array w2 = nj::slice(w, {kIn * kHidden + kHidden}, {kWeights - 1});
  nj::Array b2 = nj::reshape(nj::slice(w, {kWeights - 1}, {kWeights}), {});
  return nj::dot(nj::tanh(nj::matmul(x, w1) + b1), w2) + b2;
}

nj::Array mlpLoss(nj::Array w, nj::Array x, nj::Array y) { return nj::square(mlp(w, x) - y); }

/// The gradient of mlpLoss with respect to w, derived by hand and computed
/// on the host in double (independent of numjit's grad).
nj::Array hostMlpGrad(const nj::Array &wa, const nj::Array &xa, const nj::Array &ya) {
  std::vector<double> w = wa.to_vector<double>(), x = xa.to_vector<double>(), g(kWeights);
  const double *W1 = &w[0], *b1 = &w[kIn * kHidden], *w2 = &w[kIn * kHidden + kHidden];
  double out = w[kWeights - 1], h[kHidden];
  for (int64_t j = 0; j < kHidden; ++j) {
    double pre = b1[j];
    for (int64_t i = 0; i < kIn; ++i)
      pre += x[i] * W1[i * kHidden + j];
    h[j] = std::tanh(pre);
    out += h[j] * w2[j];
  }
  double dout = 2 * (out - ya.item<double>());
  for (int64_t j = 0; j < kHidden; ++j) {
    double dpre = dout * w2[j] * (1 - h[j] * h[j]);
    for (int64_t i = 0; i < kIn; ++i)
      g[i * kHidden + j] = x[i] * dpre;
    g[kIn * kHidden + j] = dpre;
    g[kIn * kHidden + kHidden + j] = dout * h[j];
  }
  g[kWeights - 1] = dout;
  return nj::array(std::vector<float>(g.begin(), g.end()), {kWeights});
}

nj::Array linearLoss(nj::Array w, nj::Array x, nj::Array y) {
  return nj::sum(nj::square(nj::tanh(nj::dot(x, w)) - y));
}

TEST(VmapGrad, PerExampleGradientsOfAnMLP) {
  const int64_t B = 6;
  nj::Array w = randomArray({kWeights}, 1);
  nj::Array xs = randomArray({B, kIn}, 2, -2, 2);
  nj::Array ys = randomArray({B}, 3);

  std::vector<nj::Array> loop, host;
  for (int64_t i = 0; i < B; ++i) {
    loop.push_back(nj::grad(mlpLoss)(w, row(xs, i), row(ys, i)));
    host.push_back(hostMlpGrad(w, row(xs, i), row(ys, i)));
  }
  nj::Array want = stack(loop);
  // The loop itself, against the gradient derived by hand: a failure here is
  // in grad, not in vmap.
  expectClose(want, stack(host), 1e-4, "grad(mlpLoss) per example vs. by hand");

  auto perExample = nj::vmap(nj::grad(mlpLoss), {nj::none, 0, 0});
  expectClose(perExample(w, xs, ys), want, 1e-5, "eager");
  auto jitted = nj::jit(perExample);
  expectClose(jitted(w, xs, ys), want, 1e-5, "jit");
  uint64_t compiles = nj::num_compiles();
  expectClose(jitted(w, xs, ys), want, 1e-5, "jit, second call");
  EXPECT_EQ(nj::num_compiles(), compiles);

  // Examples along axis 1 of xs, the gradients stacked along axis 1.
  nj::Array xsT = nj::transpose(xs);
  auto columns = nj::jit(nj::vmap(nj::grad(mlpLoss), {nj::none, 1, -1}, {1}));
  expectClose(columns(w, xsT, ys), stack(loop, 1), 1e-5, "in_axes {none, 1, -1}, out_axes {1}");

  // Same per-example gradients, summed, are the gradient of the batch loss.
  // (mlp broadcasts over a batch of rows by itself.)
  auto batchLoss = [](nj::Array w, nj::Array xs, nj::Array ys) {
    return nj::sum(nj::square(mlp(w, xs) - ys));
  };
  expectClose(nj::sum(perExample(w, xs, ys), 0), nj::grad(batchLoss)(w, xs, ys), 1e-5,
              "sum of per-example gradients");
}

TEST(VmapGrad, PerExampleGradientsOfALinearTanhModel) {
  const int64_t B = 7, D = 5;
  nj::Array w = randomArray({D}, 4);
  nj::Array xs = randomArray({B, D}, 5, -2, 2);
  nj::Array ys = randomArray({B}, 6);
  std::vector<nj::Array> loop;
  for (int64_t i = 0; i < B; ++i)
    loop.push_back(nj::grad(linearLoss)(w, row(xs, i), row(ys, i)));
  auto pex = nj::jit(nj::vmap(nj::grad(linearLoss), {nj::none, 0, 0}));
  expectClose(pex(w, xs, ys), stack(loop), 1e-5);
  // Also: value and gradient together, per example.
  auto vg = nj::vmap(nj::value_and_grad(linearLoss), {nj::none, 0, 0});
  auto [values, grads] = vg(w, xs, ys);
  expectClose(grads, stack(loop), 1e-5, "value_and_grad: grads");
  std::vector<nj::Array> losses;
  for (int64_t i = 0; i < B; ++i)
    losses.push_back(linearLoss(w, row(xs, i), row(ys, i)));
  expectClose(values, stack(losses), 1e-5, "value_and_grad: values");
}

TEST(VmapGrad, GradientOfABatchedArgument) {
  // vmap(grad(f)) with the differentiated argument mapped.
  nj::Array xs = randomArray({4, 3}, 7, -2, 2);
  auto f = [](nj::Array x) { return nj::sum(nj::tanh(x) * nj::arange(3, F32)); };
  std::vector<nj::Array> loop;
  for (int64_t i = 0; i < 4; ++i)
    loop.push_back(nj::grad(f)(row(xs, i)));
  expectClose(nj::vmap(nj::grad(f))(xs), stack(loop), 1e-5, "eager");
  expectClose(nj::jit(nj::vmap(nj::grad(f)))(xs), stack(loop), 1e-5, "jit");
  expectClose(nj::jit(nj::vmap(nj::grad(f), {1}, {1}))(nj::transpose(xs)),
              nj::transpose(stack(loop)), 1e-5, "axis 1");
}

TEST(VmapGrad, GradOfAFunctionThatCallsVmap) {
  const int64_t B = 5;
  nj::Array w = randomArray({kWeights}, 8);
  nj::Array xs = randomArray({B, kIn}, 9, -2, 2);
  nj::Array ys = randomArray({B}, 10);
  auto total = [](nj::Array w, nj::Array xs, nj::Array ys) {
    return nj::mean(nj::vmap(mlpLoss, {nj::none, 0, 0})(w, xs, ys));
  };
  nj::Array want = nj::zeros({kWeights});
  for (int64_t i = 0; i < B; ++i)
    want = want + nj::grad(mlpLoss)(w, row(xs, i), row(ys, i));
  want = want / float(B);
  expectClose(nj::grad(total)(w, xs, ys), want, 1e-5, "eager grad(vmap)");
  expectClose(nj::jit(nj::grad(total))(w, xs, ys), want, 1e-5, "jit(grad(vmap))");
  // With respect to the mapped argument: each row's gradient.
  std::vector<nj::Array> rows;
  for (int64_t i = 0; i < B; ++i)
    rows.push_back(std::get<1>(nj::grad(mlpLoss, {0, 1})(w, row(xs, i), row(ys, i))) / float(B));
  expectClose(std::get<1>(nj::grad(total, {0, 1})(w, xs, ys)), stack(rows), 1e-5,
              "gradient with respect to the mapped argument");
  // jvp through vmap: directional derivative of the per-example losses.
  nj::Array t = randomArray({kWeights}, 11);
  auto perLoss = [&](nj::Array w) { return nj::vmap(mlpLoss, {nj::none, 0, 0})(w, xs, ys); };
  auto [val, dval] = nj::jvp(perLoss, {w}, {t});
  std::vector<nj::Array> dl;
  for (int64_t i = 0; i < B; ++i)
    dl.push_back(nj::sum(nj::grad(mlpLoss)(w, row(xs, i), row(ys, i)) * t));
  expectClose(dval, stack(dl), 1e-5, "jvp(vmap)");
}

TEST(VmapNested, PairwiseDistances) {
  nj::Array a = randomArray({4, 3}, 12), b = randomArray({5, 3}, 13);
  auto d = [](nj::Array x, nj::Array y) { return nj::sum(nj::square(x - y)); };
  auto pairwise = nj::vmap(nj::vmap(d, {nj::none, 0}), {0, nj::none});
  std::vector<nj::Array> rows;
  for (int64_t i = 0; i < 4; ++i) {
    std::vector<nj::Array> cols;
    for (int64_t j = 0; j < 5; ++j)
      cols.push_back(d(row(a, i), row(b, j)));
    rows.push_back(stack(cols));
  }
  nj::Array want = stack(rows);
  expectClose(pairwise(a, b), want, 1e-5, "eager");
  expectClose(nj::jit(pairwise)(a, b), want, 1e-5, "jit");
  // The outer map over b's rows, stacked along axis 1, gives the same.
  auto swapped = nj::vmap(nj::vmap(d, {0, nj::none}), {nj::none, 0}, {1});
  expectClose(nj::jit(swapped)(a, b), want, 1e-5, "outer over b, out_axes {1}");
}

TEST(VmapNested, TwoMappedAxesOfOneArray) {
  // vmap over axis 2 of (2, 3, 4) outside, over axis 0 of the (2, 3) slices
  // inside: result[k, i] = f(x[i, :, k]).
  nj::Array x = randomArray({2, 3, 4}, 14);
  auto f = [](nj::Array v) { return nj::sum(v * nj::arange(3, F32)) + nj::max(v); };
  auto nested = nj::vmap(nj::vmap(f, {0}), {2});
  Tensor host = toTensor(x);
  std::vector<nj::Array> outer;
  for (int64_t k = 0; k < 4; ++k) {
    Tensor slab = sliceAlong(host, 2, k);
    std::vector<nj::Array> inner;
    for (int64_t i = 0; i < 2; ++i)
      inner.push_back(f(toArray(sliceAlong(slab, 0, i))));
    outer.push_back(stack(inner));
  }
  expectClose(nested(x), stack(outer), 1e-5, "eager");
  expectClose(nj::jit(nested)(x), stack(outer), 1e-5, "jit");
  // Three levels: every element, its square.
  auto elementwise = nj::vmap(nj::vmap(nj::vmap([](nj::Array s) { return s * s; })));
  expectClose(nj::jit(elementwise)(x), nj::square(x), 1e-6, "three levels");
}

TEST(VmapNested, GradOfNestedVmap) {
  nj::Array a = randomArray({3, 2}, 15), b = randomArray({4, 2}, 16);
  auto d = [](nj::Array x, nj::Array y) { return nj::sum(nj::square(x - y)); };
  auto total = [&](nj::Array x) {
    return nj::sum(nj::vmap(nj::vmap(d, {nj::none, 0}), {0, nj::none})(x, b));
  };
  // d/dx_i sum_j |x_i - b_j|^2 = 2 * sum_j (x_i - b_j).
  std::vector<nj::Array> rows;
  for (int64_t i = 0; i < 3; ++i) {
    nj::Array g = nj::zeros({2});
    for (int64_t j = 0; j < 4; ++j)
      g = g + 2.0f * (row(a, i) - row(b, j));
    rows.push_back(g);
  }
  expectClose(nj::jit(nj::grad(total))(a), stack(rows), 1e-5);
}

//===----------------------------------------------------------------------===//
// Results, static arguments, caching
//===----------------------------------------------------------------------===//

TEST(VmapMisc, SeveralResultsWithTheirOwnOutAxes) {
  nj::Array x = randomArray({5, 3}, 17);
  auto f = [](nj::Array v) { return std::make_tuple(v * 2.0f, nj::sum(v), nj::expand_dims(v, 0)); };
  std::vector<nj::Array> r0, r1, r2;
  for (int64_t i = 0; i < 5; ++i) {
    auto [a, b, c] = f(row(x, i));
    r0.push_back(a);
    r1.push_back(b);
    r2.push_back(c);
  }
  for (bool jit : {false, true}) {
    std::string what = jit ? "jit " : "eager ";
    auto v = nj::vmap(f, {0}, {1, 0, -1});
    auto [a, b, c] = jit ? nj::jit(v)(x) : v(x);
    expectClose(a, stack(r0, 1), 1e-6, what + "result 0, out axis 1");
    expectClose(b, stack(r1, 0), 1e-6, what + "result 1, out axis 0");
    expectClose(c, stack(r2, 2), 1e-6, what + "result 2, out axis -1");
    // One out_axes entry for all results.
    auto w = nj::vmap(f, {0}, {-1});
    auto [d, e, g] = jit ? nj::jit(w)(x) : w(x);
    expectClose(d, stack(r0, 1), 1e-6, what + "shared out axis -1, result 0");
    expectClose(e, stack(r1, 0), 1e-6, what + "shared out axis -1, result 1");
    expectClose(g, stack(r2, 2), 1e-6, what + "shared out axis -1, result 2");
  }
  // A std::vector<Array> result.
  auto vec = nj::vmap([](nj::Array v) { return std::vector<nj::Array>{v + 1.0f, nj::max(v)}; });
  std::vector<nj::Array> got = vec(x);
  ASSERT_EQ(got.size(), 2u);
  expectClose(got[0], x + 1.0f, 1e-6, "vector result 0");
  expectClose(got[1], nj::max(x, 1), 1e-6, "vector result 1");
}

TEST(VmapMisc, UnbatchedResultsAreBroadcast) {
  // A result that depends on no mapped input still gets the batch axis.
  nj::Array xs = randomArray({4, 3}, 18), c = randomArray({2}, 19);
  auto f = [](nj::Array, nj::Array k) { return std::make_pair(k * 2.0f, nj::ones({3}, I32)); };
  for (bool jit : {false, true}) {
    auto v = nj::vmap(f, {0, nj::none}, {0, 1});
    auto [a, b] = jit ? nj::jit(v)(xs, c) : v(xs, c);
    expectClose(a, nj::broadcast_to(c * 2.0f, {4, 2}), 1e-6, "broadcast argument");
    expectClose(b, nj::ones({3, 4}, I32), 0, "broadcast constant, out axis 1");
  }
  // Returning the unbatched argument itself.
  auto second = [](nj::Array, nj::Array k) { return k; };
  expectClose(nj::vmap(second, {0, nj::none})(xs, c), nj::broadcast_to(c, {4, 2}), 0,
              "unbatched argument returned");
  expectClose(nj::jit(nj::vmap(second, {1, nj::none}, {-1}))(xs, c),
              nj::broadcast_to(nj::expand_dims(c, 1), {2, 3}), 0,
              "unbatched argument returned, jit, out axis -1");
  // The identity maps the batch axis to out_axes.
  nj::Array x3 = randomArray({2, 3, 4}, 20);
  auto id = [](nj::Array v) { return v; };
  expectClose(nj::vmap(id, {2}, {0})(x3), nj::transpose(x3, {2, 0, 1}), 0, "identity 2 -> 0");
  expectClose(nj::vmap(id, {0}, {-1})(x3), nj::transpose(x3, {1, 2, 0}), 0, "identity 0 -> -1");
  expectClose(nj::jit(nj::vmap(id, {1}, {1}))(x3), x3, 0, "identity 1 -> 1");
}

TEST(VmapMisc, ComposesWithJitAndJvpInside) {
  nj::Array xs = randomArray({4, 3}, 28);
  auto f = nj::jit([](nj::Array v) { return nj::sum(nj::exp(v) * v); });
  std::vector<nj::Array> rows;
  for (int64_t i = 0; i < 4; ++i)
    rows.push_back(f(row(xs, i)));
  expectClose(nj::vmap(f)(xs), stack(rows), 1e-5, "vmap(jit(f))");
  expectClose(nj::jit(nj::vmap(f))(xs), stack(rows), 1e-5, "jit(vmap(jit(f)))");
  // vmap of a forward-mode derivative: d/dt sin(x + t) = cos(x).
  auto dsin = [](nj::Array v) {
    return nj::jvp([](nj::Array q) { return nj::sin(q); }, {v}, {nj::ones_like(v)}).second;
  };
  expectClose(nj::vmap(dsin)(xs), nj::cos(xs), 1e-5, "vmap(jvp)");
  expectClose(nj::jit(nj::vmap(dsin, {1}, {1}))(xs), nj::cos(xs), 1e-5, "jit(vmap(jvp)), axis 1");
}

TEST(VmapMisc, ClosureOverAValueOfTheEnclosingTrace) {
  // Inside jit, the mapped function closes over a traced value (unbatched).
  nj::Array xs = randomArray({4, 3}, 29), b = randomArray({3}, 30);
  auto f = nj::jit([](nj::Array a, nj::Array bias) {
    return nj::vmap([&](nj::Array r) { return nj::tanh(r + bias); })(a);
  });
  expectClose(f(xs, b), nj::tanh(xs + b), 1e-5);
  // And over a concrete array outside any trace.
  expectClose(nj::vmap([&](nj::Array r) { return r * b; }, {1}, {1})(nj::transpose(xs)),
              nj::transpose(xs * b), 1e-6, "concrete closure");
}

TEST(VmapMisc, OneArrayMappedAlongTwoAxes) {
  nj::Array sq = randomArray({3, 3}, 31);
  auto mul = [](nj::Array a, nj::Array b) { return a * b; };
  expectClose(nj::vmap(mul, {0, 1})(sq, sq), sq * nj::transpose(sq), 1e-6, "eager");
  expectClose(nj::jit(nj::vmap(mul, {0, 1}))(sq, sq), sq * nj::transpose(sq), 1e-6, "jit");
}

TEST(VmapMisc, StaticArguments) {
  nj::Array xs = randomArray({4, 3}, 21);
  auto f = [](nj::Array v, int k, bool twice) { return twice ? v * k * 2 : v * k; };
  auto v = nj::vmap(f, {0, nj::none, nj::none});
  expectClose(v(xs, 3, false), xs * 3, 1e-6, "eager");
  auto j = nj::jit(v);
  expectClose(j(xs, 3, true), xs * 6, 1e-6, "jit");
  expectClose(j(xs, 2, false), xs * 2, 1e-6, "jit, another static value");
  // Empty in_axes: axis 0 for the Arrays, static arguments unmapped.
  expectClose(nj::vmap(f)(xs, 5, false), xs * 5, 1e-6, "default in_axes");
}

TEST(VmapMisc, DefaultInAxesAreZero) {
  nj::Array a = randomArray({4, 3}, 22), b = randomArray({4, 3}, 23);
  auto f = [](nj::Array x, nj::Array y) { return nj::dot(x, y); };
  expectClose(nj::vmap(f)(a, b), nj::sum(a * b, 1), 1e-5);
  expectClose(nj::vmap(f, {0, 0}, {0})(a, b), nj::sum(a * b, 1), 1e-5);
}

TEST(VmapMisc, JitOfVmapCachesPerSignature) {
  auto f = [](nj::Array x, nj::Array w) { return nj::tanh(nj::matmul(x, w)); };
  nj::Array w = randomArray({3, 2}, 24);
  auto j = nj::jit(nj::vmap(f, {0, nj::none}));
  nj::Array x1 = randomArray({5, 3}, 25), x2 = randomArray({5, 3}, 26),
            x3 = randomArray({8, 3}, 27);
  expectClose(j(x1, w), nj::tanh(nj::matmul(x1, w)), 1e-5, "first call");
  uint64_t compiles = nj::num_compiles();
  expectClose(j(x2, w), nj::tanh(nj::matmul(x2, w)), 1e-5, "same signature, new values");
  EXPECT_EQ(nj::num_compiles(), compiles) << "a second call of the same signature compiled";
  expectClose(j(x3, w), nj::tanh(nj::matmul(x3, w)), 1e-5, "another batch size");
  EXPECT_GT(nj::num_compiles(), compiles) << "a new batch size must compile";
  compiles = nj::num_compiles();
  expectClose(j(x1, w), nj::tanh(nj::matmul(x1, w)), 1e-5, "back to the first batch size");
  expectClose(j(x3, w), nj::tanh(nj::matmul(x3, w)), 1e-5, "and the second");
  EXPECT_EQ(nj::num_compiles(), compiles) << "both signatures were cached";
  // Copies of the jitted callable share its cache.
  auto copy = j;
  copy(x2, w);
  EXPECT_EQ(nj::num_compiles(), compiles);
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

/// Runs `body`, which must throw nj::Error whose message contains
/// "numjit.vmap: ", "VmapTest.cpp:<line>:" and each of `needles`, and none
/// of `absent`.
void expectError(const std::function<void()> &body, int line, std::vector<std::string> needles,
                 std::vector<std::string> absent = {}) {
  needles.push_back("numjit.vmap: ");
  needles.push_back(lineOf("VmapTest.cpp", line));
  expectNjError(body, needles, absent);
}

/// `v(args...)` must throw the error eagerly and under jit.
#define EXPECT_VMAP_ERROR(v, line, args, ...)                                                      \
  do {                                                                                             \
    expectError([&] { (void)std::apply(v, std::make_tuple args); }, line, __VA_ARGS__);            \
    expectError([&] { (void)std::apply(nj::jit(v), std::make_tuple args); }, line, __VA_ARGS__);   \
  } while (0)

nj::Array f2(nj::Array a, nj::Array b) { return a * 2.0f + nj::sum(b); }
nj::Array f4(nj::Array a, nj::Array b, nj::Array c, nj::Array d) {
  return nj::sum(a) + nj::sum(b) + nj::sum(c) + nj::sum(d);
}

TEST(VmapErrors, InconsistentSizesNameEveryMappedArgument) {
  nj::Array a = nj::zeros({2, 3}), b = nj::zeros({3, 5}), c = nj::zeros({7}), d = nj::zeros({4, 2});
  const int line = __LINE__ + 1;
  auto v = nj::vmap(f4, {0, 1, nj::none, -1});
  EXPECT_VMAP_ERROR(v, line, (a, b, c, d),
                    {"inconsistent sizes along the mapped axes",
                     "argument 0 has size 2 along axis 0", "argument 1 has size 5 along axis 1",
                     "argument 3 has size 2 along axis 1"},
                    {"argument 2"});
  const int line2 = __LINE__ + 1;
  auto w = nj::vmap(f2);
  EXPECT_VMAP_ERROR(w, line2, (nj::zeros({4}), nj::zeros({3, 4})),
                    {"inconsistent sizes", "argument 0 has size 4 along axis 0",
                     "argument 1 has size 3 along axis 0"});
}

TEST(VmapErrors, InAxisOutOfRange) {
  nj::Array a = nj::zeros({2, 3}), b = nj::zeros({2, 3});
  const int line = __LINE__ + 1;
  auto v = nj::vmap(f2, {0, 2});
  EXPECT_VMAP_ERROR(v, line, (a, b),
                    {"in_axes[1] = 2 is out of range for argument 1 of shape (2, 3)"});
  const int line2 = __LINE__ + 1;
  auto neg = nj::vmap(f2, {-3, 0});
  EXPECT_VMAP_ERROR(neg, line2, (a, b),
                    {"in_axes[0] = -3 is out of range for argument 0 of shape (2, 3)"});
  // A scalar has no axis to map.
  const int line3 = __LINE__ + 1;
  auto scalar = nj::vmap(f2);
  EXPECT_VMAP_ERROR(scalar, line3, (nj::array(1.0f), b),
                    {"in_axes[0] = 0 is out of range for argument 0 of shape ()"});
}

TEST(VmapErrors, EveryInAxisNone) {
  nj::Array a = nj::zeros({2, 3}), b = nj::zeros({2, 3});
  const int line = __LINE__ + 1;
  auto v = nj::vmap(f2, {nj::none, nj::none});
  EXPECT_VMAP_ERROR(v, line, (a, b), {"every in_axes entry is none"});
}

TEST(VmapErrors, WrongNumberOfInAxes) {
  nj::Array a = nj::zeros({2, 3}), b = nj::zeros({2, 3});
  const int line = __LINE__ + 1;
  auto three = nj::vmap(f2, {0, 0, 0});
  EXPECT_VMAP_ERROR(three, line, (a, b), {"3 in_axes for a call with 2 arguments"});
  const int line2 = __LINE__ + 1;
  auto oneAxis = nj::vmap(f2, {0});
  EXPECT_VMAP_ERROR(oneAxis, line2, (a, b), {"1 in_axes for a call with 2 arguments"});
}

TEST(VmapErrors, StaticArgumentMapped) {
  nj::Array a = nj::zeros({2, 3});
  const int line = __LINE__ + 1;
  auto v = nj::vmap([](nj::Array x, int k) { return x * k; }, {0, 0});
  EXPECT_VMAP_ERROR(v, line, (a, 3),
                    {"argument 1 is static (not an Array): its in_axes entry must be none"});
}

TEST(VmapErrors, OutAxisOutOfRange) {
  nj::Array a = nj::zeros({5, 3});
  auto id = [](nj::Array x) { return x; };
  const int line = __LINE__ + 1;
  auto v = nj::vmap(id, {0}, {2});
  EXPECT_VMAP_ERROR(v, line, (a),
                    {"out_axes entry 2 is out of range for output 0 of shape (5, 3)"});
  const int line2 = __LINE__ + 1;
  auto neg = nj::vmap(id, {0}, {-3});
  EXPECT_VMAP_ERROR(neg, line2, (a), {"out_axes entry -3 is out of range for output 0"});
  // Per result: the second result is a batch of scalars.
  auto both = [](nj::Array x) { return std::make_pair(x, nj::sum(x)); };
  const int line3 = __LINE__ + 1;
  auto pair = nj::vmap(both, {0}, {1, 1});
  EXPECT_VMAP_ERROR(pair, line3, (a),
                    {"out_axes entry 1 is out of range for output 1 of shape (5,)"});
  // An out_axes list must have one entry, or one per result.
  auto three = [](nj::Array x) { return std::make_tuple(x, x, x); };
  const int line4 = __LINE__ + 1;
  auto short_ = nj::vmap(three, {0}, {0, 1});
  EXPECT_VMAP_ERROR(short_, line4, (a), {"2 out_axes for 3 results"});
  const int line5 = __LINE__ + 1;
  auto long_ = nj::vmap(id, {0}, {0, 1, 2});
  EXPECT_VMAP_ERROR(long_, line5, (a), {"3 out_axes for 1 results"});
}

TEST(VmapErrors, ErrorsInsideTheMappedFunctionKeepTheirLine) {
  // An op error inside f names f's line, under vmap as without it.
  nj::Array a = nj::zeros({4, 3}), b = nj::zeros({4, 2});
  const int line = __LINE__ + 1;
  auto bad = [](nj::Array x, nj::Array y) { return x + y; };
  for (bool jit : {false, true}) {
    try {
      (void)(jit ? nj::jit(nj::vmap(bad))(a, b) : nj::vmap(bad)(a, b));
      ADD_FAILURE() << "expected numjit::Error";
    } catch (const nj::Error &e) {
      std::string msg = e.what();
      EXPECT_NE(msg.find("numjit.add"), std::string::npos) << msg;
      EXPECT_NE(msg.find("(3,)"), std::string::npos) << "names the example's shape: " << msg;
      EXPECT_NE(msg.find("VmapTest.cpp:" + std::to_string(line) + ":"), std::string::npos) << msg;
    }
  }
}

} // namespace
