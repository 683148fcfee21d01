//===- numjit/float16.h - The f16 and bf16 element types ---------*- C++ -*-===//
//
// `float16_t` (IEEE binary16) and `bfloat16_t` (the top half of a binary32)
// are two-byte storage types: a C++ program fills and reads f16 and bf16
// arrays with them. They convert to float implicitly and from any number
// explicitly, rounding to nearest even (as numpy.float16 and ml_dtypes'
// bfloat16 do); arithmetic on them is float's. Header-only, so ahead-of-time
// kernels' callers can use them without numjit's library.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_FLOAT16_H
#define NUMJIT_FLOAT16_H

#include <bit>
#include <cstdint>

namespace numjit {

namespace detail {
/// `v` rounded to nearest even in a binary format of `E` exponent and `M`
/// stored mantissa bits (subnormals, infinities and NaN included); the bits.
template <int E, int M> constexpr uint16_t narrowFloat(double v) {
  constexpr int bias = (1 << (E - 1)) - 1;
  constexpr uint64_t inf = uint64_t((1 << E) - 1) << M;
  uint64_t x = std::bit_cast<uint64_t>(v);
  uint16_t sign = uint16_t((x >> 63) << (E + M));
  uint64_t ax = x & ~(uint64_t(1) << 63);
  if (ax > 0x7FF0000000000000ull) // NaN: a quiet one of the same sign
    return uint16_t(sign | inf | (uint64_t(1) << (M - 1)));
  int64_t e0 = int64_t(ax >> 52);
  uint64_t mant = ax & ((uint64_t(1) << 52) - 1);
  if (e0 == 0)
    e0 = 1; // a double subnormal: far below the target's range
  else
    mant |= uint64_t(1) << 52;
  // The target's exponent (never below its smallest normal one) and the
  // shift that leaves the significand in units of its last place.
  int64_t te = e0 - 1023 > 1 - bias ? e0 - 1023 : 1 - bias;
  int64_t shift = 1075 + te - M - e0;
  if (shift > 54) // below half the smallest subnormal
    return sign;
  uint64_t k = mant >> shift;
  uint64_t rest = mant & ((uint64_t(1) << shift) - 1), halfway = uint64_t(1) << (shift - 1);
  if (rest > halfway || (rest == halfway && (k & 1)))
    ++k; // may carry into the exponent: the bits below add up right
  int64_t bits = ((te + bias - 1) << M) + int64_t(k);
  if (bits >= int64_t(inf))
    return uint16_t(sign | inf);
  return uint16_t(sign | uint64_t(bits));
}

constexpr float halfToFloat(uint16_t h) {
  uint32_t sign = uint32_t(h & 0x8000) << 16, exp = (h >> 10) & 0x1F, mant = h & 0x3FF;
  if (exp == 0x1F)
    return std::bit_cast<float>(sign | 0x7F800000u | (mant << 13));
  if (exp == 0) { // zero or subnormal: mant * 2^-24, exact in float
    float v = float(mant) * 5.9604644775390625e-8f;
    return sign ? -v : v;
  }
  return std::bit_cast<float>(sign | ((exp + 112) << 23) | (mant << 13));
}
} // namespace detail

/// IEEE 754 binary16: 5 exponent bits, 10 mantissa bits (numpy.float16).
struct float16_t {
  uint16_t bits = 0;
  constexpr float16_t() = default;
  constexpr explicit float16_t(double v) : bits(detail::narrowFloat<5, 10>(v)) {}
  constexpr operator float() const { return detail::halfToFloat(bits); }
  static constexpr float16_t from_bits(uint16_t b) {
    float16_t h;
    h.bits = b;
    return h;
  }
};

/// bfloat16: binary32's 8 exponent bits and its top 7 mantissa bits.
struct bfloat16_t {
  uint16_t bits = 0;
  constexpr bfloat16_t() = default;
  constexpr explicit bfloat16_t(double v) : bits(detail::narrowFloat<8, 7>(v)) {}
  constexpr operator float() const { return std::bit_cast<float>(uint32_t(bits) << 16); }
  static constexpr bfloat16_t from_bits(uint16_t b) {
    bfloat16_t h;
    h.bits = b;
    return h;
  }
};

} // namespace numjit

#endif // NUMJIT_FLOAT16_H
