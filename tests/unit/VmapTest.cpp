//===- VmapTest.cpp - vmap: batching == stacking f over the slices --------===//
//
// The op table: every public op (and a few compositions) as a function of
// one example, run under vmap for every placement of the batch axis (each
// axis 0..rank of every input, -1, inputs mapped along different axes, one
// input unbatched with nj::none) with batch sizes 0, 1 and 7 in f32; other
// dtypes (i32, bool, a few f64/i64/mixed) at a few placements; out_axes {1}
// or {-1} once per op. vmap(f)(xs), eagerly and under jit, must equal f
// applied eagerly to each example slice and the results stacked along
// out_axes; for batch size 0 the shape and dtype are checked. The slicing
// and stacking are done on the host, so the reference depends only on
// numjit's eager ops (OpTableTest checks those), not on one slice kernel
// per index.
//
// Then: per-example gradients (vmap(grad)), grad(vmap), vmap(vmap), multiple
// results, static arguments, jit caching, and the errors vmap reports.
//
//===----------------------------------------------------------------------===//

#include "ExpectError.h"
#include "HostTensor.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <span>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace nj = numjit;

namespace {

using namespace numjit_test;

using nj::DType;
using nj::Shape;
using Axis = std::optional<int64_t>;
using InAxes = std::vector<Axis>;

constexpr DType F32 = DType::f32, F64 = DType::f64, I32 = DType::i32, I64 = DType::i64,
                BOOL = DType::bool_;

//===----------------------------------------------------------------------===//
// Host tensors
//===----------------------------------------------------------------------===//

Shape insertAxis(Shape s, int64_t axis, int64_t size) {
  s.insert(s.begin() + axis, size);
  return s;
}

/// Example `b` of `t` along `axis` (the axis removed).
Tensor sliceAlong(const Tensor &t, int64_t axis, int64_t b) {
  Shape ex = t.shape;
  ex.erase(ex.begin() + axis);
  Tensor out{t.dtype, ex, {}};
  for (int64_t k = 0; k < numel(ex); ++k) {
    std::vector<int64_t> idx = unravel(k, ex);
    idx.insert(idx.begin() + axis, b);
    out.v.push_back(t.v[size_t(ravel(idx, t.shape))]);
  }
  return out;
}

/// The examples stacked along a new axis `axis`.
Tensor stackAlong(const std::vector<Tensor> &examples, int64_t axis) {
  const Tensor &e0 = examples[0];
  Tensor out{e0.dtype, insertAxis(e0.shape, axis, int64_t(examples.size())), {}};
  for (int64_t k = 0; k < numel(out.shape); ++k) {
    std::vector<int64_t> idx = unravel(k, out.shape);
    int64_t b = idx[size_t(axis)];
    idx.erase(idx.begin() + axis);
    out.v.push_back(examples[size_t(b)].v[size_t(ravel(idx, e0.shape))]);
  }
  return out;
}

std::string describe(const Tensor &t) {
  std::ostringstream os;
  os << shortName(t.dtype) << nj::shape_str(t.shape) << " [";
  for (size_t i = 0; i < t.v.size() && i < 24; ++i)
    os << (i ? ", " : "") << t.v[i];
  os << (t.v.size() > 24 ? ", ...]" : "]");
  return os.str();
}

bool close(double got, double want, double tol) {
  if (std::isnan(got) || std::isnan(want))
    return std::isnan(got) && std::isnan(want);
  if (std::isinf(got) || std::isinf(want))
    return got == want;
  return std::fabs(got - want) <= tol * std::max(1.0, std::fabs(want));
}

/// `got` has `want`'s dtype and shape and (unless `shape_only`) its values.
void expectMatches(const std::string &which, const nj::Array &got, const Tensor &want, double tol,
                   bool shape_only, const std::string &context) {
  EXPECT_EQ(nj::dtype_name(got.dtype()), std::string(nj::dtype_name(want.dtype)))
      << which << ": wrong dtype" << context;
  ASSERT_EQ(nj::shape_str(got.shape()), nj::shape_str(want.shape))
      << which << ": wrong shape" << context;
  if (shape_only)
    return;
  std::vector<double> g = got.to_vector<double>();
  ASSERT_EQ(g.size(), want.v.size());
  double t = isFloat(want.dtype) ? tol : 0.0;
  int bad = 0;
  std::ostringstream msg;
  for (size_t i = 0; i < g.size(); ++i)
    if (!close(g[i], want.v[i], t) && bad++ < 6)
      msg << "\n  [" << i << "] got " << g[i] << ", want " << want.v[i];
  EXPECT_EQ(bad, 0) << which << ": " << bad << " of " << g.size()
                    << " elements differ beyond tolerance " << t << msg.str() << context
                    << "\n  want " << describe(want);
}

//===----------------------------------------------------------------------===//
// The op table
//===----------------------------------------------------------------------===//

/// Random inputs: uniform in [lo, hi] (integers: the integers in it; bools:
/// 0/1); `discrete` floats are multiples of 0.5 (ties happen); `nonzero_last`
/// keeps the last input away from zero (divisors).
struct Domain {
  double lo = -3, hi = 3;
  bool discrete = false;
  bool nonzero_last = false;
};

using Ins = std::span<const nj::Array>;
using Fn = std::function<nj::Array(Ins)>;

/// One function of one example. The first dtype signature runs at every
/// placement and batch size; the others at a few placements (see allCases).
/// A signature of one dtype means that dtype for every input.
struct Record {
  std::string name;
  std::vector<Shape> shapes; ///< of one example, per input
  std::vector<std::vector<DType>> sigs;
  Fn f;
  Domain dom = {};
  double tol = 1e-5; ///< relative (absolute below 1), floats only
};

using Sigs = std::vector<std::vector<DType>>;

Record unary(std::string name, nj::Array (*op)(const nj::Array &, std::source_location), Sigs sigs,
             Domain dom = {}, Shape shape = {3, 4}) {
  return {std::move(name),
          {std::move(shape)},
          std::move(sigs),
          [op](Ins x) { return op(x[0], std::source_location::current()); },
          dom};
}

using BinaryOp = nj::Array (*)(const nj::Operand &, const nj::Operand &, std::source_location);
Record binary(std::string name, BinaryOp op, Sigs sigs, Domain dom = {},
              std::vector<Shape> shapes = {{3, 4}, {3, 4}}) {
  return {std::move(name), std::move(shapes), std::move(sigs),
          [op](Ins x) { return op(x[0], x[1], std::source_location::current()); }, dom};
}

Record one(std::string name, Shape shape, Sigs sigs, std::function<nj::Array(nj::Array)> f,
           Domain dom = {}) {
  return {
      std::move(name), {std::move(shape)}, std::move(sigs), [f](Ins x) { return f(x[0]); }, dom};
}

std::vector<Record> buildRecords() {
  std::vector<Record> r;
  const Domain pos{0.1, 4}, ties{-2, 2, true}, divisor{-5, 5, false, true};
  using RedOp = nj::Array (*)(const nj::Array &, nj::Axes, bool, std::source_location);
  auto reduce = [](RedOp op, nj::Axes axes, bool keep) {
    return [op, axes, keep](nj::Array x) {
      return op(x, axes, keep, std::source_location::current());
    };
  };

  // -- Elementwise unary.
  r.push_back(unary("negative", nj::negative, {{F32}, {I32}}));
  r.push_back(unary("exp", nj::exp, {{F32}, {I32}}));
  r.push_back(unary("log", nj::log, {{F32}}, pos));
  r.push_back(unary("sin", nj::sin, {{F32}}));
  r.push_back(unary("cos", nj::cos, {{F32}}));
  r.push_back(unary("tanh", nj::tanh, {{F32}, {F64}}));
  r.push_back(unary("sqrt", nj::sqrt, {{F32}}, pos));
  r.push_back(unary("rsqrt", nj::rsqrt, {{F32}}, pos));
  r.push_back(unary("abs", nj::abs, {{F32}, {I32}}));
  r.push_back(unary("sign", nj::sign, {{F32}, {I32}}, ties));
  r.push_back(unary("floor", nj::floor, {{F32}}));
  r.push_back(unary("sigmoid", nj::sigmoid, {{F32}}));
  r.push_back(unary("square", nj::square, {{F32}, {I32}}));
  r.push_back(unary("exp_scalar", nj::exp, {{F32}}, {}, {}));
  r.push_back(unary("sin_3x0", nj::sin, {{F32}}, {}, {3, 0}));

  // -- Elementwise binary (comparisons on ties).
  r.push_back(binary("add", nj::add, {{F32}, {I32}, {BOOL}, {F64}, {I32, F32}}));
  r.push_back(binary("subtract", nj::subtract, {{F32}, {I32}}));
  r.push_back(binary("multiply", nj::multiply, {{F32}, {I32}, {BOOL}}));
  r.push_back(binary("divide", nj::divide, {{F32}, {I32}}, divisor));
  r.push_back(binary("rem", nj::rem, {{F32}, {I32}}, divisor));
  r.push_back(binary("power", nj::power, {{F32}}, pos));
  r.push_back(binary("maximum", nj::maximum, {{F32}, {I32}, {BOOL}}, ties));
  r.push_back(binary("minimum", nj::minimum, {{F32}, {I32}}, ties));
  r.push_back(binary("equal", nj::equal, {{F32}, {I32}, {BOOL}}, ties));
  r.push_back(binary("not_equal", nj::not_equal, {{F32}, {BOOL}}, ties));
  r.push_back(binary("less", nj::less, {{F32}, {I32}}, ties));
  r.push_back(binary("less_equal", nj::less_equal, {{F32}, {I32}}, ties));
  r.push_back(binary("greater", nj::greater, {{F32}, {I32}}, ties));
  r.push_back(binary("greater_equal", nj::greater_equal, {{F32}, {I32}}, ties));
  // Broadcasting inside the example, and scalars.
  r.push_back(binary("add_3x1_1x4", nj::add, {{F32}, {I32}}, {}, {{3, 1}, {1, 4}}));
  r.push_back(binary("multiply_4_3x4", nj::multiply, {{F32}}, {}, {{4}, {3, 4}}));
  r.push_back(binary("subtract_3x4_scalar", nj::subtract, {{F32}}, {}, {{3, 4}, {}}));
  r.push_back(binary("maximum_scalar_scalar", nj::maximum, {{F32}}, ties, {{}, {}}));
  r.push_back(binary("less_2x1x4_3x1", nj::less, {{F32}}, ties, {{2, 1, 4}, {3, 1}}));
  r.push_back(binary("add_0_3x1", nj::add, {{F32}}, {}, {{0}, {3, 1}}));

  // -- where (bool condition first) and clip.
  r.push_back({"where",
               {{3, 4}, {3, 4}, {3, 4}},
               {{BOOL, F32, F32}, {BOOL, I32, I32}, {BOOL, BOOL, BOOL}},
               [](Ins x) { return nj::where(x[0], x[1], x[2]); }});
  r.push_back({"where_3x1_4_scalar", {{3, 1}, {4}, {}}, {{BOOL, F32, F32}}, [](Ins x) {
                 return nj::where(x[0], x[1], x[2]);
               }});
  r.push_back({"clip",
               {{3, 4}, {3, 4}, {3, 4}},
               {{F32}, {I32}},
               [](Ins x) { return nj::clip(x[0], x[1], x[2]); },
               ties});
  r.push_back({"clip_3x4_4_scalar",
               {{3, 4}, {4}, {}},
               {{F32}},
               [](Ins x) { return nj::clip(x[0], x[1], x[2]); },
               ties});

  // -- Weakly typed C++ scalars, a captured concrete array, a constant made
  // inside the function.
  r.push_back(
      one("add_float_scalar", {3, 4}, {{F32}, {I32}, {BOOL}}, [](nj::Array x) { return x + 1.5; }));
  r.push_back(one("int_scalar_minus", {3, 4}, {{F32}, {I32}}, [](nj::Array x) { return 2 - x; }));
  r.push_back(one(
      "clip_int_scalars", {3, 4}, {{F32}, {I32}}, [](nj::Array x) { return nj::clip(x, -1, 2); },
      ties));
  r.push_back(one(
      "greater_float_scalar", {3, 4}, {{F32}, {I32}}, [](nj::Array x) { return x > 0.5; }, ties));
  r.push_back(one("add_captured", {3, 4}, {{F32}, {I32}}, [](nj::Array x) {
    // Made from host data, so concrete even when first used inside a trace.
    static const nj::Array captured = nj::array(
        std::vector<float>{0, .25f, .5f, .75f, 1, 1.25f, 1.5f, 1.75f, 2, 2.25f, 2.5f, 3}, {3, 4});
    return x * captured + captured;
  }));
  r.push_back(one("add_inner_constant", {3, 4}, {{F32}}, [](nj::Array x) {
    return x + nj::arange(4, F32) * nj::ones({3, 1});
  }));

  // -- astype.
  r.push_back(
      one("astype_f32", {3, 4}, {{I32}, {BOOL}}, [](nj::Array x) { return nj::astype(x, F32); }));
  r.push_back(
      one("astype_i32", {3, 4}, {{F32}, {BOOL}}, [](nj::Array x) { return nj::astype(x, I32); }));
  r.push_back(one(
      "astype_bool", {3, 4}, {{F32}, {I32}}, [](nj::Array x) { return nj::astype(x, BOOL); },
      ties));
  r.push_back(one("astype_f64", {3, 4}, {{F32}}, [](nj::Array x) { return nj::astype(x, F64); }));

  // -- Reductions.
  r.push_back(one("sum_all", {3, 4}, {{F32}, {I32}, {BOOL}, {I64}}, reduce(nj::sum, {}, false)));
  r.push_back(one("sum_ax0", {3, 4}, {{F32}, {I32}}, reduce(nj::sum, 0, false)));
  r.push_back(one("sum_axm1_keep", {3, 4}, {{F32}, {BOOL}}, reduce(nj::sum, -1, true)));
  r.push_back(one("sum_ax2_0_keep_rank3", {2, 3, 4}, {{F32}}, reduce(nj::sum, {2, 0}, true)));
  r.push_back(one("prod_ax1", {3, 4}, {{F32}, {I32}}, reduce(nj::prod, 1, false), ties));
  r.push_back(one("max_all", {3, 4}, {{F32}, {I32}, {BOOL}}, reduce(nj::max, {}, false), ties));
  r.push_back(one("max_axm1_keep", {3, 4}, {{F32}, {I32}}, reduce(nj::max, -1, true), ties));
  r.push_back(one("min_ax0", {3, 4}, {{F32}, {I32}}, reduce(nj::min, 0, false), ties));
  r.push_back(one("sum_ax0_3x0", {3, 0}, {{F32}}, reduce(nj::sum, 0, false)));
  r.push_back(one("prod_axm1_3x0", {3, 0}, {{F32}}, reduce(nj::prod, -1, false)));
  r.push_back(one("min_ax0_1_rank3", {2, 3, 4}, {{F32}}, reduce(nj::min, {0, 1}, false), ties));
  r.push_back(one("mean_all", {3, 4}, {{F32}, {I32}}, reduce(nj::mean, {}, false)));
  r.push_back(one(
      "argmax_all", {3, 4}, {{F32}, {I32}, {BOOL}}, [](nj::Array x) { return nj::argmax(x); },
      ties));
  r.push_back(one(
      "argmax_ax0", {3, 4}, {{F32}, {I32}}, [](nj::Array x) { return nj::argmax(x, 0); }, ties));
  r.push_back(one(
      "argmax_axm1_keep", {3, 4}, {{F32}, {BOOL}},
      [](nj::Array x) { return nj::argmax(x, -1, true); }, ties));
  r.push_back(one(
      "argmax_ax1_rank3", {2, 3, 4}, {{F32}}, [](nj::Array x) { return nj::argmax(x, 1); }, ties));
  r.push_back(one("logsumexp_all", {3, 4}, {{F32}}, reduce(nj::logsumexp, {}, false)));
  r.push_back(one("logsumexp_axm1_keep", {3, 4}, {{F32}, {I32}}, reduce(nj::logsumexp, -1, true)));
  r.push_back(one("softmax_axm1", {3, 4}, {{F32}}, [](nj::Array x) { return nj::softmax(x); }));
  r.push_back(
      one("softmax_ax0", {3, 4}, {{F32}, {I32}}, [](nj::Array x) { return nj::softmax(x, 0); }));

  // -- Linear algebra.
  auto mm = [](Ins x) { return nj::matmul(x[0], x[1]); };
  auto dt = [](Ins x) { return nj::dot(x[0], x[1]); };
  r.push_back({"matmul_4_4", {{4}, {4}}, {{F32}, {I32}}, mm});
  r.push_back({"matmul_2x3_3x4", {{2, 3}, {3, 4}}, {{F32}, {I32}, {I32, F32}}, mm});
  r.push_back({"matmul_3x4_4", {{3, 4}, {4}}, {{F32}}, mm});
  r.push_back({"matmul_4_4x3", {{4}, {4, 3}}, {{F32}}, mm});
  r.push_back({"matmul_2x3x4_2x4x5", {{2, 3, 4}, {2, 4, 5}}, {{F32}}, mm});
  r.push_back({"matmul_2x1x3x4_5x4x2", {{2, 1, 3, 4}, {5, 4, 2}}, {{F32}}, mm});
  r.push_back({"matmul_3x0_0x4", {{3, 0}, {0, 4}}, {{F32}}, mm});
  r.push_back({"dot_4_4", {{4}, {4}}, {{F32}, {I32}}, dt});
  r.push_back({"dot_2x3_3x4", {{2, 3}, {3, 4}}, {{F32}}, dt});
  r.push_back({"dot_2x3_4x3x5", {{2, 3}, {4, 3, 5}}, {{F32}}, dt});
  r.push_back({"dot_scalar_3x4", {{}, {3, 4}}, {{F32}}, dt});

  // -- Shapes.
  const Sigs shapeSigs = {{F32}, {I32}, {BOOL}};
  r.push_back(one("reshape_3x4_to_4x3", {3, 4}, shapeSigs, [](nj::Array x) {
    return nj::reshape(x, {4, 3});
  }));
  r.push_back(one("reshape_2x3x4_to_4xm1x2", {2, 3, 4}, {{F32}}, [](nj::Array x) {
    return nj::reshape(x, {4, -1, 2});
  }));
  r.push_back(one("reshape_scalar_to_1x1", {}, {{F32}}, [](nj::Array x) {
    return nj::reshape(x, {1, 1});
  }));
  r.push_back(
      one("reshape_1_to_scalar", {1}, {{F32}}, [](nj::Array x) { return nj::reshape(x, {}); }));
  r.push_back(
      one("transpose_3x4", {3, 4}, shapeSigs, [](nj::Array x) { return nj::transpose(x); }));
  r.push_back(one("transpose_2x3x4_perm201", {2, 3, 4}, {{F32}}, [](nj::Array x) {
    return nj::transpose(x, {2, 0, 1});
  }));
  r.push_back(one("transpose_2x3x4_permm1_0_1", {2, 3, 4}, {{F32}}, [](nj::Array x) {
    return nj::transpose(x, {-1, 0, 1});
  }));
  r.push_back(one("expand_dims_ax0", {3, 4}, {{F32}, {I32}},
                  [](nj::Array x) { return nj::expand_dims(x, 0); }));
  r.push_back(one("expand_dims_axm1", {3, 4}, {{F32}, {BOOL}},
                  [](nj::Array x) { return nj::expand_dims(x, -1); }));
  r.push_back(
      one("expand_dims_scalar", {}, {{F32}}, [](nj::Array x) { return nj::expand_dims(x, 0); }));
  // squeeze(x) of the example must not drop a batch axis of size 1.
  r.push_back(
      one("squeeze_all", {1, 3, 1, 4}, {{F32}, {I32}}, [](nj::Array x) { return nj::squeeze(x); }));
  r.push_back(one("squeeze_ax0_m2", {1, 3, 1, 4}, {{F32}, {BOOL}}, [](nj::Array x) {
    return nj::squeeze(x, {0, -2});
  }));
  r.push_back(one("broadcast_to_4_to_3x4", {4}, {{F32}, {I32}}, [](nj::Array x) {
    return nj::broadcast_to(x, {3, 4});
  }));
  r.push_back(one("broadcast_to_3x1_to_2x3x4", {3, 1}, {{F32}, {BOOL}}, [](nj::Array x) {
    return nj::broadcast_to(x, {2, 3, 4});
  }));
  r.push_back(one("broadcast_to_scalar_to_2x3", {}, {{F32}}, [](nj::Array x) {
    return nj::broadcast_to(x, {2, 3});
  }));
  auto cat = [](int64_t axis) {
    return
        [axis](Ins x) { return nj::concatenate(std::vector<nj::Array>(x.begin(), x.end()), axis); };
  };
  r.push_back({"concatenate_2x3_4x3_ax0", {{2, 3}, {4, 3}}, {{F32}, {I32}, {I32, F32}}, cat(0)});
  r.push_back({"concatenate_2x3_2x1_ax1", {{2, 3}, {2, 1}}, {{F32}, {BOOL}}, cat(1)});
  r.push_back({"concatenate_2x3_2x2_2x1_axm1", {{2, 3}, {2, 2}, {2, 1}}, {{F32}}, cat(-1)});
  r.push_back(one("slice_5_1to4", {5}, {{F32}, {BOOL}},
                  [](nj::Array x) { return nj::slice(x, {1}, {4}); }));
  r.push_back(one("slice_3x4_strided", {3, 4}, {{F32}, {I32}}, [](nj::Array x) {
    return nj::slice(x, {1, 0}, {3, 4}, {1, 3});
  }));
  r.push_back(one("slice_2x3x4_strided", {2, 3, 4}, {{F32}}, [](nj::Array x) {
    return nj::slice(x, {0, 1, 1}, {2, 3, 4}, {1, 1, 2});
  }));
  r.push_back(one("slice_3x4_empty", {3, 4}, {{F32}}, [](nj::Array x) {
    return nj::slice(x, {1, 0}, {1, 4});
  }));

  // -- Compositions.
  r.push_back({"dense_tanh", {{4}, {4, 3}, {3}}, {{F32}}, [](Ins x) {
                 return nj::tanh(nj::matmul(x[0], x[1]) + x[2]);
               }});
  r.push_back(one("normalize_rows", {3, 4}, {{F32}}, [](nj::Array x) {
    nj::Array c = x - nj::mean(x, -1, true);
    return c * nj::rsqrt(nj::mean(nj::square(c), -1, true) + 1e-3f);
  }));
  r.push_back(
      one("gram", {3, 4}, {{F32}}, [](nj::Array x) { return nj::matmul(x, nj::transpose(x)); }));
  r.push_back(one("softmax_cross_entropy", {3, 4}, {{F32}}, [](nj::Array x) {
    return nj::sum(nj::log(nj::softmax(x)) * nj::slice(nj::softmax(x), {0, 0}, {1, 4}));
  }));
  r.push_back(
      one("where_relu", {3, 4}, {{F32}}, [](nj::Array x) { return nj::where(x > 0, x, 0.0f); }));
  r.push_back(one("argmax_onehot", {3, 4}, {{F32}}, [](nj::Array x) {
    return nj::equal(nj::expand_dims(nj::argmax(x, -1), -1), nj::arange(4));
  }));
  return r;
}

const std::vector<Record> &records() {
  static const std::vector<Record> r = buildRecords();
  return r;
}

//===----------------------------------------------------------------------===//
// Expansion: placements x batch sizes x dtypes
//===----------------------------------------------------------------------===//

struct Placement {
  std::string label;
  InAxes axes;
};

std::string axisLabel(int64_t a) { return a < 0 ? "m" + std::to_string(-a) : std::to_string(a); }

/// Where the batch axis goes in each input: every axis 0..rank (the same
/// position in every input, clamped to its rank), -1 (and -(rank+1)), inputs
/// mapped along different axes (0 and -1 in turn), and each input unbatched
/// while the others are mapped along -1 or 0 (in turn).
std::vector<Placement> placements(const std::vector<Shape> &shapes) {
  size_t n = shapes.size();
  int64_t maxRank = 0;
  for (const Shape &s : shapes)
    maxRank = std::max(maxRank, int64_t(s.size()));
  std::vector<Placement> out;
  for (int64_t k = 0; k <= maxRank; ++k) {
    InAxes a;
    for (const Shape &s : shapes)
      a.push_back(std::min(k, int64_t(s.size())));
    out.push_back({"ax" + std::to_string(k), a});
  }
  out.push_back({"axm1", InAxes(n, int64_t(-1))});
  if (n == 1) {
    int64_t r = int64_t(shapes[0].size());
    if (r >= 1)
      out.push_back({"axm" + std::to_string(r + 1), {-(r + 1)}});
    return out;
  }
  InAxes mixed;
  for (size_t i = 0; i < n; ++i)
    mixed.push_back(i % 2 ? int64_t(-1) : int64_t(0));
  out.push_back({"ax0m1", mixed});
  for (size_t i = 0; i < n; ++i) {
    int64_t other = i % 2 ? 0 : -1;
    InAxes a(n, other);
    a[i] = nj::none;
    out.push_back({"none" + std::to_string(i) + "_ax" + axisLabel(other), a});
  }
  return out;
}

/// One vmap call of a record's function.
struct VmapRun {
  std::string label; ///< placement, batch size, out_axes
  InAxes in_axes;
  std::vector<int64_t> out_axes; ///< empty: the default (0)
  int64_t batch;
};

/// One test: a record with one dtype signature and the vmap calls it is
/// checked with (grouped so that one test process shares the reference's
/// eager kernels between its runs; a failure names its run).
struct Case {
  size_t record;
  std::vector<DType> dtypes; ///< one per input
  std::vector<VmapRun> runs;
  std::string name;
};
void PrintTo(const Case &c, std::ostream *os) { *os << c.name; }

std::vector<Case> allCases() {
  std::vector<Case> out;
  const auto &recs = records();
  for (size_t ri = 0; ri < recs.size(); ++ri) {
    const Record &rec = recs[ri];
    std::vector<Placement> ps = placements(rec.shapes);
    auto find = [&](const std::string &label) -> const Placement & {
      for (const Placement &p : ps)
        if (p.label == label)
          return p;
      return ps.front();
    };
    for (size_t si = 0; si < rec.sigs.size(); ++si) {
      std::vector<DType> dts = rec.sigs[si];
      std::string dn;
      for (DType d : dts)
        dn += shortName(d);
      if (dts.size() == 1)
        dts.assign(rec.shapes.size(), dts[0]);
      std::vector<VmapRun> runs;
      auto add = [&](const Placement &p, int64_t b, std::vector<int64_t> outAxes = {}) {
        std::string label = p.label + "_B" + std::to_string(b);
        for (int64_t o : outAxes)
          label += "_out" + axisLabel(o);
        runs.push_back({label, p.axes, std::move(outAxes), b});
      };
      if (si == 0) {
        // Every placement with batch sizes 7, 1 and 0.
        for (const Placement &p : ps)
          for (int64_t b : {7, 1, 0})
            add(p, b);
        // out_axes: the result's batch axis at -1 or, in turn, at 1 (where
        // the result has no axis 1, that must be an error).
        if (ri % 2)
          add(find("ax0"), 7, {-1});
        else
          add(find("axm1"), 7, {1});
      } else {
        // Other dtypes: batch axis first and last, and (for several inputs)
        // the first input unbatched.
        add(find("ax0"), 7);
        add(find("ax0"), 1);
        add(find("axm1"), 7);
        if (rec.shapes.size() > 1)
          add(find("none0_axm1"), 7);
      }
      out.push_back({ri, dts, std::move(runs), rec.name + "_" + dn});
    }
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Running one case
//===----------------------------------------------------------------------===//

uint64_t fnv1a(const std::string &s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s)
    h = (h ^ c) * 1099511628211ull;
  return h;
}

Tensor randomTensor(DType d, const Shape &shape, const Domain &dom, bool nonzero,
                    std::mt19937_64 &rng) {
  Tensor t{d, shape, {}};
  auto uniformInt = [&](int64_t lo, int64_t hi) {
    return lo + int64_t(rng() % uint64_t(hi - lo + 1));
  };
  for (int64_t k = 0; k < numel(shape); ++k) {
    double x = 0;
    do {
      if (d == BOOL) {
        x = double(rng() & 1);
      } else if (!isFloat(d)) {
        x = double(uniformInt(int64_t(std::ceil(dom.lo)), int64_t(std::floor(dom.hi))));
      } else if (dom.discrete) {
        x = 0.5 *
            double(uniformInt(int64_t(std::ceil(2 * dom.lo)), int64_t(std::floor(2 * dom.hi))));
      } else {
        x = dom.lo + (dom.hi - dom.lo) * double(rng() >> 11) * 0x1p-53;
        if (d == F32)
          x = double(float(x));
      }
    } while (nonzero && std::fabs(x) < (isFloat(d) ? 0.25 : 1));
    t.v.push_back(x);
  }
  return t;
}

template <size_t> using ArrayT = nj::Array;

/// f as a callable of exactly N Arrays (vmap and jit want fixed arities).
template <size_t N> auto fixed(const Fn &f) {
  return [&f]<size_t... I>(std::index_sequence<I...>) {
    return [&f](ArrayT<I>... xs) {
      nj::Array v[] = {xs...};
      return f(v);
    };
  }
  (std::make_index_sequence<N>());
}

template <size_t N> auto callN(const auto &g, const std::vector<nj::Array> &v) {
  return [&]<size_t... I>(std::index_sequence<I...>) { return g(v[I]...); }
  (std::make_index_sequence<N>());
}

/// vmap(f, in_axes, out_axes)(xs), eagerly and under jit (called twice; the
/// second call must not compile).
template <size_t N>
std::pair<nj::Array, nj::Array> runVmap(const Fn &f, const InAxes &in,
                                        const std::vector<int64_t> &out,
                                        const std::vector<nj::Array> &xs) {
  auto v = nj::vmap(fixed<N>(f), in, out);
  nj::Array eager = callN<N>(v, xs);
  auto j = nj::jit(v);
  nj::Array jitted = callN<N>(j, xs);
  uint64_t compiles = nj::num_compiles();
  nj::Array again = callN<N>(j, xs);
  EXPECT_EQ(nj::num_compiles(), compiles) << "the second jit(vmap) call compiled again";
  EXPECT_EQ(again.to_vector<double>(), jitted.to_vector<double>());
  return {eager, jitted};
}

/// vmap(f) for one run must throw (an out axis the result does not have),
/// eagerly and under jit.
template <size_t N>
void expectOutAxisError(const Fn &f, const VmapRun &run, const std::vector<nj::Array> &xs) {
  auto v = nj::vmap(fixed<N>(f), run.in_axes, run.out_axes);
  for (bool jit : {false, true}) {
    try {
      (void)(jit ? callN<N>(nj::jit(v), xs) : callN<N>(v, xs));
      ADD_FAILURE() << (jit ? "jit: " : "eager: ") << "expected an error for out_axes "
                    << run.out_axes[0];
    } catch (const nj::Error &e) {
      EXPECT_NE(std::string(e.what()).find("out of range for output 0"), std::string::npos)
          << e.what();
    }
  }
}

void checkRun(const Record &rec, const std::vector<DType> &dtypes, const VmapRun &run,
              const std::string &seed) {
  const size_t n = rec.shapes.size();
  std::mt19937_64 rng(fnv1a(seed));

  // Batched inputs, and the axis each is mapped along (normalized).
  std::vector<Tensor> host;
  std::vector<nj::Array> xs;
  std::vector<Axis> axes;
  std::string context;
  for (size_t i = 0; i < n; ++i) {
    bool nonzero = rec.dom.nonzero_last && i + 1 == n;
    Axis a = run.in_axes[i];
    if (a && *a < 0)
      *a += int64_t(rec.shapes[i].size()) + 1;
    Shape s = a ? insertAxis(rec.shapes[i], *a, run.batch) : rec.shapes[i];
    host.push_back(randomTensor(dtypes[i], s, rec.dom, nonzero, rng));
    xs.push_back(toArray(host.back()));
    axes.push_back(a);
    context += "\n  input " + std::to_string(i) + " (in_axes " +
               (run.in_axes[i] ? std::to_string(*run.in_axes[i]) : std::string("none")) + ") " +
               describe(host.back());
  }

  // The reference: f on each example, stacked along the out axis.
  std::vector<Tensor> results;
  if (run.batch == 0) {
    // Only the shape and dtype: from f on one example of zeros.
    std::vector<nj::Array> ex;
    for (size_t i = 0; i < n; ++i)
      ex.push_back(axes[i] ? nj::zeros(rec.shapes[i], dtypes[i]) : xs[i]);
    Tensor t = toTensor(rec.f(ex));
    results.push_back({t.dtype, t.shape, {}});
  }
  for (int64_t b = 0; b < run.batch; ++b) {
    std::vector<nj::Array> ex;
    for (size_t i = 0; i < n; ++i)
      ex.push_back(axes[i] ? toArray(sliceAlong(host[i], *axes[i], b)) : xs[i]);
    results.push_back(toTensor(rec.f(ex)));
  }
  int64_t outAxis = run.out_axes.empty() ? 0 : run.out_axes[0];
  int64_t outRank = int64_t(results[0].shape.size()) + 1;
  if (outAxis < 0)
    outAxis += outRank;
  bool outOfRange = outAxis < 0 || outAxis >= outRank;
  Tensor want{F32, {}, {}};
  if (!outOfRange)
    want = run.batch == 0 ? Tensor{results[0].dtype, insertAxis(results[0].shape, outAxis, 0), {}}
                          : stackAlong(results, outAxis);

  std::pair<nj::Array, nj::Array> got;
  switch (n) {
  case 1:
    if (outOfRange)
      return expectOutAxisError<1>(rec.f, run, xs);
    got = runVmap<1>(rec.f, run.in_axes, run.out_axes, xs);
    break;
  case 2:
    if (outOfRange)
      return expectOutAxisError<2>(rec.f, run, xs);
    got = runVmap<2>(rec.f, run.in_axes, run.out_axes, xs);
    break;
  case 3:
    if (outOfRange)
      return expectOutAxisError<3>(rec.f, run, xs);
    got = runVmap<3>(rec.f, run.in_axes, run.out_axes, xs);
    break;
  default:
    FAIL() << "unsupported arity " << n;
  }
  expectMatches("eager vmap", got.first, want, rec.tol, run.batch == 0, context);
  expectMatches("jit(vmap)", got.second, want, rec.tol, run.batch == 0, context);
}

class VmapOp : public ::testing::TestWithParam<Case> {};

TEST_P(VmapOp, EqualsStackedSlices) {
  const Case &c = GetParam();
  const Record &rec = records()[c.record];
  for (const VmapRun &run : c.runs) {
    SCOPED_TRACE(c.name + " " + run.label);
    checkRun(rec, c.dtypes, run, c.name + "_" + run.label);
  }
}

INSTANTIATE_TEST_SUITE_P(Ops, VmapOp, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<Case> &info) {
                           return info.param.name;
                         });

//===----------------------------------------------------------------------===//
// Transforms composed with vmap
//===----------------------------------------------------------------------===//

void expectClose(const nj::Array &got, const nj::Array &want, double tol = 1e-5,
                 const std::string &what = "") {
  ASSERT_EQ(nj::shape_str(got.shape()), nj::shape_str(want.shape())) << what;
  EXPECT_EQ(got.dtype(), want.dtype()) << what;
  std::vector<double> g = got.to_vector<double>(), w = want.to_vector<double>();
  for (size_t i = 0; i < g.size(); ++i)
    EXPECT_TRUE(close(g[i], w[i], tol))
        << what << " [" << i << "] got " << g[i] << ", want " << w[i];
}

nj::Array randomArray(const Shape &shape, uint64_t seed, double lo = -1, double hi = 1) {
  std::mt19937_64 rng(seed);
  return toArray(randomTensor(F32, shape, {lo, hi}, false, rng));
}

/// Row i of a 2-d (or higher) array, on the host.
nj::Array row(const nj::Array &a, int64_t i, int64_t axis = 0) {
  return toArray(sliceAlong(toTensor(a), axis, i));
}

nj::Array stack(const std::vector<nj::Array> &rows, int64_t axis = 0) {
  std::vector<Tensor> ts;
  for (const nj::Array &r : rows)
    ts.push_back(toTensor(r));
  return toArray(stackAlong(ts, axis));
}

// A tiny MLP 3 -> 4 -> 1 with all weights in one flat vector.
constexpr int64_t kIn = 3, kHidden = 4, kWeights = kIn * kHidden + kHidden + kHidden + 1;

nj::Array mlp(nj::Array w, nj::Array x) {
  nj::Array w1 = nj::reshape(nj::slice(w, {0}, {kIn * kHidden}), {kIn, kHidden});
  nj::Array b1 = nj::slice(w, {kIn * kHidden}, {kIn * kHidden + kHidden});
  nj::Array w2 = nj::slice(w, {kIn * kHidden + kHidden}, {kWeights - 1});
  nj::Array b2 = nj::reshape(nj::slice(w, {kWeights - 1}, {kWeights}), {});
  return nj::dot(nj::tanh(nj::matmul(x, w1) + b1), w2) + b2;
}

nj::Array mlpLoss(nj::Array w, nj::Array x, nj::Array y) { return nj::square(mlp(w, x) - y); }

/// The gradient of mlpLoss with respect to w, derived by hand and computed
/// on the host in double (independent of numjit's grad).
nj::Array hostMlpGrad(const nj::Array &wa, const nj::Array &xa, const nj::Array &ya) {
  std::vector<double> w = wa.to_vector<double>(), x = xa.to_vector<double>(), g(kWeights);
  const double *W1 = &w[0], *b1 = &w[kIn * kHidden], *w2 = &w[kIn * kHidden + kHidden];
  double out = w[kWeights - 1], h[kHidden];
  for (int64_t j = 0; j < kHidden; ++j) {
    double pre = b1[j];
    for (int64_t i = 0; i < kIn; ++i)
      pre += x[i] * W1[i * kHidden + j];
    h[j] = std::tanh(pre);
    out += h[j] * w2[j];
  }
  double dout = 2 * (out - ya.item<double>());
  for (int64_t j = 0; j < kHidden; ++j) {
    double dpre = dout * w2[j] * (1 - h[j] * h[j]);
    for (int64_t i = 0; i < kIn; ++i)
      g[i * kHidden + j] = x[i] * dpre;
    g[kIn * kHidden + j] = dpre;
    g[kIn * kHidden + kHidden + j] = dout * h[j];
  }
  g[kWeights - 1] = dout;
  return nj::array(std::vector<float>(g.begin(), g.end()), {kWeights});
}

nj::Array linearLoss(nj::Array w, nj::Array x, nj::Array y) {
  return nj::sum(nj::square(nj::tanh(nj::dot(x, w)) - y));
}

TEST(VmapGrad, PerExampleGradientsOfAnMLP) {
  const int64_t B = 6;
  nj::Array w = randomArray({kWeights}, 1);
  nj::Array xs = randomArray({B, kIn}, 2, -2, 2);
  nj::Array ys = randomArray({B}, 3);

  std::vector<nj::Array> loop, host;
  for (int64_t i = 0; i < B; ++i) {
    loop.push_back(nj::grad(mlpLoss)(w, row(xs, i), row(ys, i)));
    host.push_back(hostMlpGrad(w, row(xs, i), row(ys, i)));
  }
  nj::Array want = stack(loop);
  // The loop itself, against the gradient derived by hand: a failure here is
  // in grad, not in vmap.
  expectClose(want, stack(host), 1e-4, "grad(mlpLoss) per example vs. by hand");

  auto perExample = nj::vmap(nj::grad(mlpLoss), {nj::none, 0, 0});
  expectClose(perExample(w, xs, ys), want, 1e-5, "eager");
  auto jitted = nj::jit(perExample);
  expectClose(jitted(w, xs, ys), want, 1e-5, "jit");
  uint64_t compiles = nj::num_compiles();
  expectClose(jitted(w, xs, ys), want, 1e-5, "jit, second call");
  EXPECT_EQ(nj::num_compiles(), compiles);

  // Examples along axis 1 of xs, the gradients stacked along axis 1.
  nj::Array xsT = nj::transpose(xs);
  auto columns = nj::jit(nj::vmap(nj::grad(mlpLoss), {nj::none, 1, -1}, {1}));
  expectClose(columns(w, xsT, ys), stack(loop, 1), 1e-5, "in_axes {none, 1, -1}, out_axes {1}");

  // Same per-example gradients, summed, are the gradient of the batch loss.
  // (mlp broadcasts over a batch of rows by itself.)
  auto batchLoss = [](nj::Array w, nj::Array xs, nj::Array ys) {
    return nj::sum(nj::square(mlp(w, xs) - ys));
  };
  expectClose(nj::sum(perExample(w, xs, ys), 0), nj::grad(batchLoss)(w, xs, ys), 1e-5,
              "sum of per-example gradients");
}

TEST(VmapGrad, PerExampleGradientsOfALinearTanhModel) {
  const int64_t B = 7, D = 5;
  nj::Array w = randomArray({D}, 4);
  nj::Array xs = randomArray({B, D}, 5, -2, 2);
  nj::Array ys = randomArray({B}, 6);
  std::vector<nj::Array> loop;
  for (int64_t i = 0; i < B; ++i)
    loop.push_back(nj::grad(linearLoss)(w, row(xs, i), row(ys, i)));
  auto pex = nj::jit(nj::vmap(nj::grad(linearLoss), {nj::none, 0, 0}));
  expectClose(pex(w, xs, ys), stack(loop), 1e-5);
  // Also: value and gradient together, per example.
  auto vg = nj::vmap(nj::value_and_grad(linearLoss), {nj::none, 0, 0});
  auto [values, grads] = vg(w, xs, ys);
  expectClose(grads, stack(loop), 1e-5, "value_and_grad: grads");
  std::vector<nj::Array> losses;
  for (int64_t i = 0; i < B; ++i)
    losses.push_back(linearLoss(w, row(xs, i), row(ys, i)));
  expectClose(values, stack(losses), 1e-5, "value_and_grad: values");
}

TEST(VmapGrad, GradientOfABatchedArgument) {
  // vmap(grad(f)) with the differentiated argument mapped.
  nj::Array xs = randomArray({4, 3}, 7, -2, 2);
  auto f = [](nj::Array x) { return nj::sum(nj::tanh(x) * nj::arange(3, F32)); };
  std::vector<nj::Array> loop;
  for (int64_t i = 0; i < 4; ++i)
    loop.push_back(nj::grad(f)(row(xs, i)));
  expectClose(nj::vmap(nj::grad(f))(xs), stack(loop), 1e-5, "eager");
  expectClose(nj::jit(nj::vmap(nj::grad(f)))(xs), stack(loop), 1e-5, "jit");
  expectClose(nj::jit(nj::vmap(nj::grad(f), {1}, {1}))(nj::transpose(xs)),
              nj::transpose(stack(loop)), 1e-5, "axis 1");
}

TEST(VmapGrad, GradOfAFunctionThatCallsVmap) {
  const int64_t B = 5;
  nj::Array w = randomArray({kWeights}, 8);
  nj::Array xs = randomArray({B, kIn}, 9, -2, 2);
  nj::Array ys = randomArray({B}, 10);
  auto total = [](nj::Array w, nj::Array xs, nj::Array ys) {
    return nj::mean(nj::vmap(mlpLoss, {nj::none, 0, 0})(w, xs, ys));
  };
  nj::Array want = nj::zeros({kWeights});
  for (int64_t i = 0; i < B; ++i)
    want = want + nj::grad(mlpLoss)(w, row(xs, i), row(ys, i));
  want = want / float(B);
  expectClose(nj::grad(total)(w, xs, ys), want, 1e-5, "eager grad(vmap)");
  expectClose(nj::jit(nj::grad(total))(w, xs, ys), want, 1e-5, "jit(grad(vmap))");
  // With respect to the mapped argument: each row's gradient.
  std::vector<nj::Array> rows;
  for (int64_t i = 0; i < B; ++i)
    rows.push_back(std::get<1>(nj::grad(mlpLoss, {0, 1})(w, row(xs, i), row(ys, i))) / float(B));
  expectClose(std::get<1>(nj::grad(total, {0, 1})(w, xs, ys)), stack(rows), 1e-5,
              "gradient with respect to the mapped argument");
  // jvp through vmap: directional derivative of the per-example losses.
  nj::Array t = randomArray({kWeights}, 11);
  auto perLoss = [&](nj::Array w) { return nj::vmap(mlpLoss, {nj::none, 0, 0})(w, xs, ys); };
  auto [val, dval] = nj::jvp(perLoss, {w}, {t});
  std::vector<nj::Array> dl;
  for (int64_t i = 0; i < B; ++i)
    dl.push_back(nj::sum(nj::grad(mlpLoss)(w, row(xs, i), row(ys, i)) * t));
  expectClose(dval, stack(dl), 1e-5, "jvp(vmap)");
}

TEST(VmapNested, PairwiseDistances) {
  nj::Array a = randomArray({4, 3}, 12), b = randomArray({5, 3}, 13);
  auto d = [](nj::Array x, nj::Array y) { return nj::sum(nj::square(x - y)); };
  auto pairwise = nj::vmap(nj::vmap(d, {nj::none, 0}), {0, nj::none});
  std::vector<nj::Array> rows;
  for (int64_t i = 0; i < 4; ++i) {
    std::vector<nj::Array> cols;
    for (int64_t j = 0; j < 5; ++j)
      cols.push_back(d(row(a, i), row(b, j)));
    rows.push_back(stack(cols));
  }
  nj::Array want = stack(rows);
  expectClose(pairwise(a, b), want, 1e-5, "eager");
  expectClose(nj::jit(pairwise)(a, b), want, 1e-5, "jit");
  // The outer map over b's rows, stacked along axis 1, gives the same.
  auto swapped = nj::vmap(nj::vmap(d, {0, nj::none}), {nj::none, 0}, {1});
  expectClose(nj::jit(swapped)(a, b), want, 1e-5, "outer over b, out_axes {1}");
}

TEST(VmapNested, TwoMappedAxesOfOneArray) {
  // vmap over axis 2 of (2, 3, 4) outside, over axis 0 of the (2, 3) slices
  // inside: result[k, i] = f(x[i, :, k]).
  nj::Array x = randomArray({2, 3, 4}, 14);
  auto f = [](nj::Array v) { return nj::sum(v * nj::arange(3, F32)) + nj::max(v); };
  auto nested = nj::vmap(nj::vmap(f, {0}), {2});
  Tensor host = toTensor(x);
  std::vector<nj::Array> outer;
  for (int64_t k = 0; k < 4; ++k) {
    Tensor slab = sliceAlong(host, 2, k);
    std::vector<nj::Array> inner;
    for (int64_t i = 0; i < 2; ++i)
      inner.push_back(f(toArray(sliceAlong(slab, 0, i))));
    outer.push_back(stack(inner));
  }
  expectClose(nested(x), stack(outer), 1e-5, "eager");
  expectClose(nj::jit(nested)(x), stack(outer), 1e-5, "jit");
  // Three levels: every element, its square.
  auto elementwise = nj::vmap(nj::vmap(nj::vmap([](nj::Array s) { return s * s; })));
  expectClose(nj::jit(elementwise)(x), nj::square(x), 1e-6, "three levels");
}

TEST(VmapNested, GradOfNestedVmap) {
  nj::Array a = randomArray({3, 2}, 15), b = randomArray({4, 2}, 16);
  auto d = [](nj::Array x, nj::Array y) { return nj::sum(nj::square(x - y)); };
  auto total = [&](nj::Array x) {
    return nj::sum(nj::vmap(nj::vmap(d, {nj::none, 0}), {0, nj::none})(x, b));
  };
  // d/dx_i sum_j |x_i - b_j|^2 = 2 * sum_j (x_i - b_j).
  std::vector<nj::Array> rows;
  for (int64_t i = 0; i < 3; ++i) {
    nj::Array g = nj::zeros({2});
    for (int64_t j = 0; j < 4; ++j)
      g = g + 2.0f * (row(a, i) - row(b, j));
    rows.push_back(g);
  }
  expectClose(nj::jit(nj::grad(total))(a), stack(rows), 1e-5);
}

//===----------------------------------------------------------------------===//
// Results, static arguments, caching
//===----------------------------------------------------------------------===//

TEST(VmapMisc, SeveralResultsWithTheirOwnOutAxes) {
  nj::Array x = randomArray({5, 3}, 17);
  auto f = [](nj::Array v) { return std::make_tuple(v * 2.0f, nj::sum(v), nj::expand_dims(v, 0)); };
  std::vector<nj::Array> r0, r1, r2;
  for (int64_t i = 0; i < 5; ++i) {
    auto [a, b, c] = f(row(x, i));
    r0.push_back(a);
    r1.push_back(b);
    r2.push_back(c);
  }
  for (bool jit : {false, true}) {
    std::string what = jit ? "jit " : "eager ";
    auto v = nj::vmap(f, {0}, {1, 0, -1});
    auto [a, b, c] = jit ? nj::jit(v)(x) : v(x);
    expectClose(a, stack(r0, 1), 1e-6, what + "result 0, out axis 1");
    expectClose(b, stack(r1, 0), 1e-6, what + "result 1, out axis 0");
    expectClose(c, stack(r2, 2), 1e-6, what + "result 2, out axis -1");
    // One out_axes entry for all results.
    auto w = nj::vmap(f, {0}, {-1});
    auto [d, e, g] = jit ? nj::jit(w)(x) : w(x);
    expectClose(d, stack(r0, 1), 1e-6, what + "shared out axis -1, result 0");
    expectClose(e, stack(r1, 0), 1e-6, what + "shared out axis -1, result 1");
    expectClose(g, stack(r2, 2), 1e-6, what + "shared out axis -1, result 2");
  }
  // A std::vector<Array> result.
  auto vec = nj::vmap([](nj::Array v) { return std::vector<nj::Array>{v + 1.0f, nj::max(v)}; });
  std::vector<nj::Array> got = vec(x);
  ASSERT_EQ(got.size(), 2u);
  expectClose(got[0], x + 1.0f, 1e-6, "vector result 0");
  expectClose(got[1], nj::max(x, 1), 1e-6, "vector result 1");
}

TEST(VmapMisc, UnbatchedResultsAreBroadcast) {
  // A result that depends on no mapped input still gets the batch axis.
  nj::Array xs = randomArray({4, 3}, 18), c = randomArray({2}, 19);
  auto f = [](nj::Array, nj::Array k) { return std::make_pair(k * 2.0f, nj::ones({3}, I32)); };
  for (bool jit : {false, true}) {
    auto v = nj::vmap(f, {0, nj::none}, {0, 1});
    auto [a, b] = jit ? nj::jit(v)(xs, c) : v(xs, c);
    expectClose(a, nj::broadcast_to(c * 2.0f, {4, 2}), 1e-6, "broadcast argument");
    expectClose(b, nj::ones({3, 4}, I32), 0, "broadcast constant, out axis 1");
  }
  // Returning the unbatched argument itself.
  auto second = [](nj::Array, nj::Array k) { return k; };
  expectClose(nj::vmap(second, {0, nj::none})(xs, c), nj::broadcast_to(c, {4, 2}), 0,
              "unbatched argument returned");
  expectClose(nj::jit(nj::vmap(second, {1, nj::none}, {-1}))(xs, c),
              nj::broadcast_to(nj::expand_dims(c, 1), {2, 3}), 0,
              "unbatched argument returned, jit, out axis -1");
  // The identity maps the batch axis to out_axes.
  nj::Array x3 = randomArray({2, 3, 4}, 20);
  auto id = [](nj::Array v) { return v; };
  expectClose(nj::vmap(id, {2}, {0})(x3), nj::transpose(x3, {2, 0, 1}), 0, "identity 2 -> 0");
  expectClose(nj::vmap(id, {0}, {-1})(x3), nj::transpose(x3, {1, 2, 0}), 0, "identity 0 -> -1");
  expectClose(nj::jit(nj::vmap(id, {1}, {1}))(x3), x3, 0, "identity 1 -> 1");
}

TEST(VmapMisc, ComposesWithJitAndJvpInside) {
  nj::Array xs = randomArray({4, 3}, 28);
  auto f = nj::jit([](nj::Array v) { return nj::sum(nj::exp(v) * v); });
  std::vector<nj::Array> rows;
  for (int64_t i = 0; i < 4; ++i)
    rows.push_back(f(row(xs, i)));
  expectClose(nj::vmap(f)(xs), stack(rows), 1e-5, "vmap(jit(f))");
  expectClose(nj::jit(nj::vmap(f))(xs), stack(rows), 1e-5, "jit(vmap(jit(f)))");
  // vmap of a forward-mode derivative: d/dt sin(x + t) = cos(x).
  auto dsin = [](nj::Array v) {
    return nj::jvp([](nj::Array q) { return nj::sin(q); }, {v}, {nj::ones_like(v)}).second;
  };
  expectClose(nj::vmap(dsin)(xs), nj::cos(xs), 1e-5, "vmap(jvp)");
  expectClose(nj::jit(nj::vmap(dsin, {1}, {1}))(xs), nj::cos(xs), 1e-5, "jit(vmap(jvp)), axis 1");
}

TEST(VmapMisc, ClosureOverAValueOfTheEnclosingTrace) {
  // Inside jit, the mapped function closes over a traced value (unbatched).
  nj::Array xs = randomArray({4, 3}, 29), b = randomArray({3}, 30);
  auto f = nj::jit([](nj::Array a, nj::Array bias) {
    return nj::vmap([&](nj::Array r) { return nj::tanh(r + bias); })(a);
  });
  expectClose(f(xs, b), nj::tanh(xs + b), 1e-5);
  // And over a concrete array outside any trace.
  expectClose(nj::vmap([&](nj::Array r) { return r * b; }, {1}, {1})(nj::transpose(xs)),
              nj::transpose(xs * b), 1e-6, "concrete closure");
}

TEST(VmapMisc, OneArrayMappedAlongTwoAxes) {
  nj::Array sq = randomArray({3, 3}, 31);
  auto mul = [](nj::Array a, nj::Array b) { return a * b; };
  expectClose(nj::vmap(mul, {0, 1})(sq, sq), sq * nj::transpose(sq), 1e-6, "eager");
  expectClose(nj::jit(nj::vmap(mul, {0, 1}))(sq, sq), sq * nj::transpose(sq), 1e-6, "jit");
}

TEST(VmapMisc, StaticArguments) {
  nj::Array xs = randomArray({4, 3}, 21);
  auto f = [](nj::Array v, int k, bool twice) { return twice ? v * k * 2 : v * k; };
  auto v = nj::vmap(f, {0, nj::none, nj::none});
  expectClose(v(xs, 3, false), xs * 3, 1e-6, "eager");
  auto j = nj::jit(v);
  expectClose(j(xs, 3, true), xs * 6, 1e-6, "jit");
  expectClose(j(xs, 2, false), xs * 2, 1e-6, "jit, another static value");
  // Empty in_axes: axis 0 for the Arrays, static arguments unmapped.
  expectClose(nj::vmap(f)(xs, 5, false), xs * 5, 1e-6, "default in_axes");
}

TEST(VmapMisc, DefaultInAxesAreZero) {
  nj::Array a = randomArray({4, 3}, 22), b = randomArray({4, 3}, 23);
  auto f = [](nj::Array x, nj::Array y) { return nj::dot(x, y); };
  expectClose(nj::vmap(f)(a, b), nj::sum(a * b, 1), 1e-5);
  expectClose(nj::vmap(f, {0, 0}, {0})(a, b), nj::sum(a * b, 1), 1e-5);
}

TEST(VmapMisc, JitOfVmapCachesPerSignature) {
  auto f = [](nj::Array x, nj::Array w) { return nj::tanh(nj::matmul(x, w)); };
  nj::Array w = randomArray({3, 2}, 24);
  auto j = nj::jit(nj::vmap(f, {0, nj::none}));
  nj::Array x1 = randomArray({5, 3}, 25), x2 = randomArray({5, 3}, 26),
            x3 = randomArray({8, 3}, 27);
  expectClose(j(x1, w), nj::tanh(nj::matmul(x1, w)), 1e-5, "first call");
  uint64_t compiles = nj::num_compiles();
  expectClose(j(x2, w), nj::tanh(nj::matmul(x2, w)), 1e-5, "same signature, new values");
  EXPECT_EQ(nj::num_compiles(), compiles) << "a second call of the same signature compiled";
  expectClose(j(x3, w), nj::tanh(nj::matmul(x3, w)), 1e-5, "another batch size");
  EXPECT_GT(nj::num_compiles(), compiles) << "a new batch size must compile";
  compiles = nj::num_compiles();
  expectClose(j(x1, w), nj::tanh(nj::matmul(x1, w)), 1e-5, "back to the first batch size");
  expectClose(j(x3, w), nj::tanh(nj::matmul(x3, w)), 1e-5, "and the second");
  EXPECT_EQ(nj::num_compiles(), compiles) << "both signatures were cached";
  // Copies of the jitted callable share its cache.
  auto copy = j;
  copy(x2, w);
  EXPECT_EQ(nj::num_compiles(), compiles);
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

/// Runs `body`, which must throw nj::Error whose message contains
/// "numjit.vmap: ", "VmapTest.cpp:<line>:" and each of `needles`, and none
/// of `absent`.
void expectError(const std::function<void()> &body, int line, std::vector<std::string> needles,
                 std::vector<std::string> absent = {}) {
  needles.push_back("numjit.vmap: ");
  needles.push_back(lineOf("VmapTest.cpp", line));
  expectNjError(body, needles, absent);
}

/// `v(args...)` must throw the error eagerly and under jit.
#define EXPECT_VMAP_ERROR(v, line, args, ...)                                                      \
  do {                                                                                             \
    expectError([&] { (void)std::apply(v, std::make_tuple args); }, line, __VA_ARGS__);            \
    expectError([&] { (void)std::apply(nj::jit(v), std::make_tuple args); }, line, __VA_ARGS__);   \
  } while (0)

nj::Array f2(nj::Array a, nj::Array b) { return a * 2.0f + nj::sum(b); }
nj::Array f4(nj::Array a, nj::Array b, nj::Array c, nj::Array d) {
  return nj::sum(a) + nj::sum(b) + nj::sum(c) + nj::sum(d);
}

TEST(VmapErrors, InconsistentSizesNameEveryMappedArgument) {
  nj::Array a = nj::zeros({2, 3}), b = nj::zeros({3, 5}), c = nj::zeros({7}), d = nj::zeros({4, 2});
  const int line = __LINE__ + 1;
  auto v = nj::vmap(f4, {0, 1, nj::none, -1});
  EXPECT_VMAP_ERROR(v, line, (a, b, c, d),
                    {"inconsistent sizes along the mapped axes",
                     "argument 0 has size 2 along axis 0", "argument 1 has size 5 along axis 1",
                     "argument 3 has size 2 along axis 1"},
                    {"argument 2"});
  const int line2 = __LINE__ + 1;
  auto w = nj::vmap(f2);
  EXPECT_VMAP_ERROR(w, line2, (nj::zeros({4}), nj::zeros({3, 4})),
                    {"inconsistent sizes", "argument 0 has size 4 along axis 0",
                     "argument 1 has size 3 along axis 0"});
}

TEST(VmapErrors, InAxisOutOfRange) {
  nj::Array a = nj::zeros({2, 3}), b = nj::zeros({2, 3});
  const int line = __LINE__ + 1;
  auto v = nj::vmap(f2, {0, 2});
  EXPECT_VMAP_ERROR(v, line, (a, b),
                    {"in_axes[1] = 2 is out of range for argument 1 of shape (2, 3)"});
  const int line2 = __LINE__ + 1;
  auto neg = nj::vmap(f2, {-3, 0});
  EXPECT_VMAP_ERROR(neg, line2, (a, b),
                    {"in_axes[0] = -3 is out of range for argument 0 of shape (2, 3)"});
  // A scalar has no axis to map.
  const int line3 = __LINE__ + 1;
  auto scalar = nj::vmap(f2);
  EXPECT_VMAP_ERROR(scalar, line3, (nj::array(1.0f), b),
                    {"in_axes[0] = 0 is out of range for argument 0 of shape ()"});
}

TEST(VmapErrors, EveryInAxisNone) {
  nj::Array a = nj::zeros({2, 3}), b = nj::zeros({2, 3});
  const int line = __LINE__ + 1;
  auto v = nj::vmap(f2, {nj::none, nj::none});
  EXPECT_VMAP_ERROR(v, line, (a, b), {"every in_axes entry is none"});
}

TEST(VmapErrors, WrongNumberOfInAxes) {
  nj::Array a = nj::zeros({2, 3}), b = nj::zeros({2, 3});
  const int line = __LINE__ + 1;
  auto three = nj::vmap(f2, {0, 0, 0});
  EXPECT_VMAP_ERROR(three, line, (a, b), {"3 in_axes for a call with 2 arguments"});
  const int line2 = __LINE__ + 1;
  auto oneAxis = nj::vmap(f2, {0});
  EXPECT_VMAP_ERROR(oneAxis, line2, (a, b), {"1 in_axes for a call with 2 arguments"});
}

TEST(VmapErrors, StaticArgumentMapped) {
  nj::Array a = nj::zeros({2, 3});
  const int line = __LINE__ + 1;
  auto v = nj::vmap([](nj::Array x, int k) { return x * k; }, {0, 0});
  EXPECT_VMAP_ERROR(v, line, (a, 3),
                    {"argument 1 is static (not an Array): its in_axes entry must be none"});
}

TEST(VmapErrors, OutAxisOutOfRange) {
  nj::Array a = nj::zeros({5, 3});
  auto id = [](nj::Array x) { return x; };
  const int line = __LINE__ + 1;
  auto v = nj::vmap(id, {0}, {2});
  EXPECT_VMAP_ERROR(v, line, (a),
                    {"out_axes entry 2 is out of range for output 0 of shape (5, 3)"});
  const int line2 = __LINE__ + 1;
  auto neg = nj::vmap(id, {0}, {-3});
  EXPECT_VMAP_ERROR(neg, line2, (a), {"out_axes entry -3 is out of range for output 0"});
  // Per result: the second result is a batch of scalars.
  auto both = [](nj::Array x) { return std::make_pair(x, nj::sum(x)); };
  const int line3 = __LINE__ + 1;
  auto pair = nj::vmap(both, {0}, {1, 1});
  EXPECT_VMAP_ERROR(pair, line3, (a),
                    {"out_axes entry 1 is out of range for output 1 of shape (5,)"});
  // An out_axes list must have one entry, or one per result.
  auto three = [](nj::Array x) { return std::make_tuple(x, x, x); };
  const int line4 = __LINE__ + 1;
  auto short_ = nj::vmap(three, {0}, {0, 1});
  EXPECT_VMAP_ERROR(short_, line4, (a), {"2 out_axes for 3 results"});
  const int line5 = __LINE__ + 1;
  auto long_ = nj::vmap(id, {0}, {0, 1, 2});
  EXPECT_VMAP_ERROR(long_, line5, (a), {"3 out_axes for 1 results"});
}

TEST(VmapErrors, ErrorsInsideTheMappedFunctionKeepTheirLine) {
  // An op error inside f names f's line, under vmap as without it.
  nj::Array a = nj::zeros({4, 3}), b = nj::zeros({4, 2});
  const int line = __LINE__ + 1;
  auto bad = [](nj::Array x, nj::Array y) { return x + y; };
  for (bool jit : {false, true}) {
    try {
      (void)(jit ? nj::jit(nj::vmap(bad))(a, b) : nj::vmap(bad)(a, b));
      ADD_FAILURE() << "expected numjit::Error";
    } catch (const nj::Error &e) {
      std::string msg = e.what();
      EXPECT_NE(msg.find("numjit.add"), std::string::npos) << msg;
      EXPECT_NE(msg.find("(3,)"), std::string::npos) << "names the example's shape: " << msg;
      EXPECT_NE(msg.find("VmapTest.cpp:" + std::to_string(line) + ":"), std::string::npos) << msg;
    }
  }
}

} // namespace
