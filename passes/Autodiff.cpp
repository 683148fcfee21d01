//===- Autodiff.cpp - Forward and reverse mode on the numjit dialect ------===//
//
// Forward mode walks the ops in order, pairing each float value with its
// tangent; reverse mode replays the forward ops once, then walks them
// backwards accumulating cotangents (the rules: AutodiffRules.cpp, and
// AutodiffControlFlow.cpp for the ops with regions, whose bodies go through
// these same two walks).
//
//===----------------------------------------------------------------------===//

#include "passes/Autodiff.h"
#include "passes/AutodiffRules.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::autodiff;

namespace {

/// Copies `func`'s signature shape into a new function `name` next to it.
func::FuncOp createSibling(func::FuncOp func, StringRef name, TypeRange inputs,
                          TypeRange results) {
  OpBuilder b(func);
  b.setInsertionPointAfter(func);
  auto f = func::FuncOp::create(b, func.getLoc(), name,
                                b.getFunctionType(inputs, results));
  f.setVisibility(func.getVisibility());
  f.addEntryBlock();
  return f;
}

LogicalResult checkDifferentiable(func::FuncOp func) {
  if (func.isExternal() || !llvm::hasSingleElement(func.getBody()))
    return func.emitOpError("must have one block to be differentiated");
  return expandCumprods(func);
}

} // namespace

LogicalResult autodiff::jvpOps(OpBuilder &b, Block &src, IRMapping &primals,
                               DenseMap<Value, Value> &tangents) {
  auto primal = [&](Value v) { return primals.lookupOrDefault(v); };
  auto tangent = [&](Value v) { return tangents.lookup(v); };
  for (Operation &op : src.without_terminator()) {
    if (isControlFlow(&op)) {
      if (failed(jvpControlFlow(b, &op, primals, tangents)))
        return failure();
      continue;
    }
    Operation *np = b.clone(op, primals);
    Emitter e{b, op.getLoc()};
    if (failed(jvpRule(e, &op, np, primal, tangent, tangents)))
      return failure();
  }
  return success();
}

LogicalResult autodiff::vjpBlock(OpBuilder &b, Block &src, ValueRange args,
                                 ArrayRef<Value> resultCts, SmallVectorImpl<Value> &results,
                                 SmallVectorImpl<Value> &argCts) {
  // Forward: the primal computation, once.
  IRMapping primals;
  for (auto [arg, v] : llvm::zip(src.getArguments(), args))
    primals.map(arg, v);
  for (Operation &op : src.without_terminator())
    b.clone(op, primals);
  auto primal = [&](Value v) { return primals.lookupOrDefault(v); };

  // Backward: cotangents keyed by the original values.
  DenseMap<Value, Value> cotangents;
  auto accumulate = [&](Value v, Value ct) {
    Value &slot = cotangents[v];
    slot = slot ? Emitter{b, v.getLoc()}.add(slot, ct) : ct;
  };
  Operation *terminator = src.getTerminator();
  for (auto [v, ct] : llvm::zip(terminator->getOperands(), resultCts))
    if (ct && isFloat(v))
      accumulate(v, ct);
  for (Operation &op : llvm::reverse(src.without_terminator())) {
    if (op.getNumResults() == 0)
      continue;
    if (isControlFlow(&op)) {
      SmallVector<Value> cts;
      for (Value r : op.getResults())
        cts.push_back(cotangents.lookup(r));
      if (llvm::any_of(cts, [](Value c) { return bool(c); }) &&
          failed(vjpControlFlow(b, &op, cts, primals, accumulate)))
        return failure();
      continue;
    }
    Value c = cotangents.lookup(op.getResult(0));
    if (!c)
      continue;
    Emitter e{b, op.getLoc()};
    if (failed(vjpRule(e, &op, c, primal, accumulate)))
      return failure();
  }
  for (Value v : terminator->getOperands())
    results.push_back(primal(v));
  for (Value arg : src.getArguments())
    argCts.push_back(cotangents.lookup(arg));
  return success();
}

FailureOr<func::FuncOp> mlir::numjit::buildJvp(func::FuncOp func, StringRef name) {
  if (failed(checkDifferentiable(func)))
    return failure();
  SmallVector<Type> inputs(func.getArgumentTypes());
  inputs.append(func.getArgumentTypes().begin(), func.getArgumentTypes().end());
  SmallVector<Type> results(func.getResultTypes());
  results.append(func.getResultTypes().begin(), func.getResultTypes().end());
  func::FuncOp jvp = createSibling(func, name, inputs, results);
  Block &entry = jvp.front();
  unsigned n = func.getNumArguments();

  IRMapping primals;
  DenseMap<Value, Value> tangents;
  for (unsigned i = 0; i < n; ++i) {
    primals.map(func.getArgument(i), entry.getArgument(i));
    if (isFloat(func.getArgument(i)))
      tangents[func.getArgument(i)] = entry.getArgument(n + i);
  }
  OpBuilder b = OpBuilder::atBlockEnd(&entry);
  if (failed(jvpOps(b, func.front(), primals, tangents))) {
    jvp.erase();
    return failure();
  }
  auto ret = cast<func::ReturnOp>(func.front().getTerminator());
  SmallVector<Value> outs;
  for (Value v : ret.getOperands())
    outs.push_back(primals.lookupOrDefault(v));
  Emitter e{b, ret.getLoc()};
  for (auto [v, p] : llvm::zip(ret.getOperands(), SmallVector<Value>(outs)))
    outs.push_back(tangents.lookup(v) ? tangents.lookup(v) : e.zerosLike(p));
  func::ReturnOp::create(b, ret.getLoc(), outs);
  return jvp;
}

FailureOr<func::FuncOp> mlir::numjit::buildVjp(func::FuncOp func,
                                               ArrayRef<unsigned> wrt,
                                               StringRef name) {
  if (failed(checkDifferentiable(func)))
    return failure();
  for (unsigned i : wrt)
    if (i >= func.getNumArguments())
      return func.emitOpError("has no argument ") << i << " to differentiate";
  SmallVector<Type> inputs(func.getArgumentTypes());
  inputs.append(func.getResultTypes().begin(), func.getResultTypes().end());
  SmallVector<Type> results(func.getResultTypes());
  for (unsigned i : wrt)
    results.push_back(func.getArgumentTypes()[i]);
  func::FuncOp vjp = createSibling(func, name, inputs, results);
  Block &entry = vjp.front();
  unsigned n = func.getNumArguments();

  OpBuilder b = OpBuilder::atBlockEnd(&entry);
  SmallVector<Value> outs, argCts;
  if (failed(vjpBlock(b, func.front(), entry.getArguments().take_front(n),
                      SmallVector<Value>(entry.getArguments().drop_front(n)), outs,
                      argCts))) {
    vjp.erase();
    return failure();
  }
  Emitter e{b, func.getLoc()};
  for (unsigned i : wrt)
    outs.push_back(argCts[i] ? argCts[i] : e.zerosLike(entry.getArgument(i)));
  func::ReturnOp::create(b, func.getLoc(), outs);
  return vjp;
}

//===----------------------------------------------------------------------===//
// Passes for numjit-opt and lit
//===----------------------------------------------------------------------===//

namespace {
struct JvpPass : PassWrapper<JvpPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(JvpPass)
  JvpPass() = default;
  JvpPass(const JvpPass &other) : PassWrapper(other) {}
  StringRef getArgument() const override { return "numjit-jvp"; }
  StringRef getDescription() const override {
    return "Adds <function>_jvp: (x..., t...) -> (y..., dy...)";
  }
  Option<std::string> function{*this, "function", llvm::cl::desc("Function"),
                               llvm::cl::init("main")};
  void runOnOperation() override {
    auto func = getOperation().lookupSymbol<func::FuncOp>(function);
    if (!func) {
      getOperation().emitError("numjit-jvp: no function '") << function << "'";
      return signalPassFailure();
    }
    if (failed(buildJvp(func, function + "_jvp")))
      signalPassFailure();
  }
};

struct GradPass : PassWrapper<GradPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(GradPass)
  GradPass() = default;
  GradPass(const GradPass &other) : PassWrapper(other) {}
  StringRef getArgument() const override { return "numjit-grad"; }
  StringRef getDescription() const override {
    return "Adds <function>_vjp: (x..., ct_y...) -> (y..., ct_x[wrt]...)";
  }
  Option<std::string> function{*this, "function", llvm::cl::desc("Function"),
                               llvm::cl::init("main")};
  ListOption<unsigned> wrt{*this, "wrt",
                           llvm::cl::desc("Arguments to differentiate (default: all)")};
  void runOnOperation() override {
    auto func = getOperation().lookupSymbol<func::FuncOp>(function);
    if (!func) {
      getOperation().emitError("numjit-grad: no function '") << function << "'";
      return signalPassFailure();
    }
    SmallVector<unsigned> args(wrt.begin(), wrt.end());
    if (args.empty())
      for (unsigned i = 0; i < func.getNumArguments(); ++i)
        args.push_back(i);
    if (failed(buildVjp(func, args, function + "_vjp")))
      signalPassFailure();
  }
};
} // namespace

void mlir::numjit::registerAutodiffPasses() {
  PassRegistration<JvpPass>();
  PassRegistration<GradPass>();
}
