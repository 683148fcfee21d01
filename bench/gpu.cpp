//===- gpu.cpp - W1, W2, W3 and W5 on an NVIDIA GPU, with baselines -------===//
//
// Kernel time on the device only (inputs already in device memory, each
// timing a batch of calls closed by a synchronize): W1-W3 at 2^26 elements
// beside a device-to-device copy of the bytes each one moves, and W5 (a
// square f32 matrix product, n = 4096) beside cuBLAS's sgemm when
// libcublas can be opened. bench/run_gpu.sh prints the ratios. Without a
// driver and a device every benchmark reports why it did not run.
//
//   build/bench/numjit-bench-gpu
//
//===----------------------------------------------------------------------===//

#include "jit/Compiler.h"
#include "jit/Engine.h"
#include "runtime/Cuda.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <dlfcn.h>
#include <random>
#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::numjit;
namespace cu = ::numjit::runtime::cuda;

namespace {

constexpr int64_t kN = int64_t(1) << 26;
constexpr int kCallsPerIteration = 10;

std::string vectorType(int64_t n) { return "tensor<" + std::to_string(n) + "xf32>"; }

std::string w1(int64_t n) {
  std::string t = vectorType(n);
  return "func.func @w1(%x: " + t + ", %y: " + t + ") -> " + t + " {\n"
         "  %a = numjit.constant dense<2.0> : " + t + "\n"
         "  %b = numjit.constant dense<3.0> : " + t + "\n"
         "  %0 = numjit.mul %a, %x : " + t + "\n"
         "  %1 = numjit.mul %b, %y : " + t + "\n"
         "  %2 = numjit.mul %x, %y : " + t + "\n"
         "  %3 = numjit.add %0, %1 : " + t + "\n"
         "  %4 = numjit.sub %3, %2 : " + t + "\n"
         "  return %4 : " + t + "\n}\n";
}

std::string w2(int64_t n) {
  std::string t = vectorType(n);
  auto c = [&](const char *name, const char *v) {
    return std::string("  %") + name + " = numjit.constant dense<" + v + "> : " + t + "\n";
  };
  return "func.func @w2(%v: " + t + ") -> " + t + " {\n" + c("k", "0.044715") +
         c("s", "0.7978845608") + c("one", "1.0") + c("half", "0.5") +
         "  %0 = numjit.mul %k, %v : " + t + "\n"
         "  %1 = numjit.mul %0, %v : " + t + "\n"
         "  %2 = numjit.mul %1, %v : " + t + "\n"
         "  %3 = numjit.add %v, %2 : " + t + "\n"
         "  %4 = numjit.mul %s, %3 : " + t + "\n"
         "  %5 = numjit.tanh %4 : " + t + "\n"
         "  %6 = numjit.add %one, %5 : " + t + "\n"
         "  %7 = numjit.mul %half, %v : " + t + "\n"
         "  %8 = numjit.mul %7, %6 : " + t + "\n"
         "  return %8 : " + t + "\n}\n";
}

std::string w3(int64_t n) {
  std::string t = vectorType(n);
  return "func.func @w3(%x: " + t + ", %y: " + t + ") -> tensor<f32> {\n"
         "  %0 = numjit.mul %x, %y : " + t + "\n"
         "  %1 = numjit.reduce sum %0, dims = [0] : " + t + " -> tensor<f32>\n"
         "  return %1 : tensor<f32>\n}\n";
}

std::string w5(int64_t n) {
  std::string t = "tensor<" + std::to_string(n) + "x" + std::to_string(n) + "xf32>";
  return "func.func @w5(%a: " + t + ", %b: " + t + ") -> " + t + " {\n"
         "  %0 = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : (" + t +
         ", " + t + ") -> " + t + "\n  return %0 : " + t + "\n}\n";
}

/// A kernel compiled for this device with its buffers in device memory,
/// inputs filled with values in [-1, 1).
struct DeviceKernel {
  KernelRef kernel;
  std::vector<void *> args;
  std::vector<size_t> bytes;
  size_t movedBytes = 0; ///< every input and output once

  ~DeviceKernel() {
    for (size_t i = 0; i < args.size(); ++i)
      cu::free(args[i], bytes[i]);
  }
};

/// Why nothing can run here, or "" when a device is present.
std::string noDevice() {
  std::string why;
  return cu::available(&why) ? "" : "no CUDA device: " + why;
}

std::unique_ptr<DeviceKernel> compileForDevice(const std::string &ir, std::string &error) {
  static std::unique_ptr<MLIRContext> context = createContext();
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(ir, context.get());
  CompileOptions options;
  options.target = "cuda:" + cu::deviceArch();
  FailureOr<KernelRef> kernel = Engine::get().compile(*module, options);
  if (failed(kernel)) {
    error = "compile failed";
    return nullptr;
  }
  auto k = std::make_unique<DeviceKernel>();
  k->kernel = *kernel;
  std::mt19937 rng(1);
  std::uniform_real_distribution<float> dist(-1, 1);
  for (bool input : {true, false})
    for (const BufferSpec &spec : input ? k->kernel->inputs : k->kernel->outputs) {
      size_t n = spec.byteSize();
      void *p = cu::alloc(n);
      k->args.push_back(p);
      k->bytes.push_back(n);
      k->movedBytes += n;
      if (input) {
        std::vector<float> host(n / sizeof(float));
        for (float &v : host)
          v = dist(rng);
        cu::copyToDevice(p, host.data(), n);
      }
    }
  cu::synchronize();
  error = cu::takeError();
  return error.empty() ? std::move(k) : nullptr;
}

/// Times `call` in batches of kCallsPerIteration, closed by a synchronize.
template <typename Call> void timeOnDevice(benchmark::State &state, Call call) {
  call();
  cu::synchronize();
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kCallsPerIteration; ++i)
      call();
    cu::synchronize();
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    state.SetIterationTime(elapsed.count() / kCallsPerIteration);
  }
  if (std::string error = cu::takeError(); !error.empty())
    state.SkipWithError(error.c_str());
}

void runWorkload(benchmark::State &state, const std::string &ir, double flops = 0) {
  if (std::string why = noDevice(); !why.empty())
    return state.SkipWithError(why.c_str());
  std::string error;
  std::unique_ptr<DeviceKernel> k = compileForDevice(ir, error);
  if (!k)
    return state.SkipWithError(error.c_str());
  timeOnDevice(state, [&] { (*k->kernel)(k->args.data()); });
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(k->movedBytes));
  if (flops > 0)
    state.counters["GFLOP/s"] =
        benchmark::Counter(flops * 1e-9 * double(state.iterations()), benchmark::Counter::kIsRate);
}

void W1(benchmark::State &state) { runWorkload(state, w1(kN)); }
void W2(benchmark::State &state) { runWorkload(state, w2(kN)); }
void W3(benchmark::State &state) { runWorkload(state, w3(kN)); }
void W5(benchmark::State &state) {
  int64_t n = state.range(0);
  runWorkload(state, w5(n), 2.0 * double(n) * double(n) * double(n));
}

/// A device-to-device copy of `bytes` (reads and writes them: 2x bytes moved).
void Copy(benchmark::State &state) {
  if (std::string why = noDevice(); !why.empty())
    return state.SkipWithError(why.c_str());
  size_t bytes = size_t(state.range(0));
  void *from = cu::alloc(bytes), *to = cu::alloc(bytes);
  timeOnDevice(state, [&] { cu::copyOnDevice(to, from, bytes); });
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(2 * bytes));
  cu::free(from, bytes);
  cu::free(to, bytes);
}

/// cuBLAS sgemm on n x n matrices (row-major, as C = B^T A^T in cuBLAS's
/// column-major terms), when libcublas opens.
void Cublas(benchmark::State &state) {
  if (std::string why = noDevice(); !why.empty())
    return state.SkipWithError(why.c_str());
  void *lib = nullptr;
  for (const char *name : {"libcublas.so", "libcublas.so.13", "libcublas.so.12", "libcublas.so.11"})
    if ((lib = dlopen(name, RTLD_NOW | RTLD_LOCAL)))
      break;
  if (!lib)
    return state.SkipWithError("libcublas not found");
  using Create = int (*)(void **);
  using Sgemm = int (*)(void *, int, int, int, int, int, const float *, const float *, int,
                        const float *, int, const float *, float *, int);
  auto create = reinterpret_cast<Create>(dlsym(lib, "cublasCreate_v2"));
  auto sgemm = reinterpret_cast<Sgemm>(dlsym(lib, "cublasSgemm_v2"));
  void *handle = nullptr;
  if (!create || !sgemm || create(&handle) != 0)
    return state.SkipWithError("cublasCreate failed");
  int n = int(state.range(0));
  size_t bytes = size_t(n) * size_t(n) * sizeof(float);
  auto *a = static_cast<float *>(cu::alloc(bytes)), *b = static_cast<float *>(cu::alloc(bytes)),
       *c = static_cast<float *>(cu::alloc(bytes));
  float one = 1, zero = 0;
  timeOnDevice(state, [&] { sgemm(handle, 0, 0, n, n, n, &one, b, n, a, n, &zero, c, n); });
  state.counters["GFLOP/s"] = benchmark::Counter(
      2.0 * n * double(n) * n * 1e-9 * double(state.iterations()), benchmark::Counter::kIsRate);
  for (float *p : {a, b, c})
    cu::free(p, bytes);
}

BENCHMARK(W1)->Name("GPU/W1/numjit")->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(Copy)->Name("GPU/W1/copy")->Arg(3 * kN * 4 / 2)->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(W2)->Name("GPU/W2/numjit")->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(Copy)->Name("GPU/W2/copy")->Arg(kN * 4)->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(W3)->Name("GPU/W3/numjit")->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(Copy)->Name("GPU/W3/copy")->Arg(kN * 4)->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(W5)->Name("GPU/W5/numjit")->Arg(4096)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(Cublas)->Name("GPU/W5/cublas")->Arg(4096)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
