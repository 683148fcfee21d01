//===- numjit/memory.h - Arrays over the caller's memory, DLPack -*- C++ -*-===//
//
// nj::view makes an Array over memory the caller owns, without a copy; a
// view of non-const memory is writable and can receive results
// (`jf.into(out, args...)`, numjit/jit.h). nj::to_dlpack and nj::from_dlpack
// exchange arrays with other libraries through DLPack, zero-copy both ways.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_MEMORY_H
#define NUMJIT_MEMORY_H

#include "numjit/array.h"

#include <span>

// DLPack's struct, declared here so that this header needs no DLPack
// header; include <dlpack/dlpack.h> to read its fields.
struct DLManagedTensor;

namespace numjit {

namespace detail {
/// An Array over `data`. `strides` (in elements, one per dimension) is
/// null for a row-major contiguous layout. A non-contiguous layout is
/// copied once into a contiguous buffer; a writable one remembers where it
/// came from, so that results written into it (jf.into) go back there.
Array make_view(DType dtype, const Shape &shape, const void *data,
                const int64_t *strides, bool writable, const std::source_location &loc);
/// Throws unless a span of `size` elements fills `shape` exactly.
void check_span_size(size_t size, const Shape &shape, const std::source_location &loc);
/// Throws unless `strides` has one entry per dimension of `shape`.
void check_strides(const Shape &shape, const Shape &strides,
                   const std::source_location &loc);
} // namespace detail

/// A read-only Array over `data`, row-major, without a copy. The caller
/// keeps the memory alive, and unchanged while ops read it, as long as the
/// Array or anything sharing it lives.
template <Element T>
Array view(const T *data, const Shape &shape,
           std::source_location loc = std::source_location::current()) {
  return detail::make_view(dtype_of<T>(), shape, data, nullptr, false, loc);
}
/// A writable view: also a destination for jf.into.
template <Element T>
Array view(T *data, const Shape &shape,
           std::source_location loc = std::source_location::current()) {
  return detail::make_view(dtype_of<T>(), shape, data, nullptr, true, loc);
}
/// A view of a span, whose size must be the shape's.
template <Element T>
Array view(std::span<const T> data, const Shape &shape,
           std::source_location loc = std::source_location::current()) {
  detail::check_span_size(data.size(), shape, loc);
  return detail::make_view(dtype_of<T>(), shape, data.data(), nullptr, false, loc);
}
template <Element T>
Array view(std::span<T> data, const Shape &shape,
           std::source_location loc = std::source_location::current()) {
  detail::check_span_size(data.size(), shape, loc);
  return detail::make_view(dtype_of<T>(), shape, data.data(), nullptr, true, loc);
}
/// A strided view: element (i, j, ...) is at data[i * strides[0] + j *
/// strides[1] + ...] (strides in elements, may be negative or zero). Row-major
/// strides make a plain view; any other layout is copied once, when the view
/// is made, into a contiguous buffer (later writes to `data` are not seen
/// through it). A writable strided view used with jf.into gets the results
/// written back through its strides.
template <Element T>
Array view(const T *data, const Shape &shape, const Shape &strides,
           std::source_location loc = std::source_location::current()) {
  detail::check_strides(shape, strides, loc);
  return detail::make_view(dtype_of<T>(), shape, data, strides.data(), false, loc);
}
template <Element T>
Array view(T *data, const Shape &shape, const Shape &strides,
           std::source_location loc = std::source_location::current()) {
  detail::check_strides(shape, strides, loc);
  return detail::make_view(dtype_of<T>(), shape, data, strides.data(), true, loc);
}

/// Whether `a` is a writable view (a destination for jf.into).
bool is_writable(const Array &a);

/// `a` as a DLPack tensor sharing its memory (no copy): the tensor keeps the
/// array's buffer alive until its `deleter` is called, which the consumer
/// must do exactly once. Throws inside a trace.
DLManagedTensor *to_dlpack(const Array &a,
                           std::source_location loc = std::source_location::current());
/// An Array over a DLPack tensor's memory (no copy, when the layout is
/// row-major contiguous; otherwise copied once). numjit takes ownership: it
/// calls the tensor's deleter when the Array and everything sharing it are
/// gone (or at once, if the tensor is rejected). CPU tensors of the numjit
/// dtypes only; the result is writable, as DLPack memory is.
Array from_dlpack(DLManagedTensor *tensor,
                  std::source_location loc = std::source_location::current());

} // namespace numjit

#endif // NUMJIT_MEMORY_H
