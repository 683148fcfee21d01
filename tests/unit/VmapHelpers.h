//===- VmapHelpers.h - Slicing and stacking on the host ---------*- C++ -*-===//
//
// Shared by the vmap tests (VmapOpTest.cpp, VmapTest.cpp): the dtypes they
// name, a host tensor's example along an axis and examples stacked along a
// new one (the reference for vmap), comparison within a tolerance, and
// random inputs from a domain.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_VMAPHELPERS_H
#define NUMJIT_TESTS_VMAPHELPERS_H

#include "HostTensor.h"

#include <numjit/numjit.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace numjit_test::vmaptest {

inline constexpr DType F32 = DType::f32, F64 = DType::f64, I32 = DType::i32, I64 = DType::i64,
                       BOOL = DType::bool_;

//===----------------------------------------------------------------------===//
// Host tensors
//===----------------------------------------------------------------------===//

inline Shape insertAxis(Shape s, int64_t axis, int64_t size) {
  s.insert(s.begin() + axis, size);
  return s;
}

/// Example `b` of `t` along `axis` (the axis removed).
inline Tensor sliceAlong(const Tensor &t, int64_t axis, int64_t b) {
  Shape ex = t.shape;
  ex.erase(ex.begin() + axis);
  Tensor out{t.dtype, ex, {}};
  for (int64_t k = 0; k < numel(ex); ++k) {
    std::vector<int64_t> idx = unravel(k, ex);
    idx.insert(idx.begin() + axis, b);
    out.v.push_back(t.v[size_t(ravel(idx, t.shape))]);
  }
  return out;
}

/// The examples stacked along a new axis `axis`.
inline Tensor stackAlong(const std::vector<Tensor> &examples, int64_t axis) {
  const Tensor &e0 = examples[0];
  Tensor out{e0.dtype, insertAxis(e0.shape, axis, int64_t(examples.size())), {}};
  for (int64_t k = 0; k < numel(out.shape); ++k) {
    std::vector<int64_t> idx = unravel(k, out.shape);
    int64_t b = idx[size_t(axis)];
    idx.erase(idx.begin() + axis);
    out.v.push_back(examples[size_t(b)].v[size_t(ravel(idx, e0.shape))]);
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Random inputs
//===----------------------------------------------------------------------===//

/// Random inputs: uniform in [lo, hi] (integers: the integers in it; bools:
/// 0/1); `discrete` floats are multiples of 0.5 (ties happen); `nonzero_last`
/// keeps the last input away from zero (divisors).
struct Domain {
  double lo = -3, hi = 3;
  bool discrete = false;
  bool nonzero_last = false;
};

/// A random tensor of `d` and `shape` from `dom` (`nonzero`: away from 0).
inline Tensor randomTensor(DType d, const Shape &shape, const Domain &dom, bool nonzero,
                           std::mt19937_64 &rng) {
  Tensor t{d, shape, {}};
  auto uniformInt = [&](int64_t lo, int64_t hi) {
    return lo + int64_t(rng() % uint64_t(hi - lo + 1));
  };
  for (int64_t k = 0; k < numel(shape); ++k) {
    double x = 0;
    do {
      if (d == BOOL) {
        x = double(rng() & 1);
      } else if (!isFloat(d)) {
        x = double(uniformInt(int64_t(std::ceil(dom.lo)), int64_t(std::floor(dom.hi))));
      } else if (dom.discrete) {
        x = 0.5 *
            double(uniformInt(int64_t(std::ceil(2 * dom.lo)), int64_t(std::floor(2 * dom.hi))));
      } else {
        x = dom.lo + (dom.hi - dom.lo) * double(rng() >> 11) * 0x1p-53;
        if (d == F32)
          x = double(float(x));
      }
    } while (nonzero && std::fabs(x) < (isFloat(d) ? 0.25 : 1));
    t.v.push_back(x);
  }
  return t;
}

} // namespace numjit_test::vmaptest

#endif // NUMJIT_TESTS_VMAPHELPERS_H
