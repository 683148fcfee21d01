// The generator of the AOT test project: the kernels main.c checks, for the
// target named by the second argument (host by default).
//   gen <output-dir> [target]
#include <numjit/numjit.h>

namespace nj = numjit;

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  nj::aot::Options options;
  if (argc > 2)
    options.target = argv[2];
  nj::aot::Library lib("kernels", options);
  nj::Dim n = nj::dim("n");

  lib.add("saxpy", [](nj::Array a, nj::Array x, nj::Array y) { return a * x + y; },
          {nj::spec({}, nj::f32), nj::spec({n}, nj::f32), nj::spec({n}, nj::f32)});
  lib.add("rowsum", [](nj::Array x) { return nj::sum(x, 1); }, {nj::spec({n, 5}, nj::f32)});
  lib.add("colmean", [](nj::Array x) { return nj::mean(x, 0); }, {nj::spec({n, 3}, nj::f64)});
  lib.add("softmax", [](nj::Array x) { return nj::softmax(x, -1); },
          {nj::spec({n, 7}, nj::f32)});
  // The value and both gradients of a loss over a batch of n rows.
  auto loss = [](nj::Array w, nj::Array x) { return nj::sum(nj::tanh(nj::matmul(x, w))); };
  lib.add("loss_grad", nj::value_and_grad(loss, {0, 1}),
          {nj::spec({4, 3}, nj::f32), nj::spec({n, 4}, nj::f32)});
  // A per-row function batched over the rows.
  auto normalize = [](nj::Array v) { return v / nj::sqrt(nj::sum(v * v) + 1.0f); };
  lib.add("normalize_rows", nj::vmap(normalize), {nj::spec({n, 5}, nj::f32)});
  // A static shape, an integer dtype and a bool result.
  lib.add("count_positive", [](nj::Array x) { return std::pair{nj::sum(x > 0), x > 0}; },
          {nj::spec({6}, nj::i32)});
  lib.write(argv[1]);
  return 0;
}
