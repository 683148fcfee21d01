//===- Cuda.h - The CUDA driver, loaded when first needed -------*- C++ -*-===//
//
// numjit needs no CUDA toolkit to build and nothing but the driver to run
// GPU kernels: `libcuda.so.1` is opened with dlopen on first use (or the
// library NUMJIT_LIBCUDA names). Compiled GPU kernels call the mgpu*
// functions MLIR's gpu-to-llvm lowering emits (module load, launch, device
// memory), which are defined here over the driver API; the JIT resolves
// them through symbols() (Runtime.h). None of them throws: the first
// failure on a thread is kept until takeError() reads it.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_RUNTIME_CUDA_H
#define NUMJIT_RUNTIME_CUDA_H

#include <cstddef>
#include <string>

namespace numjit::runtime::cuda {

/// Whether a CUDA driver and at least one device are present; `why` gets
/// the reason when not.
bool available(std::string *why = nullptr);

/// The first device's architecture, "sm_90" for compute capability 9.0;
/// empty without a device.
std::string deviceArch();

/// Device memory (cached: freed buffers are reused for the same size).
void *alloc(size_t bytes);
void free(void *ptr, size_t bytes);
/// Copies between host and device memory, ordered after earlier kernels.
void copyToDevice(void *device, const void *host, size_t bytes);
void copyToHost(void *host, const void *device, size_t bytes);

/// Device-to-device copy (the bandwidth benchmarks' baseline).
void copyOnDevice(void *to, const void *from, size_t bytes);
/// Waits until the device has done all work queued so far.
void synchronize();

/// The first failure on this thread since the last call ("" if none), and
/// clears it.
std::string takeError();

} // namespace numjit::runtime::cuda

#endif // NUMJIT_RUNTIME_CUDA_H
