//===- engine_latency.cpp - Compile latency and raw call cost ---*- C++ -*-===//
//
// The engine-level figures: time from numjit IR text to a callable kernel for
// a fresh 5-op elementwise function (median of 20, a new module each time so
// every one misses the cache), the same compile to an object for the host
// and for an NVIDIA GPU (host code plus PTX, no driver needed) side by side,
// the GPU's full first call where a driver is present, and the cost of
// calling a cached kernel through its entry point.
//
//   build/bench/numjit-bench-engine
//
//===----------------------------------------------------------------------===//

#include "jit/Compiler.h"
#include "jit/Engine.h"
#include "runtime/Cuda.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::numjit;

namespace {

/// exp(x) * c + x * x - 1 over tensor<1024xf32>: five ops. A distinct `c`
/// per call makes a distinct module, so every compile misses the cache.
std::string fiveOpModule(int variant) {
  std::string c = std::to_string(0.5 + variant * 1e-3);
  return "func.func @f(%x: tensor<1024xf32>) -> tensor<1024xf32> {\n"
         "  %c = numjit.constant dense<" + c + "> : tensor<1024xf32>\n"
         "  %one = numjit.constant dense<1.0> : tensor<1024xf32>\n"
         "  %0 = numjit.exp %x : tensor<1024xf32>\n"
         "  %1 = numjit.mul %0, %c : tensor<1024xf32>\n"
         "  %2 = numjit.mul %x, %x : tensor<1024xf32>\n"
         "  %3 = numjit.add %1, %2 : tensor<1024xf32>\n"
         "  %4 = numjit.sub %3, %one : tensor<1024xf32>\n"
         "  return %4 : tensor<1024xf32>\n"
         "}\n";
}

void BM_CompileFiveOps(benchmark::State &state) {
  std::unique_ptr<MLIRContext> context = createContext();
  static int variant = 0;
  for (auto _ : state) {
    OwningOpRef<ModuleOp> module =
        parseSourceString<ModuleOp>(fiveOpModule(++variant), context.get());
    FailureOr<KernelRef> kernel = Engine::get().compile(*module);
    if (failed(kernel))
      state.SkipWithError("compile failed");
    benchmark::DoNotOptimize(kernel);
  }
  Engine::get().clear();
}
BENCHMARK(BM_CompileFiveOps)
    ->Iterations(1)
    ->Repetitions(20)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMillisecond);

/// The compile alone, to a relocatable object, for `target`.
void compileToObjectFor(benchmark::State &state, const char *target) {
  std::unique_ptr<MLIRContext> context = createContext();
  static int variant = 1000;
  CompileOptions options;
  options.target = target;
  for (auto _ : state) {
    OwningOpRef<ModuleOp> module =
        parseSourceString<ModuleOp>(fiveOpModule(++variant), context.get());
    FailureOr<CompiledObject> object = compileToObject(*module, options, "k");
    if (failed(object))
      state.SkipWithError("compile failed");
    benchmark::DoNotOptimize(object);
  }
}
void BM_CompileFiveOpsObject_Host(benchmark::State &state) { compileToObjectFor(state, "host"); }
void BM_CompileFiveOpsObject_Cuda(benchmark::State &state) {
  compileToObjectFor(state, "cuda:sm_90");
}
BENCHMARK(BM_CompileFiveOpsObject_Host)
    ->Iterations(1)->Repetitions(20)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompileFiveOpsObject_Cuda)
    ->Iterations(1)->Repetitions(20)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);

/// Through the engine for the device: the object, loading it, and the
/// driver compiling the PTX. Needs a driver and a device.
void BM_CompileFiveOps_Cuda(benchmark::State &state) {
  std::unique_ptr<MLIRContext> context = createContext();
  static int variant = 2000;
  CompileOptions options;
  options.target = "cuda:" + ::numjit::runtime::cuda::deviceArch();
  for (auto _ : state) {
    OwningOpRef<ModuleOp> module =
        parseSourceString<ModuleOp>(fiveOpModule(++variant), context.get());
    FailureOr<KernelRef> kernel = Engine::get().compile(*module, options);
    if (failed(kernel))
      state.SkipWithError("compile failed");
    benchmark::DoNotOptimize(kernel);
  }
  Engine::get().clear();
}

void BM_CachedCall8(benchmark::State &state) {
  std::unique_ptr<MLIRContext> context = createContext();
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(
      "func.func @f(%x: tensor<8xf32>, %y: tensor<8xf32>) -> tensor<8xf32> {\n"
      "  %0 = numjit.add %x, %y : tensor<8xf32>\n"
      "  return %0 : tensor<8xf32>\n"
      "}\n",
      context.get());
  KernelRef kernel = *Engine::get().compile(*module);
  alignas(64) float x[8] = {}, y[8] = {}, z[8];
  void *args[] = {x, y, z};
  for (auto _ : state) {
    (*kernel)(args);
    benchmark::DoNotOptimize(z);
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_CachedCall8)->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv) {
  benchmark::Initialize(&argc, argv);
  // The device's first call only where there is a device.
  std::string why;
  if (::numjit::runtime::cuda::available(&why))
    benchmark::RegisterBenchmark("BM_CompileFiveOps_Cuda", BM_CompileFiveOps_Cuda)
        ->Iterations(1)->Repetitions(20)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);
  else
    std::fprintf(stderr, "BM_CompileFiveOps_Cuda not run: %s\n", why.c_str());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
