//===- OpSupport.h - Checks, promotion and broadcasting the ops share ------===//
//
// Private to the frontend: the helpers behind Ops.cpp and ShapeOps.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_FRONTEND_OPSUPPORT_H
#define NUMJIT_FRONTEND_OPSUPPORT_H

#include "frontend/Trace.h"

namespace numjit::detail::ops {

/// "[1, 2, 3]".
std::string ints_str(const std::vector<int64_t> &v);
/// A C++ scalar that adopts the dtype of what it meets.
bool isWeak(const Array &a);
/// jax.numpy's promotion of two dtypes; a weak side adopts the other's.
DType promote(DType x, bool wx, DType y, bool wy);
DType promote(const Array &a, const Array &b);
/// NumPy broadcasting of two shapes (a symbolic size meets only itself or 1).
Shape broadcastShapes(const char *op, const Shape &a, const Shape &b,
                      const std::source_location &loc);
/// `x` as `dtype` (x itself when it has it).
Array convert(const Array &x, DType dtype, const std::source_location &loc);
/// `x` broadcast to `shape` (which broadcastShapes produced).
Array broadcastTo(const Array &x, const Shape &shape, const std::source_location &loc);
/// The dtype jax.numpy sums and products of `d` count in: bools in i32,
/// u8 in u32, others in themselves.
inline DType sumDType(DType d) {
  return d == DType::bool_ ? DType::i32 : d == DType::u8 ? DType::u32 : d;
}
/// f16 and bf16: two-byte floats, which jax.numpy's sums, products and
/// means count in f32 before rounding the result back.
inline bool isHalf(DType d) { return d == DType::f16 || d == DType::bf16; }
/// The dtype a sum or product of `d` accumulates in.
inline DType accumulateDType(DType d) { return isHalf(d) ? DType::f32 : sumDType(d); }
/// Throws unless `dtype` is one of the DType enumerators (a value cast from
/// an integer may be none).
void check_dtype(const char *op, DType dtype, const std::source_location &loc);
/// Axes checked against `ndim`, made non-negative, sorted.
std::vector<int64_t> normalizeAxes(const char *op, const Axes &axes, int64_t ndim,
                                   const std::source_location &loc);
int64_t normalizeAxis(const char *op, int64_t axis, int64_t ndim,
                      const std::source_location &loc);

} // namespace numjit::detail::ops

#endif // NUMJIT_FRONTEND_OPSUPPORT_H
