//===- BadInputTest.cpp - Bad input of every kind is a numjit::Error ------===//
//
// One test per class of bad input, beyond the classes ErrorTest.cpp covers
// (broadcasting, axes, rank/shape mismatch, matmul's inner dimension,
// reshape sizes, bool subtract, item/creation). Each message must name the
// op, the offending values and this file's line where the bad call is
// written; most cases run both eagerly and under nj::jit.
//
// This file: sizes, memory (views, into, DLPack), autodiff and vmap, ahead
// of time compilation, targets and stages; BadInputOpsTest.cpp the rest.
//
//===----------------------------------------------------------------------===//

#include "BadInput.h"

#include <numjit/numjit.h>

#include <dlpack/dlpack.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <tuple>
#include <utility>
#include <vector>
#include <unistd.h>

namespace nj = numjit;
namespace fs = std::filesystem;

namespace {

using namespace numjit_test;

/// A DLPack tensor made by hand (the deleter frees it).
struct HandMade {
  DLManagedTensor tensor{};
  std::vector<int64_t> shape;
};
DLManagedTensor *handMade(void *data, DLDataType dtype, std::vector<int64_t> shape,
                          DLDeviceType device = kDLCPU, bool withShape = true) {
  auto *h = new HandMade;
  h->shape = std::move(shape);
  DLTensor &t = h->tensor.dl_tensor;
  t.data = data;
  t.device = {device, 0};
  t.ndim = int(h->shape.size());
  t.dtype = dtype;
  t.shape = withShape ? h->shape.data() : nullptr;
  t.strides = nullptr;
  h->tensor.manager_ctx = h;
  h->tensor.deleter = [](DLManagedTensor *self) {
    delete static_cast<HandMade *>(self->manager_ctx);
  };
  return &h->tensor;
}

fs::path scratch(const std::string &name) {
  fs::path dir = fs::temp_directory_path() /
                 ("numjit-badinput-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  return dir;
}

//===----------------------------------------------------------------------===//
// Sizes
//===----------------------------------------------------------------------===//

TEST_F(BadInput, NegativeSizesOfCreationOps) {
  EXPECT_NJ_ERROR(nj::arange(-3), "numjit.arange", "negative dimension in shape (-3,)");
  EXPECT_NJ_ERROR(nj::linspace(0, 1, -2), "numjit.linspace", "(-2,)");
  EXPECT_NJ_ERROR(nj::broadcast_to(v3, {-1, 3}), "numjit.broadcast_to", "(-1, 3)");
}

TEST_F(BadInput, ArangeStep) {
  EXPECT_NJ_ERROR(nj::arange(0.0, 10.0, 0.0), "numjit.arange", "finite and nonzero",
                  "got 0.0");
  EXPECT_NJ_ERROR(nj::arange(0.0, 10.0, std::nan("")), "numjit.arange", "got nan");
}

TEST_F(BadInput, SizesThatOverflow) {
  // Elements past int64, and bytes past what memory can address.
  EXPECT_NJ_ERROR(nj::full({int64_t(1) << 40, int64_t(1) << 40}, 1.0), "numjit.full",
                  "(1099511627776, 1099511627776)", "int64");
  EXPECT_NJ_ERROR(nj::ones({int64_t(1) << 62, 3}, nj::u8), "numjit.full",
                  "(4611686018427387904, 3)", "int64");
  EXPECT_NJ_ERROR(nj::zeros({int64_t(1) << 31, int64_t(1) << 31}), "numjit.full",
                  "(2147483648, 2147483648)");
  EXPECT_NJ_ERROR(nj::arange(0.0, 1e300, 1.0), "numjit.arange", "1e+300");
  EXPECT_NJ_ERROR(nj::linspace(0, 1, int64_t(1) << 62, nj::f64), "numjit.linspace",
                  "4611686018427387904");
  EXPECT_NJ_ERROR(nj::broadcast_to(v3, {int64_t(1) << 62, 3}), "numjit.broadcast_to",
                  "(4611686018427387904, 3)", "int64");
  EXPECT_NJ_ERROR(nj::random::uniform(k, {int64_t(1) << 31, int64_t(1) << 31}),
                  "numjit.random.uniform", "(2147483648, 2147483648)");
  // Not an error: a huge stride takes one element (its size must not overflow).
  EXPECT_EQ(nj::slice(v5, {1}, {5}, {INT64_MAX}).to_vector<float>(), std::vector<float>{1});
}

TEST_F(BadInput, ResultLargerThanMemory) {
  // 2^56 doubles: 2^59 bytes, more than any address space maps, so the
  // allocation fails whatever the overcommit policy. (Inside jit an unused
  // value is never allocated, so this is checked on results.)
  nj::Array one = nj::array(1.0);
  EXPECT_EAGER_ERROR(nj::broadcast_to(one, {int64_t(1) << 56}), "numjit.broadcast_in_dim",
                     "out of memory", "float64(72057594037927936,)");
  EXPECT_EAGER_ERROR(nj::jit([](nj::Array a) { return nj::broadcast_to(a, {int64_t(1) << 56}); })(one),
                     "numjit.jit", "out of memory for the results float64(72057594037927936,)");
}

TEST_F(BadInput, ConcatenateNothingOrScalars) {
  EXPECT_NJ_ERROR(nj::concatenate(std::vector<nj::Array>{}), "numjit.concatenate",
                  "at least one array");
  EXPECT_NJ_ERROR(nj::concatenate({nj::array(1.f), nj::array(2.f)}), "numjit.concatenate",
                  "zero-dimensional");
}

TEST_F(BadInput, SymbolicSizeOutsideAnAotTrace) {
  EXPECT_EAGER_ERROR(nj::zeros({nj::dim("n"), 3}), "numjit.full", "(n, 3)", "symbolic size n");
  EXPECT_EAGER_ERROR(nj::dim("2n"), "numjit.dim", "C identifier", "\"2n\"");
  EXPECT_EAGER_ERROR(nj::dim(""), "numjit.dim", "got \"\"");
}

TEST_F(BadInput, ThreadCount) {
  EXPECT_EAGER_ERROR(nj::set_num_threads(0), "numjit.set_num_threads", "at least 1, got 0");
  EXPECT_EAGER_ERROR(nj::set_num_threads(-4), "numjit.set_num_threads", "got -4");
}

//===----------------------------------------------------------------------===//
// Memory
//===----------------------------------------------------------------------===//

TEST_F(BadInput, ViewOfANullPointer) {
  EXPECT_NJ_ERROR(nj::view(static_cast<float *>(nullptr), {2, 3}), "numjit.view",
                  "null pointer for 6 elements of shape (2, 3)");
  EXPECT_NJ_ERROR(nj::view(static_cast<const int32_t *>(nullptr), {4}, {2}), "numjit.view",
                  "null pointer for 4 elements");
  // Nothing to read: fine.
  EXPECT_EQ(nj::view(static_cast<float *>(nullptr), {0, 3}).size(), 0);
}

TEST_F(BadInput, ViewSpanOrStridesDoNotMatchTheShape) {
  std::vector<float> six(6);
  EXPECT_NJ_ERROR(nj::view(std::span<float>(six), {2, 2}), "numjit.view",
                  "span of 6 elements does not fill shape (2, 2) (4 elements)");
  EXPECT_NJ_ERROR(nj::view(std::span<const float>(six), {7}), "numjit.view", "6 elements",
                  "(7,)");
  EXPECT_NJ_ERROR(nj::view(six.data(), {2, 3}, {1}), "numjit.view",
                  "shape (2, 3) needs 2 strides, got 1");
  EXPECT_NJ_ERROR(nj::view(six.data(), {-2, 3}), "numjit.view", "(-2, 3)");
}

TEST_F(BadInput, IntoDestinationOfWrongDTypeOrShape) {
  // jf.into takes a parameter pack, so it has no std::source_location of its
  // own: its errors name the line where jit() was called (the same here).
  auto inc = [](nj::Array a) { return a + 1.f; };
  std::vector<double> d3(3);
  std::vector<float> f4(4);
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::view(d3.data(), {3}), v3), "numjit.into",
                     "result 0 is float32 of shape (3,)", "destination is float64 of shape (3,)");
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::view(f4.data(), {4}), v3), "numjit.into",
                     "float32 of shape (4,)");
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::view(f4.data(), {2, 2}), nj::ones({4})), "numjit.into",
                     "result 0 is float32 of shape (4,)", "float32 of shape (2, 2)");
}

TEST_F(BadInput, IntoDestinationCount) {
  auto inc = [](nj::Array a) { return a + 1.f; };
  auto both = [](nj::Array a) { return std::pair{a + 1.f, a * 2.f}; };
  std::vector<float> a(3), b(3);
  auto two = std::make_tuple(nj::view(a.data(), {3}), nj::view(b.data(), {3}));
  EXPECT_EAGER_ERROR(nj::jit(inc).into(two, v3), "numjit.into", "1 result(s) but 2 destination(s)");
  EXPECT_EAGER_ERROR(nj::jit(both).into(nj::view(a.data(), {3}), v3), "numjit.into",
                     "2 result(s) but 1 destination(s)");
}

TEST_F(BadInput, IntoANonWritableDestination) {
  auto inc = [](nj::Array a) { return a + 1.f; };
  std::vector<float> a(3);
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::view(static_cast<const float *>(a.data()), {3}), v3),
                     "numjit.into", "destination 0 (shape (3,)) is not a writable view");
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::zeros({3}), v3), "numjit.into",
                     "destination 0 (shape (3,))", "not a writable view");
}

TEST_F(BadInput, IntoInsideATrace) {
  std::vector<float> a(3);
  int line = __LINE__ + 1;
  auto inner = nj::jit([](nj::Array v) { return v + 1.f; });
  expectError(
      [&] {
        nj::jit([&](nj::Array t) {
          inner.into(nj::view(a.data(), {3}), t);
          return t;
        })(v3);
      },
      line, {"numjit.into", "caller memory", "trace"});
}

TEST_F(BadInput, FromDlpackUnsupportedTensor) {
  std::vector<int32_t> buf(6);
  EXPECT_EAGER_ERROR(nj::from_dlpack(handMade(buf.data(), {kDLInt, 16, 1}, {6})),
                     "numjit.from_dlpack", "code 0, bits 16, lanes 1", "not a numjit dtype");
  EXPECT_EAGER_ERROR(nj::from_dlpack(handMade(buf.data(), {kDLFloat, 32, 4}, {6})),
                     "numjit.from_dlpack", "code 2, bits 32, lanes 4");
  EXPECT_EAGER_ERROR(nj::from_dlpack(handMade(buf.data(), {kDLInt, 32, 1}, {6}, kDLCUDA)),
                     "numjit.from_dlpack", "device type 2", "CPU memory");
  DLManagedTensor *shapeless = handMade(buf.data(), {kDLInt, 32, 1}, {2, 3}, kDLCPU, false);
  EXPECT_EAGER_ERROR(nj::from_dlpack(shapeless), "numjit.from_dlpack", "2 dimensions but no shape");
  EXPECT_EAGER_ERROR(nj::from_dlpack(handMade(buf.data(), {kDLInt, 32, 1}, {2, -3})),
                     "numjit.from_dlpack", "negative dimension in shape (2, -3)");
  EXPECT_EAGER_ERROR(nj::from_dlpack(nullptr), "numjit.from_dlpack", "null");
}

//===----------------------------------------------------------------------===//
// Autodiff and vmap
//===----------------------------------------------------------------------===//

TEST_F(BadInput, GradOfANonScalarOutput) {
  auto twice = [](nj::Array a) { return a * 2.f; };
  auto count = [](nj::Array a) { return nj::sum(nj::astype(a, nj::i32)); };
  EXPECT_NJ_ERROR(nj::grad(twice)(v5), "numjit.grad", "must return a float scalar",
                  "not float32(5,)");
  EXPECT_NJ_ERROR(nj::value_and_grad(count)(v5), "numjit.value_and_grad", "not int32()");
}

TEST_F(BadInput, GradWithRespectToAnInteger) {
  auto total = [](nj::Array a) { return nj::sum(nj::astype(a, nj::f32)); };
  EXPECT_NJ_ERROR(nj::grad(total)(nj::ones({3}, nj::i32)), "numjit.grad",
                  "argument 0 has dtype int32", "only float arguments");
  EXPECT_NJ_ERROR(nj::grad(total)(bools), "numjit.grad", "dtype bool");
}

TEST_F(BadInput, GradArgnumsOutOfRange) {
  auto inner = [](nj::Array a, nj::Array b) { return nj::sum(a * b); };
  EXPECT_NJ_ERROR(nj::grad(inner, {2})(v5, v5), "numjit.grad",
                  "argnum 2 is out of range for a call with 2 arguments");
  EXPECT_NJ_ERROR(nj::value_and_grad(inner, {0, -1})(v5, v5), "numjit.value_and_grad",
                  "argnum -1");
  auto scaled = [](nj::Array a, float s) { return nj::sum(a * s); };
  EXPECT_NJ_ERROR(nj::grad(scaled, {1})(v5, 2.f), "numjit.grad", "argument 1 is static");
}

TEST_F(BadInput, JvpTangentsDoNotMatchThePrimals) {
  auto sq = [](nj::Array a) { return a * a; };
  EXPECT_NJ_ERROR(nj::jvp(sq, {v5}, {nj::ones({4})}), "numjit.jvp",
                  "tangent 0 is float32(4,) but its primal is float32(5,)");
  EXPECT_NJ_ERROR(nj::jvp(sq, {v5}, {}), "numjit.jvp", "1 primals but 0 tangents");
  EXPECT_NJ_ERROR(nj::jvp(sq, {v5, v5}, {v5, v5}), "numjit.jvp",
                  "takes 1 arrays but 2 primals");
}

TEST_F(BadInput, VjpCotangentsDoNotMatchTheOutputs) {
  auto twice = [](nj::Array a) { return a * 2.f; };
  // The pullback's first cotangent records the caller's line.
  auto result = nj::vjp(twice, v3);
  auto &pullback = result.second;
  EXPECT_NJ_ERROR(pullback(nj::ones({2, 3})), "numjit.vjp", "cotangent 0 is float32(2, 3)",
                  "output is float32(3,)");
  EXPECT_NJ_ERROR(pullback(v3, v3), "numjit.vjp", "2 cotangents for 1 outputs");
}

TEST_F(BadInput, VmapInAxesOutOfRange) {
  auto rowsum = [](nj::Array r) { return nj::sum(r); };
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {2})(m34), "numjit.vmap",
                  "in_axes[0] = 2 is out of range for argument 0 of shape (3, 4)");
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {-3})(m34), "numjit.vmap", "in_axes[0] = -3");
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {0})(nj::array(1.f)), "numjit.vmap", "shape ()");
}

TEST_F(BadInput, VmapInAxesCount) {
  auto rowsum = [](nj::Array r) { return nj::sum(r); };
  auto scale = [](nj::Array r, float s) { return r * s; };
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {0, 1})(m34), "numjit.vmap",
                  "2 in_axes for a call with 1 arguments");
  EXPECT_NJ_ERROR(nj::vmap(scale, {0, 0})(m34, 2.f), "numjit.vmap",
                  "argument 1 is static", "must be none");
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {nj::none})(m34), "numjit.vmap", "every in_axes entry is none");
}

TEST_F(BadInput, VmapBatchSizesDiffer) {
  auto dotrow = [](nj::Array a, nj::Array b) { return nj::sum(a * b); };
  EXPECT_NJ_ERROR(nj::vmap(dotrow)(m34, m54), "numjit.vmap", "inconsistent sizes",
                  "argument 0 has size 3 along axis 0", "argument 1 has size 5 along axis 0");
  EXPECT_NJ_ERROR(nj::vmap(dotrow, {1, 0})(m34, m54), "numjit.vmap",
                  "argument 0 has size 4 along axis 1");
}

TEST_F(BadInput, VmapOutAxes) {
  auto twice = [](nj::Array r) { return r * 2.f; };
  auto pair = [](nj::Array r) { return std::pair{r, r}; };
  EXPECT_NJ_ERROR(nj::vmap(twice, {0}, {2})(m34), "numjit.vmap",
                  "out_axes entry 2 is out of range for output 0 of shape (3, 4)");
  EXPECT_NJ_ERROR(nj::vmap(pair, {0}, {0, 1, 0})(m34), "numjit.vmap", "3 out_axes for 2 results");
}

//===----------------------------------------------------------------------===//
// Ahead of time, targets, stages
//===----------------------------------------------------------------------===//

TEST_F(BadInput, AotSpecsDoNotMatchTheFunction) {
  nj::aot::Library lib("badinput_specs");
  auto one = [](nj::Array a) { return a * 2.f; };
  EXPECT_EAGER_ERROR(lib.add("twice", one, {nj::spec({3}), nj::spec({3})}), "numjit.aot",
                     "kernel 'twice'", "takes 1 arrays but 2 specs");
  EXPECT_EAGER_ERROR(lib.add("twice", one, {nj::spec({2, -3})}), "numjit.aot",
                     "spec 0 has a negative size in (2, -3)");
  EXPECT_EAGER_ERROR(lib.add("twice", one, {nj::spec({3}, static_cast<nj::DType>(42))}),
                     "numjit.aot", "spec 0 has the unknown dtype 42");
  auto top = [](nj::Array a) { return nj::top_k(a, 2).first; };
  EXPECT_EAGER_ERROR(lib.add("top", top, {nj::spec({nj::dim("n")})}), "numjit.aot",
                     "kernel 'top'", "numjit.top_k", "(n,)");
}

TEST_F(BadInput, AotSymbolicSizeNotFromAnArgument) {
  // A result's size must be a size of an argument: m is none of them.
  nj::aot::Library lib("badinput_symbols");
  int line = __LINE__ + 1;
  auto fresh = [](nj::Array) { return nj::zeros({nj::dim("m")}); };
  EXPECT_EAGER_ERROR(lib.add("fresh", fresh, {nj::spec({nj::dim("n")})}), "numjit.aot",
                     "kernel 'fresh'", "numjit.jit", "symbolic size m",
                     "not a size of any argument",
                     "BadInputTest.cpp:" + std::to_string(line) + ":");
}

TEST_F(BadInput, AotNames) {
  EXPECT_EAGER_ERROR(nj::aot::Library("bad name"), "numjit.aot", "\"bad name\"",
                     "not a C identifier");
  nj::aot::Library lib("badinput_names");
  auto one = [](nj::Array a) { return a * 2.f; };
  EXPECT_EAGER_ERROR(lib.add("two words", one, {nj::spec({3})}), "numjit.aot",
                     "kernel 'two words'", "not a C identifier");
  lib.add("twice", one, {nj::spec({3})});
  EXPECT_EAGER_ERROR(lib.add("twice", one, {nj::spec({4})}), "numjit.aot",
                     "already has a kernel named 'twice'");
}

TEST_F(BadInput, AotUnknownTarget) {
  nj::aot::Options riscv;
  riscv.target = "riscv64";
  EXPECT_EAGER_ERROR(nj::aot::Library("badinput_target", riscv), "numjit.aot",
                     "unknown target \"riscv64\"");
  nj::aot::Options gpu;
  gpu.target = "cuda:sm_bogus";
  EXPECT_EAGER_ERROR(nj::aot::Library("badinput_target", gpu), "numjit.aot", "\"cuda:sm_bogus\"");
}

TEST_F(BadInput, AotAddInsideATrace) {
  nj::aot::Library lib("badinput_trace");
  auto one = [](nj::Array a) { return a * 2.f; };
  EXPECT_JIT_ERROR(v3, lib.add("twice", one, {nj::spec({3})}), "numjit.aot", "kernel 'twice'",
                   "outside of a jit trace");
}

TEST_F(BadInput, AotWriteFails) {
  fs::path file = scratch("file");
  std::ofstream(file.string()) << "not a directory";
  nj::aot::Library empty("badinput_empty");
  EXPECT_EAGER_ERROR(empty.write((file / "out").string()), "numjit.aot",
                     "writing library 'badinput_empty'", "has no kernels");
  nj::aot::Library lib("badinput_write");
  lib.add("twice", [](nj::Array a) { return a * 2.f; }, {nj::spec({3})});
  EXPECT_EAGER_ERROR(lib.write((file / "out").string()), "numjit.aot",
                     "writing library 'badinput_write'", "cannot create", file.string());
  fs::remove_all(file);
}

TEST_F(BadInput, CudaArchitecture) {
  EXPECT_EAGER_ERROR(nj::cuda("sm_bogus"), "numjit.cuda", "'sm_bogus'",
                     "not an NVIDIA GPU architecture");
  EXPECT_EAGER_ERROR(nj::cuda("sm_30"), "numjit.cuda", "'sm_30'");
  EXPECT_EAGER_ERROR(nj::cuda("gfx90a"), "numjit.cuda", "'gfx90a'");
}

TEST_F(BadInput, UnknownTargetInTheEnvironment) {
  const char *old = std::getenv("NUMJIT_TARGET");
  std::string saved = old ? old : "";
  setenv("NUMJIT_TARGET", "tpu", 1);
  EXPECT_EAGER_ERROR(nj::default_target(), "numjit.jit", "NUMJIT_TARGET='tpu'",
                     "names no target");
  EXPECT_EAGER_ERROR(nj::jit([](nj::Array a) { return a; }), "numjit.jit", "'tpu'");
  setenv("NUMJIT_TARGET", "cuda:sm_1", 1);
  EXPECT_EAGER_ERROR(nj::default_target(), "numjit.cuda", "'sm_1'");
  if (old)
    setenv("NUMJIT_TARGET", saved.c_str(), 1);
  else
    unsetenv("NUMJIT_TARGET");
}

TEST_F(BadInput, CudaWithoutADevice) {
  if (nj::cuda_available())
    GTEST_SKIP() << "a CUDA device is present";
  EXPECT_EAGER_ERROR(nj::jit([](nj::Array a) { return a * 2.f; }, nj::cuda("sm_90"))(v3),
                     "numjit.jit", "cuda:sm_90", "no CUDA driver or device");
}

TEST_F(BadInput, LoweredStageThatDoesNotExist) {
  nj::Lowered l = nj::jit([](nj::Array a) { return a * 2.f; }).lower(v3);
  EXPECT_EAGER_ERROR(l.as_text(nj::Stage::PTX), "numjit.as_text", "CUDA targets only");
  EXPECT_EAGER_ERROR(l.as_text(static_cast<nj::Stage>(99)), "numjit.as_text",
                     "no such stage: 99");
  EXPECT_EAGER_ERROR(l.as_text(static_cast<nj::Stage>(0)), "numjit.as_text", "no such stage: 0");
  EXPECT_EAGER_ERROR(l.as_dot(nj::Stage::Loops), "numjit.as_dot",
                     "Traced and Fused stages only, not of stage 6");
}

} // namespace
