// Code generation paths that only large shapes take: matrix products handed
// to BLAS (numjit-gemm-to-blas). Each result is checked against a
// reference computed here in double precision, and the IR is checked to show
// the path was taken.
#include <numjit/numjit.h>

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
  EXPECT_NE(loops.find(dtype == nj::f32 ? "@numjit_rt_sgemm" : "@numjit_rt_dgemm"),
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
  for (size_t at = loops.find("call @numjit_rt_"); at != std::string::npos;
       at = loops.find("call @numjit_rt_", at + 1))
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
  EXPECT_EQ(f.lower(x, y).as_text(nj::Stage::Loops).find("numjit_rt_sgemm"), std::string::npos);
  expectNear(f(x, y), reference(a, false, b, false), 1e-5);
}

} // namespace
