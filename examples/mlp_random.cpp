//===- mlp_random.cpp - An MLP trained with numjit's random numbers -------===//
//
// Everything random comes from nj::random, JAX's generator: the synthetic
// data (points in the plane, labelled by quadrant), the weights
// (normal, scaled), the minibatches (each epoch visits the training set in
// the order of a fresh permutation; a step takes its slice of it with
// dynamic_slice and gathers those rows with take), and dropout (bernoulli
// masks drawn inside the jitted step from a key passed in, folded afresh
// each step). Labels become one-hot rows with one_hot.
//
// Exits non-zero unless the held-out accuracy reaches 95%, so it doubles as
// a test.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <cstdio>
#include <tuple>

namespace nj = numjit;
namespace rnd = numjit::random;

namespace {

constexpr int64_t kTrain = 2048, kTest = 1024, kHidden = 64, kBatch = 128,
                  kSteps = 640; // 40 epochs of 16 minibatches
constexpr float kLearningRate = 0.5f, kKeep = 0.9f;

/// Points uniform in [-1, 1]^2 and their quadrant (0..3).
std::pair<nj::Array, nj::Array> quadrants(const nj::Array &key, int64_t n) {
  nj::Array x = rnd::uniform(key, {n, 2}, nj::f32, -1.0, 1.0);
  nj::Array right = nj::astype(nj::slice(x, {0, 0}, {n, 1}) > 0, nj::i32);
  nj::Array up = nj::astype(nj::slice(x, {0, 1}, {n, 2}) > 0, nj::i32);
  return {x, nj::reshape(right + 2 * up, {n})};
}

nj::Array logits(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                 nj::Array keep) {
  nj::Array hidden = nj::tanh(nj::matmul(x, w1) + b1) * keep;
  return nj::matmul(hidden, w2) + b2;
}

/// Mean cross-entropy on a minibatch, with dropout from `key`.
nj::Array loss(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
               nj::Array labels, nj::Array key) {
  nj::Array keep = nj::astype(rnd::bernoulli(key, kKeep, {x.shape()[0], kHidden}), nj::f32) /
                   kKeep;
  nj::Array z = logits(w1, b1, w2, b2, x, keep);
  nj::Array logp = z - nj::logsumexp(z, -1, /*keepdims=*/true);
  return -nj::mean(nj::sum(nj::one_hot(labels, 4) * logp, -1));
}

nj::Array row(const nj::Array &keys, int64_t i) {
  return nj::reshape(nj::slice(keys, {i, 0}, {i + 1, 2}), {2});
}

} // namespace

int main() {
  nj::Array keys = rnd::split(rnd::key(2026), 5);
  auto [xTrain, yTrain] = quadrants(row(keys, 0), kTrain);
  auto [xTest, yTest] = quadrants(row(keys, 1), kTest);
  nj::Array init = rnd::split(row(keys, 2), 2);
  nj::Array w1 = rnd::normal(row(init, 0), {2, kHidden}) * 1.0f;
  nj::Array b1 = nj::zeros({kHidden});
  nj::Array w2 = rnd::normal(row(init, 1), {kHidden, 4}) * (1.0f / 8);
  nj::Array b2 = nj::zeros({4});

  // One compiled step: this minibatch's rows of the epoch's order, the loss
  // and all four gradients.
  auto step = nj::jit([](nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
                         nj::Array y, nj::Array order, nj::Array start, nj::Array key) {
    nj::Array batch = nj::dynamic_slice(order, {start}, {kBatch});
    return nj::value_and_grad(loss, {0, 1, 2, 3})(w1, b1, w2, b2, nj::take(x, batch, 0),
                                                  nj::take(y, batch, 0), key);
  });
  nj::Array epochKey = row(keys, 3), dropoutKey = row(keys, 4), order;
  float first = 0, last = 0;
  for (int64_t s = 0; s < kSteps; ++s) {
    int64_t start = (s * kBatch) % kTrain;
    if (start == 0)
      order = rnd::permutation(rnd::fold_in(epochKey, s / (kTrain / kBatch)), kTrain);
    auto [value, grads] = step(w1, b1, w2, b2, xTrain, yTrain, order,
                               nj::array(int32_t(start)), rnd::fold_in(dropoutKey, s));
    auto [g1, gb1, g2, gb2] = grads;
    w1 = w1 - kLearningRate * g1;
    b1 = b1 - kLearningRate * gb1;
    w2 = w2 - kLearningRate * g2;
    b2 = b2 - kLearningRate * gb2;
    last = value.item<float>();
    if (s == 0)
      first = last;
    if (s % 100 == 0)
      std::printf("step %4lld  loss %.4f\n", (long long)s, last);
  }
  nj::Array predicted = nj::argmax(logits(w1, b1, w2, b2, xTest, nj::ones({kHidden})), 1);
  double accuracy = nj::mean(nj::astype(predicted == yTest, nj::f32)).item<float>();
  std::printf("loss %.4f -> %.4f, held-out accuracy %.3f\n", first, last, accuracy);
  return accuracy >= 0.95 ? 0 : 1;
}
