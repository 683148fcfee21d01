//===- JitTest.cpp - jit(): caching, static args, results, captures, dumps ===//

#include <numjit/numjit.h>

#include "ScopedEnv.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace nj = numjit;

namespace {

std::vector<float> vec(const nj::Array &a) { return a.to_vector<float>(); }

TEST(Jit, SecondCallDoesNotRecompile) {
  auto f = nj::jit([](nj::Array a, nj::Array b) { return nj::tanh(a * b) + 1; });
  nj::Array x = nj::array({1.f, 2.f, 3.f});
  nj::Array y = f(x, x);
  uint64_t compiles = nj::num_compiles();
  nj::Array z = f(x, x);
  EXPECT_EQ(nj::num_compiles(), compiles);
  EXPECT_EQ(vec(y), vec(z));
  EXPECT_FLOAT_EQ(vec(y)[1], std::tanh(4.f) + 1);

  // A new shape is a new signature: it compiles once more.
  f(nj::array({1.f, 2.f}), nj::array({1.f, 2.f}));
  EXPECT_EQ(nj::num_compiles(), compiles + 1);
  // So is a new dtype.
  f(nj::array({1.0, 2.0}), nj::array({1.0, 2.0}));
  EXPECT_EQ(nj::num_compiles(), compiles + 2);
}

TEST(Jit, StaticArgumentsAreInTheKey) {
  int traces = 0;
  auto f = nj::jit([&traces](nj::Array a, int power, bool negate) {
    ++traces;
    nj::Array r = a;
    for (int i = 1; i < power; ++i)
      r = r * a;
    return negate ? -r : r;
  });
  nj::Array x = nj::array({2.f, 3.f});
  EXPECT_EQ(vec(f(x, 3, false)), (std::vector<float>{8, 27}));
  EXPECT_EQ(traces, 1);
  EXPECT_EQ(vec(f(x, 3, false)), (std::vector<float>{8, 27}));
  EXPECT_EQ(traces, 1); // same static value: no retrace
  EXPECT_EQ(vec(f(x, 2, false)), (std::vector<float>{4, 9}));
  EXPECT_EQ(traces, 2); // new value: retrace
  EXPECT_EQ(vec(f(x, 2, true)), (std::vector<float>{-4, -9}));
  EXPECT_EQ(traces, 3);
}

enum class Mode { Sum, Max };

TEST(Jit, EnumStaticArgument) {
  auto f = nj::jit([](nj::Array a, Mode m) {
    return m == Mode::Sum ? nj::sum(a) : nj::max(a);
  });
  nj::Array x = nj::array({1.f, 5.f, 2.f});
  EXPECT_EQ(f(x, Mode::Sum).item<float>(), 8.f);
  EXPECT_EQ(f(x, Mode::Max).item<float>(), 5.f);
}

TEST(Jit, TupleAndPairResults) {
  auto f = nj::jit([](nj::Array a) { return std::make_tuple(a + 1, a * 2, nj::sum(a)); });
  auto [p, q, s] = f(nj::array({1.f, 2.f}));
  EXPECT_EQ(vec(p), (std::vector<float>{2, 3}));
  EXPECT_EQ(vec(q), (std::vector<float>{2, 4}));
  EXPECT_EQ(s.item<float>(), 3.f);
  EXPECT_EQ(s.ndim(), 0);

  auto g = nj::jit([](nj::Array a, nj::Array b) { return std::make_pair(a - b, a > b); });
  auto [d, gt] = g(nj::array({3, 1}), nj::array({2, 2}));
  EXPECT_EQ(d.dtype(), nj::i32);
  EXPECT_EQ(d.to_vector<int32_t>(), (std::vector<int32_t>{1, -1}));
  EXPECT_EQ(gt.dtype(), nj::bool_);
  EXPECT_EQ(gt.to_vector<int32_t>(), (std::vector<int32_t>{1, 0}));
}

TEST(Jit, VectorResults) {
  auto f = nj::jit([](nj::Array a, int n) {
    std::vector<nj::Array> out;
    for (int i = 0; i < n; ++i)
      out.push_back(a * float(i));
    return out;
  });
  std::vector<nj::Array> r = f(nj::array({1.f, 2.f}), 3);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(vec(r[2]), (std::vector<float>{2, 4}));
  EXPECT_EQ(f(nj::array({1.f, 2.f}), 4).size(), 4u);
}

TEST(Jit, CapturedArraysBecomeHiddenArgumentsOrConstants) {
  nj::Array w = nj::array(std::vector<float>{1, 2, 3, 4, 5, 6}, {2, 3});
  nj::Array bias = nj::array(0.5f); // one element: a constant
  auto f = nj::jit([&](nj::Array x) { return nj::matmul(x, w) + bias; });
  nj::Array x = nj::array({1.f, 1.f});
  EXPECT_EQ(vec(f(x)), (std::vector<float>{5.5f, 7.5f, 9.5f}));
  std::string traced = f.lower(x).as_text(nj::Stage::Traced);
  // w is a hidden second argument; the scalar is a constant.
  EXPECT_NE(traced.find("%arg1: tensor<2x3xf32>"), std::string::npos) << traced;
  EXPECT_NE(traced.find("dense<5.000000e-01>"), std::string::npos) << traced;
  // The capture is baked at trace time (as in JAX): rebinding w later does
  // not change the cached function.
  w = nj::zeros({2, 3});
  EXPECT_EQ(vec(f(x)), (std::vector<float>{5.5f, 7.5f, 9.5f}));
}

TEST(Jit, NestedJitIsInlined) {
  auto inner = nj::jit([](nj::Array a) { return a * a; });
  auto outer = nj::jit([&](nj::Array a) { return inner(a) + inner(a + 1); });
  nj::Array x = nj::array({1.f, 2.f});
  EXPECT_EQ(vec(outer(x)), (std::vector<float>{5, 13}));
  std::string traced = outer.lower(x).as_text(nj::Stage::Traced);
  EXPECT_EQ(traced.find("call"), std::string::npos) << traced;
}

TEST(Jit, ReturningAnArgumentOrAConstant) {
  auto id = nj::jit([](nj::Array a) { return a; });
  EXPECT_EQ(vec(id(nj::array({1.f, 2.f}))), (std::vector<float>{1, 2}));
  auto k = nj::jit([](nj::Array a) { return nj::ones({2}) + nj::zeros_like(a); });
  EXPECT_EQ(vec(k(nj::array({7.f, 7.f}))), (std::vector<float>{1, 1}));
}

TEST(Jit, ConcreteValueNeededInsideTrace) {
  int line = 0;
  auto f = nj::jit([&line](nj::Array a) {
    line = __LINE__ + 1;
    float s = a.item<float>();
    return a * s;
  });
  try {
    f(nj::array(1.f));
    FAIL() << "expected numjit::Error";
  } catch (const nj::Error &e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("numjit.item"), std::string::npos) << msg;
    EXPECT_NE(msg.find("not known while tracing"), std::string::npos) << msg;
    EXPECT_NE(msg.find("nj::cond"), std::string::npos) << msg;
    EXPECT_NE(msg.find("JitTest.cpp:" + std::to_string(line)), std::string::npos) << msg;
  }
}

TEST(Jit, EscapedTracerIsAnError) {
  nj::Array leaked;
  auto f = nj::jit([&](nj::Array a) {
    leaked = a * 2;
    return a;
  });
  f(nj::array({1.f}));
  EXPECT_TRUE(leaked.is_traced());
  try {
    nj::Array r = leaked + 1;
    FAIL() << "expected numjit::Error";
  } catch (const nj::Error &e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("escaped the jit trace"), std::string::npos) << msg;
    EXPECT_NE(msg.find("JitTest.cpp:" + std::to_string(__LINE__ - 5)), std::string::npos)
        << msg;
  }
  EXPECT_THROW(leaked.to_vector<float>(), nj::Error);
}

TEST(Jit, LoweredHasEveryStage) {
  auto f = nj::jit([](nj::Array a) { return nj::exp(a) * 0.5f + a * a - 1; });
  nj::Lowered lowered = f.lower(nj::array({1.f, 2.f, 3.f, 4.f}));
  EXPECT_NE(lowered.as_text(nj::Stage::Traced).find("numjit.exp"), std::string::npos);
  EXPECT_NE(lowered.as_text(nj::Stage::Linalg).find("linalg.generic"), std::string::npos);
  EXPECT_NE(lowered.as_text(nj::Stage::Bufferized).find("memref<4xf32>"), std::string::npos);
  EXPECT_NE(lowered.as_text(nj::Stage::Loops).find("scf.for"), std::string::npos);
  EXPECT_NE(lowered.as_text(nj::Stage::LLVMDialect).find("llvm.func"), std::string::npos);
  EXPECT_NE(lowered.as_text(nj::Stage::LLVMIR).find("define"), std::string::npos);
  EXPECT_NE(lowered.as_text(nj::Stage::Assembly).find(".globl"), std::string::npos);
}

TEST(Jit, TracedOpsCarryTheUserSourceLine) {
  auto f = nj::jit([](nj::Array a) {
    return nj::sin(a); // this line
  });
  int line = __LINE__ - 2;
  std::string traced = f.lower(nj::array({1.f})).as_text(nj::Stage::Traced);
  std::string expected = "JitTest.cpp\":" + std::to_string(line);
  EXPECT_NE(traced.find(expected), std::string::npos) << traced;
}

TEST(Jit, LoweredDrawsTheTracedAndFusedGraphs) {
  auto f = nj::jit([](nj::Array a) { return nj::exp(a) * 2 + a; });
  nj::Lowered lowered = f.lower(nj::array({1.f, 2.f}));
  const std::string &traced = lowered.as_dot(nj::Stage::Traced);
  EXPECT_EQ(traced.rfind("digraph", 0), 0u) << traced;
  EXPECT_NE(traced.find("numjit.exp"), std::string::npos) << traced;
  EXPECT_NE(lowered.as_dot(nj::Stage::Fused).find("linalg.generic"), std::string::npos);
  EXPECT_THROW(lowered.as_dot(nj::Stage::Loops), nj::Error);
}

TEST(Jit, DumpDirGetsEveryStage) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("numjit-dump-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  ::setenv("NUMJIT_DUMP_DIR", dir.c_str(), 1);
  auto f = nj::jit([](nj::Array a) {
    return nj::cos(a) + 3; // dumped line
  });
  int line = __LINE__ - 2;
  f(nj::array({1.f, 2.f, 3.f, 5.f, 8.f}));
  ::unsetenv("NUMJIT_DUMP_DIR");

  ASSERT_TRUE(fs::exists(dir));
  std::vector<fs::path> kernels(fs::directory_iterator(dir), fs::directory_iterator{});
  ASSERT_EQ(kernels.size(), 1u);
  // The folder is named after the line that made the function.
  EXPECT_EQ(kernels[0].filename(), "JitTest.cpp-" + std::to_string(line - 1));
  // Graphviz drawings of the traced and fused stages.
  for (const char *graph : {"01-traced.dot", "04-fused.dot"}) {
    std::ifstream in(kernels[0] / graph);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("digraph"), std::string::npos) << graph;
    EXPECT_NE(text.str().find("cos"), std::string::npos) << graph << text.str();
  }
  const char *stages[] = {"01-traced.mlir", "02-transformed.mlir", "03-linalg.mlir",
                          "04-fused.mlir", "05-bufferized.mlir", "06-loops.mlir",
                          "07-llvm.mlir", "08-module.ll", "09-module.s"};
  for (const char *stage : stages)
    EXPECT_TRUE(fs::exists(kernels[0] / stage)) << stage;
  std::ifstream in(kernels[0] / "01-traced.mlir");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("JitTest.cpp\":" + std::to_string(line)), std::string::npos)
      << text.str();
  fs::remove_all(dir);
}

TEST(Jit, TimingSaysWhereEachCompileWent) {
  std::string text;
  int line;
  {
    ScopedEnv cache("NUMJIT_CACHE_DIR", "off"); // compile, not load
    ScopedEnv timing("NUMJIT_TIMING", "1");
    testing::internal::CaptureStderr();
    auto f = nj::jit([](nj::Array a) { return nj::sin(a) * 0.3125f - 7.25f; });
    line = __LINE__ - 1;
    f(nj::array({1.f, 2.f}));
    text = testing::internal::GetCapturedStderr();
  }
  EXPECT_NE(text.find("numjit: traced " + std::string(__FILE__) + ":" + std::to_string(line) +
                      " in "),
            std::string::npos)
      << text;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(
      text, m,
      std::regex(R"(numjit: numjit_k\d+ compiled in ([0-9.]+) ms: mlir ([0-9.]+), translate )"
                 R"(([0-9.]+), llvm-opt ([0-9.]+), codegen ([0-9.]+), link ([0-9.]+))")))
      << text;
  double total = std::stod(m[1]), parts = 0;
  for (int i = 2; i <= 6; ++i) {
    EXPECT_GT(std::stod(m[i]), 0.0) << m[0];
    parts += std::stod(m[i]);
  }
  EXPECT_LE(parts, total + 0.05) << m[0]; // the phases lie within the whole
  // Off again: nothing more is said.
  testing::internal::CaptureStderr();
  nj::jit([](nj::Array a) { return nj::sin(a) * 0.625f + 0.125f; })(nj::array({1.f}));
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

TEST(Jit, ClearCachesFreesCodeNoLongerUsed) {
  nj::Array x = nj::array({1.f, 2.f});
  {
    auto f = nj::jit([](nj::Array a) { return nj::exp(a) * 7.5f; });
    f(x);
    nj::Array e = x * 3.25f; // an eager kernel too
    nj::Array u = nj::random::uniform(nj::random::key(0), {4}); // and nj::random's own
    EXPECT_GT(nj::num_loaded_kernels(), 0u);
  } // f is gone: nothing uses its kernel but the caches
  nj::clear_caches();
  EXPECT_EQ(nj::num_loaded_kernels(), 0u);
  // Everything still works afterwards, compiling anew.
  uint64_t compiles = nj::num_compiles();
  EXPECT_EQ(vec(x * 3.25f), (std::vector<float>{3.25f, 6.5f}));
  EXPECT_GT(nj::num_compiles(), compiles);
}

TEST(Jit, ThreadsShareOneJittedFunction) {
  auto f = nj::jit([](nj::Array a) { return a * 3 + 1; });
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        nj::Array r = f(nj::full({int64_t(t % 3 + 1)}, float(i)));
        for (float v : r.to_vector<float>())
          if (v != float(i) * 3 + 1)
            ++wrong;
      }
    });
  for (std::thread &t : threads)
    t.join();
  EXPECT_EQ(wrong.load(), 0);
}

} // namespace
