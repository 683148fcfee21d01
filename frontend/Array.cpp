//===- Array.cpp - Array, creation and printing ---------------------------===//

#include "frontend/OpSupport.h"

#include "jit/Engine.h"
#include "runtime/Runtime.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>
#include <unordered_map>
#include <cstring>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace numjit {

using detail::ArrayImpl;
using detail::fail;

const char *dtype_name(DType dtype) {
  switch (dtype) {
  case DType::f32: return "float32";
  case DType::f64: return "float64";
  case DType::i32: return "int32";
  case DType::i64: return "int64";
  case DType::bool_: return "bool";
  case DType::u8: return "uint8";
  case DType::u32: return "uint32";
  case DType::f16: return "float16";
  case DType::bf16: return "bfloat16";
  }
  return "?";
}

size_t itemsize(DType dtype) {
  switch (dtype) {
  case DType::f32: case DType::i32: case DType::u32: return 4;
  case DType::f64: case DType::i64: return 8;
  case DType::bool_: case DType::u8: return 1;
  case DType::f16: case DType::bf16: return 2;
  }
  return 0;
}

bool is_floating(DType dtype) {
  return dtype == DType::f32 || dtype == DType::f64 || dtype == DType::f16 ||
         dtype == DType::bf16;
}
bool is_unsigned(DType dtype) { return dtype == DType::u8 || dtype == DType::u32; }
bool is_integer(DType dtype) {
  return dtype == DType::i32 || dtype == DType::i64 || is_unsigned(dtype);
}

//===----------------------------------------------------------------------===//
// Symbolic sizes
//===----------------------------------------------------------------------===//

namespace {
/// Every name nj::dim has seen, so that one name is always one code.
class DimNames {
public:
  static DimNames &get() {
    static DimNames *names = new DimNames; // never destroyed: outlives arrays
    return *names;
  }
  int64_t code(const std::string &name) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto [it, added] = ids_.try_emplace(name, int64_t(names_.size()));
    if (added)
      names_.push_back(std::make_unique<std::string>(name));
    return kFirst - it->second;
  }
  const std::string &name(int64_t code) {
    std::lock_guard<std::mutex> lock(mutex_);
    return *names_.at(size_t(kFirst - code));
  }

private:
  static constexpr int64_t kFirst = -(int64_t(1) << 62);
  std::mutex mutex_;
  std::unordered_map<std::string, int64_t> ids_;
  std::vector<std::unique_ptr<std::string>> names_;
};

bool isIdentifier(const std::string &s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0])))
    return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}
} // namespace

Dim dim(const std::string &name, std::source_location loc) {
  if (!isIdentifier(name))
    fail("dim", "a symbolic size needs a C identifier for a name (it becomes a "
                "parameter of the kernel's C function), got \"" + name + "\"",
         loc);
  return Dim{DimNames::get().code(name)};
}

const std::string &Dim::name() const { return DimNames::get().name(code); }

namespace detail {
std::string size_str(int64_t size) {
  return is_symbolic(size) ? Dim{size}.name() : std::to_string(size);
}
} // namespace detail

std::string shape_str(const Shape &shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + detail::size_str(shape[i]);
  return s + (shape.size() == 1 ? ",)" : ")");
}

uint64_t num_compiles() { return mlir::numjit::Engine::get().numCompiles(); }
uint64_t num_disk_cache_hits() { return mlir::numjit::Engine::get().numDiskCacheHits(); }
uint64_t num_tier_ups() { return mlir::numjit::Engine::get().numTierUps(); }
size_t num_loaded_kernels() { return mlir::numjit::Engine::get().numLoaded(); }
void clear_caches() {
  detail::clear_eager_cache();
  detail::clear_library_caches();
  mlir::numjit::Engine::get().clear();
}

void set_num_threads(int n, std::source_location loc) {
  if (n < 1)
    fail("set_num_threads", "the thread count must be at least 1, got " + std::to_string(n),
         loc);
  runtime::setNumThreads(n);
}
int num_threads() { return runtime::getNumThreads(); }

//===----------------------------------------------------------------------===//
// Element access
//===----------------------------------------------------------------------===//

double detail::load_element(DType dtype, const void *data, int64_t i) {
  switch (dtype) {
  case DType::f32: return static_cast<const float *>(data)[i];
  case DType::f64: return static_cast<const double *>(data)[i];
  case DType::i32: return static_cast<const int32_t *>(data)[i];
  case DType::i64: return double(static_cast<const int64_t *>(data)[i]);
  case DType::bool_: return static_cast<const uint8_t *>(data)[i];
  case DType::u8: return static_cast<const uint8_t *>(data)[i];
  case DType::u32: return static_cast<const uint32_t *>(data)[i];
  case DType::f16: return static_cast<const float16_t *>(data)[i];
  case DType::bf16: return static_cast<const bfloat16_t *>(data)[i];
  }
  return 0;
}

namespace {
void store(DType dtype, void *data, int64_t i, double v) {
  switch (dtype) {
  case DType::f32: static_cast<float *>(data)[i] = float(v); return;
  case DType::f64: static_cast<double *>(data)[i] = v; return;
  case DType::i32: static_cast<int32_t *>(data)[i] = int32_t(v); return;
  case DType::i64: static_cast<int64_t *>(data)[i] = int64_t(v); return;
  case DType::bool_: static_cast<uint8_t *>(data)[i] = v != 0; return;
  // Integers wrap (the low bits of the value, as astype does).
  case DType::u8: static_cast<uint8_t *>(data)[i] = uint8_t(int64_t(v)); return;
  case DType::u32: static_cast<uint32_t *>(data)[i] = uint32_t(int64_t(v)); return;
  case DType::f16: static_cast<float16_t *>(data)[i] = float16_t(v); return;
  case DType::bf16: static_cast<bfloat16_t *>(data)[i] = bfloat16_t(v); return;
  }
}
} // namespace

/// One shared rank-0 f32 zero behind every default-constructed Array, so
/// that `Array a;` neither allocates nor emits IR inside a trace.
static std::shared_ptr<const ArrayImpl> zeroScalar() {
  static const std::shared_ptr<const ArrayImpl> zero = [] {
    std::shared_ptr<ArrayImpl> impl = detail::alloc_array(DType::f32, {});
    *static_cast<float *>(impl->data) = 0;
    return impl;
  }();
  return zero;
}

Array::Array() : impl_(zeroScalar()) {}
Array::Array(std::shared_ptr<const ArrayImpl> impl) : impl_(std::move(impl)) {}

const Shape &Array::shape() const { return impl_->shape; }
DType Array::dtype() const { return impl_->dtype; }
int64_t Array::size() const { return impl_->size; }
bool Array::is_traced() const { return impl_->trace != nullptr; }

const void *Array::data(std::source_location loc) const {
  if (is_traced())
    fail("data",
         "the data of a traced array of shape " + shape_str(shape()) +
             " is not known while tracing (jit traces with symbolic values; "
             "compute concrete values outside the jitted function)",
         loc);
  return impl_->data;
}

Array::operator bool() const {
  if (is_traced())
    throw Error("numjit.bool: a traced array of shape " + shape_str(shape()) +
                " is used as a C++ condition (an if, a loop test, &&, ||, ?:), but its "
                "value is not known while tracing: branch with nj::cond(pred, true_fn, "
                "false_fn, operands...) or select with nj::where; loop with "
                "nj::while_loop(cond_fn, body_fn, init) or nj::fori_loop(lo, hi, body, init)");
  return item<bool>();
}

void Array::check_item(const std::source_location &loc) const {
  if (is_traced())
    fail("item",
         "the value of a traced array of shape " + shape_str(shape()) +
             " is not known while tracing: to branch on it use nj::cond(pred, "
             "true_fn, false_fn, operands...) or nj::where, to loop while it holds "
             "nj::while_loop, and as a loop bound nj::fori_loop (which takes traced bounds)",
         loc);
  if (size() != 1)
    fail("item", "item() needs an array of one element, got shape " +
                     shape_str(shape()),
         loc);
}

void Array::copy_to(void *out, DType dtype, const std::source_location &loc) const {
  const void *in = data(loc);
  if (dtype == impl_->dtype && dtype != DType::bool_) {
    if (size() > 0)
      std::memcpy(out, in, size_t(size()) * itemsize(dtype));
    return;
  }
  if (dtype == DType::bool_) { // std::vector<bool> is not contiguous bytes
    auto *bits = static_cast<bool *>(out);
    for (int64_t i = 0; i < size(); ++i)
      bits[i] = detail::load_element(impl_->dtype, in, i) != 0;
    return;
  }
  for (int64_t i = 0; i < size(); ++i)
    store(dtype, out, i, detail::load_element(impl_->dtype, in, i));
}

//===----------------------------------------------------------------------===//
// Creation
//===----------------------------------------------------------------------===//

namespace detail {
void check_shape(const char *op, const Shape &shape, const std::source_location &loc) {
  for (int64_t d : shape) {
    if (is_symbolic(d) && !Trace::current())
      fail(op, "shape " + shape_str(shape) + " has the symbolic size " + size_str(d) +
                   ", which stands for a size only while an ahead-of-time kernel "
                   "is traced",
           loc);
    if (d < 0 && !is_symbolic(d))
      fail(op, "negative dimension in shape " + shape_str(shape), loc);
  }
  // Static: the count must fit int64 (num_elements would overflow first).
  if (std::none_of(shape.begin(), shape.end(), is_symbolic))
    checked_num_elements(op, shape, loc);
}

/// alloc_array, failing with an Error that names `op` when memory runs out.
static std::shared_ptr<ArrayImpl> allocate(const char *op, DType dtype, const Shape &shape,
                                           const std::source_location &loc) {
  try {
    return alloc_array(dtype, shape);
  } catch (const std::bad_alloc &) {
    fail(op, "out of memory for " + std::string(dtype_name(dtype)) + shape_str(shape), loc);
  }
}

Array make_array(DType dtype, const Shape &shape, const void *data,
                 const std::source_location &loc) {
  checked_num_elements("array", shape, loc);
  std::shared_ptr<ArrayImpl> impl = allocate("array", dtype, shape, loc);
  if (impl->size > 0) // an empty std::vector's data() may be null
    std::memcpy(impl->data, data, size_t(impl->size) * itemsize(dtype));
  return Array(std::move(impl));
}
} // namespace detail

Array full(const Shape &shape, double value, DType dtype, std::source_location loc) {
  detail::check_shape("full", shape, loc);
  detail::ops::check_dtype("full", dtype, loc);
  if (detail::Trace::current()) {
    detail::Attrs attrs;
    attrs.f = value;
    return detail::bind(detail::Prim::Splat, {}, attrs, dtype, shape, loc);
  }
  std::shared_ptr<ArrayImpl> impl = detail::allocate("full", dtype, shape, loc);
  for (int64_t i = 0; i < impl->size; ++i)
    store(dtype, impl->data, i, value);
  return Array(std::move(impl));
}
Array zeros(const Shape &shape, DType dtype, std::source_location loc) {
  return full(shape, 0, dtype, loc);
}
Array ones(const Shape &shape, DType dtype, std::source_location loc) {
  return full(shape, 1, dtype, loc);
}
Array full_like(const Array &a, double value, std::source_location loc) {
  return full(a.shape(), value, a.dtype(), loc);
}
Array zeros_like(const Array &a, std::source_location loc) {
  return full(a.shape(), 0, a.dtype(), loc);
}
Array ones_like(const Array &a, std::source_location loc) {
  return full(a.shape(), 1, a.dtype(), loc);
}

/// start + i * step for i in [0, n), as `dtype`.
static Array ramp(const char *op, double start, double step, int64_t n,
                  DType dtype, const std::source_location &loc) {
  detail::check_shape(op, {n}, loc);
  detail::ops::check_dtype(op, dtype, loc);
  if (detail::Trace::current()) {
    detail::Attrs iota;
    Array i = detail::bind(detail::Prim::Iota, {}, iota,
                           is_floating(dtype) ? dtype : DType::f64, {n}, loc);
    Array r = add(multiply(i, step, loc), start, loc);
    return astype(r, dtype, loc);
  }
  std::shared_ptr<ArrayImpl> impl = detail::allocate(op, dtype, {n}, loc);
  for (int64_t i = 0; i < n; ++i)
    store(dtype, impl->data, i, start + double(i) * step);
  return Array(std::move(impl));
}

Array arange(int64_t n, DType dtype, std::source_location loc) {
  return ramp("arange", 0, 1, n, dtype, loc);
}
Array arange(double start, double stop, double step, DType dtype,
             std::source_location loc) {
  if (step == 0 || !std::isfinite(step))
    fail("arange", "step must be finite and nonzero, got " + std::to_string(step), loc);
  double count = std::ceil((stop - start) / step);
  if (!(count < 0x1p63)) { // also NaN: converting it to int64 would be undefined
    std::ostringstream os;
    os << "start " << start << ", stop " << stop << " and step " << step << " give " << count
       << " elements, more than int64 can count";
    fail("arange", os.str(), loc);
  }
  int64_t n = count > 0 ? int64_t(count) : 0; // -inf or -1e300 give none
  return ramp("arange", start, step, n, dtype, loc);
}
Array linspace(double start, double stop, int64_t num, DType dtype,
               std::source_location loc) {
  if (is_symbolic(num))
    fail("linspace", "the number of points must be a fixed size, not the symbolic size " +
                         detail::size_str(num),
         loc);
  double step = num > 1 ? (stop - start) / double(num - 1) : 0;
  return ramp("linspace", start, step, num, dtype, loc);
}

} // namespace numjit
