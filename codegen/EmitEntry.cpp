//===- EmitEntry.cpp - The kernel entry point -------------------*- C++ -*-===//
//
// Every kernel has one entry point. It takes plain pointers to contiguous
// row-major buffers (and the symbolic sizes, if the kernel has any), builds
// the memref descriptor of each buffer from the kernel's recorded signature
// (numjit-record-signature), and calls the lowered function, which becomes
// internal with noalias data pointers, so LLVM inlines it into the entry,
// folds the static sizes and strides, and vectorizes freely.
//
//   interface=args: void entry(void **args)   (the JIT)
//   interface=c:    int32_t entry(int64_t size..., T *buffer...)   (AOT)
//
//===----------------------------------------------------------------------===//

#include "codegen/Passes.h"

namespace mlir::numjit {
#define GEN_PASS_DEF_NUMJITEMITENTRY
#include "codegen/Passes.h.inc"
} // namespace mlir::numjit

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// Builds LLVM dialect values at one insertion point.
struct Emitter {
  OpBuilder &b;
  Location loc;
  Type i64 = b.getI64Type();

  Value constant(int64_t v) { return LLVM::ConstantOp::create(b, loc, i64, v); }
  Value load(Type type, Value base, int32_t index) {
    auto ptr = LLVM::LLVMPointerType::get(b.getContext());
    Value slot = LLVM::GEPOp::create(b, loc, ptr, type, base,
                                     ArrayRef<LLVM::GEPArg>{index});
    return LLVM::LoadOp::create(b, loc, type, slot);
  }
};

/// The sizes of `buffer`, given the symbols' values.
SmallVector<Value> sizesOf(Emitter &e, const KernelSignature::Buffer &buffer,
                           ArrayRef<Value> symbols) {
  SmallVector<Value> sizes;
  for (int64_t s : buffer.shape)
    sizes.push_back(s >= 0 ? e.constant(s) : symbols[-1 - s]);
  return sizes;
}

/// Appends the descriptor fields of a contiguous row-major buffer at `data`:
/// allocated and aligned pointer, offset 0, sizes, strides.
void appendDescriptor(Emitter &e, Value data, ArrayRef<Value> sizes,
                      SmallVectorImpl<Value> &args) {
  args.append({data, data, e.constant(0)});
  args.append(sizes.begin(), sizes.end());
  SmallVector<Value> strides(sizes.size());
  Value stride = e.constant(1);
  for (int64_t d = int64_t(sizes.size()) - 1; d >= 0; --d) {
    strides[d] = stride;
    if (d > 0)
      stride = LLVM::MulOp::create(e.b, e.loc, stride, sizes[d]);
  }
  args.append(strides.begin(), strides.end());
}

/// Bytes per element of a kernel buffer (i1 is stored as one byte).
int64_t elementBytes(Type t) {
  return t.isInteger(1) ? 1 : int64_t(t.getIntOrFloatBitWidth() / 8);
}

struct EmitEntryPass : numjit::impl::NumjitEmitEntryBase<EmitEntryPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(function);
    if (!func) {
      module.emitError("numjit-emit-entry: no llvm.func named '")
          << function << "'";
      return signalPassFailure();
    }
    if (interface != "args" && interface != "c") {
      module.emitError("numjit-emit-entry: interface must be 'args' or 'c', not '")
          << interface << "'";
      return signalPassFailure();
    }
    FailureOr<KernelSignature> signature = decodeKernelSignature(func);
    if (failed(signature) || failed(checkArguments(func, *signature)))
      return signalPassFailure();
    func->removeAttr(kSignatureAttrName);
    // The kernel and the helpers its lowering added (bufferization's
    // dealloc_helper, say) stay private: many kernels share one JIT.
    for (auto defined : module.getOps<LLVM::LLVMFuncOp>())
      if (!defined.isExternal())
        defined.setLinkage(LLVM::Linkage::Internal);
    // Its one caller is the entry point: inline it there (LLVM then turns
    // its noalias buffers into alias scopes the vectorizer can use).
    func.setAlwaysInline(true);
    if (interface == "args")
      emitArgsEntry(func, *signature);
    else
      emitCEntry(func, *signature);
  }

  /// Checks that `func` takes one descriptor per buffer of `signature` and
  /// marks each aligned data pointer noalias.
  LogicalResult checkArguments(LLVM::LLVMFuncOp func,
                               const KernelSignature &signature) {
    MLIRContext *ctx = &getContext();
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    auto i64 = IntegerType::get(ctx, 64);
    SmallVector<Type> expected;
    SmallVector<unsigned> dataArgs;
    for (const auto *list : {&signature.inputs, &signature.outputs})
      for (const KernelSignature::Buffer &buffer : *list) {
        dataArgs.push_back(expected.size() + 1);
        expected.append({ptr, ptr, i64});
        expected.append(2 * buffer.shape.size(), i64);
      }
    if (ArrayRef<Type>(expected) != func.getArgumentTypes())
      return func.emitError("numjit-emit-entry: the arguments of '")
             << function << "' are not one memref descriptor per buffer of "
             << "its signature (" << signature.inputs.size() << " inputs, "
             << signature.outputs.size() << " outputs)";
    for (unsigned i : dataArgs)
      func.setArgAttr(i, LLVM::LLVMDialect::getNoAliasAttrName(), UnitAttr::get(ctx));
    return success();
  }

  /// The descriptors of every buffer, whose data pointers are `data`.
  SmallVector<Value> descriptors(Emitter &e, const KernelSignature &signature,
                                 ArrayRef<Value> data, ArrayRef<Value> symbols) {
    SmallVector<Value> args;
    unsigned i = 0;
    for (const auto *list : {&signature.inputs, &signature.outputs})
      for (const KernelSignature::Buffer &buffer : *list)
        appendDescriptor(e, data[i++], sizesOf(e, buffer, symbols), args);
    return args;
  }

  size_t numBuffers(const KernelSignature &s) {
    return s.inputs.size() + s.outputs.size();
  }

  void emitArgsEntry(LLVM::LLVMFuncOp func, const KernelSignature &signature) {
    MLIRContext *ctx = &getContext();
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    OpBuilder b = OpBuilder::atBlockEnd(getOperation().getBody());
    Emitter e{b, func.getLoc()};
    auto type = LLVM::LLVMFunctionType::get(LLVM::LLVMVoidType::get(ctx), {ptr});
    auto entryFn = LLVM::LLVMFuncOp::create(b, e.loc, entry, type);
    Value args = entryFn.addEntryBlock(b)->getArgument(0);
    b.setInsertionPointToStart(&entryFn.front());
    int32_t first = 0;
    SmallVector<Value> symbols, data;
    if (!signature.symbols.empty()) {
      Value values = e.load(ptr, args, first++);
      for (size_t k = 0; k < signature.symbols.size(); ++k)
        symbols.push_back(e.load(e.i64, values, int32_t(k)));
    }
    for (size_t i = 0; i < numBuffers(signature); ++i)
      data.push_back(e.load(ptr, args, first + int32_t(i)));
    LLVM::CallOp::create(b, e.loc, func, descriptors(e, signature, data, symbols));
    LLVM::ReturnOp::create(b, e.loc, ValueRange{});
  }

  void emitCEntry(LLVM::LLVMFuncOp func, const KernelSignature &signature) {
    MLIRContext *ctx = &getContext();
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    auto i32 = IntegerType::get(ctx, 32), i64 = IntegerType::get(ctx, 64),
         i1 = IntegerType::get(ctx, 1);
    OpBuilder b = OpBuilder::atBlockEnd(getOperation().getBody());
    Emitter e{b, func.getLoc()};
    SmallVector<Type> params(signature.symbols.size(), i64);
    params.append(numBuffers(signature), ptr);
    auto entryFn = LLVM::LLVMFuncOp::create(
        b, e.loc, entry, LLVM::LLVMFunctionType::get(i32, params));
    Block *body = entryFn.addEntryBlock(b);
    Block *checkBytes = entryFn.addBlock(), *run = entryFn.addBlock();
    Block *fail1 = entryFn.addBlock(), *fail2 = entryFn.addBlock();
    ArrayRef<BlockArgument> all = body->getArguments();
    SmallVector<Value> symbols(all.begin(), all.begin() + signature.symbols.size());
    SmallVector<Value> data(all.begin() + signature.symbols.size(), all.end());

    // 1: a negative size.
    b.setInsertionPointToStart(body);
    Value bad = LLVM::ConstantOp::create(b, e.loc, i1, 0);
    for (Value s : symbols)
      bad = LLVM::OrOp::create(
          b, e.loc, bad,
          LLVM::ICmpOp::create(b, e.loc, LLVM::ICmpPredicate::slt, s, e.constant(0)));
    LLVM::CondBrOp::create(b, e.loc, bad, fail1, checkBytes);

    // 2: a buffer of more than 2^63 - 1 bytes.
    b.setInsertionPointToStart(checkBytes);
    auto withFlag = LLVM::LLVMStructType::getLiteral(ctx, {i64, i1});
    Value overflow = LLVM::ConstantOp::create(b, e.loc, i1, 0);
    for (const auto *list : {&signature.inputs, &signature.outputs})
      for (const KernelSignature::Buffer &buffer : *list) {
        Value bytes = e.constant(elementBytes(buffer.element));
        for (Value size : sizesOf(e, buffer, symbols)) {
          Value product = LLVM::SMulWithOverflowOp::create(b, e.loc, withFlag, bytes, size);
          bytes = LLVM::ExtractValueOp::create(b, e.loc, product, 0);
          overflow = LLVM::OrOp::create(b, e.loc, overflow,
                                        LLVM::ExtractValueOp::create(b, e.loc, product, 1));
        }
      }
    LLVM::CondBrOp::create(b, e.loc, overflow, fail2, run);

    b.setInsertionPointToStart(run);
    LLVM::CallOp::create(b, e.loc, func, descriptors(e, signature, data, symbols));
    LLVM::ReturnOp::create(b, e.loc, LLVM::ConstantOp::create(b, e.loc, i32, 0).getResult());
    for (auto [block, code] : {std::pair(fail1, 1), std::pair(fail2, 2)}) {
      b.setInsertionPointToStart(block);
      LLVM::ReturnOp::create(b, e.loc,
                             LLVM::ConstantOp::create(b, e.loc, i32, code).getResult());
    }
  }
};
} // namespace
