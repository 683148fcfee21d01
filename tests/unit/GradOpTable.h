//===- GradOpTable.h - The op table of the gradient checks ------*- C++ -*-===//
//
// The cases of GradOpTest.cpp: every differentiable public op on a few
// shapes, each input drawn from a domain away from the points where the op
// is not differentiable (ties, kinks, poles). The table is GradOpTable.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_GRADOPTABLE_H
#define NUMJIT_TESTS_GRADOPTABLE_H

#include <numjit/numjit.h>

#include <functional>
#include <string>
#include <vector>

namespace numjit_test::gradtest {

namespace nj = numjit;
using Vec = std::vector<nj::Array>;
using Fn = std::function<nj::Array(const Vec &)>;

//===----------------------------------------------------------------------===//
// Random inputs away from non-differentiable points
//===----------------------------------------------------------------------===//

enum class Kind {
  Uniform,  ///< uniform in [lo, hi]
  Away,     ///< random sign times uniform in [lo, hi]: away from 0
  GridA,    ///< k/2 + [0.10, 0.15], k in [-4, 3]: never within 0.2 of GridB
  GridB,    ///< k/2 + [0.35, 0.40]
  Distinct, ///< distinct values spread over [lo, hi] (max/min reductions)
};
struct Dom {
  Kind kind;
  double lo = -2, hi = 2;
};

//===----------------------------------------------------------------------===//
// The op table
//===----------------------------------------------------------------------===//

struct OpCase {
  std::string name;
  std::vector<nj::Shape> shapes;
  std::vector<Dom> doms;
  Fn fn;
  /// Check the Hessian-vector product too.
  bool second = true;
  /// Computes in f32 somewhere: use f32's step and tolerance throughout.
  bool single = false;
};

/// The table: one case per op and shape.
std::vector<OpCase> opTable();

} // namespace numjit_test::gradtest

#endif // NUMJIT_TESTS_GRADOPTABLE_H
