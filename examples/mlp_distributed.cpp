//===- mlp_distributed.cpp - mlp.cpp, data parallel over MPI ranks --------===//
//
// The spiral MLP of mlp.cpp, trained on P ranks: each rank holds 1/P of the
// points, computes the loss share and gradients of its part, and the jitted
// step all-sums them (nj::distributed::all_sum inside the kernel) before
// the SGD update, so every rank keeps the same weights, which are those of
// one process on all the points. Run it as
//   mpirun -np 2 build/examples/mlp_distributed   (or alone: one rank)
// Exits non-zero unless the loss falls at least 10x.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace nj = numjit;
namespace dist = numjit::distributed;

namespace {

constexpr int kClasses = 3, kPerClass = 100, kHidden = 32, kSteps = 2000, kPrintEvery = 400;
constexpr int kPoints = kClasses * kPerClass;
constexpr float kLearningRate = 1.0f, kPi = 3.14159265f;

/// This rank's share of the mean loss over all kPoints points.
nj::Array partLoss(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                   nj::Array y) {
  nj::Array hidden = nj::tanh(nj::matmul(x, w1) + b1);
  nj::Array logits = nj::matmul(hidden, w2) + b2;
  nj::Array logp = logits - nj::logsumexp(logits, -1, /*keepdims=*/true);
  return -nj::sum(y * logp) / float(kPoints);
}

nj::Array randomNormal(std::mt19937 &rng, const nj::Shape &shape, float scale) {
  std::normal_distribution<float> normal(0.f, scale);
  std::vector<float> v(size_t(shape[0] * (shape.size() > 1 ? shape[1] : 1)));
  for (float &e : v)
    e = normal(rng);
  return nj::array(v, shape);
}

} // namespace

int main() {
  dist::Group world = dist::init();
  if (kPoints % world.size() != 0) {
    std::fprintf(stderr, "run on a number of ranks that divides %d\n", kPoints);
    return 1;
  }
  // Every rank makes the same spiral (fixed seed) and keeps its block.
  std::mt19937 rng(1234);
  std::normal_distribution<float> noise(0.f, 0.15f);
  std::vector<float> points, onehot(kPoints * kClasses, 0.f);
  for (int c = 0, k = 0; c < kClasses; ++c)
    for (int i = 0; i < kPerClass; ++i, ++k) {
      float r = float(i) / kPerClass;
      float theta = float(c) * 2.f * kPi / kClasses + 3.5f * r + noise(rng) * r;
      points.push_back(r * std::sin(theta));
      points.push_back(r * std::cos(theta));
      onehot[size_t(k * kClasses + c)] = 1.f;
    }
  int64_t rows = kPoints / world.size(), first = rows * world.rank();
  nj::Array x = nj::slice(nj::array(points, {kPoints, 2}), {first, 0}, {first + rows, 2});
  nj::Array y =
      nj::slice(nj::array(onehot, {kPoints, kClasses}), {first, 0}, {first + rows, kClasses});

  nj::Array w1 = randomNormal(rng, {2, kHidden}, 1.f), b1 = nj::zeros({kHidden});
  nj::Array w2 = randomNormal(rng, {kHidden, kClasses}, 1.f / std::sqrt(float(kHidden)));
  nj::Array b2 = nj::zeros({kClasses});

  // One kernel per step: local gradients, all-summed, and the update.
  auto grads = nj::value_and_grad(partLoss, {0, 1, 2, 3});
  auto step = nj::jit([world, grads](nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2,
                                     nj::Array x, nj::Array y) {
    auto [loss, gs] = grads(w1, b1, w2, b2, x, y);
    auto [g1, gb1, g2, gb2] = gs;
    auto sum = [&](nj::Array a) { return dist::all_sum(a, world); };
    return std::make_tuple(w1 - kLearningRate * sum(g1), b1 - kLearningRate * sum(gb1),
                           w2 - kLearningRate * sum(g2), b2 - kLearningRate * sum(gb2),
                           sum(loss));
  });

  float initial = 0, last = 0;
  for (int i = 0; i < kSteps; ++i) {
    nj::Array loss;
    std::tie(w1, b1, w2, b2, loss) = step(w1, b1, w2, b2, x, y);
    last = loss.item<float>();
    if (i == 0)
      initial = last;
    if (world.rank() == 0 && i % kPrintEvery == 0)
      std::printf("step %5d  loss %.5f\n", i, last);
  }
  double ratio = initial / last;
  if (world.rank() == 0)
    std::printf("%d ranks: initial loss %.5f, final loss %.5f, ratio %.1fx\n", world.size(),
                initial, last, ratio);
  if (!(ratio >= 10)) {
    std::printf("FAILED on rank %d: the loss fell less than 10x\n", world.rank());
    return 1;
  }
  return 0;
}
