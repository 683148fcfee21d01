//===- aot_kernels.cpp - The AOT kernels bench/aot.cpp measures -----------===//
//
// W1-W4 and W8 as ahead-of-time kernels, each compiled twice: for its fixed
// shape and with a symbolic size (W4: a symbolic number of rows), so the
// benchmark compares AOT with jit and symbolic with fixed in one run. Run by
// numjit_add_kernels at build time:  aot_kernels <output-dir>
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

namespace nj = numjit;

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  constexpr int64_t kN = int64_t(1) << 24, kRows = 4096, kCols = 1024;
  nj::aot::Library lib("bench_kernels");
  nj::Dim n = nj::dim("n");
  auto w1 = [](nj::Array x, nj::Array y) { return 2.0f * x + 3.0f * y - x * y; };
  auto w2 = [](nj::Array v) {
    return 0.5f * v * (1 + nj::tanh(0.7978845608f * (v + 0.044715f * v * v * v)));
  };
  auto w3 = [](nj::Array x, nj::Array y) { return nj::sum(x * y); };
  auto w4 = [](nj::Array x) { return nj::softmax(x, -1); };
  auto w8 = [](nj::Array x) { return x * 2 + 1; };
  lib.add("w1", w1, {nj::spec({kN}), nj::spec({kN})});
  lib.add("w1_n", w1, {nj::spec({n}), nj::spec({n})});
  lib.add("w2", w2, {nj::spec({kN})});
  lib.add("w2_n", w2, {nj::spec({n})});
  lib.add("w3", w3, {nj::spec({kN}), nj::spec({kN})});
  lib.add("w3_n", w3, {nj::spec({n}), nj::spec({n})});
  lib.add("w4", w4, {nj::spec({kRows, kCols})});
  lib.add("w4_n", w4, {nj::spec({n, kCols})});
  lib.add("w8", w8, {nj::spec({8})});
  lib.add("w8_n", w8, {nj::spec({n})});
  lib.write(argv[1]);
  return 0;
}
