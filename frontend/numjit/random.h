//===- numjit/random.h - Counter-based random numbers, as JAX's -*- C++ -*-===//
//
// JAX's default generator bit for bit: threefry2x32 (20 rounds) in its
// partitionable form (jax_threefry_partitionable=True, the default since
// JAX 0.5). A key is an ordinary u32 array of shape (2,): it traces, passes
// through jit and vmaps (one key per example). Element i of a draw, and row
// i of a split, hash the 64-bit counter i split into two 32-bit words, so a
// draw is one fused elementwise loop. Outside a trace each function runs as
// one compiled kernel per shape; inside one it is traced inline.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_RANDOM_H
#define NUMJIT_RANDOM_H

#include "numjit/ops.h"

namespace numjit::random {

/// jax.random.PRNGKey(seed): [seed >> 32, seed & 0xFFFFFFFF] as u32.
Array key(uint64_t seed, NUMJIT_LOC);
/// `n` new keys, shape (n, 2): row i is threefry2x32(key, (0, i)).
Array split(const Array &key, int64_t n = 2, NUMJIT_LOC);
/// A key derived from `key` and the 32-bit value `data` (an int or a
/// scalar integer Array): threefry2x32(key, (0, data)).
Array fold_in(const Array &key, const Operand &data, NUMJIT_LOC);
/// Raw u32 bits of `shape`: the xor of the two words of
/// threefry2x32(key, counter) for each element's row-major index.
Array bits(const Array &key, const Shape &shape, NUMJIT_LOC);
/// Uniform floats in [minval, maxval): the top mantissa bits of `bits`
/// (32 of them for f32, 64 for f64) filled into 1.0, minus 1.
Array uniform(const Array &key, const Shape &shape, DType dtype = f32,
              const Operand &minval = 0.0, const Operand &maxval = 1.0, NUMJIT_LOC);
/// Standard normal floats: sqrt(2) * erf_inv(u), u uniform on (-1, 1).
Array normal(const Array &key, const Shape &shape, DType dtype = f32, NUMJIT_LOC);
/// True with probability `p` (broadcast to `shape`; p's shape by default).
Array bernoulli(const Array &key, const Operand &p, const Shape &shape, NUMJIT_LOC);
Array bernoulli(const Array &key, const Operand &p = 0.5, NUMJIT_LOC);
/// Integers in [minval, maxval) (i32 unless `dtype` says otherwise), by
/// JAX's method: two draws of bits, reduced modulo the span.
Array randint(const Array &key, const Shape &shape, const Operand &minval,
              const Operand &maxval, DType dtype = i32, NUMJIT_LOC);
/// A random ordering of 0..n-1 (i32), as jax.random.permutation: rounds of
/// a stable sort by random bits, bit for bit JAX's.
Array permutation(const Array &key, int64_t n, NUMJIT_LOC);
/// `x` shuffled along `axis` (the same permutation for every slice).
Array permutation(const Array &key, const Array &x, int64_t axis = 0, NUMJIT_LOC);
/// Samples from the categorical distribution of `logits` along `axis`
/// (i32 indices): argmax of logits plus Gumbel noise.
Array categorical(const Array &key, const Array &logits, int64_t axis = -1, NUMJIT_LOC);

/// threefry2x32 itself on u32 arrays of one shape (keys broadcast): the
/// two output words.
std::pair<Array, Array> threefry2x32(const Array &k0, const Array &k1, const Array &x0,
                                     const Array &x1, NUMJIT_LOC);

} // namespace numjit::random

#endif // NUMJIT_RANDOM_H
