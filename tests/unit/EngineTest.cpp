//===- EngineTest.cpp - The ORC engine and its compile cache ----*- C++ -*-===//

#include "jit/Engine.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace mlir;
using namespace mlir::numjit;

namespace {

/// `y = x * c + x` over tensor<8xf32>; each `c` gives a distinct module.
std::string scaleModule(float c) {
  return "func.func @scale(%x: tensor<8xf32>) -> tensor<8xf32> {\n"
         "  %c = numjit.constant dense<" + std::to_string(c) + "> : tensor<8xf32>\n"
         "  %m = numjit.mul %x, %c : tensor<8xf32>\n"
         "  %y = numjit.add %m, %x : tensor<8xf32>\n"
         "  return %y : tensor<8xf32>\n"
         "}\n";
}

FailureOr<KernelRef> compileText(MLIRContext &context, const std::string &text) {
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  if (!module)
    return failure();
  return Engine::get().compile(*module);
}

/// Runs a `scale` kernel on 0..7 and checks y = x * (c + 1).
void expectScale(const Kernel &kernel, float c) {
  float x[8], y[8];
  for (int i = 0; i < 8; ++i)
    x[i] = float(i);
  void *args[] = {x, y};
  kernel(args);
  for (int i = 0; i < 8; ++i)
    EXPECT_FLOAT_EQ(y[i], x[i] * c + x[i]) << "element " << i << ", c = " << c;
}

class EngineTest : public ::testing::Test {
protected:
  void SetUp() override { Engine::get().clear(); }
  std::unique_ptr<MLIRContext> context = createContext();
};

TEST_F(EngineTest, SecondRequestHitsTheCache) {
  uint64_t before = Engine::get().numCompiles();
  FailureOr<KernelRef> first = compileText(*context, scaleModule(3));
  ASSERT_TRUE(succeeded(first));
  EXPECT_EQ(Engine::get().numCompiles(), before + 1);
  expectScale(**first, 3);

  // A freshly parsed copy of the same text (different locations do not
  // matter) is the same key.
  FailureOr<KernelRef> second = compileText(*context, scaleModule(3));
  ASSERT_TRUE(succeeded(second));
  EXPECT_EQ(Engine::get().numCompiles(), before + 1);
  EXPECT_EQ(first->get(), second->get());
  EXPECT_EQ(Engine::get().cacheSize(), 1u);

  // Different options are a different key.
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(scaleModule(3), context.get());
  CompileOptions o1;
  o1.optLevel = 1;
  FailureOr<KernelRef> third = Engine::get().compile(*module, o1);
  ASSERT_TRUE(succeeded(third));
  EXPECT_EQ(Engine::get().numCompiles(), before + 2);
  EXPECT_NE(first->get(), third->get());
  expectScale(**third, 3);
}

TEST_F(EngineTest, SignatureDescribesBuffers) {
  FailureOr<KernelRef> kernel = compileText(*context, scaleModule(2));
  ASSERT_TRUE(succeeded(kernel));
  ASSERT_EQ((*kernel)->inputs.size(), 1u);
  ASSERT_EQ((*kernel)->outputs.size(), 1u);
  EXPECT_EQ((*kernel)->inputs[0], (BufferSpec{ElementKind::f32, {8}}));
  EXPECT_EQ((*kernel)->outputs[0], (BufferSpec{ElementKind::f32, {8}}));
}

TEST_F(EngineTest, FailedCompileIsReportedAndNotCached) {
  // Parses (the dialect accepts it) but names no function to compile.
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(
      scaleModule(1) + "func.func @other() { return }\n", context.get());
  ASSERT_TRUE(module);
  std::string diagnostics;
  ScopedDiagnosticHandler handler(context.get(), [&](Diagnostic &d) {
    diagnostics += d.str();
    return success();
  });
  EXPECT_TRUE(failed(Engine::get().compile(*module)));
  EXPECT_FALSE(diagnostics.empty());
  EXPECT_EQ(Engine::get().cacheSize(), 0u);
}

TEST_F(EngineTest, EightThreadsCompileEachKeyOnce) {
  // 8 threads, 4 distinct modules, each requested by 2 threads twice.
  constexpr int kThreads = 8, kModules = 4;
  uint64_t before = Engine::get().numCompiles();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &failures] {
      // One context per thread: contexts are not shared across threads here
      // because a user's trace owns its own.
      std::unique_ptr<MLIRContext> ctx = createContext();
      float c = float(t % kModules) + 10;
      for (int round = 0; round < 2; ++round) {
        FailureOr<KernelRef> kernel = compileText(*ctx, scaleModule(c));
        if (failed(kernel)) {
          ++failures;
          continue;
        }
        float x[8], y[8];
        for (int i = 0; i < 8; ++i)
          x[i] = float(i + t);
        void *args[] = {x, y};
        (**kernel)(args);
        for (int i = 0; i < 8; ++i)
          if (y[i] != x[i] * c + x[i])
            ++failures;
      }
    });
  }
  for (std::thread &thread : threads)
    thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(Engine::get().numCompiles(), before + kModules);
  EXPECT_EQ(Engine::get().cacheSize(), size_t(kModules));
}

TEST_F(EngineTest, SharedContextAcrossThreads) {
  // Threads may also share one context (as the frontend's eager path does).
  uint64_t before = Engine::get().numCompiles();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      FailureOr<KernelRef> kernel =
          compileText(*context, scaleModule(float(t % 2) + 20));
      if (failed(kernel))
        ++failures;
    });
  for (std::thread &thread : threads)
    thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(Engine::get().numCompiles(), before + 2);
}

TEST_F(EngineTest, ReleaseFreesCode) {
  size_t loadedBefore = Engine::get().numLoaded();
  FailureOr<KernelRef> kernel = compileText(*context, scaleModule(5));
  ASSERT_TRUE(succeeded(kernel));
  EXPECT_EQ(Engine::get().numLoaded(), loadedBefore + 1);

  // Releasing drops it from the cache, but the code lives while referenced.
  Engine::get().release(*kernel);
  EXPECT_EQ(Engine::get().cacheSize(), 0u);
  EXPECT_EQ(Engine::get().numLoaded(), loadedBefore + 1);
  expectScale(**kernel, 5);

  kernel->reset();
  EXPECT_EQ(Engine::get().numLoaded(), loadedBefore);

  // Asking again compiles again.
  uint64_t compiles = Engine::get().numCompiles();
  FailureOr<KernelRef> again = compileText(*context, scaleModule(5));
  ASSERT_TRUE(succeeded(again));
  EXPECT_EQ(Engine::get().numCompiles(), compiles + 1);
  expectScale(**again, 5);
}

TEST_F(EngineTest, ClearFreesUnreferencedCode) {
  size_t loadedBefore = Engine::get().numLoaded();
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(succeeded(compileText(*context, scaleModule(30 + i))));
  EXPECT_EQ(Engine::get().numLoaded(), loadedBefore + 3);
  Engine::get().clear();
  EXPECT_EQ(Engine::get().cacheSize(), 0u);
  EXPECT_EQ(Engine::get().numLoaded(), loadedBefore);
}

} // namespace
