//===- HostTensor.h - Plain host arrays for reference checks ----*- C++ -*-===//
//
// Shared by the op-table and vmap tests: a row-major host array that holds
// every dtype's elements as exact doubles, its index arithmetic, the
// conversions to and from numjit::Array, and comparing and printing them.
// Written independently of numjit.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_HOSTTENSOR_H
#define NUMJIT_TESTS_HOSTTENSOR_H

#include <numjit/numjit.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

namespace numjit_test {

namespace nj = numjit;
using nj::DType;
using nj::Shape;

/// A row-major host array; every dtype's elements are held as exact doubles.
struct Tensor {
  DType dtype;
  Shape shape;
  std::vector<double> v;
};

inline int64_t numel(const Shape &s) {
  int64_t n = 1;
  for (int64_t d : s)
    n *= d;
  return n;
}

inline std::vector<int64_t> unravel(int64_t flat, const Shape &s) {
  std::vector<int64_t> idx(s.size());
  for (size_t i = s.size(); i-- > 0;) {
    idx[i] = flat % s[i];
    flat /= s[i];
  }
  return idx;
}

inline int64_t ravel(const std::vector<int64_t> &idx, const Shape &s) {
  int64_t flat = 0;
  for (size_t i = 0; i < s.size(); ++i)
    flat = flat * s[i] + idx[i];
  return flat;
}

inline bool isFloat(DType d) {
  return d == DType::f32 || d == DType::f64 || d == DType::f16 || d == DType::bf16;
}
inline bool isHalf(DType d) { return d == DType::f16 || d == DType::bf16; }

inline const char *shortName(DType d) {
  switch (d) {
  case DType::f32:
    return "f32";
  case DType::f64:
    return "f64";
  case DType::i32:
    return "i32";
  case DType::i64:
    return "i64";
  case DType::bool_:
    return "bool";
  case DType::u8:
    return "u8";
  case DType::u32:
    return "u32";
  case DType::f16:
    return "f16";
  case DType::bf16:
    return "bf16";
  }
  return "?";
}

inline nj::Array toArray(const Tensor &t) {
  auto as = [&t](auto zero) {
    std::vector<decltype(zero)> v;
    for (double x : t.v)
      v.push_back(static_cast<decltype(zero)>(x));
    return nj::array(v, t.shape);
  };
  switch (t.dtype) {
  case DType::f32: return as(float());
  case DType::f64: return nj::array(t.v, t.shape);
  case DType::i32: return as(int32_t());
  case DType::i64: return as(int64_t());
  case DType::bool_: return as(bool());
  case DType::u8: return as(uint8_t());
  case DType::u32: return as(uint32_t());
  case DType::f16: return as(nj::float16_t());
  case DType::bf16: return as(nj::bfloat16_t());
  }
  return {};
}

inline Tensor toTensor(const nj::Array &a) { return {a.dtype(), a.shape(), a.to_vector<double>()}; }

/// `got` is `want` within `tol` (relative; absolute below 1); NaN is NaN.
inline bool close(double got, double want, double tol) {
  if (std::isnan(got) || std::isnan(want))
    return std::isnan(got) && std::isnan(want);
  if (std::isinf(got) || std::isinf(want))
    return got == want;
  return std::fabs(got - want) <= tol * std::max(1.0, std::fabs(want));
}

/// `t` in a line: dtype, shape and its first 24 elements.
inline std::string describe(const Tensor &t) {
  std::ostringstream os;
  os << shortName(t.dtype) << nj::shape_str(t.shape) << " [";
  for (size_t i = 0; i < t.v.size() && i < 24; ++i)
    os << (i ? ", " : "") << t.v[i];
  os << (t.v.size() > 24 ? ", ...]" : "]");
  return os.str();
}

/// A seed from a name: FNV-1a.
inline uint64_t fnv1a(const std::string &s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s)
    h = (h ^ c) * 1099511628211ull;
  return h;
}

} // namespace numjit_test

#endif // NUMJIT_TESTS_HOSTTENSOR_H
