//===- Cuda.cpp - The CUDA driver through dlopen, and mgpu* -----------===//

#include "runtime/Cuda.h"

#include "runtime/Runtime.h"

#include <dlfcn.h>

#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace {
// The driver API's types and the few entry points used, declared here so
// no CUDA header is needed to build.
using CUresult = int;
using CUdevice = int;
using CUcontext = void *;
using CUmodule = void *;
using CUfunction = void *;
using CUstream = void *;
using CUdeviceptr = unsigned long long;
constexpr int kComputeCapabilityMajor = 75, kComputeCapabilityMinor = 76;

struct Driver {
  CUresult (*cuInit)(unsigned);
  CUresult (*cuDeviceGetCount)(int *);
  CUresult (*cuDeviceGet)(CUdevice *, int);
  CUresult (*cuDeviceGetAttribute)(int *, int, CUdevice);
  CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
  CUresult (*cuCtxSetCurrent)(CUcontext);
  CUresult (*cuGetErrorString)(CUresult, const char **);
  CUresult (*cuModuleLoadData)(CUmodule *, const void *);
  CUresult (*cuModuleUnload)(CUmodule);
  CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
  CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned,
                             unsigned, unsigned, unsigned, CUstream, void **, void **);
  CUresult (*cuStreamSynchronize)(CUstream);
  CUresult (*cuCtxSynchronize)();
  CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
  CUresult (*cuMemFree)(CUdeviceptr);
  CUresult (*cuMemcpy)(CUdeviceptr, CUdeviceptr, size_t);
  CUresult (*cuMemcpyHtoD)(CUdeviceptr, const void *, size_t);
  CUresult (*cuMemcpyDtoH)(void *, CUdeviceptr, size_t);

  CUdevice device = 0;
  CUcontext context = nullptr;
  std::string error; ///< Why the driver cannot be used; empty when it can.
};

thread_local std::string lastError;

void record(const std::string &what) {
  if (lastError.empty())
    lastError = what;
}

template <typename Fn> bool load(void *lib, const char *name, Fn &fn) {
  fn = reinterpret_cast<Fn>(dlsym(lib, name));
  return fn != nullptr;
}

Driver &driver() {
  static Driver *d = [] {
    auto *d = new Driver{}; // never destroyed: kernels may run at exit
    const char *name = std::getenv("NUMJIT_LIBCUDA");
    if (!name || !*name)
      name = "libcuda.so.1";
    void *lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
      d->error = std::string("no CUDA driver was found (dlopen ") + name +
                 ": " + dlerror() + ")";
      return d;
    }
    bool ok = load(lib, "cuInit", d->cuInit) &&
              load(lib, "cuDeviceGetCount", d->cuDeviceGetCount) &&
              load(lib, "cuDeviceGet", d->cuDeviceGet) &&
              load(lib, "cuDeviceGetAttribute", d->cuDeviceGetAttribute) &&
              load(lib, "cuDevicePrimaryCtxRetain", d->cuDevicePrimaryCtxRetain) &&
              load(lib, "cuCtxSetCurrent", d->cuCtxSetCurrent) &&
              load(lib, "cuGetErrorString", d->cuGetErrorString) &&
              load(lib, "cuModuleLoadData", d->cuModuleLoadData) &&
              load(lib, "cuModuleUnload", d->cuModuleUnload) &&
              load(lib, "cuModuleGetFunction", d->cuModuleGetFunction) &&
              load(lib, "cuLaunchKernel", d->cuLaunchKernel) &&
              load(lib, "cuStreamSynchronize", d->cuStreamSynchronize) &&
              load(lib, "cuCtxSynchronize", d->cuCtxSynchronize) &&
              load(lib, "cuMemAlloc_v2", d->cuMemAlloc) &&
              load(lib, "cuMemFree_v2", d->cuMemFree) &&
              load(lib, "cuMemcpy", d->cuMemcpy) &&
              load(lib, "cuMemcpyHtoD_v2", d->cuMemcpyHtoD) &&
              load(lib, "cuMemcpyDtoH_v2", d->cuMemcpyDtoH);
    if (!ok) {
      d->error = std::string("the CUDA driver ") + name + " lacks " + dlerror();
      return d;
    }
    int count = 0;
    if (d->cuInit(0) != 0 || d->cuDeviceGetCount(&count) != 0 || count == 0) {
      d->error = "the CUDA driver found no device";
      return d;
    }
    if (d->cuDeviceGet(&d->device, 0) != 0 ||
        d->cuDevicePrimaryCtxRetain(&d->context, d->device) != 0)
      d->error = "the CUDA driver could not open device 0";
    return d;
  }();
  return *d;
}

/// The driver, with the device's context current on this thread; null
/// (and the reason recorded) when there is none.
Driver *ready() {
  Driver &d = driver();
  if (!d.error.empty()) {
    record(d.error);
    return nullptr;
  }
  thread_local bool current = false;
  if (!current) {
    d.cuCtxSetCurrent(d.context);
    current = true;
  }
  return &d;
}

bool check(Driver &d, CUresult r, const char *what) {
  if (r == 0)
    return true;
  const char *text = nullptr;
  d.cuGetErrorString(r, &text);
  record(std::string(what) + " failed: " + (text ? text : "error " + std::to_string(r)));
  return false;
}

/// Freed device buffers by size, reused before asking the driver again
/// (cuMemAlloc/cuMemFree synchronize the device).
class DevicePool {
public:
  static DevicePool &get() {
    static DevicePool *pool = new DevicePool;
    return *pool;
  }
  void *take(Driver &d, size_t bytes) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto it = free_.find(bytes);
      if (it != free_.end() && !it->second.empty()) {
        void *p = it->second.back();
        it->second.pop_back();
        return p;
      }
    }
    CUdeviceptr p = 0;
    if (!check(d, d.cuMemAlloc(&p, bytes ? bytes : 1), "cuMemAlloc"))
      return nullptr;
    return reinterpret_cast<void *>(p);
  }
  void give(Driver &d, void *p, size_t bytes) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      std::vector<void *> &list = free_[bytes];
      if (list.size() < 8) {
        list.push_back(p);
        return;
      }
    }
    check(d, d.cuMemFree(reinterpret_cast<CUdeviceptr>(p)), "cuMemFree");
  }

private:
  std::mutex mutex_;
  std::unordered_map<size_t, std::vector<void *>> free_;
};

/// The sizes of device buffers mgpuMemAlloc handed out, for mgpuMemFree.
std::mutex sizesMutex;
std::unordered_map<void *, size_t> &allocatedSizes() {
  static auto *sizes = new std::unordered_map<void *, size_t>;
  return *sizes;
}
} // namespace

namespace numjit::runtime::cuda {

bool available(std::string *why) {
  Driver &d = driver();
  if (why)
    *why = d.error;
  return d.error.empty();
}

std::string deviceArch() {
  Driver &d = driver();
  int major = 0, minor = 0;
  if (!d.error.empty() ||
      d.cuDeviceGetAttribute(&major, kComputeCapabilityMajor, d.device) != 0 ||
      d.cuDeviceGetAttribute(&minor, kComputeCapabilityMinor, d.device) != 0)
    return "";
  return "sm_" + std::to_string(major * 10 + minor);
}

void *alloc(size_t bytes) {
  Driver *d = ready();
  return d ? DevicePool::get().take(*d, bytes) : nullptr;
}

void free(void *ptr, size_t bytes) {
  if (Driver *d = ready(); d && ptr)
    DevicePool::get().give(*d, ptr, bytes);
}

void copyToDevice(void *device, const void *host, size_t bytes) {
  if (Driver *d = ready(); d && bytes)
    check(*d, d->cuMemcpyHtoD(reinterpret_cast<CUdeviceptr>(device), host, bytes),
          "cuMemcpyHtoD");
}

void copyToHost(void *host, const void *device, size_t bytes) {
  if (Driver *d = ready(); d && bytes)
    check(*d, d->cuMemcpyDtoH(host, reinterpret_cast<CUdeviceptr>(device), bytes),
          "cuMemcpyDtoH");
}

void copyOnDevice(void *to, const void *from, size_t bytes) {
  if (Driver *d = ready(); d && bytes)
    check(*d,
          d->cuMemcpy(reinterpret_cast<CUdeviceptr>(to), reinterpret_cast<CUdeviceptr>(from),
                      bytes),
          "cuMemcpy");
}

void synchronize() {
  if (Driver *d = ready())
    check(*d, d->cuCtxSynchronize(), "cuCtxSynchronize");
}

std::string takeError() {
  std::string e;
  e.swap(lastError);
  return e;
}

} // namespace numjit::runtime::cuda

// What MLIR's gpu-to-llvm lowering calls. Every kernel runs on the
// default stream, so work stays in order without events; the copy of the
// results back to the host waits for it.
extern "C" {
void *mgpuModuleLoad(void *data, size_t /*size*/) {
  Driver *d = ready();
  CUmodule module = nullptr;
  if (d)
    check(*d, d->cuModuleLoadData(&module, data), "cuModuleLoadData");
  return module;
}

// PTX text (null-terminated), which the driver compiles for the device.
void *mgpuModuleLoadJIT(void *data, int /*optLevel*/) {
  return mgpuModuleLoad(data, 0);
}

void mgpuModuleUnload(void *module) {
  if (Driver *d = ready(); d && module)
    check(*d, d->cuModuleUnload(module), "cuModuleUnload");
}

void *mgpuModuleGetFunction(void *module, const char *name) {
  Driver *d = ready();
  CUfunction fn = nullptr;
  if (d && module)
    check(*d, d->cuModuleGetFunction(&fn, module, name), "cuModuleGetFunction");
  return fn;
}

void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY,
                      intptr_t gridZ, intptr_t blockX, intptr_t blockY,
                      intptr_t blockZ, int32_t smem, void *stream,
                      void **params, void **extra, size_t /*paramsCount*/) {
  Driver *d = ready();
  if (!d || !function)
    return;
  check(*d,
        d->cuLaunchKernel(function, unsigned(gridX), unsigned(gridY), unsigned(gridZ),
                          unsigned(blockX), unsigned(blockY), unsigned(blockZ),
                          unsigned(smem), stream, params, extra),
        "cuLaunchKernel");
}

void *mgpuStreamCreate() { return nullptr; } // the default stream
void mgpuStreamDestroy(void *) {}
void mgpuStreamSynchronize(void *) {} // ordered on the default stream

void *mgpuMemAlloc(uint64_t bytes, void * /*stream*/, bool /*hostShared*/) {
  void *p = numjit::runtime::cuda::alloc(bytes);
  if (p) {
    std::lock_guard<std::mutex> lock(sizesMutex);
    allocatedSizes()[p] = bytes;
  }
  return p;
}

void mgpuMemFree(void *ptr, void * /*stream*/) {
  size_t bytes = 0;
  {
    std::lock_guard<std::mutex> lock(sizesMutex);
    auto it = allocatedSizes().find(ptr);
    if (it == allocatedSizes().end())
      return;
    bytes = it->second;
    allocatedSizes().erase(it);
  }
  numjit::runtime::cuda::free(ptr, bytes);
}

void mgpuMemcpy(void *dst, void *src, size_t bytes, void * /*stream*/) {
  if (Driver *d = ready(); d && bytes)
    check(*d,
          d->cuMemcpy(reinterpret_cast<CUdeviceptr>(dst),
                      reinterpret_cast<CUdeviceptr>(src), bytes),
          "cuMemcpy");
}
}

namespace {
/// cuBLAS, opened on first use; null entries when it is not there.
struct Cublas {
  void *handle = nullptr;
  int (*sgemm)(void *, int, int, int, int, int, const float *, const float *, int,
               const float *, int, const float *, float *, int) = nullptr;
  int (*dgemm)(void *, int, int, int, int, int, const double *, const double *, int,
               const double *, int, const double *, double *, int) = nullptr;
};

Cublas &cublas() {
  static Cublas *c = [] {
    auto *c = new Cublas;
    if (!ready())
      return c;
    void *lib = nullptr;
    for (const char *name : {"libcublas.so", "libcublas.so.13", "libcublas.so.12",
                             "libcublas.so.11"})
      if ((lib = dlopen(name, RTLD_NOW | RTLD_LOCAL)))
        break;
    using Create = int (*)(void **);
    auto create = lib ? reinterpret_cast<Create>(dlsym(lib, "cublasCreate_v2")) : nullptr;
    if (!create || create(&c->handle) != 0)
      return c;
    load(lib, "cublasSgemm_v2", c->sgemm);
    load(lib, "cublasDgemm_v2", c->dgemm);
    return c;
  }();
  return *c;
}

/// Row-major C = alpha op(A) op(B) + beta C with CBLAS's arguments, as
/// cuBLAS's column-major C^T = op(B)^T op(A)^T. 0 when cuBLAS ran it.
template <typename T, typename Gemm>
int32_t cublasGemm(Gemm gemm, int32_t transA, int32_t transB, int32_t m, int32_t n, int32_t k,
                   T alpha, const T *a, int32_t lda, const T *b, int32_t ldb, T beta, T *c,
                   int32_t ldc) {
  constexpr int kNoTrans = 0, kTrans = 1, kCblasTrans = 112;
  if (!gemm)
    return 1;
  return gemm(cublas().handle, transB == kCblasTrans ? kTrans : kNoTrans,
              transA == kCblasTrans ? kTrans : kNoTrans, n, m, k, &alpha, b, ldb, a, lda,
              &beta, c, ldc) == 0
             ? 0
             : 2;
}
} // namespace

// What numjit-gemm-to-blas{library=cublas} calls: the arguments of
// cblas_?gemm (row-major only) on device buffers; nonzero when cuBLAS
// cannot run it, and the generated kernel runs instead.
extern "C" int32_t numjit_cublas_sgemm(int32_t, int32_t transA, int32_t transB, int32_t m,
                                       int32_t n, int32_t k, float alpha, const float *a,
                                       int32_t lda, const float *b, int32_t ldb, float beta,
                                       float *c, int32_t ldc) {
  return cublasGemm(cublas().sgemm, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c,
                    ldc);
}
extern "C" int32_t numjit_cublas_dgemm(int32_t, int32_t transA, int32_t transB, int32_t m,
                                       int32_t n, int32_t k, double alpha, const double *a,
                                       int32_t lda, const double *b, int32_t ldb, double beta,
                                       double *c, int32_t ldc) {
  return cublasGemm(cublas().dgemm, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c,
                    ldc);
}

const numjit::runtime::Symbol *numjit::runtime::cudaSymbols(int64_t &count) {
  static const Symbol table[] = {
      {"mgpuModuleLoad", reinterpret_cast<void *>(&mgpuModuleLoad)},
      {"mgpuModuleLoadJIT", reinterpret_cast<void *>(&mgpuModuleLoadJIT)},
      {"mgpuModuleUnload", reinterpret_cast<void *>(&mgpuModuleUnload)},
      {"mgpuModuleGetFunction", reinterpret_cast<void *>(&mgpuModuleGetFunction)},
      {"mgpuLaunchKernel", reinterpret_cast<void *>(&mgpuLaunchKernel)},
      {"mgpuStreamCreate", reinterpret_cast<void *>(&mgpuStreamCreate)},
      {"mgpuStreamDestroy", reinterpret_cast<void *>(&mgpuStreamDestroy)},
      {"mgpuStreamSynchronize", reinterpret_cast<void *>(&mgpuStreamSynchronize)},
      {"mgpuMemAlloc", reinterpret_cast<void *>(&mgpuMemAlloc)},
      {"mgpuMemFree", reinterpret_cast<void *>(&mgpuMemFree)},
      {"mgpuMemcpy", reinterpret_cast<void *>(&mgpuMemcpy)},
      {"numjit_cublas_sgemm", reinterpret_cast<void *>(&numjit_cublas_sgemm)},
      {"numjit_cublas_dgemm", reinterpret_cast<void *>(&numjit_cublas_dgemm)},
  };
  count = sizeof(table) / sizeof(table[0]);
  return table;
}
