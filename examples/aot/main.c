/* Uses the kernels from plain C: no numjit at run time. Fits y = x . w by
 * gradient descent on 1000 rows and prints the weights it finds. */
#include "example_kernels.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  enum { N = 1000 };
  static float x[N * 3], y[N], unit[N * 3];
  const float truth[3] = {0.5f, -2.0f, 1.25f};
  for (int i = 0; i < N; ++i) {
    y[i] = 0;
    for (int j = 0; j < 3; ++j) {
      x[i * 3 + j] = (float)sin(1.0 + i * (0.7 + 0.3 * j) + j);
      y[i] += truth[j] * x[i * 3 + j];
    }
  }
  if (normalize(N, x, unit) != NUMJIT_OK)
    return 1;
  printf("row 0 normalized: %.3f %.3f %.3f\n", unit[0], unit[1], unit[2]);

  float w[3] = {0, 0, 0}, loss = 0, grad[3];
  for (int step = 0; step < 200; ++step) {
    if (loss_and_grad(N, w, x, y, &loss, grad) != NUMJIT_OK)
      return 1;
    for (int j = 0; j < 3; ++j)
      w[j] -= 0.5f * grad[j];
  }
  printf("fitted w = %.3f %.3f %.3f (loss %.2e)\n", w[0], w[1], w[2], loss);
  for (int j = 0; j < 3; ++j)
    if (fabsf(w[j] - truth[j]) > 1e-2f)
      return 1;
  return 0;
}
