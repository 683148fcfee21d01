//===- control_flow_loop.cpp - The hand-written loop of control_flow.cpp --===//
//
// Compiled apart (-O3 -march=native) so the compiler cannot see the data.
//
//===----------------------------------------------------------------------===//

void numjit_bench_hand_loop(float *x, long n, int steps) {
  for (int s = 0; s < steps; ++s)
    for (long i = 0; i < n; ++i)
      x[i] = x[i] * 0.999f + 0.001f;
}
