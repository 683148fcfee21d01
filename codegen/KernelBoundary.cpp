//===- KernelBoundary.cpp - Kernel arguments and results ------------------===//
//
// A kernel's boundary: every output is one buffer written once
// (numjit-distinct-results), and the buffers' shapes, with their symbolic
// sizes, are recorded on the function while it is still on tensors
// (numjit-record-signature), for the entry point to read once the types are
// gone.
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITDISTINCTRESULTS
#define GEN_PASS_DEF_NUMJITRECORDSIGNATURE
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;
using namespace mlir::numjit;

std::string PipelineOptions::key() const {
  std::string key = "t0b0";
  key[1] = threads ? '1' : '0';
  key[3] = blas ? '1' : '0';
  if (alignedOutputBytes > 0) {
    key.push_back('a');
    key += std::to_string(alignedOutputBytes);
  }
  if (nativeBF16)
    key.push_back('h');
  if (bf16Gemm)
    key.push_back('g');
  if (fastLdexp)
    key.push_back('l');
  return key;
}

//===----------------------------------------------------------------------===//
// Signatures
//===----------------------------------------------------------------------===//

namespace {
bool isKernelElement(Type t) {
  return t.isF32() || t.isF64() || t.isF16() || t.isBF16() || t.isInteger(32) ||
         t.isInteger(64) || t.isInteger(8) || t.isInteger(1);
}

/// Reads one argument's or result's buffer; `symbols` grows with new names
/// when `mayAddSymbols`.
LogicalResult readBuffer(Operation *func, Type type, DictionaryAttr attrs,
                         StringRef what, unsigned index, bool mayAddSymbols,
                         SmallVectorImpl<std::string> &symbols,
                         KernelSignature::Buffer &buffer) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || !isKernelElement(tensor.getElementType()))
    return func->emitError("numjit kernels take and return ranked tensors "
                           "of f16, bf16, f32, f64, i32, i64, ui8, ui32 or i1; ")
           << what << " " << index << " has type " << type;
  auto names = attrs ? attrs.getAs<ArrayAttr>(kDimsAttrName) : ArrayAttr();
  int64_t numNames = names ? static_cast<int64_t>(names.size()) : 0;
  if (numNames != int64_t(tensor.getNumDynamicDims()))
    return func->emitError()
           << what << " " << index << " of type " << type << " has "
           << tensor.getNumDynamicDims() << " dynamic sizes but " << numNames
           << " names in '" << kDimsAttrName
           << "' (each dynamic size needs a name, e.g. {numjit.dims = [\"n\"]})";
  buffer.element = tensor.getElementType();
  // Signedness is gone once on linalg; the mark says what it was.
  if (attrs && attrs.get(kUnsignedAttrName) && buffer.element.isSignlessInteger())
    buffer.element = IntegerType::get(type.getContext(), buffer.element.getIntOrFloatBitWidth(),
                                      IntegerType::Unsigned);
  unsigned next = 0;
  for (int64_t size : tensor.getShape()) {
    if (!ShapedType::isDynamic(size)) {
      buffer.shape.push_back(size);
      continue;
    }
    auto name = dyn_cast<StringAttr>(names[next++]);
    if (!name || name.getValue().empty())
      return func->emitError() << what << " " << index << ": '" << kDimsAttrName
                               << "' must hold non-empty strings, got " << names;
    auto it = llvm::find(symbols, name.getValue());
    if (it == symbols.end()) {
      if (!mayAddSymbols)
        return func->emitError()
               << what << " " << index << " has the symbolic size '"
               << name.getValue()
               << "', which no argument has: a result's sizes must come from "
                  "the arguments";
      symbols.push_back(name.getValue().str());
      it = symbols.end() - 1;
    }
    buffer.shape.push_back(-1 - (it - symbols.begin()));
  }
  return success();
}

DictionaryAttr encodeBuffer(MLIRContext *ctx, const KernelSignature::Buffer &b) {
  Builder builder(ctx);
  return builder.getDictionaryAttr(
      {builder.getNamedAttr("element", TypeAttr::get(b.element)),
       builder.getNamedAttr("shape", builder.getDenseI64ArrayAttr(b.shape))});
}
} // namespace

FailureOr<KernelSignature> mlir::numjit::readKernelSignature(Operation *op) {
  auto func = cast<FunctionOpInterface>(op);
  KernelSignature signature;
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes()))
    if (failed(readBuffer(op, type, func.getArgAttrDict(i), "argument", i,
                          /*mayAddSymbols=*/true, signature.symbols,
                          signature.inputs.emplace_back())))
      return failure();
  for (auto [i, type] : llvm::enumerate(func.getResultTypes()))
    if (failed(readBuffer(op, type, func.getResultAttrDict(i), "result", i,
                          /*mayAddSymbols=*/false, signature.symbols,
                          signature.outputs.emplace_back())))
      return failure();
  return signature;
}

Attribute mlir::numjit::encodeKernelSignature(MLIRContext *ctx,
                                              const KernelSignature &signature) {
  Builder b(ctx);
  SmallVector<Attribute> symbols, inputs, outputs;
  for (const std::string &s : signature.symbols)
    symbols.push_back(b.getStringAttr(s));
  for (const KernelSignature::Buffer &buffer : signature.inputs)
    inputs.push_back(encodeBuffer(ctx, buffer));
  for (const KernelSignature::Buffer &buffer : signature.outputs)
    outputs.push_back(encodeBuffer(ctx, buffer));
  return b.getDictionaryAttr({b.getNamedAttr("symbols", b.getArrayAttr(symbols)),
                              b.getNamedAttr("inputs", b.getArrayAttr(inputs)),
                              b.getNamedAttr("outputs", b.getArrayAttr(outputs))});
}

FailureOr<KernelSignature>
mlir::numjit::decodeKernelSignature(Operation *op) {
  auto dict = op->getAttrOfType<DictionaryAttr>(kSignatureAttrName);
  auto fail = [&]() -> FailureOr<KernelSignature> {
    return op->emitError("expected a '")
           << kSignatureAttrName
           << "' attribute as numjit-record-signature writes it";
  };
  if (!dict)
    return fail();
  auto symbols = dict.getAs<ArrayAttr>("symbols");
  auto inputs = dict.getAs<ArrayAttr>("inputs");
  auto outputs = dict.getAs<ArrayAttr>("outputs");
  if (!symbols || !inputs || !outputs)
    return fail();
  KernelSignature signature;
  for (Attribute s : symbols) {
    auto name = dyn_cast<StringAttr>(s);
    if (!name)
      return fail();
    signature.symbols.push_back(name.getValue().str());
  }
  auto decode = [&](ArrayAttr list, SmallVectorImpl<KernelSignature::Buffer> &out) {
    for (Attribute a : list) {
      auto d = dyn_cast<DictionaryAttr>(a);
      auto element = d ? d.getAs<TypeAttr>("element") : TypeAttr();
      auto shape = d ? d.getAs<DenseI64ArrayAttr>("shape") : DenseI64ArrayAttr();
      if (!element || !shape)
        return false;
      for (int64_t size : shape.asArrayRef())
        if (size < -static_cast<int64_t>(signature.symbols.size()))
          return false;
      out.push_back({element.getValue(), SmallVector<int64_t>(shape.asArrayRef())});
    }
    return true;
  };
  if (!decode(inputs, signature.inputs) || !decode(outputs, signature.outputs))
    return fail();
  return signature;
}

//===----------------------------------------------------------------------===//
// Passes
//===----------------------------------------------------------------------===//

namespace {
struct DistinctResultsPass
    : numjit::impl::NumjitDistinctResultsBase<DistinctResultsPass> {
  void runOnOperation() override {
    getOperation().walk([](func::ReturnOp ret) {
      OpBuilder b(ret);
      llvm::SmallPtrSet<Value, 4> seen;
      for (OpOperand &operand : ret->getOpOperands()) {
        Value v = operand.get();
        auto type = dyn_cast<RankedTensorType>(v.getType());
        if (!type)
          continue;
        // An uninitialized tensor (a fold of an op on an empty shape) that
        // also serves as another op's destination would share that op's
        // buffer: return a tensor.empty of its own.
        if (v.getDefiningOp<tensor::EmptyOp>() && !v.hasOneUse()) {
          operand.set(tensor::EmptyOp::create(b, ret.getLoc(),
                                              tensor::getMixedSizes(b, ret.getLoc(), v),
                                              type.getElementType()));
          continue;
        }
        if (seen.insert(v).second)
          continue;
        Value init = tensor::EmptyOp::create(
            b, ret.getLoc(), tensor::getMixedSizes(b, ret.getLoc(), v),
            type.getElementType());
        operand.set(linalg::CopyOp::create(b, ret.getLoc(), v, init).getResult(0));
      }
    });
  }
};

struct RecordSignaturePass
    : numjit::impl::NumjitRecordSignatureBase<RecordSignaturePass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    // Only kernels: functions over tensors of numjit's element types.
    auto isKernelTensor = [](Type t) {
      auto tensor = dyn_cast<RankedTensorType>(t);
      return tensor && isKernelElement(tensor.getElementType());
    };
    if (func.isExternal() || !llvm::all_of(func.getArgumentTypes(), isKernelTensor) ||
        !llvm::all_of(func.getResultTypes(), isKernelTensor))
      return;
    FailureOr<KernelSignature> signature = readKernelSignature(func);
    if (failed(signature))
      return signalPassFailure();
    func->setAttr(kSignatureAttrName,
                  encodeKernelSignature(&getContext(), *signature));
    // The arguments are the caller's buffers: bufferization copies one
    // before writing into it (a loop carry updated in place, say).
    for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
      func.setArgAttr(i, bufferization::BufferizationDialect::kWritableAttrName,
                      BoolAttr::get(&getContext(), false));
  }
};
} // namespace
