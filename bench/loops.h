// Declarations of the hand-written baselines in loops.inc.
#include <cstdint>
#define NUMJIT_DECLARE_LOOPS(NS)                                                  \
  namespace NS {                                                                  \
  void w1(const float *x, const float *y, float *z, int64_t n);                   \
  void w2(const float *x, float *z, int64_t n);                                   \
  float w3(const float *x, const float *y, int64_t n);                            \
  void w4(const float *x, float *z, int64_t rows, int64_t cols);                  \
  void triad(const float *b, const float *c, float *a, int64_t n);                \
  int w8(const float *x, float *z, int64_t n);                                    \
  }
NUMJIT_DECLARE_LOOPS(loops_plain)
NUMJIT_DECLARE_LOOPS(loops_fast)
