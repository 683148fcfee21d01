//===- NumjitDialect.cpp - The numjit dialect -------------------*- C++ -*-===//

#include "ir/NumjitDialect.h"
#include "ir/NumjitOps.h"

using namespace mlir;
using namespace mlir::numjit;

#include "ir/NumjitDialect.cpp.inc"
#include "ir/NumjitEnums.cpp.inc"

void NumjitDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "ir/NumjitOps.cpp.inc"
      >();
}

Operation *NumjitDialect::materializeConstant(OpBuilder &builder,
                                              Attribute value, Type type,
                                              Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, elements);
}
