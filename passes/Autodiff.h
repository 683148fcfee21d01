//===- Autodiff.h - Forward and reverse mode on the numjit dialect -*- C++ -*-===//
//
// Both transforms take a func.func in the numjit dialect and add a new one,
// also in the numjit dialect, next to it, so their output can be transformed
// again (grad of grad, jvp of grad, ...).
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_PASSES_AUTODIFF_H
#define NUMJIT_PASSES_AUTODIFF_H

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::numjit {

/// Forward mode. Adds `name`: (x..., t...) -> (y..., dy...), where t has one
/// tangent per argument and dy one per result. Integer and bool values have
/// zero tangents.
FailureOr<func::FuncOp> buildJvp(func::FuncOp func, StringRef name);

/// Reverse mode. Adds `name`: (x..., ct_y...) -> (y..., ct_x[wrt]...): the
/// primal results and the cotangents of the arguments listed in `wrt`, given
/// one cotangent per result. The forward pass runs once; the backward pass
/// reads the forward values it needs.
FailureOr<func::FuncOp> buildVjp(func::FuncOp func, ArrayRef<unsigned> wrt,
                                 StringRef name);

/// Registers the numjit-jvp and numjit-grad passes.
void registerAutodiffPasses();

} // namespace mlir::numjit

#endif // NUMJIT_PASSES_AUTODIFF_H
