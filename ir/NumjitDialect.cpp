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

std::shared_ptr<void>
NumjitDialect::getOrCreateCache(StringRef key,
                                function_ref<std::shared_ptr<void>()> create) {
  std::lock_guard<std::mutex> lock(cacheMutex);
  std::shared_ptr<void> &slot = caches[key];
  if (!slot)
    slot = create();
  return slot;
}
