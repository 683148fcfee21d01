/* The AOT test consumer: plain C11, linked with the kernels only. Checks
 * every kernel of gen.cpp against values computed here, at sizes 0, 1, 7
 * and 1003 (no multiple of any vector width), and the size checks. */
#include "kernels.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int failures = 0;

static void check(const char *what, int64_t n, double got, double want, double tol) {
  if (!(fabs(got - want) <= tol * (1.0 + fabs(want)))) {
    if (failures < 20)
      printf("FAIL %s (n=%lld): got %.9g, want %.9g\n", what, (long long)n, got, want);
    ++failures;
  }
}

static void ok(const char *what, int64_t n, int code) {
  if (code != NUMJIT_OK) {
    printf("FAIL %s (n=%lld): returned %d\n", what, (long long)n, code);
    ++failures;
  }
}

static float *floats(int64_t count) { return malloc(sizeof(float) * (size_t)(count + 1)); }

static void run(int64_t n) {
  float *x = floats(n * 7), *y = floats(n * 7), *out = floats(n * 7);
  for (int64_t i = 0; i < n * 7; ++i) {
    x[i] = (float)sin(0.37 * (double)i + 0.1);
    y[i] = (float)cos(0.11 * (double)i);
  }

  float a = 2.5f;
  ok("saxpy", n, saxpy(n, &a, x, y, out));
  for (int64_t i = 0; i < n; ++i)
    check("saxpy", n, out[i], a * x[i] + y[i], 1e-6);

  ok("rowsum", n, rowsum(n, x, out));
  for (int64_t i = 0; i < n; ++i) {
    double s = 0;
    for (int j = 0; j < 5; ++j)
      s += x[i * 5 + j];
    check("rowsum", n, out[i], s, 1e-5);
  }

  double *xd = malloc(sizeof(double) * (size_t)(n * 3 + 1)), mean[3];
  for (int64_t i = 0; i < n * 3; ++i)
    xd[i] = (double)x[i];
  ok("colmean", n, colmean(n, xd, mean));
  for (int j = 0; j < 3; ++j) {
    double s = 0;
    for (int64_t i = 0; i < n; ++i)
      s += xd[i * 3 + j];
    if (n > 0)
      check("colmean", n, mean[j], s / (double)n, 1e-12);
    else if (!isnan(mean[j])) /* 0 / 0, as in NumPy */
      check("colmean of nothing is nan", n, mean[j], NAN, 0);
  }
  free(xd);

  ok("softmax", n, softmax(n, x, out));
  for (int64_t i = 0; i < n; ++i) {
    double m = -INFINITY, z = 0;
    for (int j = 0; j < 7; ++j)
      m = fmax(m, x[i * 7 + j]);
    for (int j = 0; j < 7; ++j)
      z += exp(x[i * 7 + j] - m);
    for (int j = 0; j < 7; ++j)
      check("softmax", n, out[i * 7 + j], exp(x[i * 7 + j] - m) / z, 1e-5);
  }

  /* loss = sum(tanh(x w)), x: (n, 4), w: (4, 3). */
  float w[12], value, dw[12];
  float *dx = floats(n * 4);
  for (int k = 0; k < 12; ++k)
    w[k] = (float)(0.1 * (k % 5) - 0.2);
  ok("loss_grad", n, loss_grad(n, w, x, &value, dw, dx));
  double v = 0, gw[12] = {0};
  for (int64_t i = 0; i < n; ++i)
    for (int j = 0; j < 3; ++j) {
      double z = 0;
      for (int k = 0; k < 4; ++k)
        z += (double)x[i * 4 + k] * w[k * 3 + j];
      double t = tanh(z), d = 1 - t * t;
      v += t;
      for (int k = 0; k < 4; ++k)
        gw[k * 3 + j] += d * x[i * 4 + k];
    }
  check("loss_grad value", n, value, v, 1e-4);
  for (int k = 0; k < 12; ++k)
    check("loss_grad dw", n, dw[k], gw[k], 1e-4);
  for (int64_t i = 0; i < n; ++i)
    for (int k = 0; k < 4; ++k) {
      double g = 0;
      for (int j = 0; j < 3; ++j) {
        double z = 0;
        for (int q = 0; q < 4; ++q)
          z += (double)x[i * 4 + q] * w[q * 3 + j];
        double t = tanh(z);
        g += (1 - t * t) * w[k * 3 + j];
      }
      check("loss_grad dx", n, dx[i * 4 + k], g, 1e-4);
    }
  free(dx);

  ok("normalize_rows", n, normalize_rows(n, x, out));
  for (int64_t i = 0; i < n; ++i) {
    double s = 1;
    for (int j = 0; j < 5; ++j)
      s += (double)x[i * 5 + j] * x[i * 5 + j];
    for (int j = 0; j < 5; ++j)
      check("normalize_rows", n, out[i * 5 + j], x[i * 5 + j] / sqrt(s), 1e-5);
  }
  free(x);
  free(y);
  free(out);
}

int main(void) {
  const int64_t sizes[] = {0, 1, 7, 1003};
  for (int s = 0; s < 4; ++s)
    run(sizes[s]);

  int32_t ints[6] = {3, -1, 0, 7, -5, 2}, count;
  bool positive[6];
  ok("count_positive", 6, count_positive(ints, &count, positive));
  check("count_positive", 6, count, 3, 0);
  for (int i = 0; i < 6; ++i)
    check("count_positive mask", 6, positive[i], ints[i] > 0, 0);

  /* Bad sizes are refused before anything is touched. */
  float a = 1;
  if (saxpy(-1, &a, NULL, NULL, NULL) != NUMJIT_NEGATIVE_SIZE) {
    printf("FAIL a negative size was not refused\n");
    ++failures;
  }
  if (rowsum(INT64_MAX / 4, NULL, NULL) != NUMJIT_SIZE_OVERFLOW) {
    printf("FAIL an overflowing size was not refused\n");
    ++failures;
  }
  printf("%s: %d failure(s)\n", failures ? "FAIL" : "PASS", failures);
  return failures != 0;
}
