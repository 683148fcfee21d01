//===- ExpectError.h - Checking numjit::Error messages ----------*- C++ -*-===//
//
// The one check behind every test of an error message: the call throws
// numjit::Error, and the message holds what it must (the op, the values
// involved, the user's line) and nothing it must not.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_EXPECTERROR_H
#define NUMJIT_TESTS_EXPECTERROR_H

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

/// "file:line:", as a message names the user's line.
inline std::string lineOf(const char *file, int line) {
  return std::string(file) + ":" + std::to_string(line) + ":";
}

/// Runs `body`, which must throw numjit::Error, and checks that the message
/// contains each of `needles` and none of `absent`.
inline void expectNjError(const std::function<void()> &body,
                          const std::vector<std::string> &needles,
                          const std::vector<std::string> &absent = {}) {
  try {
    body();
    ADD_FAILURE() << "expected numjit::Error";
  } catch (const numjit::Error &e) {
    std::string msg = e.what();
    for (const std::string &s : needles)
      EXPECT_NE(msg.find(s), std::string::npos) << "missing \"" << s << "\" in: " << msg;
    for (const std::string &s : absent)
      EXPECT_EQ(msg.find(s), std::string::npos) << "unexpected \"" << s << "\" in: " << msg;
  }
}

#endif // NUMJIT_TESTS_EXPECTERROR_H
