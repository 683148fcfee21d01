//===- Random.cpp - threefry2x32 and the distributions built on it --------===//
//
// JAX's default generator (jax/_src/prng.py and random.py, partitionable
// threefry), composed of u32 elementwise ops: a draw fuses into one loop
// that hashes each element's counter. Each function runs through a JitCache
// of its own: one kernel per shape outside a trace, traced inline inside one.
//
//===----------------------------------------------------------------------===//

#include "frontend/OpSupport.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace numjit::random {

using detail::Attrs;
using detail::bind;
using detail::fail;
using detail::Prim;
using SL = std::source_location;

namespace {

/// Runs `body` on `args`: compiled once per `key` by `cache` outside a trace,
/// inline inside one.
template <typename Body>
std::vector<Array> fused(detail::JitCache &cache, std::span<const Array> args,
                         const std::string &key, const Body &body, const SL &loc) {
  return cache.call(args, key, detail::TraceFn(body), loc);
}

detail::JitCache &newCache() { return detail::library_cache(); }

/// The cache key of a shape and a few static values.
std::string keyOf(const Shape &shape, std::initializer_list<int64_t> extra = {}) {
  std::string key = std::to_string(shape.size());
  for (int64_t d : shape) {
    key.push_back(',');
    key.append(std::to_string(d));
  }
  for (int64_t e : extra) {
    key.push_back(';');
    key.append(std::to_string(e));
  }
  return key;
}

void checkKey(const char *op, const Array &key, const SL &loc) {
  if (key.dtype() != DType::u32 || key.shape() != Shape{2})
    fail(op,
         std::string("a key is a uint32 array of shape (2,) (from nj::random::key, split or "
                     "fold_in), got ") +
             dtype_name(key.dtype()) + shape_str(key.shape()),
         loc);
}

void checkShape(const char *op, const Shape &shape, const SL &loc) {
  detail::check_shape(op, shape, loc);
  if (detail::num_elements(shape) < 0)
    fail(op, "the shape of a draw must be fixed, got " + shape_str(shape), loc);
}

/// The two words of a key, as u32 scalars.
std::pair<Array, Array> words(const Array &key, const SL &loc) {
  return {reshape(slice(key, {0}, {1}, {}, loc), {}, loc),
          reshape(slice(key, {1}, {2}, {}, loc), {}, loc)};
}

/// Each element's row-major index in `shape` as a 64-bit counter: its high
/// and low 32-bit words (jax's iota_2x32_shape).
std::pair<Array, Array> counters(const Shape &shape, const SL &loc) {
  int64_t n = detail::num_elements(shape);
  Attrs along0;
  if (n <= int64_t(std::numeric_limits<uint32_t>::max())) {
    Array lo = reshape(bind(Prim::Iota, {}, along0, DType::u32, {n}, loc), shape, loc);
    return {zeros(shape, DType::u32, loc), lo};
  }
  Array i = reshape(bind(Prim::Iota, {}, along0, DType::i64, {n}, loc), shape, loc);
  return {astype(shift_right_logical(i, 32, loc), DType::u32, loc), astype(i, DType::u32, loc)};
}

/// Both words of threefry2x32(key, counter) for every element of `shape`.
std::pair<Array, Array> hash(const Array &key, const Shape &shape, const SL &loc) {
  auto [k0, k1] = words(key, loc);
  auto [hi, lo] = counters(shape, loc);
  return threefry2x32(k0, k1, hi, lo, loc);
}

/// Random bits of `width` (8, 32 or 64) per element, as u8, u32 or i64.
Array bitsOfWidth(const Array &key, const Shape &shape, int width, const SL &loc) {
  auto [b1, b2] = hash(key, shape, loc);
  if (width == 64)
    return bitwise_or(left_shift(astype(b1, DType::i64, loc), 32, loc),
                      astype(b2, DType::i64, loc), loc);
  Array x = bitwise_xor(b1, b2, loc);
  return width == 8 ? astype(x, DType::u8, loc) : x;
}

/// Uniform on [0, 1): mantissa bits under the exponent of 1.0, minus 1.
Array unitUniform(const Array &key, const Shape &shape, DType dtype, const SL &loc) {
  if (dtype == DType::f64) {
    Array b = bitsOfWidth(key, shape, 64, loc);
    Array one = bitwise_or(shift_right_logical(b, 64 - 52, loc), int64_t(0x3FF0000000000000), loc);
    return subtract(bitcast_convert_type(one, DType::f64, loc), 1.0, loc);
  }
  Array b = bitsOfWidth(key, shape, 32, loc);
  if (dtype == DType::f16 || dtype == DType::bf16) {
    // JAX draws 16 bits (the low half of the 32) and fills the mantissa
    // (10 or 7 bits) under 1.0; that float minus 1 is mantissa / 2^bits,
    // exact in f32 and in the two-byte dtype.
    int mantissa = dtype == DType::f16 ? 10 : 7;
    Array m = shift_right_logical(bitwise_and(b, 0xFFFF, loc), 16 - mantissa, loc);
    return astype(multiply(astype(m, DType::f32, loc), std::ldexp(1.0, -mantissa), loc), dtype,
                  loc);
  }
  Array one = bitwise_or(shift_right_logical(b, 32 - 23, loc), 0x3F800000, loc);
  return subtract(bitcast_convert_type(one, DType::f32, loc), 1.0, loc);
}

/// The float of `dtype` just above -1 (the low end of jax.random.normal's u).
double justAboveMinusOne(DType dtype) {
  switch (dtype) {
  case DType::f32: return std::nextafter(-1.0f, 0.0f);
  case DType::f16: return float16_t::from_bits(float16_t(-1.0).bits - 1);
  case DType::bf16: return bfloat16_t::from_bits(bfloat16_t(-1.0).bits - 1);
  default: return std::nextafter(-1.0, 0.0);
  }
}

/// The smallest normal float of `dtype` (numpy's finfo.tiny).
double tinyOf(DType dtype) {
  switch (dtype) {
  case DType::f32: case DType::bf16: return std::numeric_limits<float>::min();
  case DType::f16: return std::ldexp(1.0, -14);
  default: return std::numeric_limits<double>::min();
  }
}

void checkFloat(const char *op, DType dtype, const SL &loc) {
  if (!is_floating(dtype))
    fail(op,
         std::string("draws floats (float16, bfloat16, float32 or float64), not ") +
             dtype_name(dtype),
         loc);
}

/// `x` as an array of `dtype`, which must broadcast to `shape` (the kernel
/// broadcasts it: a scalar bound stays a scalar argument).
Array asArray(const char *op, const Operand &x, DType dtype, const Shape &shape, const SL &loc) {
  if (detail::ops::broadcastShapes(op, x.array.shape(), shape, loc) != shape)
    fail(op, "the shape " + shape_str(x.array.shape()) + " does not broadcast to the shape " +
                 shape_str(shape) + " of the draw",
         loc);
  return astype(x.array, dtype, loc);
}

Array uniformOf(const Array &key, const Shape &shape, DType dtype, const Array &lo,
                const Array &hi, const SL &loc) {
  Array u = unitUniform(key, shape, dtype, loc);
  return maximum(lo, add(multiply(u, subtract(hi, lo, loc), loc), lo, loc), loc);
}

} // namespace

std::pair<Array, Array> threefry2x32(const Array &k0, const Array &k1, const Array &x0,
                                     const Array &x1, SL loc) {
  Shape shape;
  for (const Array *a : {&k0, &k1, &x0, &x1}) {
    if (a->dtype() != DType::u32)
      fail("threefry2x32", std::string("takes uint32 keys and counters, got ") +
                               dtype_name(a->dtype()),
           loc);
    shape = detail::ops::broadcastShapes("threefry2x32", shape, a->shape(), loc);
  }
  Array operands[] = {broadcast_to(k0, shape, loc), broadcast_to(k1, shape, loc),
                      broadcast_to(x0, shape, loc), broadcast_to(x1, shape, loc)};
  Attrs first, second;
  second.i = 1;
  return {bind(Prim::Threefry, operands, first, DType::u32, shape, loc),
          bind(Prim::Threefry, operands, second, DType::u32, shape, loc)};
}

Array key(uint64_t seed, SL loc) {
  std::vector<uint32_t> words = {uint32_t(seed >> 32), uint32_t(seed)};
  return array(words, {2}, loc);
}

Array split(const Array &key, int64_t n, SL loc) {
  checkKey("random.split", key, loc);
  if (n < 0)
    fail("random.split", "the number of keys must be >= 0, got " + std::to_string(n), loc);
  static detail::JitCache &cache = newCache();
  return fused(cache, {&key, 1}, keyOf({n}), [&](std::span<const Array> in) {
           auto [b1, b2] = hash(in[0], {n}, loc);
           return std::vector<Array>{
               concatenate({expand_dims(b1, 1, loc), expand_dims(b2, 1, loc)}, 1, loc)};
         }, loc)[0];
}

Array fold_in(const Array &key, const Operand &data, SL loc) {
  checkKey("random.fold_in", key, loc);
  if (data.array.ndim() != 0 || is_floating(data.array.dtype()))
    fail("random.fold_in",
         "folds in one integer (a C++ int or a scalar integer array), got " +
             std::string(dtype_name(data.array.dtype())) + shape_str(data.array.shape()),
         loc);
  Array d = astype(data.array, DType::u32, loc); // wraps, as jnp.uint32(data)
  static detail::JitCache &cache = newCache();
  Array args[] = {key, d};
  return fused(cache, args, "", [&](std::span<const Array> in) {
           auto [k0, k1] = words(in[0], loc);
           auto [b1, b2] = threefry2x32(k0, k1, zeros({}, DType::u32, loc), in[1], loc);
           return std::vector<Array>{
               concatenate({reshape(b1, {1}, loc), reshape(b2, {1}, loc)}, 0, loc)};
         }, loc)[0];
}

Array bits(const Array &key, const Shape &shape, SL loc) {
  checkKey("random.bits", key, loc);
  checkShape("random.bits", shape, loc);
  static detail::JitCache &cache = newCache();
  return fused(cache, {&key, 1}, keyOf(shape), [&](std::span<const Array> in) {
           return std::vector<Array>{bitsOfWidth(in[0], shape, 32, loc)};
         }, loc)[0];
}

Array uniform(const Array &key, const Shape &shape, DType dtype, const Operand &minval,
              const Operand &maxval, SL loc) {
  checkKey("random.uniform", key, loc);
  checkShape("random.uniform", shape, loc);
  checkFloat("random.uniform", dtype, loc);
  Array args[] = {key, asArray("random.uniform", minval, dtype, shape, loc),
                  asArray("random.uniform", maxval, dtype, shape, loc)};
  static detail::JitCache &cache = newCache();
  return fused(cache, args, keyOf(shape, {int64_t(dtype)}), [&](std::span<const Array> in) {
           return std::vector<Array>{uniformOf(in[0], shape, dtype, broadcast_to(in[1], shape, loc),
                                               broadcast_to(in[2], shape, loc), loc)};
         }, loc)[0];
}

Array normal(const Array &key, const Shape &shape, DType dtype, SL loc) {
  checkKey("random.normal", key, loc);
  checkShape("random.normal", shape, loc);
  checkFloat("random.normal", dtype, loc);
  static detail::JitCache &cache = newCache();
  return fused(cache, {&key, 1}, keyOf(shape, {int64_t(dtype)}), [&](std::span<const Array> in) {
           // u on (-1, 1): the float just above -1, as jax.random.normal.
           double lo = justAboveMinusOne(dtype);
           Array u = uniformOf(in[0], shape, dtype, full(shape, lo, dtype, loc),
                               ones(shape, dtype, loc), loc);
           return std::vector<Array>{multiply(full({}, std::sqrt(2.0), dtype, loc),
                                              erf_inv(u, loc), loc)};
         }, loc)[0];
}

Array bernoulli(const Array &key, const Operand &p, const Shape &shape, SL loc) {
  checkKey("random.bernoulli", key, loc);
  checkShape("random.bernoulli", shape, loc);
  // A C++ float is float32, as a Python float is in JAX.
  DType dtype = detail::ops::isWeak(p.array) ? DType::f32 : p.array.dtype();
  if (!is_floating(dtype))
    fail("random.bernoulli", std::string("needs a floating-point probability, got ") +
                                 dtype_name(dtype),
         loc);
  Array args[] = {key, asArray("random.bernoulli", p, dtype, shape, loc)};
  static detail::JitCache &cache = newCache();
  return fused(cache, args, keyOf(shape, {int64_t(dtype)}), [&](std::span<const Array> in) {
           return std::vector<Array>{less(unitUniform(in[0], shape, dtype, loc),
                                          broadcast_to(in[1], shape, loc), loc)};
         }, loc)[0];
}

Array bernoulli(const Array &key, const Operand &p, SL loc) {
  return bernoulli(key, p, p.array.shape(), loc);
}

Array randint(const Array &key, const Shape &shape, const Operand &minval, const Operand &maxval,
              DType dtype, SL loc) {
  checkKey("random.randint", key, loc);
  checkShape("random.randint", shape, loc);
  if (dtype != DType::i32 && dtype != DType::u32 && dtype != DType::u8)
    fail("random.randint",
         std::string("draws int32, uint32 or uint8 integers, not ") + dtype_name(dtype), loc);
  for (const Operand *v : {&minval, &maxval})
    if (is_floating(v->array.dtype()) || v->array.dtype() == DType::bool_)
      fail("random.randint", std::string("needs integer bounds, got ") +
                                 dtype_name(v->array.dtype()),
           loc);
  int width = int(itemsize(dtype)) * 8;
  int64_t top = dtype == DType::i32 ? 2147483647 : (int64_t(1) << width) - 1;
  int64_t bottom = dtype == DType::i32 ? -2147483648LL : 0;
  // Bounds are clipped to the dtype's range (in int64, which holds them all).
  Array args[] = {key, asArray("random.randint", minval, DType::i64, shape, loc),
                  asArray("random.randint", maxval, DType::i64, shape, loc)};
  static detail::JitCache &cache = newCache();
  return fused(cache, args, keyOf(shape, {int64_t(dtype)}), [&](std::span<const Array> in) {
           DType udt = width == 8 ? DType::u8 : DType::u32;
           Array lo64 = broadcast_to(in[1], shape, loc), hi64 = broadcast_to(in[2], shape, loc);
           Array lo = astype(clip(lo64, bottom, top, loc), dtype, loc);
           Array hi = astype(clip(hi64, bottom, top, loc), dtype, loc);
           Array hiOutOfRange = greater(hi64, top, loc);
           Array keys = split(in[0], 2, loc);
           Array higher = bitsOfWidth(reshape(slice(keys, {0, 0}, {1, 2}, {}, loc), {2}, loc),
                                      shape, width, loc);
           Array lower = bitsOfWidth(reshape(slice(keys, {1, 0}, {2, 2}, {}, loc), {2}, loc),
                                     shape, width, loc);
           // jax.random.randint: span = hi - lo (1 when empty, one more when
           // hi was clipped), and the 2 * width random bits reduced mod span
           // through 2^width mod span.
           Array span = astype(subtract(hi, lo, loc), udt, loc);
           span = where(less_equal(hi, lo, loc), full(shape, 1, udt, loc), span, loc);
           span = where(bitwise_and(hiOutOfRange, greater(hi, lo, loc), loc), add(span, 1, loc),
                        span, loc);
           Array m = rem(full(shape, std::ldexp(1.0, width / 2), udt, loc), span, loc);
           m = rem(multiply(m, m, loc), span, loc);
           Array offset = add(multiply(rem(higher, span, loc), m, loc), rem(lower, span, loc), loc);
           offset = rem(offset, span, loc);
           return std::vector<Array>{add(lo, astype(offset, dtype, loc), loc)};
         }, loc)[0];
}

Array permutation(const Array &key, int64_t n, SL loc) {
  checkKey("random.permutation", key, loc);
  if (n < 0 || is_symbolic(n))
    fail("random.permutation", "n must be a fixed size >= 0, got " + detail::size_str(n), loc);
  // As jax.random's _shuffle: enough rounds of sorting by 32 random bits
  // that ties (which a stable sort would leave in order) are unlikely.
  int64_t rounds = int64_t(std::ceil(3 * std::log(double(std::max<int64_t>(1, n))) /
                                     std::log(double(std::numeric_limits<uint32_t>::max()))));
  static detail::JitCache &cache = newCache();
  return fused(cache, {&key, 1}, keyOf({n}), [&](std::span<const Array> in) {
           Array k = in[0], x = arange(n, DType::i32, loc);
           for (int64_t r = 0; r < rounds; ++r) {
             Array keys = split(k, 2, loc);
             k = reshape(slice(keys, {0, 0}, {1, 2}, {}, loc), {2}, loc);
             Array sub = reshape(slice(keys, {1, 0}, {2, 2}, {}, loc), {2}, loc);
             x = take(x, argsort(bits(sub, {n}, loc), 0, false, loc), 0, loc);
           }
           return std::vector<Array>{x};
         }, loc)[0];
}

Array permutation(const Array &key, const Array &x, int64_t axis, SL loc) {
  int64_t a = detail::ops::normalizeAxis("random.permutation", axis, x.ndim(), loc);
  return take(x, permutation(key, x.shape()[size_t(a)], loc), a, loc);
}

Array categorical(const Array &key, const Array &logits, int64_t axis, SL loc) {
  checkKey("random.categorical", key, loc);
  checkFloat("random.categorical", logits.dtype(), loc);
  checkShape("random.categorical", logits.shape(), loc);
  int64_t ax = detail::ops::normalizeAxis("random.categorical", axis, logits.ndim(), loc);
  if (logits.shape()[size_t(ax)] == 0)
    fail("random.categorical", "needs at least one category along axis " +
                                   std::to_string(axis) + " of shape " +
                                   shape_str(logits.shape()),
         loc);
  Array args[] = {key, logits};
  static detail::JitCache &cache = newCache();
  return fused(cache, args, keyOf(logits.shape(), {int64_t(logits.dtype()), ax}),
               [&](std::span<const Array> in) {
                 DType dtype = in[1].dtype();
                 double tiny = tinyOf(dtype);
                 const Shape &shape = in[1].shape();
                 Array u = uniformOf(in[0], shape, dtype, full(shape, tiny, dtype, loc),
                                     ones(shape, dtype, loc), loc);
                 Array gumbel = negative(log(negative(log(u, loc), loc), loc), loc);
                 return std::vector<Array>{argmax(add(gumbel, in[1], loc), ax, false, loc)};
               }, loc)[0];
}

} // namespace numjit::random
