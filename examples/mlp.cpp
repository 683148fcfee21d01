//===- mlp.cpp - Train a small MLP with jit(value_and_grad) and SGD -------===//
//
// A two-layer tanh network classifies a synthetic three-arm spiral (made
// here with a fixed seed). Each step runs one compiled kernel that returns
// the loss and the gradients of all four parameters; the SGD update is plain
// eager array arithmetic.
//
// Exits non-zero unless the loss falls at least 10x, so it doubles as a test.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace nj = numjit;

namespace {

constexpr int kClasses = 3, kPerClass = 100, kHidden = 32, kSteps = 2000, kPrintEvery = 200;
constexpr float kLearningRate = 1.0f;
constexpr float kPi = 3.14159265f;

/// Mean softmax cross-entropy of a tanh MLP; y holds one-hot labels.
nj::Array loss(nj::Array w1, nj::Array b1, nj::Array w2, nj::Array b2, nj::Array x,
               nj::Array y) {
  nj::Array hidden = nj::tanh(nj::matmul(x, w1) + b1);
  nj::Array logits = nj::matmul(hidden, w2) + b2;
  nj::Array logp = logits - nj::logsumexp(logits, -1, /*keepdims=*/true);
  return -nj::mean(nj::sum(y * logp, -1));
}

/// Accuracy of the network, eagerly.
double accuracy(const nj::Array &w1, const nj::Array &b1, const nj::Array &w2,
                const nj::Array &b2, const nj::Array &x, const std::vector<int> &labels) {
  nj::Array logits = nj::matmul(nj::tanh(nj::matmul(x, w1) + b1), w2) + b2;
  std::vector<int32_t> predicted = nj::argmax(logits, 1).to_vector<int32_t>();
  int correct = 0;
  for (size_t i = 0; i < labels.size(); ++i)
    correct += predicted[i] == labels[i];
  return double(correct) / double(labels.size());
}

nj::Array randomNormal(std::mt19937 &rng, const nj::Shape &shape, float scale) {
  std::normal_distribution<float> normal(0.f, scale);
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  std::vector<float> v(static_cast<size_t>(n));
  for (float &e : v)
    e = normal(rng);
  return nj::array(v, shape);
}

} // namespace

int main() {
  // Three interleaved spiral arms in 2-D, with a little noise.
  std::mt19937 rng(1234);
  std::normal_distribution<float> noise(0.f, 0.15f);
  const int n = kClasses * kPerClass;
  std::vector<float> points, onehot(n * kClasses, 0.f);
  std::vector<int> labels;
  for (int c = 0; c < kClasses; ++c)
    for (int i = 0; i < kPerClass; ++i) {
      float r = float(i) / kPerClass;
      float theta = float(c) * 2.f * kPi / kClasses + 3.5f * r + noise(rng) * r;
      points.push_back(r * std::sin(theta));
      points.push_back(r * std::cos(theta));
      onehot[labels.size() * kClasses + c] = 1.f;
      labels.push_back(c);
    }
  nj::Array x = nj::array(points, {n, 2});
  nj::Array y = nj::array(onehot, {n, kClasses});

  nj::Array w1 = randomNormal(rng, {2, kHidden}, 1.f);
  nj::Array b1 = nj::zeros({kHidden});
  nj::Array w2 = randomNormal(rng, {kHidden, kClasses}, 1.f / std::sqrt(float(kHidden)));
  nj::Array b2 = nj::zeros({kClasses});

  // One compiled kernel: the loss and its gradient for all four parameters.
  auto step = nj::jit(nj::value_and_grad(loss, {0, 1, 2, 3}));

  auto start = std::chrono::steady_clock::now();
  float initial = 0, last = 0;
  for (int i = 0; i <= kSteps; ++i) {
    auto [value, grads] = step(w1, b1, w2, b2, x, y);
    float l = value.item<float>();
    if (i == 0)
      initial = l;
    last = l;
    if (i % kPrintEvery == 0)
      std::printf("step %5d  loss %.5f\n", i, l);
    if (i == kSteps)
      break;
    auto [gw1, gb1, gw2, gb2] = grads;
    w1 = w1 - kLearningRate * gw1;
    b1 = b1 - kLearningRate * gb1;
    w2 = w2 - kLearningRate * gw2;
    b2 = b2 - kLearningRate * gb2;
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  double ratio = initial / last;
  std::printf("initial loss %.5f, final loss %.5f, ratio %.1fx\n", initial, last, ratio);
  std::printf("train accuracy %.1f%%, %d steps in %.2f s (%d kernel compiles)\n",
              100 * accuracy(w1, b1, w2, b2, x, labels), kSteps, seconds,
              int(nj::num_compiles()));
  if (!(ratio >= 10)) {
    std::printf("FAILED: the loss fell less than 10x\n");
    return 1;
  }
  return 0;
}
