//===- numjit/array.h - Array, dtypes, errors, creation ---------*- C++ -*-===//

#ifndef NUMJIT_ARRAY_H
#define NUMJIT_ARRAY_H

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <source_location>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "numjit/float16.h"

#if __has_include(<fmt/ostream.h>)
#include <fmt/ostream.h>
#define NUMJIT_HAS_FMT 1
#endif

namespace numjit {

/// Element types. `bool_` is stored as one byte per element; u8 and u32
/// are unsigned; f16 (IEEE half) and bf16 (bfloat16) are two-byte floats
/// whose C++ types are float16_t and bfloat16_t (numjit/float16.h).
enum class DType : uint8_t { f32, f64, i32, i64, bool_, u8, u32, f16, bf16 };
inline constexpr DType f32 = DType::f32;
inline constexpr DType f64 = DType::f64;
inline constexpr DType i32 = DType::i32;
inline constexpr DType i64 = DType::i64;
inline constexpr DType bool_ = DType::bool_;
inline constexpr DType u8 = DType::u8;
inline constexpr DType u32 = DType::u32;
inline constexpr DType f16 = DType::f16;
inline constexpr DType bf16 = DType::bf16;

/// "float32", "float64", "int32", "int64", "bool", "uint8", "uint32",
/// "float16" or "bfloat16" (NumPy's and ml_dtypes' names).
const char *dtype_name(DType dtype);
/// Bytes per element.
size_t itemsize(DType dtype);
bool is_floating(DType dtype);
/// u8 and u32.
bool is_unsigned(DType dtype);
/// Integer dtypes, signed or unsigned (not bool).
bool is_integer(DType dtype);

using Shape = std::vector<int64_t>;
/// "(3, 4)", "(5,)", "()", or "(n, 3)" with a symbolic size.
std::string shape_str(const Shape &shape);

/// A size known only when an ahead-of-time kernel is called: `nj::dim("n")`
/// in a kernel's argument specs (numjit/aot.h). One name is one size across
/// all arguments of a kernel. Inside the traced function such a size reads,
/// in `shape()`, as a code that stands for it (a large negative number,
/// `dim.code`); pass it on as it is (`nj::zeros({x.shape()[0], 3})`,
/// `nj::reshape(x, {nj::dim("n"), 28, 28})`) -- arithmetic on it is
/// meaningless.
struct Dim {
  int64_t code;
  operator int64_t() const { return code; }
  /// The name it was made with.
  const std::string &name() const;
};
/// The symbolic size named `name`, a C identifier (it becomes a parameter
/// of the kernel's C function).
Dim dim(const std::string &name,
        std::source_location loc = std::source_location::current());
/// Whether a size in a shape is symbolic (made by nj::dim).
constexpr bool is_symbolic(int64_t size) { return size <= -(int64_t(1) << 62); }

/// The one exception numjit throws: bad input (shapes, axes, dtypes), a traced
/// value used where a concrete one is needed, or a failed compile. The message
/// names the op, the values involved and the user's source line.
class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// A C++ value that maps to a dtype: float, double, int32_t, int64_t, bool,
/// uint8_t, uint32_t, float16_t, bfloat16_t.
template <typename T>
concept Element = std::same_as<T, float> || std::same_as<T, double> ||
                  std::same_as<T, int32_t> || std::same_as<T, int64_t> ||
                  std::same_as<T, bool> || std::same_as<T, uint8_t> ||
                  std::same_as<T, uint32_t> || std::same_as<T, float16_t> ||
                  std::same_as<T, bfloat16_t>;
/// Any arithmetic C++ scalar (weakly typed when mixed with an Array).
template <typename T>
concept Scalar = std::is_arithmetic_v<T>;

template <Element T> constexpr DType dtype_of() {
  if constexpr (std::same_as<T, float>) return DType::f32;
  else if constexpr (std::same_as<T, double>) return DType::f64;
  else if constexpr (std::same_as<T, int32_t>) return DType::i32;
  else if constexpr (std::same_as<T, int64_t>) return DType::i64;
  else if constexpr (std::same_as<T, uint8_t>) return DType::u8;
  else if constexpr (std::same_as<T, uint32_t>) return DType::u32;
  else if constexpr (std::same_as<T, float16_t>) return DType::f16;
  else if constexpr (std::same_as<T, bfloat16_t>) return DType::bf16;
  else return DType::bool_;
}

namespace detail {
struct ArrayImpl;
} // namespace detail

/// An immutable n-d array with shared ownership of a contiguous row-major
/// buffer, like jax.Array. Inside a jit trace the same type carries a
/// symbolic value; reading its data there throws.
class Array {
public:
  /// A rank-0 f32 zero.
  Array();
  explicit Array(std::shared_ptr<const detail::ArrayImpl> impl);

  const Shape &shape() const;
  DType dtype() const;
  int64_t size() const;
  int64_t ndim() const { return int64_t(shape().size()); }
  /// True inside a trace: the value is symbolic.
  bool is_traced() const;

  /// The elements converted to T, in row-major order.
  template <Element T>
  std::vector<T> to_vector(std::source_location loc = std::source_location::current()) const {
    std::vector<T> out(static_cast<size_t>(size()));
    copy_to(out.data(), dtype_of<T>(), loc);
    return out;
  }
  /// The only element of a size-1 array, converted to T.
  template <Element T>
  T item(std::source_location loc = std::source_location::current()) const {
    check_item(loc);
    T out;
    copy_to(&out, dtype_of<T>(), loc);
    return out;
  }

  /// A C++ condition on a concrete one-element array (`if (x > 0)`, a loop
  /// test). Throws inside a trace, where the value is not known: branch
  /// with nj::cond (or select with nj::where), loop with nj::while_loop or
  /// nj::fori_loop.
  explicit operator bool() const;

  /// This array converted to `dtype` (jax's `x.astype`).
  Array astype(DType dtype, std::source_location loc = std::source_location::current()) const;

  /// Raw data of a concrete array (throws inside a trace).
  const void *data(std::source_location loc = std::source_location::current()) const;

  const std::shared_ptr<const detail::ArrayImpl> &impl() const { return impl_; }

private:
  void copy_to(void *out, DType dtype, const std::source_location &loc) const;
  void check_item(const std::source_location &loc) const;
  std::shared_ptr<const detail::ArrayImpl> impl_;
};

/// NumPy-style printing: `Array([1., 2.], dtype=float32)`.
std::ostream &operator<<(std::ostream &os, const Array &a);
std::string to_string(const Array &a);

//===----------------------------------------------------------------------===//
// Creation
//===----------------------------------------------------------------------===//

namespace detail {
/// Throws Error("numjit.<op>: <message> (at file:line:col)").
[[noreturn]] void fail(const char *op, const std::string &message,
                       const std::source_location &loc);
Array make_array(DType dtype, const Shape &shape, const void *data,
                 const std::source_location &loc);
} // namespace detail

/// A 1-d array of the given elements: `array({1.f, 2.f})` is f32 of shape (2,).
template <Element T>
Array array(std::initializer_list<T> values,
            std::source_location loc = std::source_location::current()) {
  std::vector<T> v(values);
  if constexpr (std::same_as<T, bool>) {
    std::vector<uint8_t> bytes(v.begin(), v.end());
    return detail::make_array(DType::bool_, {int64_t(v.size())}, bytes.data(), loc);
  } else {
    return detail::make_array(dtype_of<T>(), {int64_t(v.size())}, v.data(), loc);
  }
}
/// An array of `shape` holding `values` in row-major order.
template <Element T>
Array array(const std::vector<T> &values, const Shape &shape,
            std::source_location loc = std::source_location::current()) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  if (n != int64_t(values.size()))
    detail::fail("array", std::to_string(values.size()) + " values do not fill shape " +
                              shape_str(shape), loc);
  if constexpr (std::same_as<T, bool>) {
    std::vector<uint8_t> bytes(values.begin(), values.end());
    return detail::make_array(DType::bool_, shape, bytes.data(), loc);
  } else {
    return detail::make_array(dtype_of<T>(), shape, values.data(), loc);
  }
}
/// A rank-0 array.
template <Element T>
Array array(T value, std::source_location loc = std::source_location::current()) {
  if constexpr (std::same_as<T, bool>) {
    uint8_t byte = value;
    return detail::make_array(DType::bool_, {}, &byte, loc);
  } else {
    return detail::make_array(dtype_of<T>(), {}, &value, loc);
  }
}

Array full(const Shape &shape, double value, DType dtype = f32,
           std::source_location loc = std::source_location::current());
Array zeros(const Shape &shape, DType dtype = f32,
            std::source_location loc = std::source_location::current());
Array ones(const Shape &shape, DType dtype = f32,
           std::source_location loc = std::source_location::current());
Array full_like(const Array &a, double value,
                std::source_location loc = std::source_location::current());
Array zeros_like(const Array &a, std::source_location loc = std::source_location::current());
Array ones_like(const Array &a, std::source_location loc = std::source_location::current());
/// 0, 1, ..., n-1 (i32 unless `dtype` says otherwise).
Array arange(int64_t n, DType dtype = i32,
             std::source_location loc = std::source_location::current());
/// start, start+step, ... up to but excluding stop.
Array arange(double start, double stop, double step, DType dtype = f32,
             std::source_location loc = std::source_location::current());
/// `num` evenly spaced values from start to stop inclusive.
Array linspace(double start, double stop, int64_t num, DType dtype = f32,
               std::source_location loc = std::source_location::current());

/// Number of kernels compiled in this process so far (eager ops and jit
/// functions together), those loaded from the persistent compile cache
/// included; a hit in the process's own cache does not count.
uint64_t num_compiles();
/// How many of num_compiles() came from the persistent compile cache on
/// disk (NUMJIT_CACHE_DIR; see docs/user-guide.md) instead of compiling.
uint64_t num_disk_cache_hits();
/// How many kernels that started at the baseline tier (unoptimized code,
/// made a few times quicker: see NUMJIT_TIER_UP_CALLS in
/// docs/user-guide.md) were optimized on a later call. Not compiles.
uint64_t num_tier_ups();
/// Number of array buffers of more than 64 bytes made so far (smaller
/// arrays live inside their header), from the pool of freed ones or fresh:
/// a call into caller memory (jf.into) makes none.
uint64_t num_buffer_allocations();
/// Number of compiled kernels whose code is loaded.
size_t num_loaded_kernels();
/// Drops every cached kernel (eager ops and the engine's cache). Code is
/// freed once nothing uses it: a jit()ed function keeps its own kernels
/// until it is destroyed. The next call of an op or function compiles anew.
void clear_caches();

/// Threads that large kernels split their loops across (OpenMP) and that
/// large matrix products use (OpenBLAS). Default: every core, or
/// OMP_NUM_THREADS when set. Kernels below about 2^16 loop iterations always
/// run on the calling thread.
void set_num_threads(int n, std::source_location loc = std::source_location::current());
/// The current thread count.
int num_threads();

} // namespace numjit

#ifdef NUMJIT_HAS_FMT
template <> struct fmt::formatter<numjit::Array> : fmt::ostream_formatter {};
#endif

#endif // NUMJIT_ARRAY_H
