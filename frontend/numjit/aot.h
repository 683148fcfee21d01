//===- numjit/aot.h - Kernels compiled ahead of time ------------*- C++ -*-===//
//
// A Library traces functions -- anything jit accepts, grad/vjp/jvp/vmap of
// one included -- on argument specs whose sizes may be symbolic
// (nj::dim("n")), compiles them through jit's own pipeline, and writes one
// object and one C header that need no numjit, MLIR or LLVM at run time:
//
//   nj::aot::Library lib("kernels");
//   lib.add("saxpy", [](nj::Array a, nj::Array x, nj::Array y) { return a * x + y; },
//           {nj::spec({}, nj::f32), nj::spec({nj::dim("n")}, nj::f32),
//            nj::spec({nj::dim("n")}, nj::f32)});
//   lib.write(dir);   // dir/kernels.o, dir/kernels.h (and kernels.ld)
//
//   int saxpy(int64_t n, const float *in0, const float *in1, const float *in2,
//             float *out0);   // in kernels.h; 0 on success
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_AOT_H
#define NUMJIT_AOT_H

#include "numjit/jit.h"

#include <optional>
#include <utility>

namespace numjit {

/// The dtype and shape of one argument of an ahead-of-time kernel; a size
/// is a number or nj::dim("name").
struct Spec {
  Shape shape;
  DType dtype = f32;
};
inline Spec spec(Shape shape, DType dtype = f32) { return {std::move(shape), dtype}; }

namespace aot {

/// How a library is compiled. Set as members: `o.target = "x86-64-v3";`.
struct Options {
  /// "host" (this machine's CPU and all its features), "x86-64",
  /// "x86-64-v2", "x86-64-v3", "x86-64-v4" (x86-64 Linux at that
  /// microarchitecture level), "aarch64-linux-gnu" (cross-compiled) or
  /// "cuda:sm_XX" (an NVIDIA GPU: the object's x86-64 host code launches
  /// PTX kernels through <name>_cuda.c, which needs only libcuda; buffers
  /// are device pointers).
  std::string target = "host";
  /// Large loops run on OpenMP threads (the object then needs libomp).
  /// Unset: on, except for a cross target.
  std::optional<bool> threads;
  /// Large f32/f64 matrix products call OpenBLAS's cblas_sgemm/dgemm (the
  /// object then needs OpenBLAS). Unset: on, except for a cross target.
  std::optional<bool> blas;
};

namespace detail {
template <size_t I> using ArrayAt = Array;
template <typename F, size_t... I>
constexpr bool invocable_with(std::index_sequence<I...>) {
  return std::is_invocable_v<const F &, ArrayAt<I>...>;
}
/// How many Arrays `f` takes (at most 16), or -1 when none fits.
template <typename F, size_t N = 0> constexpr size_t arity() {
  if constexpr (N > 16)
    return size_t(-1);
  else if constexpr (invocable_with<F>(std::make_index_sequence<N>()))
    return N;
  else
    return arity<F, N + 1>();
}
} // namespace detail

/// A set of kernels written as one object and one header.
class Library {
public:
  /// `name` (a C identifier) names the files: <name>.o and <name>.h.
  explicit Library(std::string name, Options options = {},
                   std::source_location loc = std::source_location::current());

  /// Traces `f` on arguments shaped like `specs` and compiles it as the C
  /// function `name`. `f` takes Arrays only (bind static values with a
  /// lambda) and returns what jit allows (Array, tuple/pair, vector);
  /// results are flattened in order. Throws Error, naming the kernel and
  /// both lines, when `f` rejects the specs or needs a fixed size where a
  /// spec has a symbolic one.
  template <typename F>
  Library &add(const std::string &name, const F &f, std::vector<Spec> specs,
               std::source_location loc = std::source_location::current()) {
    constexpr size_t n = detail::arity<F>();
    static_assert(n != size_t(-1), "numjit::aot: a kernel must be callable with Arrays "
                                   "only (up to 16); bind other arguments with a lambda");
    add_traced(name, specs, n,
               [&f](std::span<const Array> args) {
                 std::vector<Array> out;
                 numjit::detail::flatten(
                     numjit::detail::invoke_span(f, args, std::make_index_sequence<n>()),
                     out);
                 return out;
               },
               loc);
    return *this;
  }

  /// Writes <dir>/<name>.o, <dir>/<name>.h and <dir>/<name>.ld (a linker
  /// script naming the libraries the object needs), creating `dir`.
  void write(const std::string &dir,
             std::source_location loc = std::source_location::current()) const;

  const std::string &name() const;

private:
  void add_traced(const std::string &name, const std::vector<Spec> &specs, size_t arity,
                  const numjit::detail::TraceFn &trace, const std::source_location &loc);
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

/// A library of one kernel, both named `name`, written to `dir`.
template <typename F>
void compile(const F &f, std::vector<Spec> specs, const std::string &name,
             const std::string &dir, Options options = {},
             std::source_location loc = std::source_location::current()) {
  Library lib(name, std::move(options), loc);
  lib.add(name, f, std::move(specs), loc);
  lib.write(dir, loc);
}

} // namespace aot
} // namespace numjit

#endif // NUMJIT_AOT_H
