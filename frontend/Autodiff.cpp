//===- Autodiff.cpp - grad/vjp/jvp: trace, transform, apply ---------------===//

#include "frontend/Trace.h"

#include "passes/Autodiff.h"

#include "mlir/IR/Diagnostics.h"

namespace numjit::detail {

namespace {

/// `f` traced on arrays shaped like `args`, finished.
std::shared_ptr<Trace> traceInner(std::span<const Array> args, const TraceFn &trace,
                                  std::vector<Array> &results,
                                  const std::source_location &loc) {
  auto t = std::make_shared<Trace>(args);
  {
    Trace::Scope scope(*t);
    results = trace(t->arguments());
  }
  t->finish(results, loc);
  return t;
}

/// Replaces the traced function of `t` by `transform(func)`, throwing with
/// the pass's diagnostics on failure.
template <typename Fn>
mlir::func::FuncOp transform(Trace &t, const char *op, const std::source_location &loc,
                             Fn &&build) {
  std::string diagnostics;
  mlir::ScopedDiagnosticHandler handler(&context(), [&](mlir::Diagnostic &d) {
    diagnostics += "\n  " + d.str();
    return mlir::success();
  });
  mlir::func::FuncOp original = t.func();
  mlir::FailureOr<mlir::func::FuncOp> result = build(original);
  if (mlir::failed(result))
    fail(op, "cannot differentiate the traced function:" + diagnostics, loc);
  original.erase();
  return *result;
}

/// Applies `func` (the only function of `t`'s module) to `operands`:
/// inlined into the enclosing trace, or compiled and run now.
std::vector<Array> apply(Trace &t, mlir::func::FuncOp func, std::span<const Array> operands,
                         const char *op, const std::source_location &loc) {
  if (Trace *outer = Trace::current())
    return outer->inlineCall(func, operands, loc);
  for (const Array &a : operands)
    if (a.is_traced())
      fail(op, "a traced value of shape " + shape_str(a.shape()) +
                   " escaped the jit trace it belongs to",
           loc);
  mlir::numjit::KernelRef kernel = compile_module(t.module(), op, loc);
  return run(*kernel, operands, {});
}

std::string describe(const Array &a) {
  return std::string(dtype_name(a.dtype())) + shape_str(a.shape());
}

} // namespace

std::vector<Array> vjp_call(std::span<const Array> args, std::span<const size_t> wrt,
                            std::span<const Array> seeds, const TraceFn &trace,
                            const char *op, const std::source_location &loc) {
  for (size_t w : wrt)
    if (!is_floating(args[w].dtype()))
      fail(op, "argument " + std::to_string(w) + " has dtype " +
                   dtype_name(args[w].dtype()) +
                   "; only float arguments can be differentiated",
           loc);
  std::vector<Array> results;
  std::shared_ptr<Trace> t = traceInner(args, trace, results, loc);
  if (results.empty())
    fail(op, "the function returns nothing to differentiate", loc);

  std::vector<Array> cts;
  if (seeds.empty()) {
    const Array &y = results[0];
    if (y.ndim() != 0 || !is_floating(y.dtype()))
      fail(op, "the function must return a float scalar, not " + describe(y) +
                   " (use vjp for non-scalar outputs)",
           loc);
    for (size_t i = 0; i < results.size(); ++i)
      cts.push_back(full(results[i].shape(), i == 0 ? 1 : 0, results[i].dtype(), loc));
  } else {
    if (seeds.size() != results.size())
      fail(op, std::to_string(seeds.size()) + " cotangents for " +
                   std::to_string(results.size()) + " outputs",
           loc);
    for (size_t i = 0; i < results.size(); ++i) {
      if (seeds[i].shape() != results[i].shape())
        fail(op, "cotangent " + std::to_string(i) + " is " + describe(seeds[i]) +
                     " but the output is " + describe(results[i]),
             loc);
      cts.push_back(seeds[i].dtype() == results[i].dtype()
                        ? seeds[i]
                        : astype(seeds[i], results[i].dtype(), loc));
    }
  }

  std::vector<unsigned> argnums(wrt.begin(), wrt.end());
  mlir::func::FuncOp vjp = transform(*t, op, loc, [&](mlir::func::FuncOp f) {
    return mlir::numjit::buildVjp(f, argnums, "vjp");
  });
  std::vector<Array> operands(args.begin(), args.end());
  operands.insert(operands.end(), t->captures().begin(), t->captures().end());
  operands.insert(operands.end(), cts.begin(), cts.end());
  return apply(*t, vjp, operands, op, loc);
}

std::vector<Array> jvp_call(std::span<const Array> primals,
                            std::span<const Array> tangents, const TraceFn &trace,
                            const std::source_location &loc) {
  std::vector<Array> ts;
  for (size_t i = 0; i < primals.size(); ++i) {
    if (tangents[i].shape() != primals[i].shape())
      fail("jvp", "tangent " + std::to_string(i) + " is " + describe(tangents[i]) +
                      " but its primal is " + describe(primals[i]),
           loc);
    ts.push_back(tangents[i].dtype() == primals[i].dtype()
                     ? tangents[i]
                     : astype(tangents[i], primals[i].dtype(), loc));
  }
  std::vector<Array> results;
  std::shared_ptr<Trace> t = traceInner(primals, trace, results, loc);
  mlir::func::FuncOp jvp = transform(*t, "jvp", loc, [&](mlir::func::FuncOp f) {
    return mlir::numjit::buildJvp(f, "jvp");
  });
  std::vector<Array> operands(primals.begin(), primals.end());
  const std::vector<Array> &captures = t->captures();
  operands.insert(operands.end(), captures.begin(), captures.end());
  operands.insert(operands.end(), ts.begin(), ts.end());
  for (const Array &c : captures)
    operands.push_back(zeros_like(c, loc));
  return apply(*t, jvp, operands, "jvp", loc);
}

} // namespace numjit::detail
