//===- numjit/eigen.h - nj::view of Eigen matrices --------------*- C++ -*-===//
//
// Header-only, and only for programs that include it (after Eigen):
//
//   Eigen::MatrixXf m(3, 4);
//   nj::Array a = nj::view(m);   // shape (3, 4)
//
// A row-major matrix, array or Map (and any vector) is viewed in place, no
// copy. A column-major one of more than one row and column is a strided
// view: it is copied once, when the view is made, into a row-major buffer
// of shape (rows, cols) -- later changes to the matrix are not seen through
// it -- and when it is writable, results written into it with jf.into go
// back into the matrix through its strides. Eigen::half and Eigen::bfloat16
// matrices are f16 and bf16 arrays (the same two bytes).
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_EIGEN_H
#define NUMJIT_EIGEN_H

#include "numjit/memory.h"

#include <Eigen/Core>

namespace numjit {

namespace detail {
/// The numjit element type of an Eigen scalar: itself, or float16_t and
/// bfloat16_t for Eigen's two-byte floats, which have their layout.
template <typename S> struct eigen_element { using type = S; };
template <> struct eigen_element<Eigen::half> { using type = float16_t; };
template <> struct eigen_element<Eigen::bfloat16> { using type = bfloat16_t; };
template <typename S> using eigen_element_t = typename eigen_element<S>::type;
static_assert(sizeof(Eigen::half) == 2 && sizeof(Eigen::bfloat16) == 2);

/// Element strides of an Eigen expression with direct access, as (row, col).
template <typename Derived> Shape eigen_strides(const Eigen::DenseBase<Derived> &m) {
  const Derived &d = m.derived();
  int64_t inner = d.innerStride(), outer = d.outerStride();
  return Derived::IsRowMajor ? Shape{outer, inner} : Shape{inner, outer};
}
} // namespace detail

/// A view of a matrix, array, or Map with direct access to its elements
/// (Eigen's DirectAccessBit): read-only for a const one.
template <typename Derived>
  requires Element<detail::eigen_element_t<typename Derived::Scalar>> &&
           (bool(Derived::Flags & Eigen::DirectAccessBit))
Array view(const Eigen::DenseBase<Derived> &m,
           std::source_location loc = std::source_location::current()) {
  const Derived &d = m.derived();
  auto *data = reinterpret_cast<const detail::eigen_element_t<typename Derived::Scalar> *>(
      d.data());
  return view(data, Shape{int64_t(d.rows()), int64_t(d.cols())}, detail::eigen_strides(m),
              loc);
}
/// A writable view of a matrix or a writable Map: a destination for jf.into.
template <typename Derived>
  requires Element<detail::eigen_element_t<typename Derived::Scalar>> &&
           (bool(Derived::Flags & Eigen::DirectAccessBit)) &&
           (bool(Derived::Flags & Eigen::LvalueBit))
Array view(Eigen::DenseBase<Derived> &m,
           std::source_location loc = std::source_location::current()) {
  Derived &d = m.derived();
  auto *data = reinterpret_cast<detail::eigen_element_t<typename Derived::Scalar> *>(d.data());
  return view(data, Shape{int64_t(d.rows()), int64_t(d.cols())}, detail::eigen_strides(m),
              loc);
}

} // namespace numjit

#endif // NUMJIT_EIGEN_H
