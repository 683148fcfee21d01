//===- IndexingTest.cpp - take, scatter, dynamic slices, one_hot ----------===//
//
// Each op eagerly == under jit == a plain C++ loop, with negative and
// out-of-range indices (counted from the end, then clamped); gradients and jvp
// against central finite differences in f64, to second order; vmap at batch
// sizes 0, 1 and 7 against a loop over the batch, with batched and
// unbatched indices and starts, as one batched gather (no loop); and the
// errors a user can make.
//
//===----------------------------------------------------------------------===//

#include "GradCheck.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace nj = numjit;

namespace {

using namespace numjit_test;

/// NumPy's index rule with clamping: negative counts from the end.
int64_t clampIndex(int64_t i, int64_t n) {
  if (i < 0)
    i += n;
  return std::clamp<int64_t>(i, 0, n - 1);
}

template <typename F, typename... A> void eagerAndJit(F f, const nj::Array &want, const A &...a) {
  EXPECT_EQ(nj::to_string(f(a...)), nj::to_string(want)) << "eager";
  auto jf = nj::jit(f);
  EXPECT_EQ(nj::to_string(jf(a...)), nj::to_string(want)) << "jit";
}

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

TEST(Take, RowsColumnsAndFlatWithNegativeAndOutOfRangeIndices) {
  nj::Array x = nj::reshape(nj::arange(12, nj::f32), {4, 3});
  nj::Array idx = nj::array({2, -1, 7, -9, 0});
  Doubles rows, cols, flat;
  for (int64_t i : {2, -1, 7, -9, 0}) {
    for (int64_t c = 0; c < 3; ++c)
      rows.push_back(double(clampIndex(i, 4) * 3 + c));
    flat.push_back(double(clampIndex(i, 12)));
  }
  for (int64_t r = 0; r < 4; ++r)
    for (int64_t i : {2, -1, 7, -9, 0})
      cols.push_back(double(r * 3 + clampIndex(i, 3)));
  auto f32 = [](const Doubles &v, nj::Shape s) { return nj::astype(nj::array(v, s), nj::f32); };
  eagerAndJit([](nj::Array a, nj::Array i) { return nj::take(a, i, 0); }, f32(rows, {5, 3}), x, idx);
  eagerAndJit([](nj::Array a, nj::Array i) { return nj::take(a, i, -1); }, f32(cols, {4, 5}), x, idx);
  eagerAndJit([](nj::Array a, nj::Array i) { return nj::take(a, i); }, f32(flat, {5}), x, idx);
  // Any integer dtype; a scalar index drops the axis; no indices, no rows.
  for (nj::DType d : {nj::i64, nj::u8, nj::u32})
    EXPECT_EQ(nj::take(x, nj::astype(nj::array({3, 1}), d), 0).to_vector<float>(),
              (std::vector<float>{9, 10, 11, 3, 4, 5}));
  EXPECT_EQ(nj::take(x, nj::array(2), 1).shape(), (nj::Shape{4}));
  EXPECT_EQ(nj::take(x, nj::zeros({0}, nj::i32), 0).shape(), (nj::Shape{0, 3}));
  EXPECT_EQ(nj::take(nj::zeros({0, 3}), nj::zeros({0}, nj::i32), 0).shape(), (nj::Shape{0, 3}));
  // 2-d indices, on every dtype of data.
  nj::Array i2 = nj::reshape(nj::array({1, 0, 3, 3}), {2, 2});
  for (nj::DType d : {nj::f64, nj::i32, nj::bool_, nj::u8})
    EXPECT_EQ(nj::take(nj::astype(x, d), i2, 0).to_vector<double>(),
              nj::astype(nj::take(x, i2, 0), d).to_vector<double>());
}

TEST(TakeAlongAxis, PicksPerRowAndBroadcasts) {
  nj::Array x = nj::reshape(nj::arange(12, nj::f32), {3, 4});
  nj::Array idx = nj::array(std::vector<int32_t>{3, 0, 1, 1, -1, 9}, {3, 2});
  Doubles want;
  for (int64_t r = 0; r < 3; ++r)
    for (int64_t j = 0; j < 2; ++j)
      want.push_back(double(r * 4 + clampIndex(std::vector<int64_t>{3, 0, 1, 1, -1, 9}[size_t(r * 2 + j)], 4)));
  eagerAndJit([](nj::Array a, nj::Array i) { return nj::take_along_axis(a, i, 1); },
              nj::astype(nj::array(want, {3, 2}), nj::f32), x, idx);
  // Along axis 0, indices broadcast over the columns.
  nj::Array i0 = nj::array(std::vector<int32_t>{2, 0}, {2, 1});
  EXPECT_EQ(nj::take_along_axis(x, i0, 0).to_vector<float>(),
            (std::vector<float>{8, 9, 10, 11, 0, 1, 2, 3}));
}

TEST(Scatter, AddSumsRepeatsAndSetKeepsTheLast) {
  nj::Array x = nj::zeros({4, 2});
  nj::Array idx = nj::array({1, 3, 1, -1});
  nj::Array u = nj::reshape(nj::arange(1, 9, 1, nj::f32), {4, 2});
  eagerAndJit([](nj::Array a, nj::Array i, nj::Array v) { return nj::scatter_add(a, i, v, 0); },
              nj::array(std::vector<float>{0, 0, 6, 8, 0, 0, 10, 12}, {4, 2}), x, idx, u);
  eagerAndJit([](nj::Array a, nj::Array i, nj::Array v) { return nj::scatter(a, i, v, 0); },
              nj::array(std::vector<float>{0, 0, 5, 6, 0, 0, 7, 8}, {4, 2}), x, idx, u);
  // Along axis 1 with broadcast updates; flattened; ints.
  EXPECT_EQ(nj::scatter_add(nj::zeros({2, 3}), nj::array({2, 2}), nj::ones({}), 1).to_vector<float>(),
            (std::vector<float>{0, 0, 2, 0, 0, 2}));
  EXPECT_EQ(nj::scatter(nj::zeros({2, 2}, nj::i32), nj::array({3}), nj::array({5})).to_vector<int32_t>(),
            (std::vector<int32_t>{0, 0, 0, 5}));
  // The input is not written.
  nj::Array y = nj::ones({3});
  nj::Array z = nj::jit([](nj::Array a) { return nj::scatter_add(a, nj::array({0}), nj::ones({1})); })(y);
  EXPECT_EQ(y.to_vector<float>(), (std::vector<float>{1, 1, 1}));
  EXPECT_EQ(z.to_vector<float>(), (std::vector<float>{2, 1, 1}));
}

TEST(OneHot, RowsOfZerosOutsideTheRange) {
  eagerAndJit([](nj::Array i) { return nj::one_hot(i, 3); },
              nj::array(std::vector<float>{0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, {4, 3}),
              nj::array({1, 3, 2, -1}));
  EXPECT_EQ(nj::one_hot(nj::array(std::vector<uint8_t>{2}, {1}), 4, nj::i32).to_vector<int32_t>(),
            (std::vector<int32_t>{0, 0, 1, 0}));
}

TEST(DynamicSlice, TracedStartsAreClampedSoTheSliceFits) {
  nj::Array x = nj::reshape(nj::arange(20, nj::f32), {4, 5});
  auto f = [](nj::Array a, nj::Array s0, nj::Array s1) {
    return nj::dynamic_slice(a, {s0, s1}, {2, 3});
  };
  auto jf = nj::jit(f);
  for (auto [s0, s1] : std::vector<std::pair<int, int>>{{1, 1}, {3, 4}, {-2, 0}, {0, 9}}) {
    int64_t r0 = std::clamp(s0, 0, 2), r1 = std::clamp(s1, 0, 2);
    std::vector<float> want;
    for (int64_t i = 0; i < 2; ++i)
      for (int64_t j = 0; j < 3; ++j)
        want.push_back(float((r0 + i) * 5 + r1 + j));
    EXPECT_EQ(f(x, nj::array(s0), nj::array(s1)).to_vector<float>(), want);
    EXPECT_EQ(jf(x, nj::array(s0), nj::array(s1)).to_vector<float>(), want);
  }
  EXPECT_EQ(nj::dynamic_slice(x, {2, 1}, {1, 2}).to_vector<float>(), (std::vector<float>{11, 12}));
  nj::Array u = nj::full({2, 2}, -1.0);
  std::vector<float> want = x.to_vector<float>();
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 2; ++j)
      want[size_t((2 + i) * 5 + 3 + j)] = -1;
  auto g = [](nj::Array a, nj::Array up, nj::Array s) { return nj::dynamic_update_slice(a, up, {s, 7}); };
  EXPECT_EQ(g(x, u, nj::array(2)).to_vector<float>(), want);
  EXPECT_EQ(nj::jit(g)(x, u, nj::array(2)).to_vector<float>(), want);
}

//===----------------------------------------------------------------------===//
// Gradients against finite differences (f64), first and second order
//===----------------------------------------------------------------------===//

TEST(IndexingGrad, MatchesFiniteDifferences) {
  nj::Array x = randn({4, 3}, 1), w = randn({5, 3}, 2), w2 = randn({4, 2}, 3);
  nj::Array idx = nj::array({2, 0, 2, -1, 9});
  checkGrad([&](nj::Array a) { return nj::sum(nj::cos(nj::take(a, idx, 0)) * w); }, x, "take");
  checkGrad([&](nj::Array a) {
    return nj::sum(nj::square(nj::take_along_axis(a, nj::reshape(nj::array({2, 0, 1, 1, 0, 2, 2, 2}), {4, 2}), 1)) * w2);
  }, x, "take_along_axis");
  checkGrad([&](nj::Array a) { return nj::sum(nj::exp(nj::dynamic_slice(a, {1, 1}, {2, 2}))); }, x,
            "dynamic_slice");
  nj::Array u = randn({5, 3}, 4);
  // Both arguments of scatter_add, scatter and dynamic_update_slice.
  checkGrad([&](nj::Array a) { return nj::sum(nj::sin(nj::scatter_add(a, idx, u, 0))); }, x,
            "scatter_add operand");
  checkGrad([&](nj::Array v) { return nj::sum(nj::sin(nj::scatter_add(x, idx, v, 0))); }, u,
            "scatter_add updates");
  nj::Array uniq = nj::array({3, 0});
  nj::Array u2 = randn({2, 3}, 5);
  checkGrad([&](nj::Array a) { return nj::sum(nj::sin(nj::scatter(a, uniq, u2, 0)) * x); }, x,
            "scatter operand");
  checkGrad([&](nj::Array v) { return nj::sum(nj::sin(nj::scatter(x, uniq, v, 0))); }, u2,
            "scatter updates");
  nj::Array blk = randn({2, 2}, 6);
  checkGrad([&](nj::Array a) { return nj::sum(nj::sin(nj::dynamic_update_slice(a, blk, {1, 0})) * x); },
            x, "dynamic_update_slice operand");
  checkGrad([&](nj::Array v) { return nj::sum(nj::sin(nj::dynamic_update_slice(x, v, {3, 2}))); },
            blk, "dynamic_update_slice update");
}

//===----------------------------------------------------------------------===//
// vmap: one batched op, equal to a loop over the batch
//===----------------------------------------------------------------------===//

/// f on two or three arrays, as it takes them.
template <typename F> nj::Array callOn(const F &f, const std::vector<nj::Array> &a) {
  if constexpr (std::is_invocable_v<const F &, nj::Array, nj::Array, nj::Array>)
    return f(a[0], a[1], a[2]);
  else
    return f(a[0], a[1]);
}

template <typename F>
void checkVmap(F f, std::vector<std::optional<int64_t>> axes, const std::vector<nj::Array> &args,
               int64_t batch, const std::string &what) {
  auto vf = nj::vmap(f, axes);
  nj::Array got = callOn(vf, args);
  nj::Array jgot = callOn(nj::jit(vf), args);
  EXPECT_EQ(got.shape()[0], batch) << what;
  for (int64_t b = 0; b < batch; ++b) {
    std::vector<nj::Array> one;
    for (size_t i = 0; i < args.size(); ++i)
      one.push_back(axes[i] ? rowOf(args[i], b) : args[i]);
    nj::Array want = callOn(f, one);
    EXPECT_EQ(rowOf(got, b).to_vector<double>(), want.to_vector<double>()) << what << " " << b;
    EXPECT_EQ(rowOf(jgot, b).to_vector<double>(), want.to_vector<double>()) << what << " " << b;
  }
}

TEST(IndexingVmap, EqualsALoopAtBatchSizes0_1_7) {
  for (int64_t B : {0, 1, 7}) {
    nj::Array xs = randn({B, 5, 3}, 7), x = randn({5, 3}, 8);
    std::vector<int32_t> iv;
    for (int64_t i = 0; i < B * 4; ++i)
      iv.push_back(int32_t((i * 7) % 11) - 3);
    nj::Array is = nj::array(iv, {B, 4}), i = nj::array({4, -2, 0, 1});
    auto take0 = [](nj::Array a, nj::Array j) { return nj::take(a, j, 0); };
    checkVmap(take0, {0, 0}, {xs, is}, B, "take, both batched");
    checkVmap(take0, {0, nj::none}, {xs, i}, B, "take, data batched");
    checkVmap(take0, {nj::none, 0}, {x, is}, B, "take, indices batched");
    auto along = [](nj::Array a, nj::Array j) {
      return nj::take_along_axis(a, nj::reshape(j, {2, 2}) , 0);
    };
    checkVmap(along, {0, 0}, {nj::reshape(nj::slice(xs, {0, 0, 0}, {B, 2, 2}), {B, 2, 2}), is}, B,
              "take_along_axis");
    nj::Array us = randn({B, 4, 3}, 9);
    auto sadd = [](nj::Array a, nj::Array j, nj::Array u) { return nj::scatter_add(a, j, u, 0); };
    checkVmap(sadd, {0, 0, 0}, {xs, is, us}, B, "scatter_add, all batched");
    checkVmap(sadd, {nj::none, 0, nj::none}, {x, is, rowOf(randn({1, 4, 3}, 10), 0)}, B,
              "scatter_add, indices batched");
    nj::Array starts = nj::array(std::vector<int32_t>(iv.begin(), iv.begin() + B), {B});
    auto dslice = [](nj::Array a, nj::Array s) { return nj::dynamic_slice(a, {s, 1}, {3, 2}); };
    checkVmap(dslice, {nj::none, 0}, {x, starts}, B, "dynamic_slice, starts batched");
    checkVmap(dslice, {0, nj::none}, {xs, nj::array(1)}, B, "dynamic_slice, data batched");
    auto dus = [](nj::Array a, nj::Array s, nj::Array u) {
      return nj::dynamic_update_slice(a, u, {s, 1});
    };
    nj::Array blocks = randn({B, 2, 2}, 11);
    checkVmap(dus, {0, 0, 0}, {xs, starts, blocks}, B, "dynamic_update_slice, all batched");
    checkVmap(dus, {0, nj::none, nj::none}, {xs, nj::array(4), rowOf(randn({1, 2, 2}, 12), 0)}, B,
              "dynamic_update_slice, data batched");
  }
}

TEST(IndexingVmap, PerExampleTakeIsOneBatchedGather) {
  nj::Array xs = randn({7, 5, 3}, 1), is = nj::reshape(nj::arange(14), {7, 2});
  auto f = nj::jit(nj::vmap([](nj::Array a, nj::Array j) { return nj::take(a, j, 0); }));
  std::string ir = f.lower(xs, is).as_text(nj::Stage::Transformed);
  EXPECT_NE(ir.find("numjit.gather"), std::string::npos) << ir;
  EXPECT_NE(ir.find("batch_dims = 1"), std::string::npos) << ir;
  EXPECT_EQ(ir.find("numjit.gather", ir.find("numjit.gather") + 1), std::string::npos) << ir;
  EXPECT_EQ(ir.find("scf."), std::string::npos) << ir;
  EXPECT_EQ(ir.find("numjit.while"), std::string::npos) << ir;
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

TEST(IndexingErrors, NameTheOpAndTheShapes) {
  nj::Array x = nj::zeros({4, 3});
  auto message = [](auto f) {
    try {
      f();
    } catch (const nj::Error &e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message([&] { nj::take(x, nj::array({1.5f}), 0); }).find("numjit.take: indices must be integers, got float32"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::take(x, nj::array({1}), 2); }).find("axis 2 is out of bounds"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::take(nj::zeros({0, 3}), nj::array({0}), 0); }).find("which is empty"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::take_along_axis(x, nj::array({1}), 1); }).find("must have the rank"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::scatter_add(x, nj::array({1}), nj::ones({2, 2}), 0); })
                .find("numjit.scatter_add: incompatible shapes for broadcasting: (2, 2) and (1, 3)"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::scatter_add(x, nj::array({1}), nj::ones({2, 1, 3}), 0); })
                .find("do not broadcast to the indexed shape (1, 3)"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::dynamic_slice(x, {0}, {1, 1}); }).find("one start per dimension"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::dynamic_slice(x, {0, 0}, {5, 1}); }).find("do not fit in shape (4, 3)"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::dynamic_update_slice(x, nj::ones({5, 1}), {0, 0}); })
                .find("does not fit in shape (4, 3)"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::dynamic_slice(x, {nj::array(0.5), 0}, {1, 1}); })
                .find("a start is a C++ integer or a scalar integer array"),
            std::string::npos);
  EXPECT_NE(message([&] { nj::take(x, nj::array({1.5f}), 0); }).find("IndexingTest.cpp"),
            std::string::npos);
}

} // namespace
