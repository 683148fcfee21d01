//===- SortingTest.cpp - sort, argsort, top_k, cumsum, cumprod, permutation ===//
//
// What the op table (OpTableTest.cpp) does not cover: NaN and signed zeros
// in sorts, long lines (many merge passes), integer wraparound; gradients
// against central finite differences in f64 to second order (sort and
// top_k through their gather, cumsum through a reverse cumsum, cumprod
// with zeros); jvp; vmap at batch sizes 0, 1 and 7 against a loop;
// random.permutation against a C++ rendering of jax.random's _shuffle; and
// the errors a user can make.
//
//===----------------------------------------------------------------------===//

#include "GradCheck.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace nj = numjit;

namespace {

using namespace numjit_test;

template <typename T> nj::Array vec(const std::vector<T> &v) {
  return nj::array(v, {int64_t(v.size())});
}

template <typename F, typename... A> void eagerAndJit(F f, const nj::Array &want, const A &...a) {
  EXPECT_EQ(nj::to_string(f(a...)), nj::to_string(want)) << "eager";
  auto jf = nj::jit(f);
  EXPECT_EQ(nj::to_string(jf(a...)), nj::to_string(want)) << "jit";
}

std::string message(const std::function<void()> &f) {
  try {
    f();
  } catch (const nj::Error &e) {
    return e.what();
  }
  return "no error";
}

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

TEST(Sort, NaNsGoLastAscendingAndFirstDescendingAndSignedZerosTie) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  nj::Array x = vec(std::vector<float>{3, nan, -0.0f, 1, 0.0f, -nan, -2, 1});
  // jax.lax.sort: -0.0 == 0.0 (a tie, kept in order), every NaN largest.
  eagerAndJit([](nj::Array a) { return nj::argsort(a); },
              vec(std::vector<int32_t>{6, 2, 4, 3, 7, 0, 1, 5}), x);
  eagerAndJit([](nj::Array a) { return nj::argsort(a, -1, true); },
              vec(std::vector<int32_t>{1, 5, 0, 3, 7, 2, 4, 6}), x);
  std::vector<float> sorted = nj::sort(x).to_vector<float>();
  EXPECT_EQ(sorted[0], -2.0f);
  EXPECT_TRUE(std::signbit(sorted[1]) && sorted[1] == 0) << "the first zero was -0.0";
  EXPECT_TRUE(std::isnan(sorted[6]) && std::isnan(sorted[7]));
  // Flattened without an axis.
  nj::Array m = nj::reshape(vec(std::vector<int32_t>{5, 1, 4, 2, 3, 0}), {2, 3});
  eagerAndJit([](nj::Array a) { return nj::sort(a, std::nullopt); },
              nj::arange(6, nj::i32), m);
}

TEST(Sort, LongLinesMatchStableSortForEveryDtype) {
  // Lengths around powers of two exercise the merge's short last runs.
  std::mt19937 gen(3);
  for (int64_t n : {1, 2, 3, 31, 32, 33, 1000, 4097}) {
    std::vector<int32_t> v(static_cast<size_t>(n));
    for (int32_t &e : v)
      e = int32_t(gen() % 50); // many ties
    std::vector<int32_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int32_t a, int32_t b) { return v[size_t(a)] < v[size_t(b)]; });
    for (nj::DType d : {nj::f32, nj::f64, nj::i32, nj::i64, nj::u8, nj::u32}) {
      nj::Array x = nj::astype(vec(v), d);
      EXPECT_EQ(nj::argsort(x).to_vector<int32_t>(), order) << n << " " << nj::dtype_name(d);
      EXPECT_EQ(nj::jit([](nj::Array a) { return nj::argsort(a); })(x).to_vector<int32_t>(),
                order)
          << n << " " << nj::dtype_name(d) << " (jit)";
    }
  }
  // Unsigned compares unsigned: 200 (u8) and 3e9 (u32) are large, not negative.
  EXPECT_EQ(nj::sort(nj::astype(nj::array({200, 1, 100}), nj::u8)).to_vector<uint8_t>(),
            (std::vector<uint8_t>{1, 100, 200}));
  EXPECT_EQ(nj::argsort(vec(std::vector<uint32_t>{3000000000u, 1, 7})).to_vector<int32_t>(),
            (std::vector<int32_t>{1, 2, 0}));
  EXPECT_EQ(nj::argsort(nj::array({true, false, true, false})).to_vector<int32_t>(),
            (std::vector<int32_t>{1, 3, 0, 2}));
}

TEST(TopK, LargestFirstLowerIndexFirstOnTies) {
  nj::Array x = nj::reshape(vec(std::vector<float>{1, 5, 5, 2, 0, 7, 7, 7}), {2, 4});
  auto [values, indices] = nj::top_k(x, 3);
  EXPECT_EQ(values.to_vector<float>(), (std::vector<float>{5, 5, 2, 7, 7, 7}));
  EXPECT_EQ(indices.to_vector<int32_t>(), (std::vector<int32_t>{1, 2, 3, 1, 2, 3}));
  EXPECT_EQ(values.shape(), (nj::Shape{2, 3}));
  auto jf = nj::jit([](nj::Array a) {
    auto [v, i] = nj::top_k(a, 2);
    return std::make_pair(v, i);
  });
  auto [jv, ji] = jf(x);
  EXPECT_EQ(jv.to_vector<float>(), (std::vector<float>{5, 5, 7, 7}));
  EXPECT_EQ(ji.to_vector<int32_t>(), (std::vector<int32_t>{1, 2, 1, 2}));
}

TEST(Cumulative, IntegersWrapAndBoolsCountInInt32) {
  nj::Array big = vec(std::vector<int32_t>{2147483647, 1, 1});
  EXPECT_EQ(nj::cumsum(big).to_vector<int32_t>(),
            (std::vector<int32_t>{2147483647, -2147483647 - 1, -2147483647}));
  nj::Array b = nj::array({true, false, true, true});
  EXPECT_EQ(nj::cumsum(b).dtype(), nj::i32);
  EXPECT_EQ(nj::cumsum(b).to_vector<int32_t>(), (std::vector<int32_t>{1, 1, 2, 3}));
  nj::Array u = nj::astype(nj::array({200, 100, 255}), nj::u8);
  EXPECT_EQ(nj::cumsum(u).dtype(), nj::u32);
  EXPECT_EQ(nj::cumsum(u).to_vector<uint32_t>(), (std::vector<uint32_t>{200, 300, 555}));
  nj::Array m = nj::reshape(nj::arange(1, 7, 1, nj::f32), {2, 3});
  eagerAndJit([](nj::Array a) { return nj::cumprod(a, 1); },
              nj::reshape(vec(std::vector<float>{1, 2, 6, 4, 20, 120}), {2, 3}), m);
  eagerAndJit([](nj::Array a) { return nj::cumsum(a, 0); },
              nj::reshape(vec(std::vector<float>{1, 2, 3, 5, 7, 9}), {2, 3}), m);
  eagerAndJit([](nj::Array a) { return nj::cumsum(a); },
              vec(std::vector<float>{1, 3, 6, 10, 15, 21}), m);
}

//===----------------------------------------------------------------------===//
// Gradients against finite differences (f64), first and second order
//===----------------------------------------------------------------------===//

TEST(SortingGrad, MatchesFiniteDifferences) {
  nj::Array x = randn({3, 5}, 1), w = randn({3, 5}, 2), w2 = randn({3, 2}, 3);
  checkGrad([&](nj::Array a) { return nj::sum(nj::sin(nj::sort(a)) * w); }, x, "sort");
  checkGrad([&](nj::Array a) { return nj::sum(nj::sin(nj::sort(a, 0, true)) * w); }, x,
            "sort axis 0 descending");
  checkGrad([&](nj::Array a) { return nj::sum(nj::square(nj::top_k(a, 2).first) * w2); }, x,
            "top_k");
  checkGrad([&](nj::Array a) { return nj::sum(nj::sin(nj::cumsum(a, 1)) * w); }, x, "cumsum");
  checkGrad([&](nj::Array a) { return nj::sum(nj::sin(nj::cumsum(a, 0)) * w); }, x,
            "cumsum axis 0");
  checkGrad([&](nj::Array a) { return nj::sum(nj::cumprod(a, 1) * w); }, x, "cumprod");
  // A zero inside the line: no division by x in the derivative.
  nj::Array z = nj::array(Doubles{0.5, 0.0, 2.0, -1.5, 0.0, 3.0}, {2, 3});
  checkGrad([&](nj::Array a) { return nj::sum(nj::cumprod(a, 1) * nj::reshape(nj::arange(1, 7, 1, nj::f64), {2, 3})); },
            z, "cumprod with zeros");
  checkGrad([&](nj::Array a) { return nj::sum(nj::cumprod(a, 0)); }, z, "cumprod axis 0");
  nj::Array odd = randn({7}, 4);
  checkGrad([&](nj::Array a) { return nj::sum(nj::cumprod(a) * nj::arange(7, nj::f64)); }, odd,
            "cumprod of 7 (a partial last step)");
}

TEST(SortingGrad, SortTransposesToAScatterAddByThePermutation) {
  auto f = nj::jit(nj::grad([](nj::Array a) { return nj::sum(nj::sort(a) * nj::arange(4, nj::f64)); }));
  nj::Array x = vec(Doubles{3, 1, 2, 0});
  // d/dx_i = the rank of x_i.
  EXPECT_EQ(f(x).to_vector<double>(), (Doubles{3, 1, 2, 0}));
  std::string ir = f.lower(x).as_text(nj::Stage::Transformed);
  EXPECT_NE(ir.find("numjit.argsort"), std::string::npos) << ir;
  EXPECT_NE(ir.find("numjit.scatter"), std::string::npos) << ir;
}

//===----------------------------------------------------------------------===//
// vmap: equal to a loop over the batch
//===----------------------------------------------------------------------===//

template <typename F> void checkVmap(F f, const nj::Array &xs, const std::string &what) {
  auto vf = nj::vmap(f);
  nj::Array got = vf(xs), jgot = nj::jit(vf)(xs);
  int64_t batch = xs.shape()[0];
  ASSERT_EQ(got.shape()[0], batch) << what;
  for (int64_t b = 0; b < batch; ++b) {
    nj::Array want = f(rowOf(xs, b));
    EXPECT_EQ(rowOf(got, b).to_vector<double>(), want.to_vector<double>()) << what << " " << b;
    EXPECT_EQ(rowOf(jgot, b).to_vector<double>(), want.to_vector<double>()) << what << " " << b;
  }
}

TEST(SortingVmap, EqualsALoopAtBatchSizes0_1_7) {
  for (int64_t B : {0, 1, 7}) {
    nj::Array xs = nj::floor(randn({B, 4, 6}, 5) * 2.0); // ties
    checkVmap([](nj::Array a) { return nj::sort(a); }, xs, "sort");
    checkVmap([](nj::Array a) { return nj::argsort(a, 0); }, xs, "argsort axis 0");
    checkVmap([](nj::Array a) { return nj::argsort(a, -1, true); }, xs, "argsort descending");
    checkVmap([](nj::Array a) { return nj::top_k(a, 3).first; }, xs, "top_k values");
    checkVmap([](nj::Array a) { return nj::top_k(a, 3).second; }, xs, "top_k indices");
    checkVmap([](nj::Array a) { return nj::cumsum(a, 1); }, xs, "cumsum");
    checkVmap([](nj::Array a) { return nj::cumprod(a, 0); }, xs, "cumprod");
    checkVmap([](nj::Array a) { return nj::cumsum(a); }, xs, "cumsum flattened");
  }
}

TEST(SortingVmap, IsOneOpWithTheAxisMoved) {
  nj::Array xs = randn({7, 5}, 6);
  auto f = nj::jit(nj::vmap([](nj::Array a) { return nj::argsort(a) + nj::cumsum(nj::argsort(a)); }));
  std::string ir = f.lower(xs).as_text(nj::Stage::Transformed);
  EXPECT_NE(ir.find("numjit.argsort %arg0, axis = 1"), std::string::npos) << ir;
  EXPECT_NE(ir.find("numjit.cumsum"), std::string::npos) << ir;
  EXPECT_EQ(ir.find("numjit.while"), std::string::npos) << ir;
}

//===----------------------------------------------------------------------===//
// random.permutation
//===----------------------------------------------------------------------===//

/// jax.random._shuffle of arange(n), in C++ on numjit's own split and bits:
/// ceil(3 ln(n) / ln(2^32 - 1)) rounds of a stable sort by 32 random bits.
std::vector<int32_t> referencePermutation(nj::Array key, int64_t n) {
  std::vector<int32_t> x(static_cast<size_t>(n));
  std::iota(x.begin(), x.end(), 0);
  double rounds = std::ceil(3 * std::log(double(std::max<int64_t>(1, n))) /
                            std::log(double(std::numeric_limits<uint32_t>::max())));
  for (int r = 0; r < int(rounds); ++r) {
    std::vector<uint32_t> keys = nj::random::split(key, 2).to_vector<uint32_t>();
    key = vec(std::vector<uint32_t>{keys[0], keys[1]});
    nj::Array sub = vec(std::vector<uint32_t>{keys[2], keys[3]});
    std::vector<uint32_t> b = nj::random::bits(sub, {n}).to_vector<uint32_t>();
    std::vector<size_t> order(x.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t i, size_t j) { return b[i] < b[j]; });
    std::vector<int32_t> next;
    for (size_t i : order)
      next.push_back(x[i]);
    x = next;
  }
  return x;
}

TEST(RandomPermutation, IsJaxsShuffleOfArange) {
  nj::Array k = nj::random::key(0);
  // 1 round up to n = 1625, 2 rounds beyond.
  for (int64_t n : {0, 1, 2, 10, 1625, 1626, 5000}) {
    std::vector<int32_t> got = nj::random::permutation(k, n).to_vector<int32_t>();
    EXPECT_EQ(got, referencePermutation(k, n)) << n;
    std::vector<int32_t> sorted = got;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int32_t> all(static_cast<size_t>(n));
    std::iota(all.begin(), all.end(), 0);
    EXPECT_EQ(sorted, all) << n << ": not a permutation";
  }
  EXPECT_EQ(nj::random::permutation(k, 10).dtype(), nj::i32);
  auto jf = nj::jit([](nj::Array key) { return nj::random::permutation(key, 100); });
  EXPECT_EQ(jf(k).to_vector<int32_t>(), referencePermutation(k, 100));
  // Different keys, different orders; an array is shuffled along an axis.
  EXPECT_NE(nj::random::permutation(nj::random::key(1), 50).to_vector<int32_t>(),
            nj::random::permutation(k, 50).to_vector<int32_t>());
  nj::Array m = nj::reshape(nj::arange(12, nj::f32), {4, 3});
  std::vector<int32_t> p = nj::random::permutation(k, 3).to_vector<int32_t>();
  std::vector<float> want;
  for (int r = 0; r < 4; ++r)
    for (int32_t c : p)
      want.push_back(float(r * 3 + c));
  EXPECT_EQ(nj::random::permutation(k, m, 1).to_vector<float>(), want);
}

TEST(RandomPermutation, VmapOverSplitKeysEqualsALoop) {
  for (int64_t B : {0, 1, 7}) {
    nj::Array keys = nj::random::split(nj::random::key(3), B);
    auto f = [](nj::Array key) { return nj::random::permutation(key, 20); };
    nj::Array got = nj::jit(nj::vmap(f))(keys);
    ASSERT_EQ(got.shape(), (nj::Shape{B, 20}));
    for (int64_t b = 0; b < B; ++b)
      EXPECT_EQ(rowOf(got, b).to_vector<int32_t>(), f(rowOf(keys, b)).to_vector<int32_t>()) << b;
  }
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

TEST(SortingErrors, NameTheOpAndTheShapes) {
  nj::Array x = nj::zeros({4, 3});
  EXPECT_NE(message([&] { nj::sort(x, 2); }).find("numjit.sort: axis 2 is out of bounds"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::argsort(nj::zeros({})); }).find("numjit.argsort: axis -1"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::top_k(x, 4); }).find("numjit.top_k: k = 4 is not in [0, 3] for shape (4, 3)"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::top_k(nj::zeros({}), 0); }).find("numjit.top_k: needs an array of rank >= 1"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::cumsum(x, -3); }).find("numjit.cumsum: axis -3 is out of bounds"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::random::permutation(nj::random::key(0), -1); })
                .find("numjit.random.permutation: n must be a fixed size >= 0, got -1"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::random::permutation(nj::zeros({2}), 3); })
                .find("numjit.random.permutation: a key is a uint32 array"),
            std::string::npos);
  // The user's line is named.
  EXPECT_NE(message([&] { nj::cumprod(x, 5); }).find("SortingTest.cpp"), std::string::npos);
}

} // namespace
