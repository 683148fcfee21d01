//===- GradOpTable.cpp - Every differentiable op, its shapes and inputs ---===//
//
// The cases of the gradient checks (see GradOpTable.h): elementwise ops
// (with broadcasting), where, dtype conversions, reductions, linear algebra,
// the shape ops and a few compositions, with the domains of their inputs.
//
//===----------------------------------------------------------------------===//

#include "GradOpTable.h"

#include <numjit/numjit.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace numjit_test::gradtest {

namespace {

Dom U(double lo, double hi) { return {Kind::Uniform, lo, hi}; }
Dom Away(double lo, double hi) { return {Kind::Away, lo, hi}; }
const Dom Any = U(-2, 2);
const Dom Pos = U(0.5, 2);
const Dom GridA{Kind::GridA};
const Dom GridB{Kind::GridB};
const Dom Distinct{Kind::Distinct, -2, 2};

std::string shapeName(const nj::Shape &s) {
  if (s.empty())
    return "s";
  std::string r;
  for (int64_t d : s) {
    if (!r.empty())
      r += 'x';
    r += std::to_string(d);
  }
  return r;
}

} // namespace

std::vector<OpCase> opTable() {
  std::vector<OpCase> t;
  using S = nj::Shape;

  // Unary elementwise, on a scalar and a matrix.
  auto unary = [&](std::string name, Dom d, nj::Array (*f)(const nj::Array &)) {
    for (S s : {S{}, S{3, 4}})
      t.push_back({name + "_" + shapeName(s), {s}, {d}, [f](const Vec &x) { return f(x[0]); }});
  };
  unary("negative", Any, [](const nj::Array &x) { return nj::negative(x); });
  unary("neg_operator", Any, [](const nj::Array &x) { return -x; });
  unary("exp", U(-1.5, 1.5), [](const nj::Array &x) { return nj::exp(x); });
  unary("log", Pos, [](const nj::Array &x) { return nj::log(x); });
  unary("sin", Any, [](const nj::Array &x) { return nj::sin(x); });
  unary("cos", Any, [](const nj::Array &x) { return nj::cos(x); });
  unary("tanh", Any, [](const nj::Array &x) { return nj::tanh(x); });
  unary("sqrt", Pos, [](const nj::Array &x) { return nj::sqrt(x); });
  unary("rsqrt", Pos, [](const nj::Array &x) { return nj::rsqrt(x); });
  unary("abs", Away(0.2, 2), [](const nj::Array &x) { return nj::abs(x); });
  unary("sigmoid", Any, [](const nj::Array &x) { return nj::sigmoid(x); });
  unary("square", Any, [](const nj::Array &x) { return nj::square(x); });
  // sign and floor have zero derivative away from their jumps.
  unary("x_times_sign", Away(0.2, 2), [](const nj::Array &x) { return x * nj::sign(x); });
  unary("x_times_floor", GridA, [](const nj::Array &x) { return x * nj::floor(x); });
  unary("clip", GridA, [](const nj::Array &x) { return nj::clip(x, -0.5, 0.5); });
  unary("scalar_ops", Pos, [](const nj::Array &x) { return (2.0 - x) * 3 / (x + 1) - 0.5; });

  // Binary elementwise with broadcasting: each op on a same-shape pair and
  // on a broadcast pair; the other broadcasts are spread over the ops.
  auto binary = [&](std::string name, Dom da, Dom db,
                    nj::Array (*f)(const nj::Array &, const nj::Array &),
                    std::vector<std::pair<S, S>> pairs) {
    for (auto [sa, sb] : pairs)
      t.push_back({name + "_" + shapeName(sa) + "_" + shapeName(sb), {sa, sb}, {da, db},
                   [f](const Vec &x) { return f(x[0], x[1]); }});
  };
  const std::pair<S, S> same{{3, 4}, {3, 4}}, trailing{{2, 3, 4}, {4}}, outer{{3, 1}, {1, 4}},
      scalar{{}, {3}}, leading{{3, 1}, {2, 3, 4}};
  binary("add", Any, Any, [](const nj::Array &a, const nj::Array &b) { return a + b; },
         {same, trailing, scalar});
  binary("subtract", Any, Any,
         [](const nj::Array &a, const nj::Array &b) { return nj::subtract(a, b); },
         {outer, leading});
  binary("multiply", Any, Any, [](const nj::Array &a, const nj::Array &b) { return a * b; },
         {same, outer, scalar});
  binary("divide", Any, Away(0.5, 2), [](const nj::Array &a, const nj::Array &b) {
    return nj::divide(a, b);
  }, {same, trailing});
  binary("power", Pos, U(-1.5, 2), [](const nj::Array &a, const nj::Array &b) {
    return nj::power(a, b);
  }, {same, outer});
  binary("maximum", GridA, GridB, [](const nj::Array &a, const nj::Array &b) {
    return nj::maximum(a, b);
  }, {same, trailing});
  binary("minimum", GridA, GridB, [](const nj::Array &a, const nj::Array &b) {
    return nj::minimum(a, b);
  }, {outer, scalar});
  binary("rem", U(2.5, 3.5), U(2.0, 2.3), [](const nj::Array &a, const nj::Array &b) {
    return nj::rem(a, b);
  }, {same, scalar});
  t.push_back({"power_scalar_exponent_3x4", {{3, 4}}, {Pos},
               [](const Vec &x) { return nj::power(x[0], 2.5); }});
  t.push_back({"power_scalar_base_3x4", {{3, 4}}, {U(-1, 1)},
               [](const Vec &x) { return nj::power(1.5, x[0]); }});

  // where (select).
  t.push_back({"where_mask_3x4_4", {{3, 4}, {4}}, {Any, Any}, [](const Vec &x) {
                 nj::Array mask = nj::array(std::vector<bool>{true, false, true}, {3, 1});
                 return nj::where(mask, x[0], x[1]);
               }});
  t.push_back({"where_compare_3x4_3x4", {{3, 4}, {3, 4}}, {GridA, GridB}, [](const Vec &x) {
                 return nj::where(x[0] > x[1], x[0] * x[1], nj::sin(x[1]));
               }});
  t.push_back({"where_leaky_relu_2x3x4", {{2, 3, 4}}, {Away(0.1, 2)}, [](const Vec &x) {
                 return nj::where(x[0] > 0, x[0], x[0] * 0.1);
               }});

  // dtype conversions (run with both input dtypes).
  t.push_back({"astype_f64_3x4", {{3, 4}}, {Any},
               [](const Vec &x) { return nj::astype(x[0], nj::f64) * x[0]; }});
  t.push_back({"astype_f32_3x4", {{3, 4}}, {Any},
               [](const Vec &x) { return nj::astype(x[0], nj::f32) * 2.0; }});
  t.push_back({"astype_roundtrip_3x4", {{3, 4}}, {Any}, [](const Vec &x) {
                 nj::DType other = x[0].dtype() == nj::f32 ? nj::f64 : nj::f32;
                 return nj::exp(x[0].astype(other)).astype(x[0].dtype()) * x[0];
               },
               true, /*single=*/true});

  // Reductions: every kind, over all axes, one axis, several, with keepdims.
  struct Red {
    const char *name;
    Dom dom;
    nj::Array (*f)(const nj::Array &, nj::Axes, bool);
  };
  Red reds[] = {
      {"sum", Any, [](const nj::Array &x, nj::Axes a, bool k) { return nj::sum(x, a, k); }},
      {"prod", Away(0.5, 1.5),
       [](const nj::Array &x, nj::Axes a, bool k) { return nj::prod(x, a, k); }},
      {"max", Distinct, [](const nj::Array &x, nj::Axes a, bool k) { return nj::max(x, a, k); }},
      {"min", Distinct, [](const nj::Array &x, nj::Axes a, bool k) { return nj::min(x, a, k); }},
      {"mean", Any, [](const nj::Array &x, nj::Axes a, bool k) { return nj::mean(x, a, k); }},
      {"logsumexp", Any,
       [](const nj::Array &x, nj::Axes a, bool k) { return nj::logsumexp(x, a, k); }},
  };
  struct AxesCase {
    const char *name;
    S shape;
    nj::Axes axes;
    bool keepdims;
  };
  const AxesCase all5{"all_5", {5}, {}, false}, all{"all_2x3x4", {2, 3, 4}, {}, false},
      axis1{"axis1_2x3x4", {2, 3, 4}, 1, false},
      axes02{"axes0_2_keepdims_2x3x4", {2, 3, 4}, {0, 2}, true},
      last{"axisneg1_keepdims_3x4", {3, 4}, -1, true}, first{"axis0_3x4", {3, 4}, 0, false};
  // Every reduction over all axes, one axis and several (some with
  // keepdims), spread so that each axes case is covered more than once.
  std::vector<AxesCase> axesFor[] = {
      {all, axis1, axes02, last}, // sum
      {all5, axis1, last},        // prod
      {all, axes02, last},        // max
      {all5, axis1, first},       // min
      {all5, axes02, first},      // mean
      {all, axis1, last},         // logsumexp
  };
  for (size_t i = 0; i < std::size(reds); ++i)
    for (const AxesCase &a : axesFor[i]) {
      auto f = reds[i].f;
      nj::Axes axes = a.axes;
      bool keep = a.keepdims;
      t.push_back({std::string(reds[i].name) + "_" + a.name, {a.shape}, {reds[i].dom},
                   [f, axes, keep](const Vec &x) { return f(x[0], axes, keep); }});
    }
  for (auto [name, shape, axis] : std::vector<std::tuple<std::string, S, int64_t>>{
           {"softmax_axisneg1_3x4", {3, 4}, -1},
           {"softmax_axis0_3x4", {3, 4}, 0},
           {"softmax_axis1_2x3x4", {2, 3, 4}, 1},
           {"softmax_axisneg1_5x67", {5, 67}, -1}})
    t.push_back({name, {shape}, {Any}, [axis](const Vec &x) { return nj::softmax(x[0], axis); }});

  // Linear algebra.
  auto mm = [&](std::string name, S a, S b, bool useDot = false) {
    t.push_back({name + "_" + shapeName(a) + "_" + shapeName(b), {a, b}, {Any, Any},
                 [useDot](const Vec &x) {
                   return useDot ? nj::dot(x[0], x[1]) : nj::matmul(x[0], x[1]);
                 }});
  };
  mm("matmul", {3, 4}, {4, 5});
  mm("matmul", {4}, {4, 5});
  mm("matmul", {3, 4}, {4});
  mm("matmul", {4}, {4});
  mm("matmul", {2, 3, 4}, {2, 4, 5});
  mm("matmul", {2, 3, 4}, {4, 5});
  mm("matmul", {1, 3, 4}, {2, 4, 2});
  mm("matmul", {17, 33}, {33, 9}); // larger than any tile or vector width
  mm("dot", {3, 4}, {4, 2}, true);
  mm("dot", {5}, {5}, true);
  t.push_back({"matmul_chain_3x4_4x4_4x2", {{3, 4}, {4, 4}, {4, 2}}, {Any, Any, Any},
               [](const Vec &x) { return nj::matmul(nj::tanh(nj::matmul(x[0], x[1])), x[2]); }});

  // Shapes. Each is followed by an elementwise op so that the Hessian is
  // not trivially zero.
  auto shapeOp = [&](std::string name, S s, Fn f) {
    t.push_back({name + "_" + shapeName(s), {s}, {Any},
                 [f](const Vec &x) { return f({nj::sin(x[0])}); }});
  };
  shapeOp("reshape", {3, 4}, [](const Vec &x) { return nj::reshape(x[0], {2, 6}); });
  shapeOp("reshape_infer", {2, 3, 4}, [](const Vec &x) { return nj::reshape(x[0], {-1, 4}); });
  shapeOp("reshape_to_scalar", {1, 1}, [](const Vec &x) { return nj::reshape(x[0], {}); });
  shapeOp("transpose", {3, 4}, [](const Vec &x) { return nj::transpose(x[0]); });
  shapeOp("transpose_reverse", {2, 3, 4}, [](const Vec &x) { return nj::transpose(x[0]); });
  shapeOp("transpose_perm", {2, 3, 4},
          [](const Vec &x) { return nj::transpose(x[0], {2, 0, 1}); });
  shapeOp("expand_dims0", {3, 4}, [](const Vec &x) { return nj::expand_dims(x[0], 0); });
  shapeOp("expand_dims_neg1", {3, 4}, [](const Vec &x) { return nj::expand_dims(x[0], -1); });
  shapeOp("squeeze_all", {3, 1, 4, 1}, [](const Vec &x) { return nj::squeeze(x[0]); });
  shapeOp("squeeze_axis1", {3, 1, 4}, [](const Vec &x) { return nj::squeeze(x[0], 1); });
  shapeOp("broadcast_to", {3, 1}, [](const Vec &x) { return nj::broadcast_to(x[0], {2, 3, 4}); });
  shapeOp("broadcast_to", {4}, [](const Vec &x) { return nj::broadcast_to(x[0], {3, 4}); });
  shapeOp("broadcast_to", S{}, [](const Vec &x) { return nj::broadcast_to(x[0], {2, 2}); });
  shapeOp("slice", {7}, [](const Vec &x) { return nj::slice(x[0], {1}, {6}); });
  shapeOp("slice_strided", {7}, [](const Vec &x) { return nj::slice(x[0], {1}, {7}, {2}); });
  shapeOp("slice_strided", {5, 6},
          [](const Vec &x) { return nj::slice(x[0], {1, 0}, {5, 6}, {2, 3}); });
  shapeOp("slice_strided", {2, 5, 6},
          [](const Vec &x) { return nj::slice(x[0], {0, 0, 1}, {2, 4, 6}, {1, 3, 2}); });
  t.push_back({"concatenate_axis0_2x3_4x3", {{2, 3}, {4, 3}}, {Any, Any},
               [](const Vec &x) { return nj::concatenate({nj::sin(x[0]), x[1] * x[1]}, 0); }});
  t.push_back({"concatenate_axis1_2x3_2x1_2x2", {{2, 3}, {2, 1}, {2, 2}}, {Any, Any, Any},
               [](const Vec &x) {
                 return nj::concatenate({x[0] * x[0], nj::exp(x[1]), x[2]}, 1);
               }});
  t.push_back({"concatenate_same_twice_3", {{3}}, {Any},
               [](const Vec &x) { return nj::concatenate({x[0], nj::square(x[0])}, -1); }});

  // A few compositions.
  t.push_back({"composite_normalize_3x4", {{3, 4}}, {Any}, [](const Vec &x) {
                 nj::Array c = x[0] - nj::mean(x[0], -1, true);
                 return c * nj::rsqrt(nj::mean(c * c, -1, true) + 0.1);
               }});
  t.push_back({"composite_log_softmax_3x4", {{3, 4}}, {Any}, [](const Vec &x) {
                 return x[0] - nj::logsumexp(x[0], -1, true);
               }});
  t.push_back({"composite_reuse_4", {{4}, {4}}, {Any, Any}, [](const Vec &x) {
                 nj::Array y = x[0] * x[1];
                 return y * y + nj::sin(y) * x[0];
               }});
  return t;
}

} // namespace numjit_test::gradtest
