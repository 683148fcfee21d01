// The x86 lowerings numjit chooses over LLVM's for speed: exp on vscalefps
// (numjit-approximate-math{ldexp}) and IEEE maximum/minimum on vrangeps
// (useRangeForMinMax). Each test checks the values against the C library
// or IEEE 754-2019 at every edge (NaN, signed zeros, infinities, overflow,
// subnormal results), over arrays long enough to take the vector loops,
// and checks in the assembly that the path was taken where the CPU has it.
#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace nj = numjit;

namespace {

size_t count(const std::string &text, const std::string &what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

/// The distance in units in the last place between two finite floats.
int64_t ulps(float a, float b) {
  auto key = [](float f) {
    int32_t i = std::bit_cast<int32_t>(f);
    return i < 0 ? int64_t(INT32_MIN) - i : int64_t(i); // monotonic in f
  };
  return std::abs(key(a) - key(b));
}

bool sameFloat(float a, float b) { // NaN equals NaN; -0 differs from +0
  return (std::isnan(a) && std::isnan(b)) || std::bit_cast<uint32_t>(a) == std::bit_cast<uint32_t>(b);
}

bool hasAvx512(const char *feature) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (std::string(feature) == "avx512dq")
    return __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
  return __builtin_cpu_supports("avx512f");
#else
  (void)feature;
  return false;
#endif
}

} // namespace

// f32 exp within 2 ulp of the C library's everywhere it is normal, exact at
// 0, inf at overflow, and a subnormal (not 0) where the result is one.
TEST(X86Math, ExpMatchesTheCLibraryAtEveryRange) {
  std::vector<float> x;
  for (float v = -110.0f; v < 95.0f; v += 0.00731f)
    x.push_back(v);
  for (float v : {0.0f, -0.0f, 1e-30f, -1e-30f, 88.72f, 88.7228f, 88.73f, 89.0f, -87.33f,
                  -87.34f, -103.9f, -104.0f, -149.0f, INFINITY, -INFINITY, NAN,
                  std::numeric_limits<float>::max(), -std::numeric_limits<float>::max()})
    x.push_back(v);
  auto f = nj::jit([](nj::Array a) { return nj::exp(a); });
  std::vector<float> got = f(nj::array(x, {int64_t(x.size())})).to_vector<float>();
  ASSERT_EQ(got.size(), x.size());
  int64_t worst = 0;
  float worstAt = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    float want = std::exp(x[i]);
    if (std::isnan(want) || std::isinf(want) || want == 0.0f) {
      ASSERT_TRUE(sameFloat(got[i], want)) << "exp(" << x[i] << ") = " << got[i] << ", not " << want;
      continue;
    }
    if (want < std::numeric_limits<float>::min()) { // subnormal: 1 ulp absolute
      ASSERT_LE(ulps(got[i], want), 1) << "exp(" << x[i] << ") = " << got[i] << ", not " << want;
      continue;
    }
    if (ulps(got[i], want) > worst) {
      worst = ulps(got[i], want);
      worstAt = x[i];
    }
  }
  EXPECT_LE(worst, 2) << "at exp(" << worstAt << ")";
  if (!hasAvx512("avx512f"))
    GTEST_SKIP() << "this CPU has no AVX-512: exp takes MLIR's expansion, checked above";
  std::string assembly = f.lower(nj::zeros({1024})).as_text(nj::Stage::Assembly);
  EXPECT_GT(count(assembly, "vscalefps"), 0u) << assembly;
}

// maximum/minimum elementwise and as reductions: NaN anywhere gives NaN,
// +0 is above -0, infinities order as numbers; the vector loops (64
// elements and more) agree with IEEE 754-2019 and with the scalar tail.
TEST(X86Math, RangeMinMaxKeepsIeeeSemantics) {
  const float specials[] = {NAN, -0.0f, 0.0f, INFINITY, -INFINITY, 1.5f, -2.5f, 1e-40f};
  std::vector<float> a, b;
  for (float p : specials)
    for (float q : specials) {
      a.push_back(p);
      b.push_back(q);
    }
  while (a.size() < 80) { // past the vector loop, into the scalar tail
    a.push_back(float(a.size()) * 0.25f - 7);
    b.push_back(7 - float(b.size()) * 0.5f);
  }
  auto ieeeMax = [](float p, float q) {
    if (std::isnan(p) || std::isnan(q))
      return NAN;
    if (p == 0 && q == 0)
      return std::signbit(p) ? q : p;
    return p > q ? p : q;
  };
  auto ieeeMin = [](float p, float q) {
    if (std::isnan(p) || std::isnan(q))
      return NAN;
    if (p == 0 && q == 0)
      return std::signbit(p) ? p : q;
    return p < q ? p : q;
  };
  auto both = nj::jit([](nj::Array p, nj::Array q) {
    return std::tuple{nj::maximum(p, q), nj::minimum(p, q)};
  });
  nj::Array pa = nj::array(a, {int64_t(a.size())}), qa = nj::array(b, {int64_t(b.size())});
  auto [hi, lo] = both(pa, qa);
  std::vector<float> his = hi.to_vector<float>(), los = lo.to_vector<float>();
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_TRUE(sameFloat(his[i], ieeeMax(a[i], b[i])))
        << "maximum(" << a[i] << ", " << b[i] << ") = " << his[i];
    EXPECT_TRUE(sameFloat(los[i], ieeeMin(a[i], b[i])))
        << "minimum(" << a[i] << ", " << b[i] << ") = " << los[i];
  }

  // The same in f64 (vrangepd: eight lanes at 512 bits).
  std::vector<double> ad(a.begin(), a.end()), bd(b.begin(), b.end());
  auto [hid, lod] = both(nj::array(ad, {int64_t(ad.size())}), nj::array(bd, {int64_t(bd.size())}));
  std::vector<double> hids = hid.to_vector<double>(), lods = lod.to_vector<double>();
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_TRUE(sameFloat(float(hids[i]), ieeeMax(a[i], b[i])))
        << "f64 maximum(" << a[i] << ", " << b[i] << ") = " << hids[i];
    EXPECT_TRUE(sameFloat(float(lods[i]), ieeeMin(a[i], b[i])))
        << "f64 minimum(" << a[i] << ", " << b[i] << ") = " << lods[i];
  }

  // Reductions over rows of 256: one NaN anywhere (first, middle, last lane
  // of a vector, the tail) makes the row's max and min NaN; rows of zeros
  // of both signs reduce to +0 (max) and -0 (min).
  const int64_t rows = 8, cols = 259;
  std::vector<float> m(size_t(rows * cols));
  for (int64_t i = 0; i < rows * cols; ++i)
    m[size_t(i)] = float((i * 37) % 101) - 50;
  const int64_t nanAt[] = {0, 15, 16, 130, 255, 258};
  for (int64_t r = 0; r < 6; ++r)
    m[size_t(r * cols + nanAt[r])] = NAN;
  for (int64_t c = 0; c < cols; ++c)
    m[size_t(6 * cols + c)] = c % 3 ? -0.0f : 0.0f;
  for (int64_t c = 0; c < cols; ++c)
    m[size_t(7 * cols + c)] = c == 200 ? INFINITY : -INFINITY;
  auto reduce = nj::jit([](nj::Array x) { return std::tuple{nj::max(x, {1}), nj::min(x, {1})}; });
  auto [rowMax, rowMin] = reduce(nj::array(m, {rows, cols}));
  std::vector<float> mx = rowMax.to_vector<float>(), mn = rowMin.to_vector<float>();
  for (int64_t r = 0; r < 6; ++r) {
    EXPECT_TRUE(std::isnan(mx[size_t(r)])) << "row " << r << " max " << mx[size_t(r)];
    EXPECT_TRUE(std::isnan(mn[size_t(r)])) << "row " << r << " min " << mn[size_t(r)];
  }
  EXPECT_TRUE(sameFloat(mx[6], 0.0f)) << mx[6];
  EXPECT_TRUE(sameFloat(mn[6], -0.0f)) << mn[6];
  EXPECT_EQ(mx[7], INFINITY);
  EXPECT_EQ(mn[7], -INFINITY);

  if (!hasAvx512("avx512dq"))
    GTEST_SKIP() << "this CPU has no AVX512DQ/VL: LLVM's own lowering, checked above";
  std::string assembly = reduce.lower(nj::zeros({rows, cols})).as_text(nj::Stage::Assembly);
  EXPECT_GT(count(assembly, "vrangeps"), 0u) << assembly;
  assembly = both.lower(nj::zeros({80}, nj::f64), nj::zeros({80}, nj::f64))
                 .as_text(nj::Stage::Assembly);
  EXPECT_GT(count(assembly, "vrangepd"), 0u) << assembly;
}
