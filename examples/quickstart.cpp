// numjit quickstart: eager ops, jit, and reading the IR of a compile.
#include <numjit/numjit.h>

#include <iostream>

namespace nj = numjit;

int main() {
  // Eager: each op runs at once (compiled once per signature, then cached).
  nj::Array x = nj::array({1.f, 2.f, 3.f, 4.f});
  nj::Array w = nj::reshape(nj::arange(8, nj::f32), {4, 2});
  std::cout << "x * 2 + 1 = " << x * 2 + 1 << "\n";
  std::cout << "x @ w     = " << nj::matmul(x, w) << "\n";

  // jit: the lambda is traced once per input signature into one fused kernel.
  auto gelu = nj::jit([](nj::Array v) {
    return 0.5f * v * (1 + nj::tanh(0.7978845608f * (v + 0.044715f * v * v * v)));
  });
  std::cout << "gelu(x)   = " << gelu(x) << "\n";

  // Static (non-Array) arguments are part of the cache key.
  auto scaled_softmax = nj::jit([](nj::Array v, float t) { return nj::softmax(v / t); });
  std::cout << "softmax   = " << scaled_softmax(x, 2.0f) << "\n";

  // Every stage of a compile can be read back (or dumped with NUMJIT_DUMP_DIR).
  std::cout << "\n--- traced IR of gelu ---\n"
            << gelu.lower(x).as_text(nj::Stage::Traced);
  std::cout << "kernels compiled: " << nj::num_compiles() << "\n";
}
