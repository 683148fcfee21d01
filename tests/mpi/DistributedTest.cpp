//===- DistributedTest.cpp - nj::distributed under mpirun -----------------===//
//
// Runs as one process (a group of one rank) and under `mpirun -np 2` and
// `-np 4` (ctest runs all three). Rank r's data is a function of r, so each
// rank computes the single-process answer itself and compares.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include "../unit/ExpectError.h"

#include <cmath>
#include <numeric>
#include <random>

namespace nj = numjit;
namespace dist = numjit::distributed;

namespace {

dist::Group world() { return dist::init(); }

/// Rank r's operand: x[i] = (i + 1) * (r + 1) + 0.25 * ((i + r) % 3).
std::vector<float> rankData(int r, int n) {
  std::vector<float> v(size_t(n), 0.f);
  for (int i = 0; i < n; ++i)
    v[size_t(i)] = float((i + 1) * (r + 1)) + 0.25f * float((i + r) % 3);
  return v;
}

/// The elementwise combination of every rank's rankData.
std::vector<float> combined(int size, int n, const char *what) {
  std::vector<float> out = rankData(0, n);
  for (int r = 1; r < size; ++r) {
    std::vector<float> v = rankData(r, n);
    for (int i = 0; i < n; ++i) {
      float &o = out[size_t(i)];
      float x = v[size_t(i)];
      o = what[0] == 's' ? o + x : what[1] == 'a' ? std::max(o, x) : std::min(o, x);
    }
  }
  return out;
}

TEST(Distributed, InitGivesTheWorld) {
  dist::Group g = world();
  EXPECT_GE(g.size(), 1);
  EXPECT_GE(g.rank(), 0);
  EXPECT_LT(g.rank(), g.size());
  EXPECT_TRUE(dist::available());
  // Every rank agrees on the size and has a distinct rank.
  nj::Array ranks = dist::all_gather(nj::array({float(g.rank())}), 0, g);
  std::vector<float> got = ranks.to_vector<float>();
  ASSERT_EQ(got.size(), size_t(g.size()));
  for (int r = 0; r < g.size(); ++r)
    EXPECT_EQ(got[size_t(r)], float(r));
}

TEST(Distributed, ReductionsEagerAndJitMatchTheSingleProcessAnswer) {
  dist::Group g = world();
  const int n = 12;
  nj::Array x = nj::array(rankData(g.rank(), n), {3, 4});
  auto jsum = nj::jit([g](nj::Array a) { return dist::all_sum(a, g); });
  auto jmax = nj::jit([g](nj::Array a) { return dist::all_max(a, g); });
  auto jmin = nj::jit([g](nj::Array a) { return dist::all_min(a, g); });
  struct Case {
    const char *what;
    nj::Array eager, jitted;
  } cases[] = {{"sum", dist::all_sum(x, g), jsum(x)},
               {"max", dist::all_max(x, g), jmax(x)},
               {"min", dist::all_min(x, g), jmin(x)}};
  for (const Case &c : cases) {
    std::vector<float> want = combined(g.size(), n, c.what);
    EXPECT_EQ(c.eager.shape(), (nj::Shape{3, 4})) << c.what;
    EXPECT_EQ(c.eager.to_vector<float>(), want) << c.what << " eager";
    EXPECT_EQ(c.jitted.to_vector<float>(), want) << c.what << " jit";
  }
}

TEST(Distributed, ReductionsKeepOrPromoteTheDtype) {
  dist::Group g = world();
  for (nj::DType d : {nj::f64, nj::i32, nj::i64, nj::u8, nj::u32, nj::bf16, nj::f16}) {
    nj::Array x = nj::astype(nj::full({5}, double(g.rank() + 1)), d);
    nj::Array s = dist::all_sum(x, g);
    nj::Array js = nj::jit([g](nj::Array a) { return dist::all_sum(a, g); })(x);
    EXPECT_EQ(s.dtype(), d);
    EXPECT_EQ(js.dtype(), d);
    double want = g.size() * (g.size() + 1) / 2.0;
    for (double v : nj::astype(s, nj::f64).to_vector<double>())
      EXPECT_EQ(v, want) << nj::dtype_name(d);
    for (double v : nj::astype(js, nj::f64).to_vector<double>())
      EXPECT_EQ(v, want) << nj::dtype_name(d) << " jit";
  }
  // A sum of bools counts, in i32, as nj::sum does.
  nj::Array t = dist::all_sum(nj::full({2}, 1.0, nj::bool_), g);
  EXPECT_EQ(t.dtype(), nj::i32);
  EXPECT_EQ(t.to_vector<int32_t>(), (std::vector<int32_t>{g.size(), g.size()}));
}

TEST(Distributed, AllGatherConcatenatesAlongAnyAxis) {
  dist::Group g = world();
  const int n = 6;
  nj::Array x = nj::array(rankData(g.rank(), n), {2, 3});
  for (int64_t axis : {0, 1, -1}) {
    std::vector<nj::Array> parts;
    for (int r = 0; r < g.size(); ++r)
      parts.push_back(nj::array(rankData(r, n), {2, 3}));
    std::vector<float> want = nj::concatenate(parts, axis).to_vector<float>();
    nj::Array eager = dist::all_gather(x, axis, g);
    nj::Array jitted = nj::jit([g, axis](nj::Array a) { return dist::all_gather(a, axis, g); })(x);
    nj::Shape shape = axis == 0 ? nj::Shape{2 * g.size(), 3} : nj::Shape{2, 3 * g.size()};
    EXPECT_EQ(eager.shape(), shape);
    EXPECT_EQ(jitted.shape(), shape);
    EXPECT_EQ(eager.to_vector<float>(), want) << "axis " << axis;
    EXPECT_EQ(jitted.to_vector<float>(), want) << "axis " << axis << " jit";
  }
}

TEST(Distributed, BroadcastGivesTheRootsArray) {
  dist::Group g = world();
  for (int root = 0; root < g.size(); ++root) {
    nj::Array x = nj::array(rankData(g.rank(), 5), {5});
    std::vector<float> want = rankData(root, 5);
    EXPECT_EQ(dist::broadcast(x, root, g).to_vector<float>(), want);
    auto jb = nj::jit([g, root](nj::Array a) { return dist::broadcast(a * 2.f, root, g); });
    std::vector<float> twice = want;
    for (float &v : twice)
      v *= 2;
    EXPECT_EQ(jb(x).to_vector<float>(), twice) << "root " << root << " jit";
  }
}

TEST(Distributed, SendAndRecvPassAnArrayAroundARing) {
  dist::Group g = world();
  if (g.size() == 1)
    GTEST_SKIP() << "send/recv need two ranks (ctest also runs this under mpirun -np 2 and 4)";
  int next = (g.rank() + 1) % g.size(), prev = (g.rank() + g.size() - 1) % g.size();
  nj::Array mine = nj::array(rankData(g.rank(), 7), {7});
  // Even ranks send first, odd ranks receive first: no deadlock.
  nj::Array got;
  if (g.rank() % 2 == 0) {
    dist::send(mine, next, g);
    got = dist::recv(mine, prev, g);
  } else {
    got = dist::recv(mine, prev, g);
    dist::send(mine, next, g);
  }
  EXPECT_EQ(got.to_vector<float>(), rankData(prev, 7));
}

TEST(Distributed, GradAndJvpFollowJaxsTransposeRules) {
  dist::Group g = world();
  const int n = 4;
  nj::Array x = nj::array(rankData(g.rank(), n), {n});
  // f(x) = sum(all_sum(x)^2) / 2 on each rank; summed over ranks the total
  // is P * |S|^2 / 2 with S = sum_r x_r, so d total / d x_r = P * S. Each
  // rank's grad of its own f sums the ranks' cotangents S: P * S too.
  auto f = [g](nj::Array a) {
    nj::Array s = dist::all_sum(a, g);
    return nj::sum(s * s) / 2.f;
  };
  std::vector<float> s = combined(g.size(), n, "sum");
  std::vector<float> want(s);
  for (float &v : want)
    v *= float(g.size());
  std::vector<float> eagerGrad = nj::grad(f)(x).to_vector<float>();
  std::vector<float> jitGrad = nj::jit(nj::grad(f))(x).to_vector<float>();
  for (int i = 0; i < n; ++i) {
    EXPECT_NEAR(eagerGrad[size_t(i)], want[size_t(i)], 1e-3f * std::abs(want[size_t(i)]));
    EXPECT_NEAR(jitGrad[size_t(i)], want[size_t(i)], 1e-3f * std::abs(want[size_t(i)]));
  }
  // all_gather transposes to this rank's slice of the summed cotangent:
  // h = sum(w * gathered) with w = 1..P*n gives d/dx_r = P * w[r*n:(r+1)*n].
  nj::Array w = nj::arange(double(1), double(g.size() * n + 1), 1.0, nj::f32);
  auto h = [g, w](nj::Array a) { return nj::sum(w * dist::all_gather(a, 0, g)); };
  std::vector<float> gg = nj::jit(nj::grad(h))(x).to_vector<float>();
  for (int i = 0; i < n; ++i)
    EXPECT_FLOAT_EQ(gg[size_t(i)], float(g.size() * (g.rank() * n + i + 1)));
  // broadcast from the root: only the root's operand has a gradient.
  auto k = [g](nj::Array a) { return nj::sum(dist::broadcast(a, 0, g)); };
  std::vector<float> gk = nj::jit(nj::grad(k))(x).to_vector<float>();
  for (float v : gk)
    EXPECT_FLOAT_EQ(v, g.rank() == 0 ? float(g.size()) : 0.f);
  // jvp: the tangent of all_sum(x) is all_sum(t).
  nj::Array t = nj::ones({n});
  auto [y, dy] = nj::jvp([g](nj::Array a) { return dist::all_sum(a, g); }, {x}, {t});
  for (float v : dy.to_vector<float>())
    EXPECT_FLOAT_EQ(v, float(g.size()));
  EXPECT_EQ(y.to_vector<float>(), s);
  // all_max: the winning rank gets the cotangent (the last rank has the
  // largest data here).
  auto m = [g](nj::Array a) { return nj::sum(dist::all_max(a, g)); };
  for (float v : nj::jit(nj::grad(m))(x).to_vector<float>())
    EXPECT_FLOAT_EQ(v, g.rank() == g.size() - 1 ? float(g.size()) : 0.f);
}

TEST(Distributed, VmapBatchesTheCollectives) {
  dist::Group g = world();
  nj::Array xs = nj::reshape(nj::array(rankData(g.rank(), 12), {12}), {3, 4});
  nj::Array summed = nj::vmap([g](nj::Array a) { return dist::all_sum(a, g); })(xs);
  EXPECT_EQ(summed.to_vector<float>(), combined(g.size(), 12, "sum"));
  nj::Array gathered =
      nj::jit(nj::vmap([g](nj::Array a) { return dist::all_gather(a, 0, g); }))(xs);
  EXPECT_EQ(gathered.shape(), (nj::Shape{3, 4 * g.size()}));
  std::vector<nj::Array> parts;
  for (int r = 0; r < g.size(); ++r)
    parts.push_back(nj::reshape(nj::array(rankData(r, 12), {12}), {3, 4}));
  EXPECT_EQ(gathered.to_vector<float>(), nj::concatenate(parts, 1).to_vector<float>());
}

TEST(Distributed, TheKernelCallsMpi) {
  dist::Group g = world();
  if (g.size() == 1)
    GTEST_SKIP() << "a group of one rank needs no communication: the kernel has no MPI call";
  nj::Array x = nj::ones({8});
  auto f = nj::jit([g](nj::Array a) {
    return dist::all_gather(dist::all_sum(a, g), 0, g);
  });
  auto lowered = f.lower(x);
  EXPECT_NE(lowered.as_text(nj::Stage::Traced).find("numjit.all_reduce sum"), std::string::npos);
  std::string llvm = lowered.as_text(nj::Stage::LLVMIR);
  EXPECT_NE(llvm.find("@MPI_Allreduce"), std::string::npos);
  EXPECT_NE(llvm.find("@numjit_mpi_all_gather"), std::string::npos);
}

TEST(Distributed, BadArgumentsThrowClearErrors) {
  dist::Group g = world();
  nj::Array x = nj::ones({4});
  // clang-format off
  expectNjError([&] { dist::broadcast(x, g.size(), g); }, {"distributed.broadcast", "root " + std::to_string(g.size()), lineOf(__FILE__, __LINE__)});
  expectNjError([&] { dist::all_gather(nj::ones({}), 0, g); }, {"distributed.all_gather", "scalar", lineOf(__FILE__, __LINE__)});
  expectNjError([&] { dist::all_gather(x, 1, g); }, {"distributed.all_gather", "axis 1", lineOf(__FILE__, __LINE__)});
  expectNjError([&] { dist::send(x, g.rank(), g); }, {"distributed.send", "another rank", lineOf(__FILE__, __LINE__)});
  expectNjError([&] { nj::jit([g](nj::Array a) { dist::send(a, 0, g); return a; })(x); }, {"distributed.send", "eager only", lineOf(__FILE__, __LINE__)});
  // clang-format on
}

//===----------------------------------------------------------------------===//
// Sharded jit (MLIR's shard passes)
//===----------------------------------------------------------------------===//

/// A whole [rows, cols] matrix every rank can build, and its block of rows.
nj::Array wholeMatrix(int64_t rows, int64_t cols, float seed) {
  std::vector<float> v(size_t(rows * cols));
  for (size_t i = 0; i < v.size(); ++i)
    v[i] = std::sin(seed + 0.37f * float(i));
  return nj::array(v, {rows, cols});
}
nj::Array rowBlock(const nj::Array &whole, const dist::Group &g) {
  int64_t rows = whole.shape()[0] / g.size(), cols = whole.shape()[1];
  return nj::slice(whole, {rows * g.rank(), 0}, {rows * (g.rank() + 1), cols});
}

void expectClose(const nj::Array &got, const nj::Array &want, const char *what) {
  ASSERT_EQ(got.shape(), want.shape()) << what;
  std::vector<float> a = got.to_vector<float>(), b = want.to_vector<float>();
  for (size_t i = 0; i < a.size(); ++i)
    EXPECT_NEAR(a[i], b[i], 1e-4f * (1 + std::abs(b[i]))) << what << " element " << i;
}

TEST(Sharding, MatmulWithRowsSplitEqualsTheWholeProduct) {
  dist::Group g = world();
  dist::Mesh mesh(g, {"data"});
  nj::Array a = wholeMatrix(8 * g.size(), 6, 0.5f), b = wholeMatrix(6, 5, 1.5f);
  auto mm = [](nj::Array x, nj::Array y) { return nj::matmul(x, y); };
  nj::Array want = mm(a, b);
  // Rows of A split, B whole; the product whole on every rank.
  auto whole = nj::jit(mm, nj::sharding(mesh, {nj::shard("data", 0), nj::replicated()},
                                        {nj::replicated()}));
  expectClose(whole(rowBlock(a, g), b), want, "replicated out");
  // ... or left split: each rank gets its rows of the product, no communication.
  auto split = nj::jit(mm, nj::sharding(mesh, {nj::shard("data", 0), nj::replicated()},
                                        {nj::shard("data", 0)}));
  expectClose(split(rowBlock(a, g), b), rowBlock(want, g), "split out");
  if (g.size() > 1) {
    std::string ir = whole.lower(rowBlock(a, g), b).as_text(nj::Stage::Fused);
    EXPECT_NE(ir.find("numjit.all_gather"), std::string::npos) << ir;
  }
}

TEST(Sharding, ElementwiseAndReductionEqualTheUnshardedResult) {
  dist::Group g = world();
  dist::Mesh mesh(g, {"data"});
  nj::Array x = wholeMatrix(4 * g.size(), 3, 0.25f);
  nj::Array w = nj::array({0.5f, -1.f, 2.f});
  auto f = [](nj::Array x, nj::Array w) {
    nj::Array y = nj::tanh(x * w) + 1.f;
    return std::make_tuple(nj::sum(y * y), nj::max(y, 0), y);
  };
  auto [s, m, y] = f(x, w);
  auto sharded = nj::jit(f, nj::sharding(mesh, {nj::shard("data", 0), nj::replicated()},
                                         {nj::replicated(), nj::replicated(),
                                          nj::shard("data", 0)}));
  auto [ss, sm, sy] = sharded(rowBlock(x, g), w);
  expectClose(ss, s, "sum");
  expectClose(sm, m, "max over the split axis");
  expectClose(sy, rowBlock(y, g), "elementwise, split");
  // A reduction alone over the split rows: each rank reduces its block and
  // the partial sums are all-summed (no gather of the rows).
  auto total = [](nj::Array x, nj::Array w) { return nj::sum(nj::tanh(x * w)); };
  auto shardedTotal = nj::jit(
      total, nj::sharding(mesh, {nj::shard("data", 0), nj::replicated()}, {nj::replicated()}));
  expectClose(shardedTotal(rowBlock(x, g), w), total(x, w), "sum alone");
  if (g.size() > 1) {
    std::string ir = shardedTotal.lower(rowBlock(x, g), w).as_text(nj::Stage::Fused);
    EXPECT_NE(ir.find("numjit.all_reduce"), std::string::npos) << ir;
    EXPECT_EQ(ir.find("numjit.all_gather"), std::string::npos) << ir;
  }
}

TEST(Sharding, ShardingsThatDoNotFitAreRejected) {
  dist::Group g = world();
  dist::Mesh mesh(g, {"data"});
  nj::Array x = nj::ones({2 * g.size(), 3});
  auto id = [](nj::Array a) { return a * 2.f; };
  // clang-format off
  expectNjError([&] { nj::jit(id, nj::sharding(mesh, {nj::shard("data", 2)}, {nj::replicated()}))(x); }, {"numjit.sharding", "dimension 2", "rank 2", lineOf(__FILE__, __LINE__)});
  expectNjError([&] { nj::jit(id, nj::sharding(mesh, {nj::replicated(), nj::replicated()}, {nj::replicated()}))(x); }, {"numjit.sharding", "2 in specs", "1 array arguments", lineOf(__FILE__, __LINE__)});
  expectNjError([&] { nj::sharding(mesh, {nj::shard("model", 0)}, {nj::replicated()}); }, {"numjit.sharding", "\"model\"", lineOf(__FILE__, __LINE__)});
  expectNjError([&] { dist::Mesh(g, {"data", "model"}); }, {"distributed.Mesh", "1-d", lineOf(__FILE__, __LINE__)});
  if (g.size() > 1) {
    nj::Array odd = nj::ones({3, 2});
    expectNjError([&] { nj::jit(id, nj::sharding(mesh, {nj::replicated()}, {nj::shard("data", 0)}))(odd); }, {"numjit.sharding", "not a multiple of " + std::to_string(g.size()), lineOf(__FILE__, __LINE__)});
  }
  // clang-format on
}

//===----------------------------------------------------------------------===//
// Data-parallel training
//===----------------------------------------------------------------------===//

constexpr int kBatch = 48, kIn = 4, kHidden = 16, kOut = 3, kSteps = 40;

/// The mean loss's share of `rows` rows of a batch of kBatch: summed over
/// the ranks' parts, the whole batch's mean loss.
nj::Array partLoss(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                   nj::Array y) {
  nj::Array hidden = nj::tanh(nj::matmul(x, w1) + b1);
  nj::Array logits = nj::matmul(hidden, w2) + b2;
  nj::Array logp = logits - nj::logsumexp(logits, -1, /*keepdims=*/true);
  return -nj::sum(y * logp) / float(kBatch);
}

struct Data {
  nj::Array x, y;
};
Data batch(int step) {
  std::mt19937 rng(uint32_t(100 + step));
  std::normal_distribution<float> normal;
  std::vector<float> x(kBatch * kIn), y(kBatch * kOut, 0.f);
  for (int i = 0; i < kBatch; ++i) {
    float s = 0;
    for (int j = 0; j < kIn; ++j)
      s += (x[size_t(i * kIn + j)] = normal(rng)) * float(j + 1);
    y[size_t(i * kOut + (s > 1 ? 0 : s > -1 ? 1 : 2))] = 1.f;
  }
  return {nj::array(x, {kBatch, kIn}), nj::array(y, {kBatch, kOut})};
}

TEST(Distributed, DataParallelTrainingMatchesOneRankOnTheWholeBatch) {
  dist::Group g = world();
  ASSERT_EQ(kBatch % g.size(), 0);
  int64_t rows = kBatch / g.size(), first = rows * g.rank();
  std::mt19937 rng(7);
  std::normal_distribution<float> normal(0.f, 0.5f);
  auto init = [&](nj::Shape shape) {
    std::vector<float> v(size_t(shape[0] * (shape.size() > 1 ? shape[1] : 1)));
    for (float &e : v)
      e = normal(rng);
    return nj::array(v, shape);
  };
  nj::Array w1 = init({kIn, kHidden}), b1 = init({kHidden}), w2 = init({kHidden, kOut}),
            b2 = init({kOut});
  auto grads = nj::value_and_grad(partLoss, {0, 1, 2, 3});
  // The whole step in one kernel: gradients all-summed inside it.
  auto step = nj::jit([g, grads](nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2,
                                 nj::Array x, nj::Array y) {
    auto [loss, gs] = grads(w1, b1, w2, b2, x, y);
    auto [g1, gb1, g2, gb2] = gs;
    const float lr = 0.5f;
    return std::make_tuple(w1 - lr * dist::all_sum(g1, g), b1 - lr * dist::all_sum(gb1, g),
                           w2 - lr * dist::all_sum(g2, g), b2 - lr * dist::all_sum(gb2, g),
                           dist::all_sum(loss, g));
  });
  // The reference: one process, the whole batch, no collectives.
  auto refStep = nj::jit([grads](nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2,
                                 nj::Array x, nj::Array y) {
    auto [loss, gs] = grads(w1, b1, w2, b2, x, y);
    auto [g1, gb1, g2, gb2] = gs;
    const float lr = 0.5f;
    return std::make_tuple(w1 - lr * g1, b1 - lr * gb1, w2 - lr * g2, b2 - lr * gb2, loss);
  });
  nj::Array r1 = w1, rb1 = b1, r2 = w2, rb2 = b2;
  float firstLoss = 0, lastLoss = 0;
  for (int s = 0; s < kSteps; ++s) {
    Data d = batch(s);
    nj::Array x = nj::slice(d.x, {first, 0}, {first + rows, kIn});
    nj::Array y = nj::slice(d.y, {first, 0}, {first + rows, kOut});
    nj::Array loss, refLoss;
    std::tie(w1, b1, w2, b2, loss) = step(w1, b1, w2, b2, x, y);
    std::tie(r1, rb1, r2, rb2, refLoss) = refStep(r1, rb1, r2, rb2, d.x, d.y);
    ASSERT_NEAR(loss.item<float>(), refLoss.item<float>(), 1e-5f) << "step " << s;
    (s == 0 ? firstLoss : lastLoss) = refLoss.item<float>();
  }
  EXPECT_LT(lastLoss, firstLoss * 0.8f) << "the model learns";
  for (auto [a, b] : {std::pair{w1, r1}, {b1, rb1}, {w2, r2}, {b2, rb2}}) {
    std::vector<float> va = a.to_vector<float>(), vb = b.to_vector<float>();
    for (size_t i = 0; i < va.size(); ++i)
      EXPECT_NEAR(va[i], vb[i], 1e-4f * (1 + std::abs(vb[i])));
  }
}

} // namespace
