//===- Memory.cpp - Views of caller memory, strided copies, DLPack --------===//

#include "frontend/Trace.h"

#include <dlpack/dlpack.h>

#include <cstring>
#include <optional>

namespace numjit {

using detail::ArrayImpl;
using detail::fail;

namespace detail {

void check_span_size(size_t size, const Shape &shape, const std::source_location &loc) {
  int64_t n = checked_num_elements("view", shape, loc);
  if (int64_t(size) != n)
    fail("view", "a span of " + std::to_string(size) + " elements does not fill shape " +
                     shape_str(shape) + " (" + std::to_string(n) + " elements)",
         loc);
}

void check_strides(const Shape &shape, const Shape &strides,
                   const std::source_location &loc) {
  if (strides.size() != shape.size())
    fail("view", "shape " + shape_str(shape) + " needs " + std::to_string(shape.size()) +
                     " strides, got " + std::to_string(strides.size()),
         loc);
}

namespace {
/// Whether `strides` address the elements of `shape` in row-major order
/// (a dimension of size 1 may have any stride; an empty array any layout).
bool isRowMajor(const Shape &shape, const int64_t *strides) {
  if (!strides)
    return true;
  int64_t expected = 1;
  for (size_t i = shape.size(); i-- > 0;) {
    if (shape[i] == 0)
      return true;
    if (shape[i] != 1 && strides[i] != expected)
      return false;
    expected *= shape[i];
  }
  return true;
}

/// Copies between a contiguous buffer and strided memory, element by
/// element (`toStrided` picks the direction).
void stridedCopy(void *contiguous, void *base, const Shape &shape, const int64_t *strides,
                 size_t itemBytes, bool toStrided) {
  int64_t n = num_elements(shape);
  if (n == 0)
    return;
  std::vector<int64_t> index(shape.size(), 0);
  auto *flat = static_cast<char *>(contiguous);
  auto *origin = static_cast<char *>(base);
  int64_t offset = 0; // in elements, from base
  for (int64_t k = 0; k < n; ++k) {
    char *strided = origin + offset * int64_t(itemBytes);
    if (toStrided)
      std::memcpy(strided, flat + k * itemBytes, itemBytes);
    else
      std::memcpy(flat + k * itemBytes, strided, itemBytes);
    for (size_t d = shape.size(); d-- > 0;) { // the next row-major index
      offset += strides[d];
      if (++index[d] < shape[d])
        break;
      offset -= strides[d] * shape[d];
      index[d] = 0;
    }
  }
}

/// The view's ArrayImpl; `keepAlive` owns the caller's memory, if anything.
std::shared_ptr<ArrayImpl> viewImpl(DType dtype, const Shape &shape, const void *data,
                                    const int64_t *strides, bool writable,
                                    std::shared_ptr<void> keepAlive,
                                    const std::source_location &loc) {
  int64_t n = checked_num_elements("view", shape, loc);
  if (!data && n > 0)
    fail("view", "a null pointer for " + std::to_string(n) + " elements of shape " +
                     shape_str(shape),
         loc);
  bool misaligned = reinterpret_cast<uintptr_t>(data) % itemsize(dtype) != 0;
  if (isRowMajor(shape, strides) && !misaligned) {
    std::shared_ptr<ArrayImpl> impl = new_impl();
    impl->dtype = dtype;
    impl->shape = shape;
    impl->size = n;
    impl->data = const_cast<void *>(data);
    impl->owner = std::move(keepAlive);
    impl->writable = writable;
    return impl;
  }
  // Copied once into a contiguous buffer; a writable view remembers where
  // its elements live, for write_back.
  Shape rowMajor(shape.size());
  for (int64_t i = int64_t(shape.size()) - 1, step = 1; i >= 0; step *= shape[i], --i)
    rowMajor[size_t(i)] = step;
  const int64_t *layout = strides ? strides : rowMajor.data();
  std::shared_ptr<ArrayImpl> impl = alloc_array(dtype, shape);
  stridedCopy(impl->data, const_cast<void *>(data), shape, layout, itemsize(dtype), false);
  if (writable) {
    auto target = std::make_shared<StridedTarget>();
    target->base = const_cast<void *>(data);
    target->strides.assign(layout, layout + shape.size());
    target->keepAlive = std::move(keepAlive);
    impl->strided = std::move(target);
    impl->writable = true;
  }
  return impl;
}
} // namespace

Array make_view(DType dtype, const Shape &shape, const void *data, const int64_t *strides,
                bool writable, const std::source_location &loc) {
  return Array(viewImpl(dtype, shape, data, strides, writable, nullptr, loc));
}

void write_back(const ArrayImpl &view) {
  const StridedTarget &target = *view.strided;
  stridedCopy(view.data, target.base, view.shape, target.strides.data(),
              itemsize(view.dtype), true);
}

} // namespace detail

bool is_writable(const Array &a) { return !a.is_traced() && a.impl()->writable; }

//===----------------------------------------------------------------------===//
// DLPack
//===----------------------------------------------------------------------===//

namespace {
/// DLPack's code for bool (kDLBool, from DLPack 0.8 on; Debian's header is 0.6).
constexpr uint8_t kDLBoolCode = 6;

DLDataType toDLPack(DType dtype) {
  uint8_t bits = uint8_t(itemsize(dtype) * 8);
  switch (dtype) {
  case DType::f32: case DType::f64: case DType::f16: return {kDLFloat, bits, 1};
  case DType::bf16: return {kDLBfloat, 16, 1};
  case DType::i32: case DType::i64: return {kDLInt, bits, 1};
  case DType::u8: case DType::u32: return {kDLUInt, bits, 1};
  case DType::bool_: return {kDLBoolCode, 8, 1};
  }
  return {kDLFloat, bits, 1};
}

std::optional<DType> fromDLPack(DLDataType t) {
  if (t.lanes != 1)
    return std::nullopt;
  if (t.code == kDLFloat && t.bits == 32) return DType::f32;
  if (t.code == kDLFloat && t.bits == 64) return DType::f64;
  if (t.code == kDLFloat && t.bits == 16) return DType::f16;
  if (t.code == kDLBfloat && t.bits == 16) return DType::bf16;
  if (t.code == kDLInt && t.bits == 32) return DType::i32;
  if (t.code == kDLInt && t.bits == 64) return DType::i64;
  if (t.code == kDLUInt && t.bits == 8) return DType::u8;
  if (t.code == kDLUInt && t.bits == 32) return DType::u32;
  if (t.code == kDLBoolCode && t.bits == 8) return DType::bool_;
  return std::nullopt;
}

/// What a DLManagedTensor made by to_dlpack owns: the array (keeping its
/// buffer alive) and the shape the tensor points at.
struct Exported {
  DLManagedTensor tensor;
  std::shared_ptr<const ArrayImpl> array;
  std::vector<int64_t> shape;
};
} // namespace

DLManagedTensor *to_dlpack(const Array &a, std::source_location loc) {
  if (a.is_traced())
    fail("to_dlpack", "a traced array of shape " + shape_str(a.shape()) +
                          " has no memory to share while tracing",
         loc);
  auto exported = std::make_unique<Exported>();
  exported->array = a.impl();
  exported->shape = a.shape();
  DLTensor &t = exported->tensor.dl_tensor;
  t.data = a.impl()->data;
  t.device = {kDLCPU, 0};
  t.ndim = int(a.ndim());
  t.dtype = toDLPack(a.dtype());
  t.shape = exported->shape.data();
  t.strides = nullptr; // row-major, compact
  t.byte_offset = 0;
  exported->tensor.manager_ctx = exported.get();
  exported->tensor.deleter = [](DLManagedTensor *self) {
    delete static_cast<Exported *>(self->manager_ctx);
  };
  return &exported.release()->tensor;
}

Array from_dlpack(DLManagedTensor *tensor, std::source_location loc) {
  if (!tensor)
    fail("from_dlpack", "the tensor is null", loc);
  // Owns the tensor from here: a failure below releases it.
  std::shared_ptr<void> owner(tensor, [](void *p) {
    auto *t = static_cast<DLManagedTensor *>(p);
    if (t->deleter)
      t->deleter(t);
  });
  const DLTensor &t = tensor->dl_tensor;
  if (t.device.device_type != kDLCPU && t.device.device_type != kDLCUDAHost)
    fail("from_dlpack", "the tensor is on device type " +
                            std::to_string(int(t.device.device_type)) +
                            "; numjit reads CPU memory (kDLCPU or kDLCUDAHost) only",
         loc);
  std::optional<DType> dtype = fromDLPack(t.dtype);
  if (!dtype)
    fail("from_dlpack", "DLPack dtype (code " + std::to_string(int(t.dtype.code)) +
                            ", bits " + std::to_string(int(t.dtype.bits)) + ", lanes " +
                            std::to_string(int(t.dtype.lanes)) +
                            ") is not a numjit dtype (float16/32/64, bfloat16, int32/64, "
                            "uint8/32, bool)",
         loc);
  if (t.ndim < 0 || (t.ndim > 0 && !t.shape))
    fail("from_dlpack", "the tensor has " + std::to_string(t.ndim) +
                            " dimensions but no shape",
         loc);
  Shape shape(t.shape, t.shape + t.ndim);
  for (int64_t d : shape)
    if (d < 0)
      fail("from_dlpack", "negative dimension in shape " + shape_str(shape), loc);
  const char *data = static_cast<const char *>(t.data) + t.byte_offset;
  return Array(detail::viewImpl(*dtype, shape, data, t.strides, /*writable=*/true,
                                std::move(owner), loc));
}

} // namespace numjit
