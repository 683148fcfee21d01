//===- Kernel.h - A compiled kernel and its calling convention --*- C++ -*-===//
//
// A kernel has one entry point, `void entry(void **args)`, where args holds,
// if the kernel has symbolic sizes, first a pointer to their int64_t values,
// then a data pointer per input then per output, each to a contiguous
// row-major buffer. Inputs are only read; outputs are written whole. This
// header includes no MLIR or LLVM header.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_JIT_KERNEL_H
#define NUMJIT_JIT_KERNEL_H

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mlir::numjit {

/// Outputs of at least this many bytes of a kernel compiled by the JIT for
/// the host must start on a 64-byte boundary: the kernel writes them with
/// non-temporal stores, which need aligned vectors. 32 MiB, measured here:
/// streaming stores won from 16 MiB on in bench/nontemporal.cpp (a loop, then
/// a reader), but W4's 16 MiB softmax, whose 32 MiB of input and output stay
/// in the cache from one call to the next, ran 1.7x slower with them.
constexpr int64_t kAlignedOutputBytes = int64_t(32) << 20;
constexpr size_t kOutputAlignment = 64;

/// Element types a kernel buffer can hold; i1 is stored as one byte.
/// The order is numjit::DType's (f32, f64, i32, i64, bool, u8, u32, f16,
/// bf16).
enum class ElementKind : uint8_t { f32, f64, i32, i64, i1, u8, u32, f16, bf16 };

/// Bytes per element of `kind`.
size_t elementSize(ElementKind kind);
/// "f32", "f64", "i32", "i64", "i1", "u8", "u32", "f16" or "bf16".
const char *elementName(ElementKind kind);

/// The type of one kernel argument.
struct BufferSpec {
  ElementKind kind;
  /// Each size is >= 0, or -1 - k for the kernel's k-th symbolic size.
  std::vector<int64_t> shape;

  /// The element count, given the symbolic sizes' values (none for a
  /// kernel without symbolic sizes).
  int64_t numElements(const std::vector<int64_t> &symbols = {}) const;
  size_t byteSize() const { return numElements() * elementSize(kind); }
  bool operator==(const BufferSpec &) const = default;
};

using KernelEntry = void (*)(void **args);

/// What a kernel compiled at the baseline tier keeps to be optimized later
/// (defined in jit/Engine.cpp).
struct TierUp;

/// A compiled kernel. Its code stays loaded while any reference to it lives.
///
/// A small JIT kernel may start at the baseline tier (CompileOptions::
/// baseline): LLVM's code generation without optimization, a few times
/// quicker to make. Its `tierUpCalls`-th call compiles it again with the
/// full optimization, on the calling thread, and the calls after it run
/// that code; calls meanwhile on other threads keep running the baseline's.
/// Both tiers give the same bits (jit/Baseline.cpp).
class Kernel {
public:
  Kernel(std::string name, KernelEntry entry, std::vector<BufferSpec> inputs,
         std::vector<BufferSpec> outputs, std::vector<std::string> symbols,
         std::shared_ptr<void> code, std::shared_ptr<TierUp> tierUp = nullptr,
         int64_t tierUpCalls = 0)
      : name(std::move(name)), inputs(std::move(inputs)), outputs(std::move(outputs)),
        symbols(std::move(symbols)), entry(entry), callsLeft(tierUp ? tierUpCalls : 0),
        tierUp(std::move(tierUp)), code(std::move(code)) {}

  /// Runs the kernel: `args` is (the symbols' values,) inputs then outputs.
  void operator()(void **args) const {
    if (callsLeft.load(std::memory_order_relaxed) > 0) [[unlikely]]
      countBaselineCall();
    entry.load(std::memory_order_acquire)(args);
  }

  const std::string name;
  const std::vector<BufferSpec> inputs, outputs;
  /// Names of the symbolic sizes, in the order of their values.
  const std::vector<std::string> symbols;

private:
  friend struct TierUp;
  /// Counts a call of the baseline code; the tier-up call optimizes.
  void countBaselineCall() const;

  mutable std::atomic<KernelEntry> entry;
  /// Calls until the tier-up; <= 0 once it is done (or without one).
  mutable std::atomic<int64_t> callsLeft;
  std::shared_ptr<TierUp> tierUp;
  std::shared_ptr<void> code; ///< Releases the code when the last ref goes.
};

using KernelRef = std::shared_ptr<const Kernel>;

} // namespace mlir::numjit

#endif // NUMJIT_JIT_KERNEL_H
