// Generates the example's kernels at build time (numjit_add_kernels runs it
// as `generate <output-dir>`): a normalization of rows and the loss and
// gradient of a linear model, both for any number of rows n.
#include <numjit/numjit.h>

namespace nj = numjit;

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  nj::Dim n = nj::dim("n");
  nj::aot::Library lib("example_kernels");
  // x / |x| for each row of a (n, 3) array.
  lib.add("normalize", nj::vmap([](nj::Array v) { return v / nj::sqrt(nj::sum(v * v)); }),
          {nj::spec({n, 3})});
  // Mean squared error of x @ w against y, and its gradient in w.
  auto loss = [](nj::Array w, nj::Array x, nj::Array y) {
    return nj::mean(nj::square(nj::matmul(x, w) - y));
  };
  lib.add("loss_and_grad", nj::value_and_grad(loss),
          {nj::spec({3}), nj::spec({n, 3}), nj::spec({n})});
  lib.write(argv[1]);
  return 0;
}
