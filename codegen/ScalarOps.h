//===- ScalarOps.h - Scalar bodies of numjit elementwise ops ----*- C++ -*-===//

#ifndef NUMJIT_CODEGEN_SCALAROPS_H
#define NUMJIT_CODEGEN_SCALAROPS_H

#include "ir/NumjitOps.h"

namespace mlir::numjit {

/// Builds the scalar arith/math computation of the elementwise numjit op `op`
/// applied to the scalars `args`. Returns null for ops that are not
/// elementwise.
Value buildScalarOp(OpBuilder &b, Location loc, Operation *op,
                    ValueRange args);

/// Converts scalar `x` to `to` with numjit.convert's semantics.
Value buildConvert(OpBuilder &b, Location loc, Value x, Type to);

/// A constant of scalar type `type` holding `value`.
Value buildScalarConstant(OpBuilder &b, Location loc, Type type, double value);

/// The identity of reduction `kind` for element type `type`.
Value buildReduceIdentity(OpBuilder &b, Location loc, ReduceKind kind,
                          Type type);

/// Combines two scalars with reduction `kind`.
Value buildReduceCombine(OpBuilder &b, Location loc, ReduceKind kind, Value a,
                         Value acc, bool reassociate = false);

} // namespace mlir::numjit

#endif // NUMJIT_CODEGEN_SCALAROPS_H
