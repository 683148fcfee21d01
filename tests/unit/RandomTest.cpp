//===- RandomTest.cpp - nj::random against JAX's known answers ------------===//
//
// The known answers JAX's threefry2x32 and split give; every draw against
// an independent C++ reimplementation of JAX's formulas (a plain uint32
// threefry, mantissa fill, sqrt(2) erf_inv, the randint reduction);
// distribution tests on 10^6 samples (mean, variance, Kolmogorov-Smirnov,
// frequencies); and keys through jit, vmap (one key per example), grad
// (no gradient through keys) and scan.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace nj = numjit;
namespace rnd = numjit::random;

namespace {

//===----------------------------------------------------------------------===//
// The reference: threefry2x32 on plain uint32_t
//===----------------------------------------------------------------------===//

uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

std::pair<uint32_t, uint32_t> refThreefry(uint32_t k0, uint32_t k1, uint32_t x0, uint32_t x1) {
  const int rot[2][4] = {{13, 15, 26, 6}, {17, 29, 16, 24}};
  uint32_t ks[3] = {k0, k1, k0 ^ k1 ^ 0x1BD11BDAu};
  x0 += ks[0];
  x1 += ks[1];
  for (int i = 0; i < 5; ++i) {
    for (int r : rot[i % 2]) {
      x0 += x1;
      x1 = rotl(x1, r) ^ x0;
    }
    x0 += ks[(i + 1) % 3];
    x1 += ks[(i + 2) % 3] + uint32_t(i + 1);
  }
  return {x0, x1};
}

std::vector<uint32_t> keyWords(const nj::Array &k) {
  std::vector<int64_t> w = k.to_vector<int64_t>();
  return {uint32_t(w[0]), uint32_t(w[1])};
}

uint32_t refBits(const std::vector<uint32_t> &k, uint64_t i) {
  auto [a, b] = refThreefry(k[0], k[1], uint32_t(i >> 32), uint32_t(i));
  return a ^ b;
}

float refUniform(const std::vector<uint32_t> &k, uint64_t i) {
  uint32_t bits = (refBits(k, i) >> 9) | 0x3F800000u;
  float f;
  std::memcpy(&f, &bits, 4);
  return f - 1.0f;
}

nj::Array row(const nj::Array &keys, int64_t i) {
  return nj::reshape(nj::slice(keys, {i, 0}, {i + 1, 2}), {2});
}

//===----------------------------------------------------------------------===//
// Known answers (JAX's threefry2x32 test vectors and jax.random.split)
//===----------------------------------------------------------------------===//

nj::Array u32(uint32_t v) { return nj::array(std::vector<uint32_t>{v}, {}); }

TEST(Random, Threefry2x32KnownAnswers) {
  auto check = [](uint32_t k0, uint32_t k1, uint32_t x0, uint32_t x1, uint32_t w0, uint32_t w1) {
    EXPECT_EQ(refThreefry(k0, k1, x0, x1), std::make_pair(w0, w1)) << "the test's reference";
    auto [a, b] = rnd::threefry2x32(u32(k0), u32(k1), u32(x0), u32(x1));
    EXPECT_EQ(a.item<int64_t>(), int64_t(w0));
    EXPECT_EQ(b.item<int64_t>(), int64_t(w1));
    auto jf = nj::jit([](nj::Array a0, nj::Array a1, nj::Array c0, nj::Array c1) {
      return rnd::threefry2x32(a0, a1, c0, c1);
    });
    auto [ja, jb] = jf(u32(k0), u32(k1), u32(x0), u32(x1));
    EXPECT_EQ(ja.item<int64_t>(), int64_t(w0));
    EXPECT_EQ(jb.item<int64_t>(), int64_t(w1));
  };
  check(0x13198a2e, 0x03707344, 0x243f6a88, 0x85a308d3, 0xc4923a9c, 0x483df7a0);
  check(0, 0, 0, 0, 0x6b200159, 0x99ba4efe);
}

TEST(Random, KeyAndSplitKnownAnswers) {
  EXPECT_EQ(rnd::key(0).dtype(), nj::u32);
  EXPECT_EQ(rnd::key(42).to_vector<int64_t>(), (std::vector<int64_t>{0, 42}));
  EXPECT_EQ(rnd::key((uint64_t(1) << 32) + 5).to_vector<int64_t>(), (std::vector<int64_t>{1, 5}));
  nj::Array s = rnd::split(rnd::key(0), 4);
  EXPECT_EQ(s.shape(), (nj::Shape{4, 2}));
  EXPECT_EQ(s.to_vector<int64_t>(),
            (std::vector<int64_t>{1797259609, 2579123966, 928981903, 3453687069, 4146024105,
                                  2718843009, 2467461003, 3840466878}));
  EXPECT_EQ(nj::jit([](nj::Array k) { return rnd::split(k, 4); })(rnd::key(0)).to_vector<int64_t>(),
            s.to_vector<int64_t>());
  // Partitionable: fold_in(k, i) is row i of any split of k.
  for (int64_t i : {0, 2, 3})
    EXPECT_EQ(rnd::fold_in(rnd::key(0), i).to_vector<int64_t>(), row(s, i).to_vector<int64_t>());
  EXPECT_EQ(rnd::split(rnd::key(7)).shape(), (nj::Shape{2, 2}));
  EXPECT_EQ(rnd::split(rnd::key(7), 0).shape(), (nj::Shape{0, 2}));
}

//===----------------------------------------------------------------------===//
// Draws against the reference
//===----------------------------------------------------------------------===//

TEST(Random, BitsAndUniformMatchTheReferenceEagerAndJit) {
  nj::Array k = rnd::fold_in(rnd::key(1234), 99);
  std::vector<uint32_t> kw = keyWords(k);
  nj::Shape shape{3, 5, 7};
  std::vector<int64_t> bits = rnd::bits(k, shape).to_vector<int64_t>();
  std::vector<float> u = rnd::uniform(k, shape).to_vector<float>();
  auto jf = nj::jit([&](nj::Array key) { return rnd::uniform(key, shape); });
  std::vector<float> ju = jf(k).to_vector<float>();
  ASSERT_EQ(bits.size(), 105u);
  for (uint64_t i = 0; i < 105; ++i) {
    EXPECT_EQ(uint32_t(bits[i]), refBits(kw, i)) << i;
    EXPECT_EQ(u[i], refUniform(kw, i)) << i;
    EXPECT_EQ(ju[i], u[i]) << i;
  }
  // minval/maxval, and float64 from 64 bits (high word first).
  std::vector<float> ab = rnd::uniform(k, {4}, nj::f32, -2.0, 3.0).to_vector<float>();
  for (uint64_t i = 0; i < 4; ++i)
    EXPECT_EQ(ab[i], std::max(-2.0f, refUniform(kw, i) * 5.0f + -2.0f));
  std::vector<double> d = rnd::uniform(k, {3}, nj::f64).to_vector<double>();
  for (uint64_t i = 0; i < 3; ++i) {
    auto [hi, lo] = refThreefry(kw[0], kw[1], 0, uint32_t(i));
    uint64_t b = ((uint64_t(hi) << 32 | lo) >> 12) | 0x3FF0000000000000ull;
    double want;
    std::memcpy(&want, &b, 8);
    EXPECT_EQ(d[i], want - 1.0);
  }
}

TEST(Random, NormalIsSqrt2ErfInvOfUniformOnOpenInterval) {
  nj::Array k = rnd::key(5);
  std::vector<uint32_t> kw = keyWords(k);
  std::vector<float> z = rnd::normal(k, {64}).to_vector<float>();
  const float lo = std::nextafter(-1.0f, 0.0f);
  for (uint64_t i = 0; i < 64; ++i) {
    float u = std::max(lo, refUniform(kw, i) * (1.0f - lo) + lo);
    // erf(z / sqrt(2)) recovers u to f32 accuracy.
    EXPECT_NEAR(std::erf(double(z[i]) / std::sqrt(2.0)), double(u), 2e-6) << i;
  }
  std::vector<double> z64 = rnd::normal(k, {16}, nj::f64).to_vector<double>();
  std::vector<double> u64 = rnd::uniform(k, {16}, nj::f64, std::nextafter(-1.0, 0.0), 1.0)
                                .to_vector<double>();
  for (size_t i = 0; i < 16; ++i)
    EXPECT_NEAR(std::erf(z64[i] / std::sqrt(2.0)), u64[i], 1e-14) << i;
}

//===----------------------------------------------------------------------===//
// Distributions on 10^6 samples
//===----------------------------------------------------------------------===//

/// The Kolmogorov-Smirnov statistic of `x` against the CDF `F`.
template <typename Cdf> double ksStatistic(std::vector<double> x, Cdf F) {
  std::sort(x.begin(), x.end());
  double n = double(x.size()), d = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    double f = F(x[i]);
    d = std::max({d, std::fabs(double(i + 1) / n - f), std::fabs(f - double(i) / n)});
  }
  return d;
}

void meanVar(const std::vector<double> &x, double &mean, double &var) {
  mean = 0;
  for (double v : x)
    mean += v;
  mean /= double(x.size());
  var = 0;
  for (double v : x)
    var += (v - mean) * (v - mean);
  var /= double(x.size());
}

constexpr int64_t kN = 1000000;
// The KS statistic's 0.1% critical value at n = 10^6 is 1.95 / sqrt(n).
constexpr double kKsLimit = 1.95e-3;

TEST(Random, UniformAndNormalDistributions) {
  std::vector<double> u = rnd::uniform(rnd::key(11), {kN}).to_vector<double>();
  double m, v;
  meanVar(u, m, v);
  EXPECT_NEAR(m, 0.5, 5 * std::sqrt(1.0 / 12 / kN));
  EXPECT_NEAR(v, 1.0 / 12, 1e-3);
  EXPECT_LT(ksStatistic(u, [](double x) { return x; }), kKsLimit);
  EXPECT_GE(*std::min_element(u.begin(), u.end()), 0.0);
  EXPECT_LT(*std::max_element(u.begin(), u.end()), 1.0);

  std::vector<double> z = rnd::normal(rnd::key(12), {kN}).to_vector<double>();
  meanVar(z, m, v);
  EXPECT_NEAR(m, 0.0, 5 / std::sqrt(double(kN)));
  EXPECT_NEAR(v, 1.0, 5 * std::sqrt(2.0 / kN));
  EXPECT_LT(ksStatistic(z, [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }),
            kKsLimit);
}

/// Each frequency of `counts` within 5 standard deviations of `p`.
void expectFrequencies(const std::vector<int64_t> &counts, const std::vector<double> &p,
                       int64_t n) {
  for (size_t i = 0; i < p.size(); ++i)
    EXPECT_NEAR(double(counts[i]) / double(n), p[i], 5 * std::sqrt(p[i] * (1 - p[i]) / double(n)))
        << "outcome " << i;
}

TEST(Random, BernoulliRandintCategoricalFrequencies) {
  std::vector<int32_t> b = rnd::bernoulli(rnd::key(1), 0.3, {kN}).to_vector<int32_t>();
  int64_t ones = std::count(b.begin(), b.end(), 1);
  expectFrequencies({kN - ones, ones}, {0.7, 0.3}, kN);

  nj::Array r = rnd::randint(rnd::key(2), {kN}, 3, 10);
  EXPECT_EQ(r.dtype(), nj::i32);
  std::vector<int64_t> counts(7, 0);
  for (int64_t x : r.to_vector<int64_t>()) {
    ASSERT_GE(x, 3);
    ASSERT_LT(x, 10);
    ++counts[size_t(x - 3)];
  }
  expectFrequencies(counts, std::vector<double>(7, 1.0 / 7), kN);
  // maxval <= minval gives minval; a u8 draw may span all 256 values.
  EXPECT_EQ(rnd::randint(rnd::key(3), {5}, 4, 4).to_vector<int64_t>(),
            std::vector<int64_t>(5, 4));
  std::vector<int64_t> bytes = rnd::randint(rnd::key(3), {4096}, 0, 256, nj::u8).to_vector<int64_t>();
  EXPECT_EQ(*std::max_element(bytes.begin(), bytes.end()), 255);
  EXPECT_EQ(*std::min_element(bytes.begin(), bytes.end()), 0);

  std::vector<double> p = {0.2, 0.3, 0.5};
  nj::Array logits = nj::broadcast_to(nj::log(nj::array(p, {3})), {kN / 4, 3});
  std::vector<int64_t> cat = rnd::categorical(rnd::key(4), logits).to_vector<int64_t>();
  std::vector<int64_t> ccounts(3, 0);
  for (int64_t c : cat)
    ++ccounts[size_t(c)];
  expectFrequencies(ccounts, p, kN / 4);
}

//===----------------------------------------------------------------------===//
// Keys through jit, vmap, grad and scan
//===----------------------------------------------------------------------===//

TEST(Random, VmapOverSplitKeysEqualsALoop) {
  for (int64_t batch : {0, 1, 7}) {
    nj::Array keys = rnd::split(rnd::key(21), batch);
    auto draw = [](nj::Array k) { return rnd::normal(k, {5}); };
    nj::Array got = nj::vmap(draw)(keys), jgot = nj::jit(nj::vmap(draw))(keys);
    ASSERT_EQ(got.shape(), (nj::Shape{batch, 5}));
    std::vector<float> g = got.to_vector<float>(), jg = jgot.to_vector<float>();
    for (int64_t i = 0; i < batch; ++i) {
      std::vector<float> want = rnd::normal(row(keys, i), {5}).to_vector<float>();
      for (size_t j = 0; j < 5; ++j) {
        EXPECT_EQ(g[size_t(i) * 5 + j], want[j]) << batch << " " << i;
        EXPECT_EQ(jg[size_t(i) * 5 + j], want[j]) << batch << " " << i;
      }
    }
  }
}

TEST(Random, DrawsInsideGradAndScan) {
  // No gradient flows into the key: d/dx sum(x * u) is u.
  nj::Array k = rnd::key(8);
  auto f = [](nj::Array x, nj::Array key) { return nj::sum(x * rnd::uniform(key, {6})); };
  nj::Array g = nj::grad(f)(nj::ones({6}), k);
  EXPECT_EQ(g.to_vector<float>(), rnd::uniform(k, {6}).to_vector<float>());
  EXPECT_EQ(nj::jit(nj::grad(f))(nj::ones({6}), k).to_vector<float>(), g.to_vector<float>());

  // A scan that splits its key each step draws what a C++ loop does.
  auto step = [](nj::Array key, nj::Array) {
    nj::Array ks = rnd::split(key, 2);
    return std::pair{row(ks, 0), rnd::uniform(row(ks, 1), {3})};
  };
  auto [last, ys] = nj::jit([&](nj::Array key) {
    return nj::scan(step, key, nj::zeros({4, 1}));
  })(k);
  nj::Array key = k;
  std::vector<float> want;
  for (int i = 0; i < 4; ++i) {
    nj::Array ks = rnd::split(key, 2);
    std::vector<float> u = rnd::uniform(row(ks, 1), {3}).to_vector<float>();
    want.insert(want.end(), u.begin(), u.end());
    key = row(ks, 0);
  }
  EXPECT_EQ(ys.to_vector<float>(), want);
  EXPECT_EQ(last.to_vector<int64_t>(), key.to_vector<int64_t>());
}

TEST(Random, BadKeysAndDtypesThrow) {
  EXPECT_THROW(rnd::uniform(nj::zeros({2}), {3}), nj::Error);
  EXPECT_THROW(rnd::split(nj::array(std::vector<uint32_t>{1, 2, 3}, {3})), nj::Error);
  EXPECT_THROW(rnd::uniform(rnd::key(0), {3}, nj::i32), nj::Error);
  EXPECT_THROW(rnd::bernoulli(rnd::key(0), nj::array({1}), {1}), nj::Error);
  EXPECT_THROW(rnd::bernoulli(rnd::key(0), nj::zeros({3}), {4}), nj::Error);
  EXPECT_THROW(rnd::randint(rnd::key(0), {3}, 0.5, 2), nj::Error);
  EXPECT_THROW(rnd::randint(rnd::key(0), {3}, 0, 2, nj::f32), nj::Error);
  EXPECT_THROW(rnd::categorical(rnd::key(0), nj::zeros({3, 0})), nj::Error);
  try {
    rnd::normal(nj::zeros({2}, nj::i32), {3});
    FAIL() << "no error";
  } catch (const nj::Error &e) {
    EXPECT_NE(std::string(e.what()).find("numjit.random.normal: a key is a uint32 array of "
                                         "shape (2,)"),
              std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("RandomTest.cpp"), std::string::npos) << e.what();
  }
}

} // namespace
