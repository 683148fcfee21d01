// Hand-written baseline for W6 (mlp_fast.cpp): loss and gradients of a
// tanh MLP with softmax cross-entropy, float32 row-major, matmuls through
// cblas_sgemm and every elementwise/row loop compiled with -ffast-math.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mlp_hand {

// Preallocated intermediates and gradients for batch B, D inputs, H hidden
// units and C classes (w1: D x H, w2: H x C, x: B x D, onehot: B x C).
struct MlpBuffers {
  MlpBuffers(int64_t B, int64_t D, int64_t H, int64_t C)
      : B(B), D(D), H(H), C(C), h(n(B * H)), logits(n(B * C)), p(n(B * C)),
        dlogits(n(B * C)), dh(n(B * H)), gw1(n(D * H)), gb1(n(H)), gw2(n(H * C)), gb2(n(C)) {}
  static std::size_t n(int64_t count) { return static_cast<std::size_t>(count); }
  int64_t B, D, H, C;
  std::vector<float> h, logits, p, dlogits, dh;
  std::vector<float> gw1, gb1, gw2, gb2;
};

// Returns the mean cross-entropy loss and leaves gw1, gb1, gw2, gb2 in buf.
float mlpLossAndGrad(const float *w1, const float *b1, const float *w2, const float *b2,
                     const float *x, const float *onehot, MlpBuffers &buf);

} // namespace mlp_hand
