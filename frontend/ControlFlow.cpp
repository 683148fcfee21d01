//===- ControlFlow.cpp - cond, while_loop, fori_loop, scan ----------------===//
//
// Outside a trace each runs as the C++ it stands for. Inside one, each body
// is traced into a function of its own (trace_function), whose captures --
// arrays of enclosing traces and concrete arrays it met -- become explicit
// operands; the function's body then moves into a region of one numjit op
// (numjit.cond, numjit.while, numjit.scan), so it is traced and compiled
// once whatever the trip count. fori_loop is a scan over a counter with C++
// bounds and a while loop with traced ones, as in JAX.
//
//===----------------------------------------------------------------------===//

#include "frontend/Trace.h"

#include "ir/NumjitOps.h"

using namespace mlir;

namespace numjit::detail {

namespace {

std::string describe(const Array &a) {
  return std::string(dtype_name(a.dtype())) + shape_str(a.shape());
}

/// Throws unless `got` (what `what` returns) has the count, dtypes and
/// shapes of `want` (`wantWhat`).
void check_same(const char *op, const std::string &what, std::span<const Array> got,
                const std::string &wantWhat, std::span<const Array> want,
                const std::source_location &loc) {
  if (got.size() != want.size())
    fail(op, what + " returns " + std::to_string(got.size()) + " arrays but " + wantWhat +
                 " has " + std::to_string(want.size()),
         loc);
  for (size_t i = 0; i < got.size(); ++i)
    if (got[i].dtype() != want[i].dtype() || got[i].shape() != want[i].shape())
      fail(op, what + " returns " + describe(got[i]) + " as array " + std::to_string(i) +
                   " but " + wantWhat + " has " + describe(want[i]) +
                   " there (shapes and dtypes must match)",
           loc);
}

/// `p` as a bool scalar; throws unless it is a bool or integer scalar.
Array predicate(const char *op, const Array &p, const std::source_location &loc) {
  if (p.ndim() != 0 || is_floating(p.dtype()))
    fail(op, "the predicate must be a bool or integer scalar, not " + describe(p), loc);
  return p.dtype() == DType::bool_ ? p : not_equal(p, 0, loc);
}

/// The values of `arrays` in `t`.
SmallVector<Value> valuesIn(Trace &t, std::span<const Array> arrays, const char *op,
                            const std::source_location &loc) {
  SmallVector<Value> values;
  for (const Array &a : arrays)
    values.push_back(t.valueOf(a, op, loc));
  return values;
}

/// Moves the body of the traced function `f` into a new block of `into`
/// taking `types`: block argument i stands for f's argument from[i] (-1:
/// none, unused). The block yields, per entry j of `yields`, f's result j
/// (j >= 0) or block argument -1 - j.
void adopt(Region &into, func::FuncOp f, TypeRange types, ArrayRef<int> from,
           ArrayRef<int> yields, Location loc) {
  OpBuilder b(&context());
  Block *block = b.createBlock(&into, {}, types, SmallVector<Location>(types.size(), loc));
  Block &old = f.front();
  for (auto [i, j] : llvm::enumerate(from))
    if (j >= 0)
      old.getArgument(unsigned(j)).replaceAllUsesWith(block->getArgument(unsigned(i)));
  block->getOperations().splice(block->end(), old.getOperations());
  auto ret = cast<func::ReturnOp>(block->getTerminator());
  SmallVector<Value> values;
  for (int j : yields)
    values.push_back(j >= 0 ? ret.getOperand(unsigned(j)) : block->getArgument(unsigned(-1 - j)));
  b.setInsertionPoint(ret);
  mlir::numjit::YieldOp::create(b, ret.getLoc(), values);
  ret.erase();
}

/// 0, 1, ..., n - 1 shifted by `offset`.
SmallVector<int> range(size_t n, int offset = 0) {
  SmallVector<int> out;
  for (size_t i = 0; i < n; ++i)
    out.push_back(int(i) + offset);
  return out;
}
/// `n` times -1.
SmallVector<int> none(size_t n) { return SmallVector<int>(n, -1); }
/// Yield entries for block arguments first .. first + n - 1.
SmallVector<int> blockArgs(size_t first, size_t n) {
  SmallVector<int> out;
  for (size_t i = 0; i < n; ++i)
    out.push_back(-1 - int(first + i));
  return out;
}
SmallVector<int> concat(std::initializer_list<SmallVector<int>> parts) {
  SmallVector<int> out;
  for (const SmallVector<int> &p : parts)
    out.append(p.begin(), p.end());
  return out;
}

/// One step of a fori_loop over (i, carry...): (i + 1, body(i, carry...)...).
std::vector<Array> counted(const TraceFn &body, std::span<const Array> args,
                           const std::source_location &loc) {
  std::vector<Array> out{add(args[0], 1, loc)};
  std::vector<Array> r = body(args);
  // Checked here, so the message names fori_loop and the carry as the user
  // wrote it, not the scan or while loop it becomes with the counter.
  check_same("fori_loop", "the body", r, "the carry", args.subspan(1), loc);
  out.insert(out.end(), r.begin(), r.end());
  return out;
}

/// `first` followed by the captures of each trace in `traces`: the explicit
/// inputs of an op whose regions are those traces' functions.
std::vector<Array> withCaptures(std::span<const Array> first,
                                std::initializer_list<const Trace *> traces) {
  std::vector<Array> out(first.begin(), first.end());
  for (const Trace *t : traces)
    out.insert(out.end(), t->captures().begin(), t->captures().end());
  return out;
}

/// Slice k of `x` along axis 0.
Array slice0(const Array &x, int64_t k, const std::source_location &loc) {
  std::vector<int64_t> start(x.shape().size(), 0), limit(x.shape());
  start[0] = k;
  limit[0] = k + 1;
  return reshape(slice(x, start, limit, {}, loc), Shape(x.shape().begin() + 1, x.shape().end()),
                 loc);
}

/// The length of a scan over `xs` (axis 0 of each, which must agree).
int64_t scan_length(std::span<const Array> xs, const std::source_location &loc) {
  int64_t length = -1;
  for (const Array &x : xs) {
    if (x.ndim() == 0)
      fail("scan", "cannot scan over a scalar (" + describe(x) + "): xs need an axis 0", loc);
    int64_t n = x.shape()[0];
    if (is_symbolic(n))
      fail("scan", "scanning over a symbolic length (" + size_str(n) +
                       ") is not supported yet: the length must be static",
           loc);
    if (length >= 0 && n != length)
      fail("scan", "the arrays scanned over have different lengths along axis 0 (" +
                       std::to_string(length) + " and " + std::to_string(n) + ")",
           loc);
    length = n;
  }
  if (length < 0)
    fail("scan", "needs at least one array to scan over (use fori_loop for a loop "
                 "without inputs)",
         loc);
  return length;
}

/// Carries and ys of a scan of `length` steps (`xs` may be empty).
std::vector<Array> scan_impl(const TraceFn &body, std::span<const Array> init,
                             std::span<const Array> xs, int64_t length, bool reverse,
                             const std::source_location &loc) {
  size_t n = init.size(), m = xs.size();
  std::vector<Array> protos(init.begin(), init.end());
  for (const Array &x : xs)
    protos.push_back(abstract_array(x.dtype(), Shape(x.shape().begin() + 1, x.shape().end())));
  auto carriesOf = [&](std::span<const Array> r) {
    if (r.size() < n)
      fail("scan", "the body returns " + std::to_string(r.size()) + " arrays, fewer than the " +
                       std::to_string(n) + " of the carry",
           loc);
    check_same("scan", "the body", r.first(n), "the initial carry", init, loc);
  };

  Trace *outer = Trace::current();
  if (!outer) {
    std::vector<Array> carry(init.begin(), init.end());
    std::vector<std::vector<Array>> ys; // per output, in step order k
    std::vector<Array> firstYs;
    for (int64_t s = 0; s < length; ++s) {
      int64_t k = reverse ? length - 1 - s : s;
      std::vector<Array> args = carry;
      for (const Array &x : xs)
        args.push_back(slice0(x, k, loc));
      std::vector<Array> r = body(args);
      carriesOf(r);
      carry.assign(r.begin(), r.begin() + long(n));
      std::vector<Array> y(r.begin() + long(n), r.end());
      if (s == 0) {
        firstYs = y;
        ys.resize(y.size(), std::vector<Array>(size_t(length)));
      }
      check_same("scan", "a later step", y, "the first step's ys", firstYs, loc);
      for (size_t j = 0; j < y.size(); ++j)
        ys[j][size_t(k)] = expand_dims(y[j], 0, loc);
    }
    std::vector<Array> out = carry;
    if (length == 0) { // the ys' shapes come from tracing the body once
      std::vector<Array> r;
      trace_function(protos, body, r, loc);
      carriesOf(r);
      for (size_t j = n; j < r.size(); ++j) {
        Shape shape{0};
        shape.insert(shape.end(), r[j].shape().begin(), r[j].shape().end());
        out.push_back(zeros(shape, r[j].dtype(), loc));
      }
      return out;
    }
    for (std::vector<Array> &y : ys)
      out.push_back(concatenate(y, 0, loc));
    return out;
  }

  std::vector<Array> r;
  std::shared_ptr<Trace> t = trace_function(protos, body, r, loc);
  carriesOf(r);
  const std::vector<Array> &caps = t->captures();
  std::vector<Array> carries = withCaptures(init, {t.get()});
  SmallVector<Value> carryValues = valuesIn(*outer, carries, "scan", loc);
  SmallVector<Value> xsValues = valuesIn(*outer, xs, "scan", loc);
  SmallVector<Type> types(ValueRange(carryValues).getTypes());
  TypeRange bodyResults = t->func().getResultTypes();
  for (Type y : bodyResults.drop_front(n)) {
    auto yt = cast<RankedTensorType>(y);
    SmallVector<int64_t> shape{length};
    shape.append(yt.getShape().begin(), yt.getShape().end());
    types.push_back(yt.clone(shape));
  }
  OpBuilder &b = outer->builder();
  Location l = outer->location(loc);
  auto op = mlir::numjit::ScanOp::create(b, l, types, b.getI64IntegerAttr(length),
                                         reverse ? b.getUnitAttr() : UnitAttr(), carryValues,
                                         xsValues);
  SmallVector<Type> argTypes(ValueRange(carryValues).getTypes());
  for (Type x : t->func().getArgumentTypes().slice(n, m))
    argTypes.push_back(x);
  size_t nc = caps.size();
  adopt(op.getBody(), t->func(), argTypes, concat({range(n), range(nc, int(n + m)), range(m, int(n))}),
        concat({range(n), blockArgs(n, nc), range(r.size() - n, int(n))}), l);

  std::vector<Array> out;
  for (size_t i = 0; i < n; ++i)
    out.push_back(outer->result(op.getResult(unsigned(i)), init[i].shape()));
  for (size_t j = n; j < r.size(); ++j) {
    Shape shape{length};
    shape.insert(shape.end(), r[j].shape().begin(), r[j].shape().end());
    out.push_back(outer->result(op.getResult(unsigned(nc + j)), std::move(shape)));
  }
  return out;
}

} // namespace

std::vector<Array> cond_call(const Array &pred, const TraceFn &on_true, const TraceFn &on_false,
                             std::span<const Array> operands, const std::source_location &loc) {
  Array p = predicate("cond", pred, loc);
  Trace *outer = Trace::current();
  if (!outer)
    return p.item<bool>(loc) ? on_true(operands) : on_false(operands);

  std::vector<Array> rt, rf;
  std::shared_ptr<Trace> tt = trace_function(operands, on_true, rt, loc);
  std::shared_ptr<Trace> tf = trace_function(operands, on_false, rf, loc);
  check_same("cond", "the false branch", rf, "the true branch", rt, loc);
  size_t n = operands.size(), ct = tt->captures().size(), cf = tf->captures().size();
  std::vector<Array> inputs = withCaptures(operands, {tt.get(), tf.get()});
  SmallVector<Value> values = valuesIn(*outer, inputs, "cond", loc);
  Location l = outer->location(loc);
  auto op = mlir::numjit::CondOp::create(outer->builder(), l, tt->func().getResultTypes(),
                                         outer->valueOf(p, "cond", loc), values);
  TypeRange types = ValueRange(values).getTypes();
  adopt(op.getTrueBranch(), tt->func(), types, concat({range(n), range(ct, int(n)), none(cf)}),
        range(rt.size()), l);
  adopt(op.getFalseBranch(), tf->func(), types, concat({range(n), none(ct), range(cf, int(n))}),
        range(rf.size()), l);
  std::vector<Array> out;
  for (size_t i = 0; i < rt.size(); ++i)
    out.push_back(outer->result(op.getResult(unsigned(i)), rt[i].shape()));
  return out;
}

std::vector<Array> while_call(const TraceFn &cond, const TraceFn &body,
                              std::span<const Array> init, const std::source_location &loc) {
  auto test = [&](std::span<const Array> c) {
    std::vector<Array> r = cond(c);
    return std::vector<Array>{predicate("while_loop", r.at(0), loc)};
  };
  Trace *outer = Trace::current();
  if (!outer) {
    std::vector<Array> c(init.begin(), init.end());
    while (test(c)[0].item<bool>(loc)) {
      std::vector<Array> next = body(c);
      check_same("while_loop", "the body", next, "the carry", c, loc);
      c = std::move(next);
    }
    return c;
  }

  std::vector<Array> rc, rb;
  std::shared_ptr<Trace> tc = trace_function(init, test, rc, loc);
  std::shared_ptr<Trace> tb = trace_function(init, body, rb, loc);
  check_same("while_loop", "the body", rb, "the initial carry", init, loc);
  size_t n = init.size(), cc = tc->captures().size(), cb = tb->captures().size();
  std::vector<Array> carries = withCaptures(init, {tc.get(), tb.get()});
  SmallVector<Value> values = valuesIn(*outer, carries, "while_loop", loc);
  TypeRange types = ValueRange(values).getTypes();
  Location l = outer->location(loc);
  auto op = mlir::numjit::WhileOp::create(outer->builder(), l, types, values);
  adopt(op.getCond(), tc->func(), types, concat({range(n), range(cc, int(n)), none(cb)}), {0}, l);
  adopt(op.getBody(), tb->func(), types, concat({range(n), none(cc), range(cb, int(n))}),
        concat({range(n), blockArgs(n, cc + cb)}), l);
  std::vector<Array> out;
  for (size_t i = 0; i < n; ++i)
    out.push_back(outer->result(op.getResult(unsigned(i)), init[i].shape()));
  return out;
}

std::vector<Array> fori_call(int64_t lo, int64_t hi, const TraceFn &body,
                             std::span<const Array> init, const std::source_location &loc) {
  // The index is i32 (JAX's default integer) unless the bounds need i64.
  bool wide = lo < INT32_MIN || hi > INT32_MAX;
  auto index = [&](int64_t i) { return wide ? array(i, loc) : array(int32_t(i), loc); };
  if (!Trace::current()) {
    std::vector<Array> c(init.begin(), init.end());
    for (int64_t i = lo; i < hi; ++i) {
      std::vector<Array> args{index(i)};
      args.insert(args.end(), c.begin(), c.end());
      std::vector<Array> next = body(args);
      check_same("fori_loop", "the body", next, "the carry", c, loc);
      c = std::move(next);
    }
    return c;
  }
  auto step = [&](std::span<const Array> args) { return counted(body, args, loc); };
  std::vector<Array> carries{index(lo)};
  carries.insert(carries.end(), init.begin(), init.end());
  std::vector<Array> out = scan_impl(step, carries, {}, std::max<int64_t>(hi - lo, 0), false, loc);
  out.erase(out.begin());
  return out;
}

std::vector<Array> fori_call(const Array &lo, const Array &hi, const TraceFn &body,
                             std::span<const Array> init, const std::source_location &loc) {
  for (const Array *b : {&lo, &hi})
    if (b->ndim() != 0 || is_floating(b->dtype()) || b->dtype() == DType::bool_)
      fail("fori_loop", "a loop bound must be an integer scalar, not " + describe(*b), loc);
  if (!lo.is_traced() && !hi.is_traced())
    return fori_call(lo.item<int64_t>(loc), hi.item<int64_t>(loc), body, init, loc);
  // Traced bounds: a while loop over (i, carry...).
  DType dtype = lo.dtype() == DType::i64 || hi.dtype() == DType::i64 ? DType::i64 : DType::i32;
  Array start = astype(lo, dtype, loc), stop = astype(hi, dtype, loc);
  auto test = [&](std::span<const Array> c) { return std::vector<Array>{less(c[0], stop, loc)}; };
  auto step = [&](std::span<const Array> args) { return counted(body, args, loc); };
  std::vector<Array> carries{start};
  carries.insert(carries.end(), init.begin(), init.end());
  std::vector<Array> out = while_call(test, step, carries, loc);
  out.erase(out.begin());
  return out;
}

std::vector<Array> scan_call(const TraceFn &body, std::span<const Array> init,
                             std::span<const Array> xs, bool reverse,
                             const std::source_location &loc) {
  return scan_impl(body, init, xs, scan_length(xs, loc), reverse, loc);
}

} // namespace numjit::detail
