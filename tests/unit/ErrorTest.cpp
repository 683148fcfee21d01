//===- ErrorTest.cpp - Every user error is a numjit::Error with a line ----===//
//
// Each case runs eagerly and under jit; the message must name the op, the
// values involved, and this file's line where the bad call is written.
//
//===----------------------------------------------------------------------===//

#include "ExpectError.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <functional>

namespace nj = numjit;

namespace {

/// Runs `body`, which must throw numjit::Error, and checks that the message
/// contains each of `needles` plus "ErrorTest.cpp:<line>".
void expectError(const std::function<void()> &body, int line,
                 std::vector<std::string> needles) {
  needles.push_back(lineOf("ErrorTest.cpp", line));
  expectNjError(body, needles);
}

/// Checks the error eagerly and inside jit (traced with the same input).
#define EXPECT_NJ_ERROR(expr, ...)                                                 \
  do {                                                                             \
    int line_ = __LINE__;                                                          \
    expectError([&] { (void)(expr); }, line_, {__VA_ARGS__});                      \
    expectError([&] { nj::jit([&](nj::Array) { return nj::Array(expr); })(x); },   \
                line_, {__VA_ARGS__});                                             \
  } while (0)

class Errors : public ::testing::Test {
protected:
  nj::Array x = nj::ones({3, 4});
  nj::Array v5 = nj::ones({5});
  nj::Array m34 = nj::ones({3, 4});
  nj::Array m53 = nj::ones({5, 3});
};

TEST_F(Errors, IncompatibleBroadcast) {
  EXPECT_NJ_ERROR(m34 + v5, "numjit.add", "incompatible shapes", "(3, 4)", "(5,)");
  EXPECT_NJ_ERROR(nj::where(m34 > 0, m34, v5), "numjit.where", "(3, 4)", "(5,)");
  EXPECT_NJ_ERROR(nj::broadcast_to(v5, {3, 4}), "numjit.broadcast_to", "(5,)", "(3, 4)");
}

TEST_F(Errors, BadAxis) {
  EXPECT_NJ_ERROR(nj::sum(m34, std::vector<int64_t>{2}), "numjit.sum", "axis 2",
                  "out of bounds", "rank 2");
  EXPECT_NJ_ERROR(nj::max(m34, std::vector<int64_t>{-3}), "numjit.max", "axis -3");
  EXPECT_NJ_ERROR(nj::sum(m34, std::vector<int64_t>{0, -2}), "numjit.sum", "repeated axis");
  EXPECT_NJ_ERROR(nj::argmax(m34, 5), "numjit.argmax", "axis 5");
  EXPECT_NJ_ERROR(nj::softmax(m34, 2), "numjit.softmax", "axis 2");
  EXPECT_NJ_ERROR(nj::expand_dims(m34, 4), "numjit.expand_dims", "axis 4");
  EXPECT_NJ_ERROR(nj::squeeze(m34, std::vector<int64_t>{0}), "numjit.squeeze",
                  "cannot squeeze axis 0 of size 3");
  EXPECT_NJ_ERROR(nj::concatenate({m34, m34}, 2), "numjit.concatenate", "axis 2");
  EXPECT_NJ_ERROR(nj::transpose(m34, {0, 0}), "numjit.transpose", "not a permutation");
}

TEST_F(Errors, RankAndShapeMismatch) {
  EXPECT_NJ_ERROR(nj::transpose(m34, {1, 0, 2}), "numjit.transpose", "[1, 0, 2]", "rank 2");
  EXPECT_NJ_ERROR(nj::concatenate({m34, m53}, 1), "numjit.concatenate", "(5, 3)", "(3, 4)");
  EXPECT_NJ_ERROR(nj::concatenate({m34, v5}), "numjit.concatenate", "array 1", "(5,)");
  EXPECT_NJ_ERROR(nj::slice(m34, {0}, {1}), "numjit.slice", "2 entries");
  EXPECT_NJ_ERROR(nj::slice(m34, {0, 2}, {3, 5}), "numjit.slice", "axis 1", "limit (5)",
                  "size (4)");
  EXPECT_NJ_ERROR(nj::max(nj::zeros({0, 3})), "numjit.max", "zero-size", "(0, 3)");
}

TEST_F(Errors, MatmulInnerDimension) {
  EXPECT_NJ_ERROR(nj::matmul(m34, m53), "numjit.matmul", "inner dimensions differ",
                  "(3, 4)", "(5, 3)", "size 4", "size 5");
  EXPECT_NJ_ERROR(nj::matmul(m34, v5), "numjit.matmul", "(5,)");
  EXPECT_NJ_ERROR(nj::dot(v5, m34), "numjit.dot", "(5,)", "(3, 4)");
  EXPECT_NJ_ERROR(nj::matmul(m34, nj::array(1.f)), "numjit.matmul", "at least one dimension");
}

TEST_F(Errors, ReshapeSize) {
  EXPECT_NJ_ERROR(nj::reshape(m34, {5, 2}), "numjit.reshape", "(3, 4)", "size 12",
                  "(5, 2)", "size 10");
  EXPECT_NJ_ERROR(nj::reshape(m34, {-1, 5}), "numjit.reshape", "(3, 4)", "[-1, 5]");
  EXPECT_NJ_ERROR(nj::reshape(m34, {-1, -1}), "numjit.reshape", "one dimension");
}

TEST_F(Errors, BoolSubtract) {
  nj::Array b = nj::array({true, false});
  EXPECT_NJ_ERROR(b - b, "numjit.subtract", "two bool operands");
}

TEST_F(Errors, ItemAndCreation) {
  int line = __LINE__ + 1;
  expectError([&] { (void)m34.item<float>(); }, line, {"numjit.item", "(3, 4)"});
  line = __LINE__ + 1;
  expectError([&] { (void)nj::array(std::vector<float>{1, 2, 3}, {2, 2}); }, line,
              {"numjit.array", "3 values", "(2, 2)"});
  line = __LINE__ + 1;
  expectError([&] { (void)nj::zeros({2, -1}); }, line, {"numjit.full", "(2, -1)"});
}

} // namespace
