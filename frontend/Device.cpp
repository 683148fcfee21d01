//===- Device.cpp - Targets, and running kernels on a CUDA device ---------===//

#include "frontend/Trace.h"

#include "codegen/Passes.h"
#include "runtime/Cuda.h"

#include <cstdlib>

namespace numjit {

namespace cu = runtime::cuda;

Target host() { return Target("host"); }

Target sharded(Sharding sharding) {
  Target t("host");
  t.sharding_ = std::make_shared<const Sharding>(std::move(sharding));
  return t;
}

Target cuda(std::string arch, std::source_location loc) {
  if (arch.empty()) {
    arch = cu::deviceArch();
    if (arch.empty())
      arch = "sm_90";
  }
  std::string name = "cuda:" + arch;
  if (!mlir::numjit::isCudaTarget(name))
    detail::fail("cuda",
                 "'" + arch + "' is not an NVIDIA GPU architecture (sm_XX, XX >= 50, as in sm_90)",
                 loc);
  return Target(std::move(name));
}

bool cuda_available() { return cu::available(); }

Target default_target(std::source_location loc) {
  const char *env = std::getenv("NUMJIT_TARGET");
  std::string value = env ? env : "";
  if (value.empty() || value == "host")
    return host();
  if (value == "cuda")
    return cuda("", loc);
  if (value.rfind("cuda:", 0) == 0)
    return cuda(value.substr(5), loc);
  detail::fail("jit", "NUMJIT_TARGET='" + value + "' names no target (host, cuda, cuda:sm_XX)",
               loc);
}

namespace detail {

void require_cuda(const char *op, const std::string &target, const std::source_location &loc) {
  std::string why;
  if (!cu::available(&why))
    fail(op,
         "this function is compiled for " + target +
             ", but no CUDA driver or device was found: " + why,
         loc);
}

namespace {
/// Device buffers of one call, returned to the runtime's pool at the end.
class DeviceBuffers {
public:
  ~DeviceBuffers() {
    for (auto [p, bytes] : buffers_)
      cu::free(p, bytes);
  }
  void *add(size_t bytes) {
    void *p = cu::alloc(bytes);
    if (p)
      buffers_.push_back({p, bytes});
    return p;
  }

private:
  std::vector<std::pair<void *, size_t>> buffers_;
};

void check(const char *what, const std::source_location &loc) {
  std::string error = cu::takeError();
  if (!error.empty())
    fail("jit", std::string(what) + " failed: " + error, loc);
}
} // namespace

std::vector<Array> run_on_device(const mlir::numjit::Kernel &kernel,
                                 std::span<const Array> inputs,
                                 std::span<const Array> captures,
                                 const std::source_location &loc) {
  (void)cu::takeError();
  DeviceBuffers buffers;
  std::vector<void *> args;
  auto upload = [&](const Array &a) {
    size_t bytes = size_t(a.size()) * itemsize(a.dtype());
    void *p = buffers.add(bytes);
    if (p)
      cu::copyToDevice(p, a.impl()->data, bytes);
    args.push_back(p);
  };
  for (const Array &a : inputs)
    upload(a);
  for (const Array &a : captures)
    upload(a);
  std::vector<Array> outputs;
  std::vector<std::pair<void *, size_t>> results;
  for (const mlir::numjit::BufferSpec &spec : kernel.outputs) {
    std::shared_ptr<ArrayImpl> out = alloc_array(DType(spec.kind), spec.shape);
    size_t bytes = size_t(out->size) * itemsize(DType(spec.kind));
    void *p = buffers.add(bytes);
    args.push_back(p);
    results.push_back({p, bytes});
    outputs.emplace_back(std::move(out));
  }
  check("copying the inputs to the GPU", loc);
  kernel(args.data());
  check("launching the kernels", loc);
  for (auto [i, r] : llvm::enumerate(results))
    cu::copyToHost(outputs[i].impl()->data, r.first, r.second);
  check("running the kernels on the GPU", loc);
  return outputs;
}

} // namespace detail
} // namespace numjit
