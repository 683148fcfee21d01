//===- BadInput.h - Checks and fixture of the bad-input tests ---*- C++ -*-===//
//
// Shared by BadInputTest.cpp and BadInputOpsTest.cpp: the check that a call
// throws numjit::Error naming the op, the offending values and the test
// file's line where the bad call is written, its macros (eagerly, under
// nj::jit, or both), and the fixture with the arrays the tests pass.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_BADINPUT_H
#define NUMJIT_TESTS_BADINPUT_H

#include "ExpectError.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <functional>
#include <source_location>
#include <string>
#include <vector>

namespace numjit_test {

namespace nj = numjit;

/// Runs `body`, which must throw numjit::Error, and checks that the message
/// contains each of `needles` plus "<file>:<line>:", <file> the name of the
/// test file that calls this (no line is checked when `line` is 0).
inline void expectError(const std::function<void()> &body, int line,
                        std::vector<std::string> needles,
                        std::source_location caller = std::source_location::current()) {
  if (line > 0) {
    std::string file = caller.file_name();
    file = file.substr(file.find_last_of('/') + 1);
    needles.push_back(lineOf(file.c_str(), line));
  }
  expectNjError(body, needles);
}

/// Checks the error eagerly and inside jit (traced with `x` as its input).
#define EXPECT_NJ_ERROR(expr, ...)                                                 \
  do {                                                                             \
    int line_ = __LINE__;                                                          \
    expectError([&] { (void)(expr); }, line_, {__VA_ARGS__});                      \
    expectError(                                                                   \
        [&] {                                                                      \
          nj::jit([&](nj::Array t_) {                                              \
            (void)(expr);                                                          \
            return t_ + 1;                                                         \
          })(x);                                                                   \
        },                                                                         \
        line_, {__VA_ARGS__});                                                     \
  } while (0)

/// Checks the error outside of any trace only.
#define EXPECT_EAGER_ERROR(expr, ...)                                              \
  do {                                                                             \
    int line_ = __LINE__;                                                          \
    expectError([&] { (void)(expr); }, line_, {__VA_ARGS__});                      \
  } while (0)

/// Checks the error inside jit only, where `expr` may use `t`: the traced
/// value of `input`.
#define EXPECT_JIT_ERROR(input, expr, ...)                                         \
  do {                                                                             \
    int line_ = __LINE__;                                                          \
    expectError(                                                                   \
        [&] {                                                                      \
          nj::jit([&](nj::Array t) {                                               \
            (void)(expr);                                                          \
            return t + 1;                                                          \
          })(input);                                                               \
        },                                                                         \
        line_, {__VA_ARGS__});                                                     \
  } while (0)

/// The fixture of every bad-input test: arrays of a few shapes and dtypes
/// (`x` is what EXPECT_NJ_ERROR traces) and a random key.
class BadInput : public ::testing::Test {
protected:
  nj::Array x = nj::ones({3, 4});
  nj::Array m34 = nj::ones({3, 4});
  nj::Array m54 = nj::ones({5, 4});
  nj::Array i34 = nj::ones({3, 4}, nj::i32);
  nj::Array v3 = nj::ones({3});
  nj::Array v5 = nj::ones({5});
  nj::Array idx = nj::array({0, 2});
  nj::Array bools = nj::array({true, false});
  nj::Array k = nj::random::key(0);
};

} // namespace numjit_test

#endif // NUMJIT_TESTS_BADINPUT_H
