// The header's C++ overloads: std::spans whose sizes are checked.
#include "kernels.h"

#include <cstdio>
#include <vector>

int main() {
  std::vector<float> x(7), y(7), out(7);
  for (int i = 0; i < 7; ++i) {
    x[i] = float(i);
    y[i] = 1;
  }
  float a = 2;
  int failures = 0;
  if (saxpy(7, std::span<const float>(&a, 1), x, y, out) != NUMJIT_OK || out[3] != 7) {
    std::printf("FAIL saxpy on spans\n");
    ++failures;
  }
  // A span shorter than its shape says is refused.
  if (saxpy(7, std::span<const float>(&a, 1), x, std::span<const float>(y.data(), 6), out) !=
      NUMJIT_SPAN_SIZE) {
    std::printf("FAIL a short span was not refused\n");
    ++failures;
  }
  if (saxpy(-3, std::span<const float>(&a, 1), x, y, out) != NUMJIT_NEGATIVE_SIZE) {
    std::printf("FAIL a negative size was not refused\n");
    ++failures;
  }
  std::printf("%s\n", failures ? "FAIL" : "PASS");
  return failures;
}
