//===- Transforms.cpp - grad, jvp, vmap: trace, transform, apply ----------===//
//
// Every function transform works the same way: trace the user's function
// into its own module, run a pass that adds the transformed function
// (passes/Autodiff.h, passes/Vmap.h), and apply that function -- inlined
// into an enclosing trace, or compiled and run when called eagerly.
//
//===----------------------------------------------------------------------===//

#include "frontend/Trace.h"

#include "passes/Autodiff.h"
#include "passes/Vmap.h"

#include "mlir/IR/Diagnostics.h"

namespace numjit::detail {

namespace {

/// Replaces the traced function of `t` by `build(func)`, throwing with the
/// pass's diagnostics on failure.
template <typename Fn>
mlir::func::FuncOp transform(Trace &t, const char *op, const std::source_location &loc,
                             Fn &&build) {
  Diagnostics diagnostics;
  mlir::func::FuncOp original = t.func();
  mlir::FailureOr<mlir::func::FuncOp> result = build(original);
  if (mlir::failed(result))
    fail(op, "cannot transform the traced function:" + diagnostics.text(), loc);
  original.erase();
  return *result;
}

/// Applies `func` (the only function of `t`'s module) to `operands`:
/// inlined into the enclosing trace, or compiled and run now. `shapes` are
/// the results' shapes (with their symbolic sizes, inside a trace).
std::vector<Array> apply(Trace &t, mlir::func::FuncOp func, std::span<const Array> operands,
                         const char *op, const std::source_location &loc,
                         std::span<const Shape> shapes) {
  if (Trace *outer = Trace::current())
    return outer->inlineCall(func, operands, loc, shapes);
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
  std::shared_ptr<Trace> t = trace_function(args, trace, results, loc);
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
  std::vector<Shape> shapes;
  for (const Array &r : results)
    shapes.push_back(r.shape());
  for (size_t w : wrt)
    shapes.push_back(args[w].shape());
  return apply(*t, vjp, operands, op, loc, shapes);
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
  std::shared_ptr<Trace> t = trace_function(primals, trace, results, loc);
  mlir::func::FuncOp jvp = transform(*t, "jvp", loc, [&](mlir::func::FuncOp f) {
    return mlir::numjit::buildJvp(f, "jvp");
  });
  std::vector<Array> operands(primals.begin(), primals.end());
  const std::vector<Array> &captures = t->captures();
  operands.insert(operands.end(), captures.begin(), captures.end());
  operands.insert(operands.end(), ts.begin(), ts.end());
  for (const Array &c : captures)
    operands.push_back(zeros_like(c, loc));
  std::vector<Shape> shapes;
  for (int pass = 0; pass < 2; ++pass) // the results, then their tangents
    for (const Array &r : results)
      shapes.push_back(r.shape());
  return apply(*t, jvp, operands, "jvp", loc, shapes);
}

std::vector<Array> vmap_call(std::span<const Array> args,
                             std::span<const std::optional<int64_t>> inAxes,
                             std::span<const int64_t> outAxes, const TraceFn &trace,
                             const std::source_location &loc) {
  if (inAxes.size() != args.size())
    fail("vmap", std::to_string(inAxes.size()) + " in_axes for " +
                     std::to_string(args.size()) + " array arguments",
         loc);
  std::vector<std::optional<int64_t>> axes;
  std::vector<Array> prototypes;
  std::optional<int64_t> size;
  std::string sizes;
  bool consistent = true;
  for (size_t i = 0; i < args.size(); ++i) {
    std::optional<int64_t> axis = inAxes[i];
    Shape shape = args[i].shape();
    if (axis) {
      int64_t rank = args[i].ndim();
      if (*axis < -rank || *axis >= rank)
        fail("vmap", "in_axes[" + std::to_string(i) + "] = " + std::to_string(*axis) +
                         " is out of range for argument " + std::to_string(i) +
                         " of shape " + shape_str(shape),
             loc);
      if (*axis < 0)
        *axis += rank;
      int64_t n = shape[size_t(*axis)];
      sizes += std::string(sizes.empty() ? "" : ", ") + "argument " + std::to_string(i) +
               " has size " + size_str(n) + " along axis " + std::to_string(*axis);
      consistent &= !size || *size == n;
      size = size ? size : n;
      shape.erase(shape.begin() + *axis);
    }
    axes.push_back(axis);
    prototypes.push_back(abstract_array(args[i].dtype(), shape));
  }
  if (!size)
    fail("vmap", "every in_axes entry is none: at least one argument must be mapped", loc);
  if (!consistent)
    fail("vmap", "inconsistent sizes along the mapped axes: " + sizes, loc);

  std::vector<Array> results;
  std::shared_ptr<Trace> t = trace_function(prototypes, trace, results, loc);
  axes.resize(axes.size() + t->captures().size()); // captures are not mapped
  // A symbolic batch size is a dynamic one in the batched function.
  int64_t batch = is_symbolic(*size) ? mlir::ShapedType::kDynamic : *size;
  mlir::func::FuncOp batched = transform(*t, "vmap", loc, [&](mlir::func::FuncOp f) {
    return mlir::numjit::buildVmap(f, axes, batch, "vmap");
  });
  std::vector<Array> operands(args.begin(), args.end());
  operands.insert(operands.end(), t->captures().begin(), t->captures().end());
  std::vector<Shape> shapes;
  for (const Array &r : results) {
    shapes.push_back({*size});
    shapes.back().insert(shapes.back().end(), r.shape().begin(), r.shape().end());
  }
  std::vector<Array> outs = apply(*t, batched, operands, "vmap", loc, shapes);

  if (outAxes.size() > 1 && outAxes.size() != outs.size())
    fail("vmap", std::to_string(outAxes.size()) + " out_axes for " +
                     std::to_string(outs.size()) + " results",
         loc);
  // The batch dimension comes out first; move it where out_axes says.
  for (size_t i = 0; i < outs.size(); ++i) {
    int64_t axis = outAxes.empty() ? 0 : outAxes[outAxes.size() == 1 ? 0 : i];
    int64_t rank = outs[i].ndim();
    if (axis < -rank || axis >= rank)
      fail("vmap", "out_axes entry " + std::to_string(axis) + " is out of range for output " +
                       std::to_string(i) + " of shape " + shape_str(outs[i].shape()),
           loc);
    if (axis < 0)
      axis += rank;
    if (axis == 0)
      continue;
    std::vector<int64_t> perm;
    for (int64_t d = 1; d < rank; ++d) {
      perm.push_back(d);
      if (int64_t(perm.size()) == axis)
        perm.push_back(0);
    }
    if (int64_t(perm.size()) < rank)
      perm.push_back(0);
    outs[i] = transpose(outs[i], perm, loc);
  }
  return outs;
}

} // namespace numjit::detail
