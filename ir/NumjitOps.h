//===- NumjitOps.h - numjit operations --------------------------*- C++ -*-===//

#ifndef NUMJIT_IR_NUMJITOPS_H
#define NUMJIT_IR_NUMJITOPS_H

#include "ir/NumjitDialect.h"
#include "mlir/IR/TypeUtilities.h"

#define GET_OP_CLASSES
#include "ir/NumjitOps.h.inc"

#endif // NUMJIT_IR_NUMJITOPS_H
