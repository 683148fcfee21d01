// Code generation paths that only large shapes take: matrix products handed
// to BLAS (numjit-gemm-to-blas) and loop nests split across threads
// (numjit-parallelize-outer-loop). Each result is checked against a
// reference computed here in double precision, and the IR is checked to show
// the path was taken.
#include <numjit/numjit.h>

#include "ScopedEnv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace nj = numjit;

namespace {

std::vector<double> randomValues(int64_t n, unsigned seed) {
  std::mt19937 gen(seed);
  std::uniform_real_distribution<double> dist(-1, 1);
  std::vector<double> v(static_cast<size_t>(n));
  for (double &x : v)
    x = dist(gen);
  return v;
}

/// A row-major matrix kept in double for the reference and as an Array.
struct Matrix {
  int64_t rows, cols;
  std::vector<double> values;
  double at(int64_t i, int64_t j) const { return values[size_t(i * cols + j)]; }
  nj::Array array(nj::DType dtype) const {
    return nj::array(values, {rows, cols}).astype(dtype);
  }
};

Matrix randomMatrix(int64_t rows, int64_t cols, unsigned seed) {
  return {rows, cols, randomValues(rows * cols, seed)};
}

/// op(A) op(B) with op the identity or the transpose.
Matrix reference(const Matrix &a, bool ta, const Matrix &b, bool tb) {
  int64_t m = ta ? a.cols : a.rows, k = ta ? a.rows : a.cols;
  int64_t n = tb ? b.rows : b.cols;
  Matrix c{m, n, std::vector<double>(size_t(m * n))};
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j) {
      double s = 0;
      for (int64_t p = 0; p < k; ++p)
        s += (ta ? a.at(p, i) : a.at(i, p)) * (tb ? b.at(j, p) : b.at(p, j));
      c.values[size_t(i * n + j)] = s;
    }
  return c;
}

void expectNear(const nj::Array &got, const Matrix &want, double tol) {
  ASSERT_EQ(got.shape(), (nj::Shape{want.rows, want.cols}));
  std::vector<double> values = got.astype(nj::f64).to_vector<double>();
  for (size_t i = 0; i < values.size(); ++i)
    ASSERT_NEAR(values[i], want.values[i], tol) << "element " << i;
}

class BlasMatmul : public ::testing::TestWithParam<nj::DType> {};

TEST_P(BlasMatmul, ProductMatchesReference) {
  nj::DType dtype = GetParam();
  Matrix a = randomMatrix(64, 80, 1), b = randomMatrix(80, 96, 2);
  auto f = nj::jit([](nj::Array x, nj::Array y) { return nj::matmul(x, y); });
  nj::Array x = a.array(dtype), y = b.array(dtype);
  std::string loops = f.lower(x, y).as_text(nj::Stage::Loops);
  EXPECT_NE(loops.find(dtype == nj::f32 ? "@cblas_sgemm" : "@cblas_dgemm"),
            std::string::npos)
      << loops;
  expectNear(f(x, y), reference(a, false, b, false), dtype == nj::f32 ? 1e-4 : 1e-12);
}

// The gradient of sum(x @ w * g) is g w^T for x and x^T g for w: products
// with a transposed operand, which BLAS reads in place.
TEST_P(BlasMatmul, TransposedOperandsFromGrad) {
  nj::DType dtype = GetParam();
  Matrix x = randomMatrix(48, 72, 3), w = randomMatrix(72, 56, 4), g = randomMatrix(48, 56, 5);
  auto loss = [](nj::Array x, nj::Array w, nj::Array g) {
    return nj::sum(nj::matmul(x, w) * g);
  };
  auto f = nj::jit(nj::grad(loss, {0, 1}));
  auto [gx, gw] = f(x.array(dtype), w.array(dtype), g.array(dtype));
  double tol = dtype == nj::f32 ? 1e-4 : 1e-12;
  expectNear(gx, reference(g, false, w, true), tol);
  expectNear(gw, reference(x, true, g, false), tol);
  std::string loops =
      f.lower(x.array(dtype), w.array(dtype), g.array(dtype)).as_text(nj::Stage::Loops);
  // Both products (and no other call) go to BLAS.
  size_t calls = 0;
  for (size_t at = loops.find("call @cblas_"); at != std::string::npos;
       at = loops.find("call @cblas_", at + 1))
    ++calls;
  EXPECT_EQ(calls, 2u) << loops;
}

// A product fed by elementwise ops and feeding one: the BLAS call sits
// between two fused loop nests and sees their buffers.
TEST_P(BlasMatmul, BetweenElementwiseOps) {
  nj::DType dtype = GetParam();
  Matrix a = randomMatrix(40, 50, 6), b = randomMatrix(50, 60, 7);
  auto f = nj::jit([](nj::Array x, nj::Array y) { return nj::tanh(nj::matmul(x * 2, y) + 1); });
  Matrix want = reference(a, false, b, false);
  for (double &v : want.values)
    v = std::tanh(2 * v + 1);
  expectNear(f(a.array(dtype), b.array(dtype)), want, dtype == nj::f32 ? 1e-4 : 1e-12);
}

INSTANTIATE_TEST_SUITE_P(Codegen, BlasMatmul, ::testing::Values(nj::f32, nj::f64),
                         [](const auto &info) {
                           return std::string(info.param == nj::f32 ? "f32" : "f64");
                         });

// Below the size threshold a product stays generated loops.
TEST(BlasMatmulSmall, StaysLoops) {
  Matrix a = randomMatrix(8, 8, 8), b = randomMatrix(8, 8, 9);
  auto f = nj::jit([](nj::Array x, nj::Array y) { return nj::matmul(x, y); });
  nj::Array x = a.array(nj::f32), y = b.array(nj::f32);
  EXPECT_EQ(f.lower(x, y).as_text(nj::Stage::Loops).find("cblas_sgemm"), std::string::npos);
  expectNear(f(x, y), reference(a, false, b, false), 1e-5);
}

//===----------------------------------------------------------------------===//
// Parallel loops
//===----------------------------------------------------------------------===//

size_t count(const std::string &text, const std::string &what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

/// Runs `check` with one thread and with three, then restores the count.
template <typename F> void withThreadCounts(F check) {
  int saved = nj::num_threads();
  for (int n : {1, 3}) {
    SCOPED_TRACE("threads = " + std::to_string(n));
    nj::set_num_threads(n);
    EXPECT_EQ(nj::num_threads(), n);
    check();
  }
  nj::set_num_threads(saved);
}

// An elementwise chain over a length that does not divide into the chunks:
// the last chunk is short, and every element is still written once.
TEST(ParallelLoops, ElementwiseWithShortLastChunk) {
  int64_t n = (int64_t(1) << 17) * 3 + 7;
  std::vector<double> x = randomValues(n, 10), y = randomValues(n, 11);
  auto f = nj::jit([](nj::Array a, nj::Array b) { return 2.0 * a + 3.0 * b - a * b; });
  nj::Array a = nj::array(x, {n}), b = nj::array(y, {n});
  EXPECT_EQ(count(f.lower(a, b).as_text(nj::Stage::Loops), "scf.parallel"), 1u);
  withThreadCounts([&] {
    std::vector<double> z = f(a, b).to_vector<double>();
    ASSERT_EQ(z.size(), x.size());
    for (size_t i = 0; i < z.size(); ++i)
      // Within rounding: a * b + c may be one FMA in compiled code.
      ASSERT_NEAR(z[i], 2.0 * x[i] + 3.0 * y[i] - x[i] * y[i], 1e-13) << "element " << i;
  });
}

// Row reductions split by rows; a broadcast operand is read whole by every
// chunk; a transposed operand is split along its second dim.
TEST(ParallelLoops, RowsBroadcastsAndTransposes) {
  Matrix m = randomMatrix(300, 700, 12), v = randomMatrix(1, 700, 13);
  auto f = nj::jit([](nj::Array a, nj::Array b) {
    return std::make_tuple(nj::sum(a * b, 1), nj::transpose(a) * 2.0);
  });
  nj::Array a = m.array(nj::f64), b = nj::reshape(v.array(nj::f64), {700});
  EXPECT_GE(count(f.lower(a, b).as_text(nj::Stage::Loops), "scf.parallel"), 2u);
  withThreadCounts([&] {
    auto [rows, t] = f(a, b);
    std::vector<double> r = rows.to_vector<double>(), tv = t.to_vector<double>();
    for (int64_t i = 0; i < 300; ++i) {
      double s = 0;
      for (int64_t j = 0; j < 700; ++j)
        s += m.at(i, j) * v.at(0, j);
      ASSERT_NEAR(r[size_t(i)], s, 1e-12) << "row " << i;
    }
    for (int64_t j = 0; j < 700; ++j)
      for (int64_t i = 0; i < 300; ++i)
        ASSERT_EQ(tv[size_t(j * 300 + i)], 2 * m.at(i, j));
  });
}

// An integer product (never BLAS) large enough to run its rows in parallel.
TEST(ParallelLoops, IntegerMatmul) {
  std::vector<int32_t> x(100 * 80), y(80 * 90);
  for (size_t i = 0; i < x.size(); ++i)
    x[i] = int32_t(i % 7) - 3;
  for (size_t i = 0; i < y.size(); ++i)
    y[i] = int32_t(i % 5) - 2;
  auto f = nj::jit([](nj::Array a, nj::Array b) { return nj::matmul(a, b); });
  nj::Array a = nj::array(x, {100, 80}), b = nj::array(y, {80, 90});
  EXPECT_EQ(count(f.lower(a, b).as_text(nj::Stage::Loops), "scf.parallel"), 1u);
  withThreadCounts([&] {
    std::vector<int32_t> z = f(a, b).to_vector<int32_t>();
    for (int64_t i = 0; i < 100; ++i)
      for (int64_t j = 0; j < 90; ++j) {
        int32_t s = 0;
        for (int64_t k = 0; k < 80; ++k)
          s += x[size_t(i * 80 + k)] * y[size_t(k * 90 + j)];
        ASSERT_EQ(z[size_t(i * 90 + j)], s) << i << ", " << j;
      }
  });
}

// One buffer read through two maps in one fused loop nest: each read is
// split its own way.
TEST(ParallelLoops, SameBufferReadTwoWays) {
  Matrix m = randomMatrix(400, 400, 14);
  auto f = nj::jit([](nj::Array a) { return a + nj::transpose(a) * 10.0; });
  nj::Array a = m.array(nj::f64);
  EXPECT_EQ(count(f.lower(a).as_text(nj::Stage::Loops), "scf.parallel"), 1u);
  withThreadCounts([&] {
    std::vector<double> z = f(a).to_vector<double>();
    for (int64_t i = 0; i < 400; ++i)
      for (int64_t j = 0; j < 400; ++j)
        ASSERT_NEAR(z[size_t(i * 400 + j)], m.at(i, j) + m.at(j, i) * 10.0, 1e-13)
            << i << ", " << j;
  });
}

// Row softmax: the row max, the row sum and the output run chunk by chunk
// in one parallel loop, with NaN and infinity rows kept apart.
TEST(ParallelLoops, SoftmaxRowsInOneLoop) {
  int64_t rows = 256, cols = 300;
  std::vector<double> x = randomValues(rows * cols, 15);
  x[size_t(5 * cols + 7)] = std::nan("");
  x[size_t(9 * cols + 1)] = INFINITY;
  auto f = nj::jit([](nj::Array a) { return nj::softmax(a, -1); });
  nj::Array a = nj::array(x, {rows, cols});
  EXPECT_EQ(count(f.lower(a).as_text(nj::Stage::Loops), "scf.parallel"), 1u);
  withThreadCounts([&] {
    std::vector<double> z = f(a).to_vector<double>();
    for (int64_t i = 0; i < rows; ++i) {
      double mx = -INFINITY, sum = 0;
      for (int64_t j = 0; j < cols; ++j)
        mx = std::isnan(x[size_t(i * cols + j)]) || std::isnan(mx) ? NAN
                                                               : std::max(mx, x[size_t(i * cols + j)]);
      for (int64_t j = 0; j < cols; ++j)
        sum += std::exp(x[size_t(i * cols + j)] - mx);
      for (int64_t j = 0; j < cols; ++j) {
        double want = std::exp(x[size_t(i * cols + j)] - mx) / sum;
        double got = z[size_t(i * cols + j)];
        if (std::isnan(want))
          ASSERT_TRUE(std::isnan(got)) << i << ", " << j;
        else
          ASSERT_NEAR(got, want, 1e-12) << i << ", " << j;
      }
    }
  });
}

// Small kernels never fork threads.
TEST(ParallelLoops, SmallKernelsStaySerial) {
  auto f = nj::jit([](nj::Array a) { return a * 2 + 1; });
  EXPECT_EQ(count(f.lower(nj::zeros({1000})).as_text(nj::Stage::Loops), "scf.parallel"), 0u);
}

// Kernels without threads take the JIT's quick LLVM passes (jit/Compiler.cpp)
// and still vectorize: the exp polynomial of a small softmax and of W7's
// five ops (vector FMAs), and a column sum (vector adds). A first version
// of those passes left softmax's exp-and-sum loop scalar, 8x slower.
TEST(QuickPipeline, SerialKernelsStillVectorize) {
  auto softmax = nj::jit([](nj::Array a) { return nj::softmax(a, -1); });
  auto columns = nj::jit([](nj::Array a) { return nj::sum(a, {0}); });
  auto w7 = nj::jit([](nj::Array v) { return nj::exp(v) * 0.5f + v * v - 1; });
  std::pair<std::string, const char *> cases[] = {
      {softmax.lower(nj::zeros({64, 256})).as_text(nj::Stage::LLVMIR), " x float> @llvm.fma.v"},
      {columns.lower(nj::zeros({128, 128})).as_text(nj::Stage::LLVMIR), "fadd reassoc <"},
      {w7.lower(nj::zeros({1024})).as_text(nj::Stage::LLVMIR), " x float> @llvm.fma.v"}};
  for (const auto &[text, vectorOp] : cases) {
    EXPECT_EQ(count(text, "__kmpc_fork_call"), 0u) << text; // serial
    EXPECT_GT(count(text, vectorOp), 0u) << vectorOp << "\n" << text;
  }
  // And the values are right.
  std::vector<float> x(64 * 256);
  for (size_t i = 0; i < x.size(); ++i)
    x[i] = float(i % 29) * 0.25f - 3;
  std::vector<float> z = softmax(nj::array(x, {64, 256})).to_vector<float>();
  for (int64_t r = 0; r < 64; ++r) {
    double mx = -INFINITY, sum = 0;
    for (int64_t c = 0; c < 256; ++c)
      mx = std::max(mx, double(x[size_t(r * 256 + c)]));
    for (int64_t c = 0; c < 256; ++c)
      sum += std::exp(double(x[size_t(r * 256 + c)]) - mx);
    for (int64_t c = 0; c < 256; ++c)
      ASSERT_NEAR(z[size_t(r * 256 + c)], std::exp(double(x[size_t(r * 256 + c)]) - mx) / sum,
                  1e-6)
          << r << ", " << c;
  }
}

// NUMJIT_LLVM_PASSES replaces LLVM's pipeline; one that does not parse is
// a compile error naming the variable, not a crash.
TEST(QuickPipeline, BadLlvmPassesVariableIsAnError) {
  auto f = nj::jit([](nj::Array a) { return a * 3.75f - 0.5f; });
  std::string msg;
  {
    ScopedEnv passes("NUMJIT_LLVM_PASSES", "function(no-such-pass)");
    ScopedEnv cache("NUMJIT_CACHE_DIR", "off");
    try {
      f(nj::zeros({5}));
    } catch (const nj::Error &e) {
      msg = e.what();
    }
  }
  EXPECT_NE(msg.find("NUMJIT_LLVM_PASSES is not a pass pipeline"), std::string::npos) << msg;
  EXPECT_NE(msg.find("no-such-pass"), std::string::npos) << msg;
  // Without it the same function compiles.
  EXPECT_EQ(f(nj::ones({5})).to_vector<float>(), std::vector<float>(5, 3.25f));
}

TEST(ParallelLoops, ThreadCountMustBePositive) {
  int line = __LINE__ + 2;
  try {
    nj::set_num_threads(0);
    FAIL() << "no error";
  } catch (const nj::Error &e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("set_num_threads"), std::string::npos) << msg;
    EXPECT_NE(msg.find("got 0"), std::string::npos) << msg;
    EXPECT_NE(msg.find("CodegenTest.cpp:" + std::to_string(line)), std::string::npos) << msg;
  }
}

} // namespace
