// Hand-written W6 baseline (see mlp_hand.h): cblas_sgemm for the matmuls,
// plain loops for the rest. Built -O3 -march=native -ffast-math so that
// tanh, exp and log vectorize (glibc libmvec).
#include "mlp_hand.h"

#include <cblas.h>

#include <cmath>

namespace mlp_hand {
namespace {

// c = op(a) * op(b), all row-major; m x n result, k the contracted size.
void gemm(bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float *a, const float *b,
          float *c) {
  int lda = int(ta ? m : k), ldb = int(tb ? k : n);
  cblas_sgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
              int(m), int(n), int(k), 1.0f, a, lda, b, ldb, 0.0f, c, int(n));
}

// h = tanh(h + b1), row by row.
void biasTanh(float *h, const float *b1, int64_t rows, int64_t cols) {
  for (int64_t r = 0; r < rows; ++r) {
    float *row = h + r * cols;
    for (int64_t c = 0; c < cols; ++c)
      row[c] = std::tanh(row[c] + b1[c]);
  }
}

// Per row: logits += b2, p = softmax(logits) (max-subtracted),
// dlogits = (p - onehot) / B. Returns -sum(log p * onehot) / B.
float softmaxXent(MlpBuffers &buf, const float *b2, const float *onehot) {
  int64_t C = buf.C;
  float invB = 1.0f / float(buf.B), loss = 0;
  for (int64_t r = 0; r < buf.B; ++r) {
    float *z = buf.logits.data() + r * C, *p = buf.p.data() + r * C;
    float *dz = buf.dlogits.data() + r * C;
    const float *y = onehot + r * C;
    float m = -INFINITY;
    for (int64_t c = 0; c < C; ++c) {
      z[c] += b2[c];
      m = std::fmax(m, z[c]);
    }
    float s = 0;
    for (int64_t c = 0; c < C; ++c) {
      p[c] = std::exp(z[c] - m);
      s += p[c];
    }
    float inv = 1.0f / s;
    for (int64_t c = 0; c < C; ++c) {
      p[c] *= inv;
      loss -= std::log(p[c]) * y[c];
      dz[c] = (p[c] - y[c]) * invB;
    }
  }
  return loss * invB;
}

// g = column sums of a (rows x cols).
void colSum(const float *a, float *g, int64_t rows, int64_t cols) {
  for (int64_t c = 0; c < cols; ++c)
    g[c] = 0;
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < cols; ++c)
      g[c] += a[r * cols + c];
}

// dh *= 1 - h^2 (the tanh derivative), elementwise.
void tanhBackward(float *dh, const float *h, int64_t n) {
  for (int64_t i = 0; i < n; ++i)
    dh[i] *= 1.0f - h[i] * h[i];
}

} // namespace

float mlpLossAndGrad(const float *w1, const float *b1, const float *w2, const float *b2,
                     const float *x, const float *onehot, MlpBuffers &buf) {
  int64_t B = buf.B, D = buf.D, H = buf.H, C = buf.C;
  // Forward: h = tanh(x w1 + b1), logits = h w2 (+ b2 in softmaxXent).
  gemm(false, false, B, H, D, x, w1, buf.h.data());
  biasTanh(buf.h.data(), b1, B, H);
  gemm(false, false, B, C, H, buf.h.data(), w2, buf.logits.data());
  float loss = softmaxXent(buf, b2, onehot);
  // Backward: gw2 = h^T dlogits, gb2 = colsum(dlogits).
  gemm(true, false, H, C, B, buf.h.data(), buf.dlogits.data(), buf.gw2.data());
  colSum(buf.dlogits.data(), buf.gb2.data(), B, C);
  // dh = (dlogits w2^T) .* (1 - h^2), gw1 = x^T dh, gb1 = colsum(dh).
  gemm(false, true, B, H, C, buf.dlogits.data(), w2, buf.dh.data());
  tanhBackward(buf.dh.data(), buf.h.data(), B * H);
  gemm(true, false, D, H, B, x, buf.dh.data(), buf.gw1.data());
  colSum(buf.dh.data(), buf.gb1.data(), B, H);
  return loss;
}

} // namespace mlp_hand
