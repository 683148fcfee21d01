//===- VmapOpTest.cpp - Every op: vmap == stacking f over the slices ------===//
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
// per index. The records are VmapOpTable.cpp.
//
//===----------------------------------------------------------------------===//

#include "HostTensor.h"
#include "VmapHelpers.h"
#include "VmapOpTable.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace nj = numjit;

namespace {

using namespace numjit_test;
using namespace numjit_test::vmaptest;

using nj::DType;
using nj::Shape;
using Axis = std::optional<int64_t>;
using InAxes = std::vector<Axis>;

//===----------------------------------------------------------------------===//
// Host tensors
//===----------------------------------------------------------------------===//

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

} // namespace
