//===- NumjitDialect.h - The numjit dialect ---------------------*- C++ -*-===//

#ifndef NUMJIT_IR_NUMJITDIALECT_H
#define NUMJIT_IR_NUMJITDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <mutex>

#include "ir/NumjitDialect.h.inc"
#include "ir/NumjitEnums.h.inc"

#endif // NUMJIT_IR_NUMJITDIALECT_H
