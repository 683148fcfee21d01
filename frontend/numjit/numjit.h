//===- numjit/numjit.h - The numjit user API --------------------*- C++ -*-===//
//
// numjit::Array, its ops (named as in jax.numpy), and jit(). This header and
// the ones it includes name no MLIR or LLVM type.
//
//   namespace nj = numjit;
//   nj::Array x = nj::array({1.f, 2.f, 3.f});
//   auto f = nj::jit([](nj::Array a, nj::Array b) { return nj::tanh(a * b) + 1; });
//   nj::Array y = f(x, x);
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_NUMJIT_H
#define NUMJIT_NUMJIT_H

#include "numjit/aot.h"
#include "numjit/array.h"
#include "numjit/autodiff.h"
#include "numjit/control.h"
#include "numjit/distributed.h"
#include "numjit/jit.h"
#include "numjit/memory.h"
#include "numjit/ops.h"
#include "numjit/random.h"

#endif // NUMJIT_NUMJIT_H
