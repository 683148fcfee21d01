//===- AotTest.cpp - Ahead-of-time kernels from the user API --------------===//
//
// Generation errors (each names the kernel, this file's line of the bad
// call and the op's line), the same stage dumps as jit, and kernels that
// are transforms of a function (grad, vjp, jvp, vmap with in_axes, static
// arguments) computing what jit computes at several symbolic sizes. For the
// numerics the object is linked into a shared library with the system C
// compiler and loaded here; tests/aot links objects as a user does.
//
//===----------------------------------------------------------------------===//

#include "ExpectError.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <sstream>

namespace nj = numjit;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string &name) {
  fs::path dir = fs::temp_directory_path() /
                 ("numjit-aot-test-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  return dir;
}

/// Runs `body`, which must throw numjit::Error, and checks that the message
/// contains each of `needles`.
void expectError(const std::function<void()> &body, std::vector<std::string> needles) {
  expectNjError(body, needles);
}

std::string line(int l) { return lineOf("AotTest.cpp", l); }

TEST(AotErrors, SpecTheFunctionRejects) {
  nj::aot::Library lib("errors");
  auto f = [](nj::Array a, nj::Array b) { return nj::matmul(a, b); };
  int addLine = __LINE__ + 1;
  expectError([&] { lib.add("mm", f, {nj::spec({}), nj::spec({3, 4})}); },
              {"numjit.aot", "kernel 'mm'", line(addLine), "numjit.matmul",
               "at least one dimension", line(addLine - 2)});
  auto g = [](nj::Array a, nj::Array b) { return a - b; };
  addLine = __LINE__ + 1;
  expectError([&] { lib.add("sub", g, {nj::spec({4}, nj::bool_), nj::spec({4}, nj::bool_)}); },
              {"kernel 'sub'", line(addLine), "numjit.subtract", "two bool operands",
               line(addLine - 2)});
}

TEST(AotErrors, NameUsedTwice) {
  nj::aot::Library lib("twice");
  auto f = [](nj::Array x) { return x * 2; };
  lib.add("double_it", f, {nj::spec({4})});
  int addLine = __LINE__ + 1;
  expectError([&] { lib.add("double_it", f, {nj::spec({4})}); },
              {"kernel 'double_it'", line(addLine), "already has a kernel named 'double_it'"});
}

TEST(AotErrors, SymbolicSizeWhereAFixedOneIsNeeded) {
  nj::aot::Library lib("fixed");
  nj::Dim n = nj::dim("n");
  int opLine = __LINE__ + 1;
  auto flatten = [](nj::Array x) { return nj::reshape(x, {8}); };
  int addLine = __LINE__ + 1;
  expectError([&] { lib.add("flatten", flatten, {nj::spec({n, 2})}); },
              {"kernel 'flatten'", line(addLine), "numjit.reshape", "(n, 2)", "(8,)",
               line(opLine)});
  auto part = [](nj::Array x) { return nj::slice(x, {1}, {3}); };
  expectError([&] { lib.add("part", part, {nj::spec({n})}); },
              {"kernel 'part'", "numjit.slice", "symbolic size", "taken whole"});
  auto join = [](nj::Array x) { return nj::concatenate({x, x}); };
  expectError([&] { lib.add("join", join, {nj::spec({n})}); },
              {"kernel 'join'", "numjit.concatenate", "symbolic size"});
  // Two symbolic sizes meet only if they are the same one.
  auto add = [](nj::Array a, nj::Array b) { return a + b; };
  expectError([&] { lib.add("add", add, {nj::spec({n}), nj::spec({nj::dim("m")})}); },
              {"kernel 'add'", "numjit.add", "incompatible shapes", "(n,)", "(m,)"});
}

TEST(AotErrors, BadNamesTargetsAndSpecs) {
  int l = __LINE__ + 1;
  expectError([] { nj::aot::Library("not a name"); }, {"not a C identifier", line(l)});
  expectError([] {
    nj::aot::Options o;
    o.target = "riscv";
    nj::aot::Library("lib", o);
  }, {"unknown target \"riscv\""});
  expectError([] { nj::dim("2n"); }, {"numjit.dim", "C identifier"});
  nj::aot::Library lib("names");
  auto f = [](nj::Array x) { return x; };
  expectError([&] { lib.add("struct", f, {nj::spec({2})}); }, {"not a C identifier"});
  expectError([&] { lib.add("k", f, {nj::spec({2}), nj::spec({2})}); },
              {"kernel 'k'", "takes 1 arrays but 2 specs"});
  expectError([&] { lib.add("in0", f, {nj::spec({nj::dim("out1")})}); },
              {"symbolic size 'out1'"});
  expectError([&] { lib.write((scratch("empty") / "x").string()); }, {"has no kernels"});
  // A symbolic size means nothing outside a trace.
  expectError([] { nj::zeros({nj::dim("n")}); }, {"numjit.full", "symbolic size n"});
}

//===----------------------------------------------------------------------===//
// One compile path
//===----------------------------------------------------------------------===//

std::string readFile(const fs::path &p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// `text` without source locations (`loc(...)`, `#loc` lines), which name
/// where jit() or lib.add() was called.
std::string withoutLocations(const std::string &text) {
  std::string s = std::regex_replace(text, std::regex(" loc\\([^\\n]*\\)"), "");
  return std::regex_replace(s, std::regex("#loc[0-9]* = [^\\n]*\\n"), "");
}

TEST(Aot, SameStagesAsJit) {
  fs::path dumps = scratch("dumps");
  ::setenv("NUMJIT_DUMP_DIR", dumps.c_str(), 1);
  auto f = [](nj::Array x, nj::Array w) { return nj::softmax(nj::matmul(x, w) * 2.0f); };
  nj::Array x = nj::ones({64, 32}), w = nj::ones({32, 16});
  uint64_t before = nj::num_compiles();
  nj::jit(f)(x, w);
  ASSERT_EQ(nj::num_compiles(), before + 1);
  nj::aot::Library lib("same");
  lib.add("k", f, {nj::spec({64, 32}), nj::spec({32, 16})});
  ::unsetenv("NUMJIT_DUMP_DIR");

  fs::path aotDir = dumps / "same.k", jitDir;
  for (const auto &entry : fs::directory_iterator(dumps))
    if (entry.path() != aotDir)
      jitDir = entry.path();
  ASSERT_TRUE(fs::exists(aotDir / "01-traced.mlir"));
  ASSERT_TRUE(fs::exists(jitDir / "01-traced.mlir"));
  // Stages 1-6 are the same IR (up to where the function was handed over);
  // from 7 on the entry points differ (void** for jit, a C signature here).
  for (const char *stage : {"01-traced.mlir", "02-transformed.mlir", "03-linalg.mlir",
                            "04-fused.mlir", "05-bufferized.mlir", "06-loops.mlir"})
    EXPECT_EQ(withoutLocations(readFile(aotDir / stage)),
              withoutLocations(readFile(jitDir / stage)))
        << stage;
  EXPECT_NE(readFile(aotDir / "09-module.s").find("k:"), std::string::npos);
  fs::remove_all(dumps);
}

//===----------------------------------------------------------------------===//
// AOT kernels compute what jit computes
//===----------------------------------------------------------------------===//

/// An AOT library linked into a shared object and loaded.
class Loaded {
public:
  Loaded(const nj::aot::Library &lib, const fs::path &dir) {
    lib.write(dir.string());
    fs::path so = dir / ("lib" + lib.name() + ".so");
    std::string cmd = "cc -shared -o " + so.string() + " " +
                      (dir / (lib.name() + ".o")).string() + " " +
                      (dir / (lib.name() + ".ld")).string();
    if (std::system(cmd.c_str()) != 0)
      throw std::runtime_error("linking failed: " + cmd);
    handle_ = ::dlopen(so.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle_)
      throw std::runtime_error(std::string("dlopen: ") + ::dlerror());
  }
  ~Loaded() {
    if (handle_)
      ::dlclose(handle_);
  }

  /// Calls kernel `name` with its sizes, then its input and output buffers.
  /// Every parameter is an int64_t or a pointer, which the x86-64 and
  /// AArch64 C calling conventions pass alike, so one pointer type of the
  /// right arity calls them all.
  int call(const std::string &name, std::vector<intptr_t> args) {
    void *f = ::dlsym(handle_, name.c_str());
    if (!f)
      throw std::runtime_error("no symbol " + name);
    using I = intptr_t;
    intptr_t a[10] = {};
    std::copy(args.begin(), args.end(), a);
    switch (args.size()) {
    case 2: return reinterpret_cast<int (*)(I, I)>(f)(a[0], a[1]);
    case 3: return reinterpret_cast<int (*)(I, I, I)>(f)(a[0], a[1], a[2]);
    case 4: return reinterpret_cast<int (*)(I, I, I, I)>(f)(a[0], a[1], a[2], a[3]);
    case 5: return reinterpret_cast<int (*)(I, I, I, I, I)>(f)(a[0], a[1], a[2], a[3], a[4]);
    case 6:
      return reinterpret_cast<int (*)(I, I, I, I, I, I)>(f)(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7:
      return reinterpret_cast<int (*)(I, I, I, I, I, I, I)>(f)(a[0], a[1], a[2], a[3], a[4],
                                                              a[5], a[6]);
    }
    throw std::runtime_error("unsupported arity");
  }

private:
  void *handle_ = nullptr;
};

intptr_t ptr(const nj::Array &a) { return reinterpret_cast<intptr_t>(a.data()); }

nj::Array random(const nj::Shape &shape, unsigned seed) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  std::vector<float> v(static_cast<size_t>(n));
  unsigned s = seed * 2654435761u + 1;
  for (float &x : v) {
    s = s * 1664525u + 1013904223u;
    x = float(s >> 8) / float(1 << 24) * 2 - 1;
  }
  return nj::array(v, shape);
}

void expectClose(const nj::Array &got, const nj::Array &want, const std::string &what) {
  ASSERT_EQ(got.shape(), want.shape()) << what;
  std::vector<float> g = got.to_vector<float>(), w = want.to_vector<float>();
  for (size_t i = 0; i < g.size(); ++i)
    ASSERT_NEAR(g[i], w[i], 1e-5f * (1 + std::abs(w[i]))) << what << " at " << i;
}

TEST(Aot, TransformsOfAFunctionMatchJit) {
  nj::Dim n = nj::dim("n");
  auto g = [](nj::Array w, nj::Array x) { return nj::sum(nj::tanh(nj::matmul(x, w))); };
  auto h = [](nj::Array v) { return nj::exp(v) / nj::sum(nj::exp(v)); };
  auto scaled = [](nj::Array v, float s) { return v * s + 1.0f; };

  nj::aot::Library lib("transforms");
  lib.add("grad_w", nj::grad(g), {nj::spec({4, 3}), nj::spec({n, 4})});
  lib.add("vjp_x",
          [&](nj::Array w, nj::Array x, nj::Array ct) {
            auto [y, pullback] = nj::vjp(g, w, x);
            return std::get<1>(pullback(ct));
          },
          {nj::spec({4, 3}), nj::spec({n, 4}), nj::spec({})});
  lib.add("jvp_w",
          [&](nj::Array w, nj::Array x, nj::Array dw) {
            auto [y, dy] = nj::jvp(g, {w, x}, {dw, nj::zeros_like(x)});
            return std::pair{y, dy};
          },
          {nj::spec({4, 3}), nj::spec({n, 4}), nj::spec({4, 3})});
  // vmap over axis 1 of a (5, n) input: one softmax per column.
  lib.add("softmax_columns", nj::vmap(h, {1}), {nj::spec({5, n})});
  lib.add("scaled", [&](nj::Array v) { return scaled(v, 3.0f); }, {nj::spec({n})});
  // mean over a symbolic size divides by it at run time, under vmap and grad.
  auto rowMean = [](nj::Array v) { return nj::mean(v); };
  auto meanSquare = [](nj::Array v) { return nj::mean(v * v); };
  lib.add("row_means", nj::vmap(rowMean), {nj::spec({5, n})});
  lib.add("mean_square_grad", nj::grad(meanSquare), {nj::spec({n})});

  fs::path dir = scratch("transforms");
  Loaded so(lib, dir);
  for (int64_t size : {int64_t(1), int64_t(7), int64_t(130)}) {
    SCOPED_TRACE("n = " + std::to_string(size));
    nj::Array w = random({4, 3}, 1), x = random({size, 4}, 2), dw = random({4, 3}, 3);
    nj::Array ct = nj::array(1.5f);

    nj::Array gw = nj::zeros({4, 3});
    ASSERT_EQ(so.call("grad_w", {size, ptr(w), ptr(x), ptr(gw)}), 0);
    expectClose(gw, nj::jit(nj::grad(g))(w, x), "grad_w");

    nj::Array gx = nj::zeros({size, 4});
    ASSERT_EQ(so.call("vjp_x", {size, ptr(w), ptr(x), ptr(ct), ptr(gx)}), 0);
    auto [y, pullback] = nj::vjp(g, w, x);
    expectClose(gx, std::get<1>(pullback(ct)), "vjp_x");

    nj::Array value = nj::zeros({}), tangent = nj::zeros({});
    ASSERT_EQ(so.call("jvp_w", {size, ptr(w), ptr(x), ptr(dw), ptr(value), ptr(tangent)}), 0);
    auto [v, t] = nj::jvp(g, {w, x}, {dw, nj::zeros_like(x)});
    expectClose(value, v, "jvp_w value");
    expectClose(tangent, t, "jvp_w tangent");

    nj::Array cols = random({5, size}, 4), out = nj::zeros({size, 5});
    ASSERT_EQ(so.call("softmax_columns", {size, ptr(cols), ptr(out)}), 0);
    expectClose(out, nj::vmap(h, {1})(cols), "softmax_columns");

    nj::Array vec = random({size}, 5), sv = nj::zeros({size});
    ASSERT_EQ(so.call("scaled", {size, ptr(vec), ptr(sv)}), 0);
    expectClose(sv, scaled(vec, 3.0f), "scaled");

    nj::Array means = nj::zeros({5});
    ASSERT_EQ(so.call("row_means", {size, ptr(cols), ptr(means)}), 0);
    expectClose(means, nj::vmap(rowMean)(cols), "row_means");
    nj::Array gm = nj::zeros({size});
    ASSERT_EQ(so.call("mean_square_grad", {size, ptr(vec), ptr(gm)}), 0);
    expectClose(gm, nj::grad(meanSquare)(vec), "mean_square_grad");
  }
  fs::remove_all(dir);
}

// A product with a symbolic size calls BLAS when the call is large enough
// and runs the generated loops when not; both compute what jit computes.
TEST(Aot, SymbolicMatmulCallsBlasWhenLarge) {
  nj::Dim n = nj::dim("n");
  auto f = [](nj::Array a, nj::Array b) { return nj::tanh(nj::matmul(a, b)); };
  auto g = [](nj::Array a, nj::Array b) { return nj::sum(nj::tanh(nj::matmul(a, b))); };
  nj::aot::Library lib("blas");
  lib.add("mm", f, {nj::spec({n, 64}), nj::spec({64, 32})});
  lib.add("mm_grad", nj::grad(g, {0, 1}), {nj::spec({n, 64}), nj::spec({64, 32})});
  fs::path dir = scratch("blas");
  Loaded so(lib, dir);
  EXPECT_NE(readFile(dir / "blas.h").find("OpenBLAS"), std::string::npos);
  for (int64_t size : {int64_t(3), int64_t(100)}) { // 3*64*32 < 32^3 <= 100*64*32
    SCOPED_TRACE("n = " + std::to_string(size));
    nj::Array a = random({size, 64}, 6), b = random({64, 32}, 7);
    nj::Array out = nj::zeros({size, 32}), ga = nj::zeros({size, 64}), gb = nj::zeros({64, 32});
    ASSERT_EQ(so.call("mm", {size, ptr(a), ptr(b), ptr(out)}), 0);
    expectClose(out, nj::jit(f)(a, b), "mm");
    ASSERT_EQ(so.call("mm_grad", {size, ptr(a), ptr(b), ptr(ga), ptr(gb)}), 0);
    auto [wa, wb] = nj::jit(nj::grad(g, {0, 1}))(a, b);
    expectClose(ga, wa, "mm_grad a");
    expectClose(gb, wb, "mm_grad b");
  }
  fs::remove_all(dir);
}

// Control flow compiles ahead of time as it does for jit: a fori_loop over
// a carry of symbolic size (unrolled, with steps left over), a cond on a
// computed predicate, a while_loop, and grad through a scan.
TEST(Aot, ControlFlowMatchesJit) {
  nj::Dim n = nj::dim("n");
  auto fori = [](nj::Array v) {
    return nj::fori_loop(0, 10, [](nj::Array, nj::Array c) { return c * 0.9f + 0.1f; }, v);
  };
  auto branch = [](nj::Array v) {
    return nj::cond(nj::sum(v) > 0.0f, [](nj::Array a) { return a * 2.0f; },
                    [](nj::Array a) { return -a; }, v);
  };
  auto halve = [](nj::Array v) {
    auto r = nj::while_loop(
        [](const std::tuple<nj::Array, nj::Array> &c) { return nj::sum(nj::abs(std::get<1>(c))) > 1.0f; },
        [](const std::tuple<nj::Array, nj::Array> &c) {
          auto [k, a] = c;
          return std::tuple{k + 1, a * 0.5f};
        },
        std::tuple{nj::array(int32_t(0)), v});
    return std::get<1>(r);
  };
  auto rnn = [](nj::Array w, nj::Array xs) {
    auto [h, ys] = nj::scan([&](nj::Array c, nj::Array x) {
      nj::Array next = nj::tanh(c * w + x);
      return std::pair{next, nj::sum(next)};
    }, nj::zeros({4}), xs);
    return nj::sum(ys) + nj::sum(h);
  };
  nj::aot::Library lib("control");
  lib.add("fori", fori, {nj::spec({n})});
  lib.add("branch", branch, {nj::spec({n})});
  lib.add("halve", halve, {nj::spec({n})});
  lib.add("rnn_grad", nj::grad(rnn), {nj::spec({4}), nj::spec({6, 4})});
  fs::path dir = scratch("control");
  Loaded so(lib, dir);
  for (int64_t size : {int64_t(1), int64_t(7), int64_t(130)}) {
    SCOPED_TRACE("n = " + std::to_string(size));
    for (unsigned seed : {8u, 9u}) { // sums of either sign: both branches
      nj::Array v = random({size}, seed), out = nj::zeros({size});
      ASSERT_EQ(so.call("fori", {size, ptr(v), ptr(out)}), 0);
      expectClose(out, nj::jit(fori)(v), "fori");
      ASSERT_EQ(so.call("branch", {size, ptr(v), ptr(out)}), 0);
      expectClose(out, branch(v), "branch");
      nj::Array big = v * 10.0f;
      ASSERT_EQ(so.call("halve", {size, ptr(big), ptr(out)}), 0);
      expectClose(out, halve(big), "halve");
    }
  }
  nj::Array w = random({4}, 10), xs = random({6, 4}, 11), gw = nj::zeros({4});
  ASSERT_EQ(so.call("rnn_grad", {ptr(w), ptr(xs), ptr(gw)}), 0);
  expectClose(gw, nj::jit(nj::grad(rnn))(w, xs), "rnn_grad");
  fs::remove_all(dir);
}

TEST(Aot, SortingCumulativeTakeAndRandomMatchJit) {
  nj::Dim n = nj::dim("n");
  auto sorted = [](nj::Array v) { return nj::sort(v); };
  auto order = [](nj::Array v) { return nj::argsort(v, -1, /*descending=*/true); };
  auto running = [](nj::Array v) { return nj::cumsum(v) + nj::cumprod(v * 0.5f); };
  auto shuffle = [](nj::Array key) { return nj::random::permutation(key, 64); };
  auto draw = [](nj::Array key) { return nj::random::normal(key, {16}); };
  // take without an axis of a 1-d array of symbolic size (no reshape).
  auto picked = [](nj::Array v) { return nj::take(v, nj::array({0, -1, 5})); };
  auto sortGrad = nj::grad(
      [](nj::Array v) { return nj::sum(nj::sort(v) * nj::arange(8, nj::f32)); });
  nj::aot::Library lib("sorting");
  lib.add("sorted", sorted, {nj::spec({n})});
  lib.add("order", order, {nj::spec({n})});
  lib.add("running", running, {nj::spec({n})});
  lib.add("picked", picked, {nj::spec({n})});
  lib.add("shuffle", shuffle, {nj::spec({2}, nj::u32)});
  lib.add("draw", draw, {nj::spec({2}, nj::u32)});
  lib.add("sort_grad", sortGrad, {nj::spec({8})});
  fs::path dir = scratch("sorting");
  Loaded so(lib, dir);
  for (int64_t size : {int64_t(1), int64_t(7), int64_t(130)}) {
    SCOPED_TRACE("n = " + std::to_string(size));
    nj::Array v = random({size}, 12), out = nj::zeros({size});
    nj::Array idx = nj::zeros({size}, nj::i32);
    ASSERT_EQ(so.call("sorted", {size, ptr(v), ptr(out)}), 0);
    expectClose(out, sorted(v), "sorted");
    ASSERT_EQ(so.call("order", {size, ptr(v), ptr(idx)}), 0);
    EXPECT_EQ(idx.to_vector<int32_t>(), order(v).to_vector<int32_t>());
    ASSERT_EQ(so.call("running", {size, ptr(v), ptr(out)}), 0);
    expectClose(out, running(v), "running");
    nj::Array three = nj::zeros({3});
    ASSERT_EQ(so.call("picked", {size, ptr(v), ptr(three)}), 0);
    expectClose(three, picked(v), "picked");
  }
  nj::Array key = nj::random::key(5), perm = nj::zeros({64}, nj::i32), normals = nj::zeros({16});
  ASSERT_EQ(so.call("shuffle", {ptr(key), ptr(perm)}), 0);
  EXPECT_EQ(perm.to_vector<int32_t>(), shuffle(key).to_vector<int32_t>());
  ASSERT_EQ(so.call("draw", {ptr(key), ptr(normals)}), 0);
  EXPECT_EQ(normals.to_vector<float>(), draw(key).to_vector<float>());
  nj::Array v = random({8}, 13), g = nj::zeros({8});
  ASSERT_EQ(so.call("sort_grad", {ptr(v), ptr(g)}), 0);
  expectClose(g, sortGrad(v), "sort_grad");
  fs::remove_all(dir);
}

} // namespace
