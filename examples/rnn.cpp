//===- rnn.cpp - Train an Elman RNN with scan and value_and_grad ----------===//
//
// h_t = tanh(x_t W_x + h_{t-1} W_h + b), read out from the last state,
// learns to output the sum of a sequence of 12 numbers. The recurrence is
// one nj::scan over time (the batch rides along in the carry), the loss
// and all four gradients come from one jit(value_and_grad) kernel, and the
// update is Adam in plain eager array arithmetic.
//
// Exits non-zero unless the loss falls at least 10x, so it doubles as a test.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace nj = numjit;

namespace {

constexpr int kTime = 12, kBatch = 64, kHidden = 16, kSteps = 400;

nj::Array randn(const nj::Shape &shape, std::mt19937 &gen, float scale) {
  std::normal_distribution<float> dist(0.0f, scale);
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  std::vector<float> v(static_cast<size_t>(n));
  for (float &x : v)
    x = dist(gen);
  return nj::array(v, shape);
}

/// Mean squared error of the RNN's prediction; xs is (time, batch, 1).
nj::Array loss(nj::Array wx, nj::Array wh, nj::Array b, nj::Array wo, nj::Array xs,
               nj::Array target) {
  nj::Array h0 = nj::zeros({kBatch, kHidden});
  auto [h, states] = nj::scan([&](nj::Array h, nj::Array x) {
    nj::Array next = nj::tanh(nj::matmul(x, wx) + nj::matmul(h, wh) + b);
    return std::pair{next, nj::mean(next)};
  }, h0, xs);
  nj::Array e = nj::matmul(h, wo) - target;
  return nj::mean(e * e);
}

} // namespace

int main() {
  std::mt19937 gen(7);
  std::vector<nj::Array> params{randn({1, kHidden}, gen, 0.5f),
                                randn({kHidden, kHidden}, gen, 0.3f),
                                nj::zeros({kHidden}), randn({kHidden, 1}, gen, 0.3f)};
  std::vector<nj::Array> m, v;
  for (const nj::Array &p : params) {
    m.push_back(nj::zeros_like(p));
    v.push_back(nj::zeros_like(p));
  }
  auto step = nj::jit(nj::value_and_grad(loss, {0, 1, 2, 3}));

  double first = 0, last = 0, recent = 0;
  for (int it = 1; it <= kSteps; ++it) {
    nj::Array xs = randn({kTime, kBatch, 1}, gen, 0.3f);
    nj::Array target = nj::sum(xs, {0});
    auto [value, grads] = step(params[0], params[1], params[2], params[3], xs, target);
    std::vector<nj::Array> g{std::get<0>(grads), std::get<1>(grads), std::get<2>(grads),
                             std::get<3>(grads)};
    double l = value.item<float>();
    if (it <= 20)
      first += l / 20;
    if (it > kSteps - 20)
      recent += l / 20;
    last = l;
    // Adam.
    float lr = 0.01f, b1 = 0.9f, b2 = 0.999f;
    float c1 = 1 - std::pow(b1, float(it)), c2 = 1 - std::pow(b2, float(it));
    for (size_t i = 0; i < params.size(); ++i) {
      m[i] = m[i] * b1 + g[i] * (1 - b1);
      v[i] = v[i] * b2 + g[i] * g[i] * (1 - b2);
      params[i] = params[i] - lr * (m[i] / c1) / (nj::sqrt(v[i] / c2) + 1e-8f);
    }
    if (it % 50 == 0)
      std::printf("step %3d  loss %.4f\n", it, l);
  }
  std::printf("mean loss over the first 20 steps %.4f, over the last 20 %.4f (%.1fx); last %.4f\n",
              first, recent, first / recent, last);
  bool ok = recent * 10 <= first;
  std::printf("%s\n", ok ? "ok" : "FAILED: the loss did not fall 10x");
  return ok ? 0 : 1;
}
