//===- OpTableAxisRecords.cpp - The op table: ops along axes --------------===//
//
// The records of the ops that work along axes, with their shape cases:
// reductions (and softmax), indexing, sorting and cumulative ops, linear
// algebra, and the shape ops.
//
//===----------------------------------------------------------------------===//

#include "OpTable.h"

#include <numjit/numjit.h>

#include <cstdint>
#include <optional>
#include <source_location>
#include <string>
#include <vector>

namespace numjit_test::optable {

namespace {

// --- Shape cases ------------------------------------------------------------

Params reduceParams(std::optional<std::vector<int64_t>> axes, bool keep) {
  Params p;
  p.axes = std::move(axes);
  p.keepdims = keep;
  return p;
}

/// Shapes x axes (none, 0, -1, two axes) x keepdims.
std::vector<ShapeCase> reductionShapes(bool single_axis) {
  using A = std::optional<std::vector<int64_t>>;
  A all = std::nullopt, a0 = std::vector<int64_t>{0}, am1 = std::vector<int64_t>{-1};
  std::vector<ShapeCase> s = {
      sc("3x4_ax0", {{3, 4}}, reduceParams(a0, false)),
      sc("2x3x4_axm1", {{2, 3, 4}}, reduceParams(am1, false)),
      sc("0", {{0}}, reduceParams(all, false)),
      sc("3x4_axm1_keep", {{3, 4}}, reduceParams(am1, true)),
      sc("scalar", {{}}, reduceParams(all, false)),
      sc("3x0_ax0", {{3, 0}}, reduceParams(a0, false)),
      sc("3x4", {{3, 4}}, reduceParams(all, false)),
      sc("3x4_keep", {{3, 4}}, reduceParams(all, true)),
      sc("5", {{5}}, reduceParams(all, false)),
      sc("0_ax0_keep", {{0}}, reduceParams(a0, true)),
      sc("3x0_axm1", {{3, 0}}, reduceParams(am1, false)),
      sc("3x0_keep", {{3, 0}}, reduceParams(all, true)),
  };
  if (single_axis)
    s.push_back(sc("2x3x4_ax0_keep", {{2, 3, 4}}, reduceParams(a0, true)));
  else
    s.push_back(
        sc("2x3x4_ax2_0_keep", {{2, 3, 4}}, reduceParams(std::vector<int64_t>{2, 0}, true)));
  return s;
}

// --- The records ------------------------------------------------------------

nj::Axes axesOf(const Params &p) { return p.axes ? nj::Axes(*p.axes) : nj::Axes(); }

OpRecord reductionRecord(std::string name, std::vector<Sig> dtypes, Domain dom, double tf,
                         double td, OpFn op, RefFn ref, bool single_axis = false) {
  return {std::move(name),
          1,
          std::move(dtypes),
          dom,
          tf,
          td,
          std::move(op),
          std::move(ref),
          reductionShapes(single_axis)};
}

Params shapeParams(std::vector<int64_t> ints, std::vector<int64_t> ints2 = {},
                   std::vector<int64_t> ints3 = {}) {
  Params p;
  p.ints = std::move(ints);
  p.ints2 = std::move(ints2);
  p.ints3 = std::move(ints3);
  return p;
}
Params axisParams(int64_t axis) {
  Params p;
  p.axis = axis;
  return p;
}
Params axesParams(std::optional<std::vector<int64_t>> axes) {
  Params p;
  p.axes = std::move(axes);
  return p;
}

} // namespace

void appendAxisRecords(std::vector<OpRecord> &r) {
  // -- Reductions.
  auto red = [](nj::Array (*f)(const nj::Array &, nj::Axes, bool, std::source_location)) {
    return [f](Ins x, const Params &p) {
      return f(x[0], axesOf(p), p.keepdims, std::source_location::current());
    };
  };
  // Small magnitudes so that products of 24 elements stay exact in int32.
  const Domain prodDom{-2, 2, true};
  r.push_back(reductionRecord("sum", numeric(true), {}, 1e-5, 1e-13, red(nj::sum),
                              reduction(refSum, sumDtype, false)));
  r.push_back(reductionRecord("prod", numeric(true), prodDom, 1e-5, 1e-13, red(nj::prod),
                              reduction(refProd, sumDtype, false)));
  r.push_back(reductionRecord("max", numeric(true), {-3, 3, true}, 0, 0, red(nj::max),
                              reduction(refMax, same, true)));
  r.push_back(reductionRecord("min", numeric(true), {-3, 3, true}, 0, 0, red(nj::min),
                              reduction(refMin, same, true)));
  r.push_back(reductionRecord("mean", numeric(true), {}, 1e-5, 1e-13, red(nj::mean),
                              reduction(refMean, toFloat, false)));
  r.push_back(reductionRecord(
      "argmax", numeric(true), {-3, 3, true}, 0, 0,
      [](Ins x, const Params &p) {
        std::optional<int64_t> axis;
        if (p.axes)
          axis = (*p.axes)[0];
        return nj::argmax(x[0], axis, p.keepdims);
      },
      reduction(
          refArgmax, [](DType) { return I32; }, true),
      /*single_axis=*/true));
  {
    OpRecord lse = reductionRecord("logsumexp", plus(floats(), {{I32}}), {-4, 4}, 1e-5, 1e-13,
                                   red(nj::logsumexp), reduction(refLogsumexp, toFloat, false));
    r.push_back(std::move(lse));
  }
  {
    Params pm1 = axisParams(-1), p0 = axisParams(0), p1 = axisParams(1);
    r.push_back({"softmax",
                 1,
                 plus(floats(), {{I32}}),
                 {-4, 4},
                 1e-5,
                 1e-13,
                 [](Ins x, const Params &p) { return nj::softmax(x[0], p.axis); },
                 refSoftmax,
                 {sc("3x4", {{3, 4}}, pm1), sc("2x3x4_ax1", {{2, 3, 4}}, p1), sc("5", {{5}}, pm1),
                  sc("3x4_ax0", {{3, 4}}, p0), sc("2x3x4", {{2, 3, 4}}, pm1),
                  sc("3x0_ax0", {{3, 0}}, p0), sc("0", {{0}}, pm1), sc("3x0", {{3, 0}}, pm1),
                  sc("0x3_ax0", {{0, 3}}, p0)}});
  }

  // -- Indexing. Indices come from the domain [-5, 5]: negative ones count
  // from the end and out-of-range ones clamp (u8/u32 indices wrap first).
  {
    // (data, indices[, updates]) signatures: every data dtype with i32
    // indices, then f32 data with each other index dtype.
    auto indexSigs = [](bool updates) {
      std::vector<Sig> out;
      for (DType d : {F32, I32, BOOL, F64, I64, U8, U32, F16, BF16}) {
        std::vector<DType> in = {d, I32};
        if (updates)
          in.push_back(d);
        out.push_back(Sig{in, d == F32});
      }
      for (DType i : {I64, U8, U32})
        out.push_back(Sig{updates ? std::vector<DType>{F32, i, F32} : std::vector<DType>{F32, i}});
      return out;
    };
    Params p0 = axisParams(0), p1 = axisParams(1), pm1 = axisParams(-1), p2 = axisParams(2);
    r.push_back({"take", 2, indexSigs(false), {}, 0, 0,
                 [](Ins x, const Params &p) { return nj::take(x[0], x[1], p.axis); }, refTake,
                 {sc("4x3_5_ax0", {{4, 3}, {5}}, p0), sc("4x3_2x2_axm1", {{4, 3}, {2, 2}}, pm1),
                  sc("4x3_scalar_ax1", {{4, 3}, {}}, p1), sc("6_3_ax0", {{6}, {3}}, p0),
                  sc("4x3_0_ax0", {{4, 3}, {0}}, p0), sc("0x3_0_ax0", {{0, 3}, {0}}, p0),
                  sc("0x3_2_ax0", {{0, 3}, {2}}, p0), sc("4x3_2_ax2", {{4, 3}, {2}}, p2),
                  sc("2x3x4_5_ax1", {{2, 3, 4}, {5}}, p1)}});
    r.push_back({"take_along_axis", 2, indexSigs(false), {}, 0, 0,
                 [](Ins x, const Params &p) { return nj::take_along_axis(x[0], x[1], p.axis); },
                 refTakeAlongAxis,
                 {sc("3x4_3x2_ax1", {{3, 4}, {3, 2}}, p1), sc("3x4_1x2_ax1", {{3, 4}, {1, 2}}, p1),
                  sc("3x4_5x4_ax0", {{3, 4}, {5, 4}}, p0), sc("1x4_3x2_axm1", {{1, 4}, {3, 2}}, pm1),
                  sc("5_7_ax0", {{5}, {7}}, p0), sc("3x4_3x0_ax1", {{3, 4}, {3, 0}}, p1),
                  sc("scalar", {{}, {}}, p0), sc("3x4_4_ax1", {{3, 4}, {4}}, p1)}});
    for (bool add : {true, false})
      r.push_back({add ? "scatter_add" : "scatter", 3, indexSigs(true), {}, 1e-6, 1e-14,
                   [add](Ins x, const Params &p) {
                     return add ? nj::scatter_add(x[0], x[1], x[2], p.axis)
                                : nj::scatter(x[0], x[1], x[2], p.axis);
                   },
                   [add](const std::vector<Tensor> &in, const Params &p) {
                     return refScatter(in, p, add);
                   },
                   {sc("4x3_5_5x3_ax0", {{4, 3}, {5}, {5, 3}}, p0),
                    sc("4x3_2x2_4x2x2_axm1", {{4, 3}, {2, 2}, {4, 2, 2}}, pm1),
                    sc("6_3_3_ax0", {{6}, {3}, {3}}, p0),
                    sc("4x3_scalar_4_ax1", {{4, 3}, {}, {4}}, p1),
                    sc("4x3_0_0x3_ax0", {{4, 3}, {0}, {0, 3}}, p0),
                    sc("4x3_2_2x3_ax2", {{4, 3}, {2}, {2, 3}}, p2)},
                   /*gpu=*/false});
    r.push_back({"one_hot", 1, {{{I32}, true}, {{I64}}, {{U8}}, {{U32}}}, {-2, 6}, 0, 0,
                 [](Ins x, const Params &p) { return nj::one_hot(x[0], p.axis); },
                 [](const std::vector<Tensor> &in, const Params &p) {
                   Shape shape = in[0].shape;
                   shape.push_back(p.axis);
                   Tensor out{F32, shape, {}};
                   for (double i : in[0].v)
                     for (int64_t c = 0; c < p.axis; ++c)
                       out.v.push_back(i == double(c) ? 1 : 0);
                   return out;
                 },
                 {sc("5_n4", {{5}}, axisParams(4)), sc("2x3_n3", {{2, 3}}, axisParams(3)),
                  sc("scalar_n5", {{}}, axisParams(5)), sc("0_n3", {{0}}, axisParams(3)),
                  sc("4_n0", {{4}}, axisParams(0))}});
    auto sizes = [](std::vector<int64_t> v) { return shapeParams(std::move(v)); };
    r.push_back({"dynamic_slice", -1, {{{F32, I32, I32}, true}, {{I32, I64, I64}}, {{BOOL, U8, U32}},
                  {{F64, I32, I32}}, {{U8, I32, I32}}, {{U32, I32, I32}}, {{I64, I32, I32}}},
                 {}, 0, 0,
                 [](Ins x, const Params &p) {
                   std::vector<nj::Operand> starts(x.begin() + 1, x.end());
                   return nj::dynamic_slice(x[0], starts, p.ints);
                 },
                 refDynamicSlice,
                 {sc("4x3_2x2", {{4, 3}, {}, {}}, sizes({2, 2})),
                  sc("4x3_4x3", {{4, 3}, {}, {}}, sizes({4, 3})),
                  sc("4x3_0x1", {{4, 3}, {}, {}}, sizes({0, 1})),
                  sc("0x3_0x3", {{0, 3}, {}, {}}, sizes({0, 3}))}});
    r.push_back({"dynamic_slice_1d", -1, {{{F32, I32}, true}, {{I64, U8}}, {{BOOL, U32}}}, {}, 0, 0,
                 [](Ins x, const Params &p) {
                   return nj::dynamic_slice(x[0], {nj::Operand(x[1])}, p.ints);
                 },
                 refDynamicSlice,
                 {sc("8_3", {{8}, {}}, sizes({3})), sc("8_8", {{8}, {}}, sizes({8})),
                  sc("8_0", {{8}, {}}, sizes({0}))}});
    r.push_back({"dynamic_update_slice", -1,
                 {{{F32, F32, I32, I32}, true}, {{I32, I32, I64, I64}}, {{BOOL, BOOL, U8, U32}},
                  {{F64, F64, I32, I32}}, {{U8, U8, I32, I32}}, {{U32, U32, I32, I32}},
                  {{I64, I64, I32, I32}}, {{F32, I32, I32, I32}}},
                 {}, 1e-6, 1e-14,
                 [](Ins x, const Params &) {
                   std::vector<nj::Operand> starts(x.begin() + 2, x.end());
                   return nj::dynamic_update_slice(x[0], x[1], starts);
                 },
                 [](const std::vector<Tensor> &in, const Params &p) {
                   if (in[1].dtype != in[0].dtype) { // the update converts to x's dtype
                     std::vector<Tensor> conv = in;
                     for (double &v : conv[1].v)
                       v = castTo(in[0].dtype, v);
                     conv[1].dtype = in[0].dtype;
                     return refDynamicUpdateSlice(conv, p);
                   }
                   return refDynamicUpdateSlice(in, p);
                 },
                 {sc("4x3_2x2", {{4, 3}, {2, 2}, {}, {}}), sc("4x3_4x3", {{4, 3}, {4, 3}, {}, {}}),
                  sc("4x3_0x2", {{4, 3}, {0, 2}, {}, {}}), sc("0x3_0x1", {{0, 3}, {0, 1}, {}, {}})},
                 /*gpu=*/false});
  }

  // -- Sorting and cumulative ops, along an axis (p.axis; top_k's k).
  {
    Params pm1 = axisParams(-1), p0 = axisParams(0), p1 = axisParams(1), p2 = axisParams(2);
    auto lineCases = [&] {
      return std::vector<ShapeCase>{
          sc("3x4", {{3, 4}}, pm1),        sc("2x3x4_ax1", {{2, 3, 4}}, p1),
          sc("7", {{7}}, pm1),             sc("3x4_ax0", {{3, 4}}, p0),
          sc("2x3x4_ax0", {{2, 3, 4}}, p0), sc("1x5", {{1, 5}}, pm1),
          sc("0", {{0}}, pm1),             sc("3x0_ax0", {{3, 0}}, p0),
          sc("0x3", {{0, 3}}, pm1),        sc("scalar", {{}}, pm1),
          sc("3x4_ax2", {{3, 4}}, p2)};
    };
    const Domain ties{-3, 3, true};
    for (bool descending : {false, true}) {
      std::string suffix = descending ? "_descending" : "";
      r.push_back({"sort" + suffix, 1, allDtypes(), ties, 0, 0,
                   [descending](Ins x, const Params &p) {
                     return nj::sort(x[0], p.axis, descending);
                   },
                   [descending](const std::vector<Tensor> &in, const Params &p) {
                     return alongAxis(in[0], p.axis, in[0].dtype, [&](const auto &v) {
                       return permuted(v, stableOrder(v, descending));
                     });
                   },
                   lineCases(), /*gpu=*/false});
      r.push_back({"argsort" + suffix, 1, allDtypes(), ties, 0, 0,
                   [descending](Ins x, const Params &p) {
                     return nj::argsort(x[0], p.axis, descending);
                   },
                   [descending](const std::vector<Tensor> &in, const Params &p) {
                     return alongAxis(in[0], p.axis, I32, [&](const auto &v) {
                       return stableOrder(v, descending);
                     });
                   },
                   lineCases(), /*gpu=*/false});
    }
    for (bool product : {false, true})
      r.push_back({product ? "cumprod" : "cumsum", 1, allDtypes(),
                   product ? Domain{-2, 2, true} : Domain{},
                   1e-5, 1e-13,
                   [product](Ins x, const Params &p) {
                     return product ? nj::cumprod(x[0], p.axis) : nj::cumsum(x[0], p.axis);
                   },
                   [product](const std::vector<Tensor> &in, const Params &p) {
                     DType to = sumDtype(in[0].dtype);
                     return alongAxis(in[0], p.axis, to, [&](const auto &v) {
                       return running(v, to, product);
                     });
                   },
                   lineCases(), /*gpu=*/false});
    // top_k along the last axis; p.axis is k.
    auto topCases = [&] {
      return std::vector<ShapeCase>{
          sc("3x4_k2", {{3, 4}}, axisParams(2)),   sc("7_k7", {{7}}, axisParams(7)),
          sc("2x3x4_k1", {{2, 3, 4}}, axisParams(1)), sc("5_k0", {{5}}, axisParams(0)),
          sc("0_k0", {{0}}, axisParams(0)),        sc("3x0_k0", {{3, 0}}, axisParams(0)),
          sc("scalar_k0", {{}}, axisParams(0)),    sc("4_k5", {{4}}, axisParams(5))};
    };
    for (bool indices : {false, true})
      r.push_back({indices ? "top_k_indices" : "top_k_values", 1, allDtypes(), ties, 0, 0,
                   [indices](Ins x, const Params &p) {
                     auto [values, where] = nj::top_k(x[0], p.axis);
                     return indices ? where : values;
                   },
                   [indices](const std::vector<Tensor> &in, const Params &p) {
                     const Tensor &x = in[0];
                     if (x.shape.empty() || p.axis > x.shape.back())
                       throw NoResult{};
                     Shape shape = x.shape;
                     shape.back() = p.axis;
                     Tensor out{indices ? I32 : x.dtype, shape, {}};
                     int64_t n = x.shape.back();
                     for (size_t start = 0; n > 0 && start < x.v.size(); start += size_t(n)) {
                       std::vector<double> v(x.v.begin() + long(start),
                                             x.v.begin() + long(start) + n);
                       std::vector<double> order = stableOrder(v, true);
                       for (int64_t k = 0; k < p.axis; ++k)
                         out.v.push_back(indices ? order[size_t(k)] : v[size_t(order[size_t(k)])]);
                     }
                     return out;
                   },
                   topCases(), /*gpu=*/false});
  }

  // -- Linear algebra.
  auto linSigs = [] { return plus(numeric(true), {{I32, F32}}); };
  r.push_back({"matmul",
               2,
               linSigs(),
               {-3, 3},
               1e-5,
               1e-13,
               [](Ins x, const Params &) { return nj::matmul(x[0], x[1]); },
               refMatmul,
               {sc("2x3_3x4", {{2, 3}, {3, 4}}), sc("2x1x3x4_5x4x2", {{2, 1, 3, 4}, {5, 4, 2}}),
                sc("4_4", {{4}, {4}}), sc("2x3x4_4", {{2, 3, 4}, {4}}),
                sc("4_2x4x3", {{4}, {2, 4, 3}}), sc("3x4_4", {{3, 4}, {4}}),
                sc("4_4x3", {{4}, {4, 3}}), sc("2x3x4_4x5", {{2, 3, 4}, {4, 5}}),
                sc("3x0_0x4", {{3, 0}, {0, 4}}), sc("0x3_3x2", {{0, 3}, {3, 2}})}});
  r.push_back({"dot",
               2,
               linSigs(),
               {-3, 3},
               1e-5,
               1e-13,
               [](Ins x, const Params &) { return nj::dot(x[0], x[1]); },
               refDot,
               {sc("2x3_3x4", {{2, 3}, {3, 4}}), sc("4_4", {{4}, {4}}),
                sc("2x3_4x3x5", {{2, 3}, {4, 3, 5}}), sc("scalar_3x4", {{}, {3, 4}}),
                sc("2x3x4_4", {{2, 3, 4}, {4}}), sc("3x4_4", {{3, 4}, {4}}),
                sc("4_4x3", {{4}, {4, 3}}), sc("0_0", {{0}, {0}})}});

  // -- Shapes.
  const std::vector<Sig> shapeSigs = numeric(true);
  const Domain sdom{-5, 5, true};
  r.push_back(
      {"reshape",
       1,
       shapeSigs,
       sdom,
       0,
       0,
       [](Ins x, const Params &p) { return nj::reshape(x[0], p.ints); },
       refReshape,
       {sc("3x4_to_4x3", {{3, 4}}, shapeParams({4, 3})),
        sc("3x4_to_m1", {{3, 4}}, shapeParams({-1})),
        sc("2x3x4_to_6xm1", {{2, 3, 4}}, shapeParams({6, -1})),
        sc("2x3x4_to_4xm1x2", {{2, 3, 4}}, shapeParams({4, -1, 2})),
        sc("5_to_5x1", {{5}}, shapeParams({5, 1})), sc("scalar_to_1x1", {{}}, shapeParams({1, 1})),
        sc("1_to_scalar", {{1}}, shapeParams({})), sc("3x0_to_0x5", {{3, 0}}, shapeParams({0, 5})),
        sc("3x0_to_m1", {{3, 0}}, shapeParams({-1}))}});
  r.push_back({"transpose",
               1,
               shapeSigs,
               sdom,
               0,
               0,
               [](Ins x, const Params &p) {
                 return p.axes ? nj::transpose(x[0], *p.axes) : nj::transpose(x[0]);
               },
               refTranspose,
               {sc("scalar", {{}}), sc("5", {{5}}), sc("3x4", {{3, 4}}), sc("2x3x4", {{2, 3, 4}}),
                sc("2x3x4_perm102", {{2, 3, 4}}, axesParams(std::vector<int64_t>{1, 0, 2})),
                sc("2x3x4_perm201", {{2, 3, 4}}, axesParams(std::vector<int64_t>{2, 0, 1})),
                sc("2x3x4_permm1_0_1", {{2, 3, 4}}, axesParams(std::vector<int64_t>{-1, 0, 1})),
                sc("3x0", {{3, 0}})}});
  r.push_back({"expand_dims",
               1,
               shapeSigs,
               sdom,
               0,
               0,
               [](Ins x, const Params &p) { return nj::expand_dims(x[0], p.axis); },
               refExpandDims,
               {sc("scalar_ax0", {{}}, axisParams(0)), sc("3x4_ax0", {{3, 4}}, axisParams(0)),
                sc("3x4_ax1", {{3, 4}}, axisParams(1)), sc("3x4_ax2", {{3, 4}}, axisParams(2)),
                sc("3x4_axm1", {{3, 4}}, axisParams(-1)), sc("0_axm1", {{0}}, axisParams(-1))}});
  r.push_back({"squeeze",
               1,
               shapeSigs,
               sdom,
               0,
               0,
               [](Ins x, const Params &p) { return nj::squeeze(x[0], axesOf(p)); },
               refSqueeze,
               {sc("1x3x1x4", {{1, 3, 1, 4}}),
                sc("1x3x1x4_ax2", {{1, 3, 1, 4}}, axesParams(std::vector<int64_t>{2})),
                sc("1x3x1x4_ax0m2", {{1, 3, 1, 4}}, axesParams(std::vector<int64_t>{0, -2})),
                sc("1x1", {{1, 1}}), sc("5", {{5}}), sc("1x0", {{1, 0}})}});
  r.push_back(
      {"broadcast_to",
       1,
       shapeSigs,
       sdom,
       0,
       0,
       [](Ins x, const Params &p) { return nj::broadcast_to(x[0], p.ints); },
       refBroadcastTo,
       {sc("4_to_3x4", {{4}}, shapeParams({3, 4})), sc("3x1_to_3x4", {{3, 1}}, shapeParams({3, 4})),
        sc("scalar_to_2x3", {{}}, shapeParams({2, 3})),
        sc("1x4_to_2x3x4", {{1, 4}}, shapeParams({2, 3, 4})),
        sc("3x1_to_3x0", {{3, 1}}, shapeParams({3, 0})), sc("5_to_5", {{5}}, shapeParams({5}))}});
  r.push_back({"concatenate",
               -1,
               plus(shapeSigs, {{I32, F32}, {BOOL, I64}}),
               sdom,
               0,
               0,
               [](Ins x, const Params &p) {
                 return nj::concatenate(std::vector<nj::Array>(x.begin(), x.end()), p.axis);
               },
               refConcatenate,
               {sc("2x3_4x3_ax0", {{2, 3}, {4, 3}}, axisParams(0)),
                sc("2x3_2x1_ax1", {{2, 3}, {2, 1}}, axisParams(1)),
                sc("2x3_2x2_2x1_axm1", {{2, 3}, {2, 2}, {2, 1}}, axisParams(-1)),
                sc("2x3x4_2x1x4_ax1", {{2, 3, 4}, {2, 1, 4}}, axisParams(1)),
                sc("0x3_2x3_ax0", {{0, 3}, {2, 3}}, axisParams(0)),
                sc("5_0_ax0", {{5}, {0}}, axisParams(0))}});
  r.push_back({"slice",
               1,
               shapeSigs,
               sdom,
               0,
               0,
               [](Ins x, const Params &p) { return nj::slice(x[0], p.ints, p.ints2, p.ints3); },
               refSlice,
               {sc("5_1to4", {{5}}, shapeParams({1}, {4})),
                sc("5_0to5by2", {{5}}, shapeParams({0}, {5}, {2})),
                sc("3x4", {{3, 4}}, shapeParams({1, 0}, {3, 4}, {1, 3})),
                sc("2x3x4", {{2, 3, 4}}, shapeParams({0, 1, 1}, {2, 2, 4}, {1, 1, 2})),
                sc("3x4_empty", {{3, 4}}, shapeParams({1, 0}, {1, 4})),
                sc("0", {{0}}, shapeParams({0}, {0}))}});
}

} // namespace numjit_test::optable
