//===- PrintingTest.cpp - Arrays print as NumPy (and jax.Array) print -----===//
//
// Each expected string is what NumPy 1.x/2.x's arrayprint gives for the same
// values with its default options (as jax.Array's repr, "Array(" and an
// always-present dtype).
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace nj = numjit;

namespace {

nj::Array f32s(std::vector<float> v, nj::Shape shape) { return nj::array(v, shape); }

TEST(Printing, ColumnsAlign) {
  EXPECT_EQ(nj::to_string(f32s({0, 1, 10, 11}, {2, 2})),
            "Array([[ 0.,  1.],\n       [10., 11.]], dtype=float32)");
  EXPECT_EQ(nj::to_string(f32s({1.5f, 2.25f}, {2})), "Array([1.5 , 2.25], dtype=float32)");
  EXPECT_EQ(nj::to_string(nj::array({1, -10, 100})), "Array([  1, -10, 100], dtype=int32)");
  EXPECT_EQ(nj::to_string(nj::array({true, false})), "Array([ True, False], dtype=bool)");
  EXPECT_EQ(nj::to_string(nj::array(std::vector<double>{0.1, 1.0 / 3}, {2})),
            "Array([0.1       , 0.33333333], dtype=float64)");
}

TEST(Printing, ScientificNotationWhenMagnitudesCallForIt) {
  EXPECT_EQ(nj::to_string(f32s({1e-5f, 1.5f}, {2})),
            "Array([1.0e-05, 1.5e+00], dtype=float32)");
  EXPECT_EQ(nj::to_string(f32s({1e8f, 1.f}, {2})), "Array([1.e+08, 1.e+00], dtype=float32)");
  EXPECT_EQ(nj::to_string(f32s({1.f, 2000.f}, {2})), "Array([1.e+00, 2.e+03], dtype=float32)");
}

TEST(Printing, NonFiniteValuesShareTheWidth) {
  float nan = std::numeric_limits<float>::quiet_NaN(), inf = INFINITY;
  EXPECT_EQ(nj::to_string(f32s({nan, 1.f, -inf}, {3})),
            "Array([ nan,   1., -inf], dtype=float32)");
  EXPECT_EQ(nj::to_string(f32s({nan, inf}, {2})), "Array([nan, inf], dtype=float32)");
}

TEST(Printing, ScalarsAndEmptyArrays) {
  EXPECT_EQ(nj::to_string(nj::array(1.5f)), "Array(1.5, dtype=float32)");
  EXPECT_EQ(nj::to_string(nj::array(true)), "Array(True, dtype=bool)");
  EXPECT_EQ(nj::to_string(nj::array(uint8_t(7))), "Array(7, dtype=uint8)");
  EXPECT_EQ(nj::to_string(nj::zeros({0})), "Array([], dtype=float32)");
  EXPECT_EQ(nj::to_string(nj::zeros({0, 3})), "Array([], shape=(0, 3), dtype=float32)");
}

TEST(Printing, LongLinesWrapAtSeventyFiveColumns) {
  EXPECT_EQ(nj::to_string(nj::arange(30)),
            "Array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n"
            "       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], dtype=int32)");
  EXPECT_EQ(nj::to_string(nj::reshape(nj::arange(8), {2, 2, 2})),
            "Array([[[0, 1],\n        [2, 3]],\n\n       [[4, 5],\n        [6, 7]]], "
            "dtype=int32)");
}

TEST(Printing, LargeArraysAreSummarized) {
  EXPECT_EQ(nj::to_string(nj::arange(2000)),
            "Array([   0,    1,    2, ..., 1997, 1998, 1999], dtype=int32)");
  // 2-d: rows and columns both; the format comes from the elements shown.
  EXPECT_EQ(nj::to_string(nj::reshape(nj::arange(1100), {100, 11})),
            "Array([[   0,    1,    2, ...,    8,    9,   10],\n"
            "       [  11,   12,   13, ...,   19,   20,   21],\n"
            "       [  22,   23,   24, ...,   30,   31,   32],\n"
            "       ...,\n"
            "       [1067, 1068, 1069, ..., 1075, 1076, 1077],\n"
            "       [1078, 1079, 1080, ..., 1086, 1087, 1088],\n"
            "       [1089, 1090, 1091, ..., 1097, 1098, 1099]], dtype=int32)");
  // At the threshold itself, everything is printed.
  EXPECT_EQ(nj::to_string(nj::arange(1000)).find("..."), std::string::npos);
}

} // namespace
