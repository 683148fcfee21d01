//===- GradHelpers.h - Random inputs shared by the grad tests ---*- C++ -*-===//
//
// What the op-table gradient checks (GradOpTest.cpp) and the hand-derived
// MLP gradient (GradTest.cpp) share: random values in [-1, 1] and the
// conversions between host doubles and f32 or f64 arrays.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_GRADHELPERS_H
#define NUMJIT_TESTS_GRADHELPERS_H

#include <numjit/numjit.h>

#include <cstdint>
#include <random>
#include <vector>

namespace numjit_test::gradtest {

namespace nj = numjit;
using Doubles = std::vector<double>;

/// `n` values uniform in [-1, 1].
inline Doubles randn(int64_t n, std::mt19937_64 &rng) {
  std::uniform_real_distribution<double> u(-1, 1);
  Doubles v(static_cast<size_t>(n));
  for (double &x : v)
    x = u(rng);
  return v;
}

/// `v` as an array of `shape` in `dtype` (f32 or f64).
inline nj::Array make(const Doubles &v, const nj::Shape &shape, nj::DType dtype) {
  if (dtype == nj::f32)
    return nj::array(std::vector<float>(v.begin(), v.end()), shape);
  return nj::array(v, shape);
}

inline Doubles values(const nj::Array &a) { return a.to_vector<double>(); }

} // namespace numjit_test::gradtest

#endif // NUMJIT_TESTS_GRADHELPERS_H
