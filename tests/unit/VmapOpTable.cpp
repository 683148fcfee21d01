//===- VmapOpTable.cpp - The vmap op table: one record per op -------------===//
//
// Every public op (and a few compositions) as a function of one example,
// with the shapes of its inputs and its dtype signatures (see VmapOpTable.h):
// elementwise ops (with broadcasting, scalars and weak types), where, clip,
// astype, reductions, linear algebra, the shape ops and compositions.
//
//===----------------------------------------------------------------------===//

#include "VmapOpTable.h"

#include <numjit/numjit.h>

#include <cstdint>
#include <functional>
#include <source_location>
#include <string>
#include <utility>
#include <vector>

namespace numjit_test::vmaptest {

namespace {

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

} // namespace

const std::vector<Record> &records() {
  static const std::vector<Record> r = buildRecords();
  return r;
}

} // namespace numjit_test::vmaptest
