// A kernel that needs a fixed size where its spec has a symbolic one.
#include <numjit/numjit.h>

namespace nj = numjit;

int main(int, char **argv) {
  nj::aot::Library lib("bad");
  lib.add("flatten", [](nj::Array x) { return nj::reshape(x, {4, 2}); },
          {nj::spec({nj::dim("n"), 2})});
  lib.write(argv[1]);
}
