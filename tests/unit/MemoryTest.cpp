//===- MemoryTest.cpp - views, jf.into, strided views, DLPack, Eigen ------===//

#include "ScopedEnv.h"

#include <numjit/numjit.h>
#include <numjit/eigen.h>

#include <dlpack/dlpack.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <numeric>
#include <thread>

#if __has_include(<torch/torch.h>)
#include <torch/torch.h>
#define NUMJIT_HAVE_TORCH 1
#endif

namespace nj = numjit;

// GCC sees the replaced operator new inlined next to operator delete's
// free() and reports a mismatch that is not one: both use malloc/free.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

// Counts the C++ heap allocations of this test binary, so that a test can
// check that a call allocates nothing.
static std::atomic<uint64_t> cxxAllocations{0};
void *operator new(size_t n) {
  cxxAllocations.fetch_add(1, std::memory_order_relaxed);
  if (void *p = std::malloc(n ? n : 1))
    return p;
  throw std::bad_alloc();
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete(void *p, size_t) noexcept { std::free(p); }

namespace {

std::vector<float> vec(const nj::Array &a) { return a.to_vector<float>(); }

template <typename F> void expectError(F &&f, std::initializer_list<const char *> parts) {
  try {
    f();
    ADD_FAILURE() << "no numjit::Error thrown";
  } catch (const nj::Error &e) {
    for (const char *part : parts)
      EXPECT_NE(std::string(e.what()).find(part), std::string::npos)
          << "missing \"" << part << "\" in: " << e.what();
  }
}

TEST(View, SharesTheCallersMemory) {
  std::vector<float> data = {1, 2, 3, 4, 5, 6};
  nj::Array v = nj::view(static_cast<const float *>(data.data()), {2, 3});
  EXPECT_EQ(v.data(), data.data()); // no copy
  EXPECT_FALSE(nj::is_writable(v));
  EXPECT_EQ(vec(v * 2), (std::vector<float>{2, 4, 6, 8, 10, 12}));
  auto f = nj::jit([](nj::Array x) { return nj::sum(x, {1}); });
  EXPECT_EQ(vec(f(v)), (std::vector<float>{6, 15}));
  // The view reads the memory as it is at each call.
  data[0] = 100;
  EXPECT_EQ(vec(f(v)), (std::vector<float>{105, 15}));
  // A span view checks its size.
  std::span<const float> s(data);
  EXPECT_EQ(nj::view(s, {6}).data(), data.data());
  expectError([&] { nj::view(s, {4}); }, {"numjit.view", "6 elements", "(4,)", "MemoryTest.cpp"});
  expectError([&] { nj::view(static_cast<const float *>(nullptr), {3}); },
              {"numjit.view", "null pointer"});
  // An empty view needs no memory.
  EXPECT_EQ(nj::view(static_cast<const float *>(nullptr), {0, 3}).size(), 0);
}

TEST(View, UnalignedMemoryWorksInEveryOp) {
  // Views one float past 64-byte alignment, into a kernel that vectorizes.
  std::vector<float> buffer(1 + 1031);
  std::iota(buffer.begin(), buffer.end(), 0.f);
  nj::Array v = nj::view(static_cast<const float *>(buffer.data() + 1), {1031});
  auto f = nj::jit([](nj::Array x) { return nj::exp(x * 0.001f) + x; });
  std::vector<float> got = vec(f(v));
  for (int i = 0; i < 1031; ++i)
    EXPECT_FLOAT_EQ(got[i], std::exp(float(i + 1) * 0.001f) + float(i + 1)) << i;
  std::vector<float> out(1 + 1031);
  f.into(nj::view(out.data() + 1, {1031}), v);
  for (int i = 0; i < 1031; ++i)
    EXPECT_FLOAT_EQ(out[i + 1], got[i]);
}

TEST(Into, WritesResultsIntoCallerMemoryWithoutAllocating) {
  // The kernels optimized from the first call: the tier-up on the 100th
  // would allocate (a compile) inside the counted calls.
  ScopedEnv tierUp("NUMJIT_TIER_UP_CALLS", "0");
  const int n = 4096; // big enough that a returned result would need a buffer
  std::vector<float> x(n), y(n, 7.f);
  std::iota(x.begin(), x.end(), 0.f);
  auto f = nj::jit([](nj::Array a) { return a * 2 + 1; });
  nj::Array in = nj::view(static_cast<const float *>(x.data()), {n});
  nj::Array out = nj::view(y.data(), {n});
  EXPECT_TRUE(nj::is_writable(out));
  f.into(out, in); // compiles
  uint64_t buffers = nj::num_buffer_allocations(), cxx = cxxAllocations.load();
  for (int i = 0; i < 100; ++i)
    f.into(out, in);
  EXPECT_EQ(nj::num_buffer_allocations(), buffers);
  EXPECT_EQ(cxxAllocations.load(), cxx);
  for (int i = 0; i < n; ++i)
    ASSERT_EQ(y[i], 2.f * float(i) + 1) << i;
  // A returning call of a small array allocates nothing either: its data
  // lives in the array's header, which comes from a pool.
  nj::Array small = nj::array({1.f, 2.f, 3.f, 4.f, 5.f, 6.f, 7.f, 8.f});
  nj::Array r = f(small);
  cxx = cxxAllocations.load();
  for (int i = 0; i < 100; ++i)
    r = f(small);
  EXPECT_EQ(cxxAllocations.load(), cxx);
  EXPECT_EQ(vec(r)[7], 17.f);
}

TEST(Into, SeveralResultsGoIntoATuple) {
  auto f = nj::jit([](nj::Array a, nj::Array b) {
    return std::make_tuple(a + b, nj::sum(a * b), nj::astype(a, nj::i32));
  });
  std::vector<float> s(3), p(1);
  std::vector<int32_t> c(3);
  nj::Array a = nj::array({1.5f, 2.5f, 3.5f}), b = nj::array({1.f, 2.f, 3.f});
  f.into(std::make_tuple(nj::view(s.data(), {3}), nj::view(p.data(), {}),
                         nj::view(c.data(), {3})),
         a, b);
  EXPECT_EQ(s, (std::vector<float>{2.5f, 4.5f, 6.5f}));
  EXPECT_EQ(p[0], 1.5f + 5.f + 10.5f);
  EXPECT_EQ(c, (std::vector<int32_t>{1, 2, 3}));
}

TEST(Into, MismatchesThrowNamingBothSides) {
  auto f = nj::jit([](nj::Array a) { return a + 1; });
  std::vector<float> buf(6);
  std::vector<double> dbuf(3);
  nj::Array a = nj::array({1.f, 2.f, 3.f});
  expectError([&] { f.into(nj::view(buf.data(), {2, 3}), a); },
              {"numjit.into", "float32 of shape (3,)", "float32 of shape (2, 3)"});
  expectError([&] { f.into(nj::view(dbuf.data(), {3}), a); },
              {"numjit.into", "float64 of shape (3,)"});
  expectError([&] { f.into(nj::view(static_cast<const float *>(buf.data()), {3}), a); },
              {"numjit.into", "not a writable view"});
  expectError([&] { f.into(nj::zeros({3}), a); }, {"not a writable view"});
  expectError([&] { f.into(std::make_tuple(nj::view(buf.data(), {3}), nj::view(buf.data(), {3})), a); },
              {"numjit.into", "1 result(s) but 2 destination(s)"});
  auto g = nj::jit([&](nj::Array x) {
    f.into(nj::view(buf.data(), {3}), x);
    return x;
  });
  expectError([&] { g(a); }, {"numjit.into", "trace"});
}

TEST(Into, InPlaceUpdatesAreRightWhetherOrNotTheKernelAllowsThem) {
  // Elementwise, one result: runs in place.
  std::vector<float> x = {1, 2, 3, 4};
  nj::Array v = nj::view(x.data(), {4});
  auto axpy = nj::jit([](nj::Array a, nj::Array b) { return a * 2 + b; });
  axpy.into(v, v, v);
  EXPECT_EQ(x, (std::vector<float>{3, 6, 9, 12}));

  // Not elementwise: a matrix product reads every element of a row of `a`
  // for each output element, so writing `a` in place would corrupt it.
  std::vector<float> a = {1, 2, 3, 4}, b = {0, 1, 1, 0};
  nj::Array av = nj::view(a.data(), {2, 2});
  nj::Array bv = nj::view(static_cast<const float *>(b.data()), {2, 2});
  auto mm = nj::jit([](nj::Array p, nj::Array q) { return nj::matmul(p, q); });
  mm.into(av, av, bv);
  EXPECT_EQ(a, (std::vector<float>{2, 1, 4, 3}));

  // A reversal, and a cumulative sum, each into its own input.
  std::vector<float> r = {1, 2, 3, 4, 5};
  nj::Array rv = nj::view(r.data(), {5});
  nj::Array backwards = nj::array({4, 3, 2, 1, 0});
  nj::jit([](nj::Array t, nj::Array i) { return nj::take(t, i); }).into(rv, rv, backwards);
  EXPECT_EQ(r, (std::vector<float>{5, 4, 3, 2, 1}));
  nj::jit([](nj::Array t) { return nj::cumsum(t); }).into(rv, rv);
  EXPECT_EQ(r, (std::vector<float>{5, 9, 12, 14, 15}));

  // A destination that partly overlaps an input (shifted by one element).
  std::vector<float> s = {1, 2, 3, 4, 5, 6};
  auto twice = nj::jit([](nj::Array t) { return t * 2; });
  twice.into(nj::view(s.data() + 1, {5}), nj::view(static_cast<const float *>(s.data()), {5}));
  EXPECT_EQ(s, (std::vector<float>{1, 2, 4, 6, 8, 10}));

  // A broadcast of the destination into a larger result: not in place.
  std::vector<float> m = {1, 2, 3, 4};
  nj::Array mv = nj::view(m.data(), {2, 2});
  auto addRow = nj::jit([](nj::Array t, nj::Array row) {
    return t + nj::broadcast_to(row, {2, 2});
  });
  addRow.into(mv, mv, nj::view(static_cast<const float *>(m.data()), {2}));
  EXPECT_EQ(m, (std::vector<float>{2, 4, 4, 6}));
}

TEST(StridedView, ReadsAndWritesThroughStrides) {
  // A column-major 2x3 matrix: element (i, j) at i + 2 * j.
  std::vector<float> colMajor = {1, 4, 2, 5, 3, 6};
  nj::Array a = nj::view(static_cast<const float *>(colMajor.data()), {2, 3}, {1, 2});
  EXPECT_EQ(vec(a), (std::vector<float>{1, 2, 3, 4, 5, 6}));
  // Every other element, backwards.
  std::vector<float> line = {0, 1, 2, 3, 4, 5, 6, 7};
  EXPECT_EQ(vec(nj::view(static_cast<const float *>(line.data() + 7), {4}, {-2})),
            (std::vector<float>{7, 5, 3, 1}));
  // Row-major strides are a plain view, no copy.
  EXPECT_EQ(nj::view(static_cast<const float *>(line.data()), {2, 4}, {4, 1}).data(),
            line.data());
  // Results written into a writable strided view land in the caller's layout.
  std::vector<float> dest(6, -1);
  nj::Array d = nj::view(dest.data(), {2, 3}, {1, 2});
  nj::jit([](nj::Array x) { return x * 10; }).into(d, a);
  EXPECT_EQ(dest, (std::vector<float>{10, 40, 20, 50, 30, 60}));
  expectError([&] { nj::view(line.data(), {2, 4}, {4}); },
              {"numjit.view", "needs 2 strides"});
}

TEST(View, GradVmapAndJitReadViewsAsArrays) {
  // Views (plain and strided) are ordinary inputs to the transforms: the
  // same gradients and per-row results as copies of the same values.
  std::vector<float> w = {1, -2, 3}, xs = {1, 2, 3, 4, 5, 6};
  std::vector<float> colMajor = {1, 4, 2, 5, 3, 6}; // xs, column-major
  nj::Array wv = nj::view(static_cast<const float *>(w.data()), {3});
  nj::Array xv = nj::view(std::span<const float>(xs), {2, 3});
  nj::Array sv = nj::view(static_cast<const float *>(colMajor.data()), {2, 3}, {1, 2});
  auto loss = [](nj::Array w, nj::Array x) {
    nj::Array y = nj::matmul(x, w);
    return nj::sum(y * y);
  };
  std::vector<float> want = vec(nj::grad(loss)(nj::array(w, {3}), nj::array(xs, {2, 3})));
  EXPECT_EQ(vec(nj::grad(loss)(wv, xv)), want);
  EXPECT_EQ(vec(nj::jit(nj::grad(loss))(wv, sv)), want);
  auto rowNorms = nj::vmap([](nj::Array r) { return nj::sum(r * r); });
  EXPECT_EQ(vec(rowNorms(xv)), (std::vector<float>{14, 77}));
  EXPECT_EQ(vec(nj::jit(rowNorms)(sv)), (std::vector<float>{14, 77}));
  // A gradient written straight into the caller's buffer.
  std::vector<float> out(3, 0);
  nj::jit(nj::grad(loss)).into(nj::view(out.data(), {3}), wv, xv);
  EXPECT_EQ(out, want);
}

TEST(DLPack, ToDLPackSharesTheArraysBuffer) {
  nj::Array a = nj::arange(6, nj::f32);
  DLManagedTensor *t = nj::to_dlpack(nj::reshape(a, {2, 3}));
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->dl_tensor.ndim, 2);
  EXPECT_EQ(t->dl_tensor.shape[0], 2);
  EXPECT_EQ(t->dl_tensor.shape[1], 3);
  EXPECT_EQ(t->dl_tensor.dtype.code, kDLFloat);
  EXPECT_EQ(t->dl_tensor.dtype.bits, 32);
  EXPECT_EQ(t->dl_tensor.device.device_type, kDLCPU);
  // The round trip gives back the same memory; writing through the tensor
  // shows in the array.
  nj::Array b = nj::from_dlpack(t);
  EXPECT_EQ(b.data(), t->dl_tensor.data);
  static_cast<float *>(t->dl_tensor.data)[4] = 40;
  EXPECT_EQ(vec(b), (std::vector<float>{0, 1, 2, 3, 40, 5}));
  EXPECT_EQ(b.shape(), (nj::Shape{2, 3}));
  // Every dtype maps to DLPack and back.
  for (nj::DType dtype : {nj::f32, nj::f64, nj::i32, nj::i64, nj::bool_, nj::u8, nj::u32}) {
    nj::Array c = nj::from_dlpack(nj::to_dlpack(nj::ones({2}, dtype)));
    EXPECT_EQ(c.dtype(), dtype);
    EXPECT_EQ(c.to_vector<double>(), (std::vector<double>{1, 1}));
  }
}

/// A DLPack tensor made by hand over a caller's buffer, counting deleter calls.
struct HandMade {
  DLManagedTensor tensor{};
  std::vector<int64_t> shape, strides;
  int *deletions;
};
DLManagedTensor *handMade(void *data, DLDataType dtype, std::vector<int64_t> shape,
                          std::vector<int64_t> strides, int *deletions) {
  auto *h = new HandMade;
  h->shape = std::move(shape);
  h->strides = std::move(strides);
  h->deletions = deletions;
  h->tensor.dl_tensor.data = data;
  h->tensor.dl_tensor.device = {kDLCPU, 0};
  h->tensor.dl_tensor.ndim = int(h->shape.size());
  h->tensor.dl_tensor.dtype = dtype;
  h->tensor.dl_tensor.shape = h->shape.data();
  h->tensor.dl_tensor.strides = h->strides.empty() ? nullptr : h->strides.data();
  h->tensor.manager_ctx = h;
  h->tensor.deleter = [](DLManagedTensor *self) {
    auto *me = static_cast<HandMade *>(self->manager_ctx);
    ++*me->deletions;
    delete me;
  };
  return &h->tensor;
}

TEST(DLPack, FromDLPackSharesMemoryAndCallsTheDeleterOnce) {
  std::vector<int32_t> buf = {1, 2, 3, 4, 5, 6};
  int deletions = 0;
  {
    nj::Array a = nj::from_dlpack(handMade(buf.data(), {kDLInt, 32, 1}, {3, 2}, {}, &deletions));
    EXPECT_EQ(a.data(), buf.data());
    buf[5] = 60; // written through one side, seen on the other
    EXPECT_EQ(a.to_vector<int32_t>(), (std::vector<int32_t>{1, 2, 3, 4, 5, 60}));
    // It is writable: a result can go straight into the tensor's memory.
    nj::jit([](nj::Array x) { return x + 1; }).into(a, nj::array(std::vector<int32_t>{7, 8, 9, 10, 11, 12}, {3, 2}));
    EXPECT_EQ(buf, (std::vector<int32_t>{8, 9, 10, 11, 12, 13}));
    nj::Array shared = a * 1; // a computed copy: the tensor lives on with `a`
    EXPECT_EQ(deletions, 0);
  }
  EXPECT_EQ(deletions, 1);

  // A transposed (strided) tensor is copied once, and read right.
  std::vector<float> f = {1, 4, 2, 5, 3, 6};
  nj::Array t = nj::from_dlpack(handMade(f.data(), {kDLFloat, 32, 1}, {2, 3}, {1, 2}, &deletions));
  EXPECT_EQ(vec(t), (std::vector<float>{1, 2, 3, 4, 5, 6}));
  t = nj::Array();
  EXPECT_EQ(deletions, 2);

  // A rejected tensor is released at once.
  expectError([&] { nj::from_dlpack(handMade(buf.data(), {kDLInt, 16, 1}, {6}, {}, &deletions)); },
              {"numjit.from_dlpack", "code 0, bits 16", "MemoryTest.cpp"});
  EXPECT_EQ(deletions, 3);
  expectError([&] { nj::from_dlpack(nullptr); }, {"numjit.from_dlpack", "null"});
}

TEST(DLPack, LibtorchTensorsShareMemory) {
#ifdef NUMJIT_HAVE_TORCH
  torch::Tensor t = torch::arange(6, torch::kFloat32);
  nj::Array a = nj::from_dlpack(at::toDLPack(t));
  t[2] = 20;
  EXPECT_EQ(vec(a)[2], 20.f);
#else
  GTEST_SKIP() << "libtorch's C++ headers are not installed (torch/torch.h): "
                  "hand-made DLPack tensors are tested above";
#endif
}

TEST(Eigen, MatricesAreViewedInPlaceOrCopiedOnceWhenColumnMajor) {
  using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  RowMajor r(2, 3);
  r << 1, 2, 3, 4, 5, 6;
  nj::Array rv = nj::view(r);
  EXPECT_EQ(rv.data(), r.data());
  EXPECT_EQ(rv.shape(), (nj::Shape{2, 3}));
  Eigen::MatrixXf c = r; // column-major
  nj::Array cv = nj::view(static_cast<const Eigen::MatrixXf &>(c));
  EXPECT_NE(cv.data(), c.data()); // copied once
  EXPECT_EQ(vec(cv), (std::vector<float>{1, 2, 3, 4, 5, 6}));
  // A column vector is contiguous either way.
  Eigen::VectorXf v = Eigen::VectorXf::LinSpaced(4, 0, 3);
  EXPECT_EQ(nj::view(v).data(), v.data());
  // Results go into a column-major matrix through its strides.
  Eigen::MatrixXf out(2, 3);
  nj::jit([](nj::Array x) { return x * 2; }).into(nj::view(out), rv);
  EXPECT_TRUE(out.isApprox(Eigen::MatrixXf(r * 2)));
  // A Map of a block with an outer stride.
  Eigen::Map<const RowMajor, 0, Eigen::OuterStride<>> block(r.data() + 1, 2, 2,
                                                             Eigen::OuterStride<>(3));
  EXPECT_EQ(vec(nj::view(block)), (std::vector<float>{2, 3, 5, 6}));
}

TEST(Shapes, AnElementCountThatOverflowsThrows) {
  expectError([] { nj::zeros({int64_t(1) << 40, int64_t(1) << 40}); },
              {"numjit.full", "(1099511627776, 1099511627776)", "int64"});
  expectError([] { nj::ones({int64_t(1) << 62, 4}, nj::u8); }, {"int64"});
  EXPECT_EQ(nj::zeros({int64_t(1) << 40, int64_t(1) << 40, 0}).size(), 0);
}

TEST(CallPath, ManyFunctionsAndThreadsStayRight) {
  // More functions than a thread's hit cache holds, called in turn, from
  // two threads, with a clear in the middle.
  std::vector<nj::Jit<std::function<nj::Array(nj::Array)>>> fs;
  for (int k = 0; k < 7; ++k)
    fs.push_back(nj::jit(std::function<nj::Array(nj::Array)>(
        [k](nj::Array x) { return x * float(k) + 1; })));
  auto work = [&](int seed) {
    for (int round = 0; round < 30; ++round)
      for (int k = 0; k < 7; ++k) {
        nj::Array x = nj::full({3}, double(seed + round));
        float want = float(seed + round) * float(k) + 1;
        ASSERT_EQ(vec(fs[size_t(k)](x)), (std::vector<float>(3, want)));
      }
  };
  std::thread other(work, 100);
  work(0);
  nj::clear_caches();
  work(7);
  other.join();
}

} // namespace

namespace {

TEST(Nontemporal, LargeOutputsStreamAndAnyCallerBufferWorks) {
  const int64_t n = int64_t(1) << 23; // 32 MiB of f32: the threshold
  auto f = nj::jit([](nj::Array x, nj::Array y) { return 2.0f * x + 3.0f * y - x * y; });
  nj::Array x = nj::arange(0.0, double(n), 1.0), y = nj::full({n}, 0.5);
  std::string assembly = f.lower(x, y).as_text(nj::Stage::Assembly);
  EXPECT_NE(assembly.find("vmovntps"), std::string::npos);
  EXPECT_NE(assembly.find("sfence"), std::string::npos);
  // Below the threshold, ordinary stores.
  nj::Array xs = nj::arange(0.0, 4096.0, 1.0), ys = nj::full({4096}, 0.5);
  EXPECT_EQ(f.lower(xs, ys).as_text(nj::Stage::Assembly).find("vmovnt"), std::string::npos);

  auto check = [&](const float *z) {
    for (int64_t i : {int64_t(0), int64_t(1), int64_t(12345), n / 2 + 7, n - 2, n - 1}) {
      float xi = float(i);
      ASSERT_EQ(z[i], 2.0f * xi + 1.5f - xi * 0.5f) << i;
    }
  };
  nj::Array r = f(x, y); // numjit's own, aligned buffer
  check(static_cast<const float *>(r.data()));
  // A caller buffer one float off alignment: the kernel's promise is kept
  // through a temporary, and the result is the same.
  std::vector<float> buffer(size_t(n) + 16);
  float *misaligned = buffer.data() + (reinterpret_cast<uintptr_t>(buffer.data()) % 64 == 0 ? 1 : 0);
  while (reinterpret_cast<uintptr_t>(misaligned) % 64 == 0)
    ++misaligned;
  f.into(nj::view(misaligned, {n}), x, y);
  check(misaligned);
  // And an aligned one is written directly.
  float *aligned = static_cast<float *>(std::aligned_alloc(64, size_t(n) * 4));
  uint64_t before = nj::num_buffer_allocations();
  f.into(nj::view(aligned, {n}), x, y);
  EXPECT_EQ(nj::num_buffer_allocations(), before);
  check(aligned);
  std::free(aligned);
}

} // namespace
