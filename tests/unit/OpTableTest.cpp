//===- OpTableTest.cpp - Every public op: eager == jit == a C++ reference -===//
//
// One table holds a record per public op: its arity, the input dtypes it is
// tested with, the domain random inputs are drawn from, its tolerance, the op
// itself and a plain C++ reference (row-major loops in double). The records
// are expanded over dtypes and shape cases -- (), (5,), (3, 4), broadcast
// pairs such as (3, 1)/(1, 4), rank 3, and empty (0,) and (3, 0) -- into one
// value-parameterized test per case. In every case the eager result and the
// jit result (called twice; the second call must not compile) must match the
// reference in value, dtype and shape, the dtype and shape being those
// jax.numpy gives (with int32 / float32 as the default int / float dtypes).
//
// The table is in OpTableRecords.cpp and OpTableAxisRecords.cpp, the
// references in OpTableReferences.cpp and OpTableShapeReferences.cpp (all
// declared in OpTable.h); this file expands and runs it.
//
//===----------------------------------------------------------------------===//

#include "OpTable.h"
#include "Ptxas.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <array>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <random>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace numjit_test::optable {

namespace {

//===----------------------------------------------------------------------===//
// Expansion into test cases
//===----------------------------------------------------------------------===//

struct Case {
  size_t record, shape;
  std::vector<DType> dtypes; ///< one per input
  std::string name;
  bool specials = false; ///< float inputs include NaN and +-inf
};
void PrintTo(const Case &c, std::ostream *os) { *os << c.name; }

std::vector<Case> allCases() {
  std::vector<Case> out;
  const auto &recs = records();
  for (size_t ri = 0; ri < recs.size(); ++ri) {
    const OpRecord &rec = recs[ri];
    size_t turn = 0; // the shape case the next non-`everywhere` signature gets
    for (const Sig &sig : rec.dtypes) {
      std::string dn;
      if (std::all_of(sig.in.begin(), sig.in.end(), [&](DType d) { return d == sig.in[0]; }))
        dn = shortName(sig.in[0]);
      else
        for (DType d : sig.in)
          dn += shortName(d);
      // `dtypes` for shape case `si`, or nothing where the input counts differ.
      auto fit = [&](size_t si, std::vector<DType> &dts) {
        dts = sig.in;
        if (dts.size() == 1)
          dts.assign(rec.shapes[si].shapes.size(), sig.in[0]);
        return dts.size() == rec.shapes[si].shapes.size();
      };
      std::vector<DType> dts;
      if (sig.everywhere) {
        for (size_t si = 0; si < rec.shapes.size(); ++si)
          if (fit(si, dts))
            out.push_back({ri, si, dts, rec.name + "_" + dn + "_" + rec.shapes[si].name});
        continue;
      }
      for (size_t tries = 0; tries < rec.shapes.size(); ++tries) {
        size_t si = turn++ % rec.shapes.size();
        if (fit(si, dts)) {
          out.push_back({ri, si, dts, rec.name + "_" + dn + "_" + rec.shapes[si].name});
          break;
        }
      }
    }
    if (!rec.specials)
      continue;
    // NaN and infinities: each single-float-dtype signature on the shape
    // case with the most elements.
    size_t largest = 0;
    int64_t most = -1;
    for (size_t si = 0; si < rec.shapes.size(); ++si) {
      int64_t n = 0;
      for (const Shape &sh : rec.shapes[si].shapes)
        n += numel(sh);
      if (n > most) {
        most = n;
        largest = si;
      }
    }
    for (const Sig &sig : rec.dtypes) {
      if (sig.in.size() != 1 || !isFloat(sig.in[0]))
        continue;
      std::vector<DType> dts(rec.shapes[largest].shapes.size(), sig.in[0]);
      out.push_back({ri, largest, dts,
                     rec.name + "_" + shortName(sig.in[0]) + "_" + rec.shapes[largest].name +
                         "_specials",
                     true});
    }
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Running one case
//===----------------------------------------------------------------------===//

Tensor randomTensor(DType d, const Shape &shape, const Domain &dom, bool nonzero,
                    std::mt19937_64 &rng, bool specials = false) {
  Tensor t{d, shape, {}};
  auto uniformInt = [&](int64_t lo, int64_t hi) {
    return lo + int64_t(rng() % uint64_t(hi - lo + 1));
  };
  for (int64_t k = 0; k < numel(shape); ++k) {
    double x = 0;
    do {
      if (d == DType::bool_) {
        x = double(rng() & 1);
      } else if (!isFloat(d)) {
        double lo = std::max(dom.lo, range(d).first), hi = std::min(dom.hi, range(d).second);
        x = double(uniformInt(int64_t(std::ceil(lo)), int64_t(std::floor(hi))));
      } else if (dom.discrete) {
        x = 0.5 *
            double(uniformInt(int64_t(std::ceil(2 * dom.lo)), int64_t(std::floor(2 * dom.hi))));
      } else {
        x = castTo(d, dom.lo + (dom.hi - dom.lo) * double(rng() >> 11) * 0x1p-53);
      }
    } while (nonzero && std::fabs(x) < (isFloat(d) ? 0.25 : 1));
    if (specials && isFloat(d) && rng() % 5 == 0)
      x = std::array<double, 3>{kNaN, kInf, -kInf}[rng() % 3];
    t.v.push_back(x);
  }
  return t;
}

void expectMatches(const char *which, const nj::Array &got, const Tensor &want, double tol,
                   const std::vector<Tensor> &inputs) {
  std::string ins;
  for (const Tensor &t : inputs)
    ins += "\n  input " + describe(t);
  EXPECT_EQ(nj::dtype_name(got.dtype()), std::string(nj::dtype_name(want.dtype)))
      << which << ": wrong dtype" << ins;
  ASSERT_EQ(nj::shape_str(got.shape()), nj::shape_str(want.shape))
      << which << ": wrong shape" << ins;
  std::vector<double> g = got.to_vector<double>();
  ASSERT_EQ(g.size(), want.v.size());
  int bad = 0;
  std::ostringstream msg;
  for (size_t i = 0; i < g.size(); ++i)
    if (!close(g[i], want.v[i], tol) && bad++ < 6)
      msg << "\n  [" << i << "] got " << g[i] << ", want " << want.v[i];
  EXPECT_EQ(bad, 0) << which << ": " << bad << " of " << g.size()
                    << " elements differ beyond tolerance " << tol << msg.str() << ins
                    << "\n  want " << describe(want);
}

struct JitRun {
  nj::Array first, second;
  uint64_t compiles_before_second = 0, compiles_after_second = 0;
};

template <typename F, typename... A> JitRun callTwice(const F &f, const A &...a) {
  JitRun r;
  r.first = f(a...);
  r.compiles_before_second = nj::num_compiles();
  r.second = f(a...);
  r.compiles_after_second = nj::num_compiles();
  return r;
}

JitRun runJit(const OpRecord &rec, const Params &p, const std::vector<nj::Array> &in) {
  const OpFn &op = rec.op;
  switch (in.size()) {
  case 1:
    return callTwice(nj::jit([&](nj::Array a) {
                       nj::Array xs[] = {a};
                       return op(xs, p);
                     }),
                     in[0]);
  case 2:
    return callTwice(nj::jit([&](nj::Array a, nj::Array b) {
                       nj::Array xs[] = {a, b};
                       return op(xs, p);
                     }),
                     in[0], in[1]);
  case 3:
    return callTwice(nj::jit([&](nj::Array a, nj::Array b, nj::Array c) {
                       nj::Array xs[] = {a, b, c};
                       return op(xs, p);
                     }),
                     in[0], in[1], in[2]);
  case 4:
    return callTwice(nj::jit([&](nj::Array a, nj::Array b, nj::Array c, nj::Array d) {
                       nj::Array xs[] = {a, b, c, d};
                       return op(xs, p);
                     }),
                     in[0], in[1], in[2], in[3]);
  }
  ADD_FAILURE() << "unsupported number of inputs: " << in.size();
  return {};
}

/// The case's random inputs (as host tensors and Arrays) and the
/// reference result, or none where the op must throw.
std::optional<Tensor> makeInputs(const Case &c, std::vector<Tensor> &host,
                                 std::vector<nj::Array> &in) {
  const OpRecord &rec = records()[c.record];
  const ShapeCase &s = rec.shapes[c.shape];
  std::mt19937_64 rng(fnv1a(c.name));
  for (size_t i = 0; i < s.shapes.size(); ++i) {
    bool nonzero = rec.domain.nonzero_last && i + 1 == s.shapes.size();
    host.push_back(
        randomTensor(c.dtypes[i], s.shapes[i], rec.domain, nonzero, rng, c.specials));
    in.push_back(toArray(host.back()));
  }
  try {
    return rec.reference(host, s.params);
  } catch (const NoResult &) {
    return std::nullopt;
  }
}

class OpCase : public ::testing::TestWithParam<Case> {};

TEST_P(OpCase, EagerJitRef) {
  const Case &c = GetParam();
  const OpRecord &rec = records()[c.record];
  const ShapeCase &s = rec.shapes[c.shape];

  if (rec.arity >= 0) {
    ASSERT_EQ(s.shapes.size(), size_t(rec.arity)) << "shape case does not fit the record's arity";
  }

  std::vector<Tensor> host;
  std::vector<nj::Array> in;
  std::optional<Tensor> want = makeInputs(c, host, in);
  if (!want) {
    EXPECT_THROW(rec.op(in, s.params), nj::Error) << "eager";
    EXPECT_THROW(runJit(rec, s.params, in), nj::Error) << "jit";
    return;
  }

  double tol = rec.tolerance(want->dtype);
  expectMatches("eager", rec.op(in, s.params), *want, tol, host);
  JitRun j = runJit(rec, s.params, in);
  EXPECT_EQ(j.compiles_after_second, j.compiles_before_second)
      << "the second jit call compiled again";
  expectMatches("jit, first call", j.first, *want, tol, host);
  expectMatches("jit, second call", j.second, *want, tol, host);
}

INSTANTIATE_TEST_SUITE_P(OpTable, OpCase, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<Case> &info) {
                           return info.param.name;
                         });

//===----------------------------------------------------------------------===//
// The table on the GPU: PTX through ptxas, and device == reference where a
// device is present
//===----------------------------------------------------------------------===//

/// Per record and dtype signature, its first and last shape case.
std::vector<Case> gpuCases() {
  std::vector<Case> all = allCases(), out;
  std::map<std::string, std::pair<size_t, size_t>> firstLast;
  std::vector<std::string> order;
  for (size_t i = 0; i < all.size(); ++i) {
    std::string key = std::to_string(all[i].record);
    for (DType d : all[i].dtypes) {
      key.push_back('/');
      key.append(shortName(d));
    }
    auto [it, fresh] = firstLast.try_emplace(key, i, i);
    if (fresh)
      order.push_back(key);
    it->second.second = i;
  }
  for (const std::string &key : order) {
    auto [first, last] = firstLast[key];
    out.push_back(all[first]);
    if (last != first)
      out.push_back(all[last]);
  }
  return out;
}

template <size_t> using Arg = nj::Array;

/// Lowers the case's op for sm_90 (and runs it there when `run`).
template <size_t... I>
std::pair<nj::Lowered, std::optional<nj::Array>>
onGpu(const OpRecord &rec, const Params &p, const std::vector<nj::Array> &in, bool run,
      std::index_sequence<I...>) {
  auto jf = nj::jit(
      [&](Arg<I>... a) {
        nj::Array xs[] = {a...};
        return rec.op(xs, p);
      },
      nj::cuda("sm_90"));
  nj::Lowered lowered = jf.lower(in[I]...);
  std::optional<nj::Array> result;
  if (run)
    result = jf(in[I]...);
  return {std::move(lowered), std::move(result)};
}

std::pair<nj::Lowered, std::optional<nj::Array>>
onGpu(const OpRecord &rec, const Params &p, const std::vector<nj::Array> &in, bool run) {
  switch (in.size()) {
  case 1: return onGpu(rec, p, in, run, std::make_index_sequence<1>());
  case 2: return onGpu(rec, p, in, run, std::make_index_sequence<2>());
  case 3: return onGpu(rec, p, in, run, std::make_index_sequence<3>());
  case 4: return onGpu(rec, p, in, run, std::make_index_sequence<4>());
  }
  throw std::runtime_error("unsupported number of inputs: " + std::to_string(in.size()));
}

class GpuOpCase : public ::testing::TestWithParam<Case> {};

TEST_P(GpuOpCase, PtxAssemblesAndDeviceMatchesReference) {
  const Case &c = GetParam();
  const OpRecord &rec = records()[c.record];
  const ShapeCase &s = rec.shapes[c.shape];
  std::vector<Tensor> host;
  std::vector<nj::Array> in;
  std::optional<Tensor> want = makeInputs(c, host, in);
  if (!want) {
    EXPECT_THROW(onGpu(rec, s.params, in, false), nj::Error);
    return;
  }
  bool device = nj::cuda_available();
  std::optional<std::pair<nj::Lowered, std::optional<nj::Array>>> compiled;
  try {
    compiled = onGpu(rec, s.params, in, device);
  } catch (const nj::Error &e) {
    if (!rec.gpu) { // refused clearly (a line-by-line loop would run on the host)
      std::string what = e.what();
      EXPECT_TRUE(what.find("has no GPU lowering yet") != std::string::npos ||
                  what.find("accesses device memory from the host") != std::string::npos)
          << what;
      return;
    }
    if (std::string(e.what()).find("libdevice, which was not found") == std::string::npos)
      throw;
    GTEST_SKIP() << "the op needs CUDA's libdevice and no CUDA toolkit is here: " << e.what();
  }
  auto &[lowered, got] = *compiled;
  const std::string &ptx = lowered.as_text(nj::Stage::PTX);
  if (ptx.find(".entry") != std::string::npos) { // else nothing to compute
    if (numjit_test::ptxasPath().empty())
      GTEST_SKIP() << "ptxas not found (no CUDA toolkit at /usr/local/cuda, NUMJIT_PTXAS "
                      "unset): the PTX was made but not assembled";
    EXPECT_EQ(numjit_test::ptxasErrors(ptx, "sm_90", c.name), "");
  }
  if (!device)
    return; // the device run is checked where a GPU is
  double tol = rec.tolerance(want->dtype);
  expectMatches("gpu", *got, *want, tol, host);
}

INSTANTIATE_TEST_SUITE_P(OpTable, GpuOpCase, ::testing::ValuesIn(gpuCases()),
                         [](const ::testing::TestParamInfo<Case> &info) {
                           return info.param.name;
                         });

//===----------------------------------------------------------------------===//
// Cases outside the table
//===----------------------------------------------------------------------===//

template <typename F>
void eagerAndJit(F f, const std::function<void(const nj::Array &)> &check, const nj::Array &a,
                 const nj::Array &b) {
  check(f(a, b));
  auto jf = nj::jit(f);
  check(jf(a, b));
  uint64_t compiles = nj::num_compiles();
  check(jf(a, b));
  EXPECT_EQ(nj::num_compiles(), compiles);
}

TEST(OpTableExtra, IntegerDivisionByZeroDoesNotCrash) {
  for (DType d : {I32, I64}) {
    nj::Array num = nj::astype(nj::array({5, -5, 0, 7}), d);
    nj::Array den = nj::astype(nj::array({0, 0, 0, 2}), d);
    // True division of integers is float32 division: +-inf and nan.
    eagerAndJit([](nj::Array a, nj::Array b) { return nj::divide(a, b); },
                [](const nj::Array &r) {
                  EXPECT_EQ(r.dtype(), F32);
                  std::vector<float> v = r.to_vector<float>();
                  ASSERT_EQ(v.size(), 4u);
                  EXPECT_EQ(v[0], INFINITY);
                  EXPECT_EQ(v[1], -INFINITY);
                  EXPECT_TRUE(std::isnan(v[2]));
                  EXPECT_EQ(v[3], 3.5f);
                },
                num, den);
    // The remainder by zero is unspecified, but must not trap.
    eagerAndJit([](nj::Array a, nj::Array b) { return nj::rem(a, b); },
                [d](const nj::Array &r) {
                  EXPECT_EQ(r.dtype(), d);
                  std::vector<int64_t> v = r.to_vector<int64_t>();
                  ASSERT_EQ(v.size(), 4u);
                  EXPECT_EQ(v[3], 1);
                },
                num, den);
  }
}

TEST(OpTableExtra, IntegerRemainderOfMinByMinusOneDoesNotTrap) {
  // INT_MIN % -1 overflows the quotient (x86's idiv traps); the remainder is 0.
  nj::Array a32 = nj::array({std::numeric_limits<int32_t>::min(), 7});
  nj::Array a64 = nj::array({std::numeric_limits<int64_t>::min(), int64_t(7)});
  for (const nj::Array &a : {a32, a64})
    eagerAndJit([](nj::Array x, nj::Array y) { return nj::rem(x, y); },
                [&](const nj::Array &r) {
                  EXPECT_EQ(r.dtype(), a.dtype());
                  EXPECT_EQ(r.to_vector<int64_t>(), (std::vector<int64_t>{0, 0}));
                },
                a, nj::astype(nj::array({-1, -1}), a.dtype()));
}

TEST(OpTableExtra, ComparisonsWithNaN) {
  nj::Array a = nj::array({kNaN, 1.0, kNaN}), b = nj::array({kNaN, kNaN, 1.0});
  auto f = [](nj::Array x, nj::Array y) {
    return nj::concatenate({nj::equal(x, y), nj::not_equal(x, y), nj::less(x, y),
                            nj::less_equal(x, y), nj::greater(x, y), nj::greater_equal(x, y)});
  };
  std::vector<int32_t> want = {0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  eagerAndJit(
      f, [&](const nj::Array &r) { EXPECT_EQ(r.to_vector<int32_t>(), want); }, a, b);
}

TEST(OpTableExtra, IntegerRemainderTruncatesTowardZero) {
  nj::Array a = nj::array({7, -7, 7, -7}), b = nj::array({2, 2, -2, -2});
  eagerAndJit([](nj::Array x, nj::Array y) { return nj::rem(x, y); },
              [](const nj::Array &r) {
                EXPECT_EQ(r.to_vector<int32_t>(), (std::vector<int32_t>{1, -1, 1, -1}));
              },
              a, b);
}

TEST(OpTableExtra, ShiftsByOutOfRangeAmountsAndOfNegativeValues) {
  nj::Array a = nj::array({-8, 8, -1, 1}), s = nj::array({1, 32, 40, -1});
  eagerAndJit(
      [](nj::Array x, nj::Array y) {
        return nj::concatenate({x >> y, x << y, nj::shift_right_logical(x, y)});
      },
      [](const nj::Array &r) {
        EXPECT_EQ(r.dtype(), I32);
        EXPECT_EQ(r.to_vector<int64_t>(), (std::vector<int64_t>{-4, 0, -1, 0, -16, 0, 0, 0,
                                                                 2147483644, 0, 0, 0}));
      },
      a, s);
  nj::Array u = nj::array(std::vector<uint32_t>{0xFFFFFFF8u, 1u, 0x80000000u}, {3});
  nj::Array k = nj::array(std::vector<uint32_t>{1u, 31u, 32u}, {3});
  eagerAndJit([](nj::Array x, nj::Array y) { return nj::concatenate({x >> y, x << y}); },
              [](const nj::Array &r) {
                EXPECT_EQ(r.dtype(), U32);
                EXPECT_EQ(r.to_vector<int64_t>(),
                          (std::vector<int64_t>{0x7FFFFFFC, 0, 0, 0xFFFFFFF0, 0x80000000, 0}));
              },
              u, k);
}

TEST(OpTableExtra, UnsignedArithmeticWrapsAndPromotesAsJaxNumpy) {
  nj::Array a = nj::array(std::vector<uint8_t>{250, 3}, {2});
  nj::Array b = nj::array(std::vector<uint8_t>{10, 5}, {2});
  EXPECT_EQ((a + b).dtype(), U8);
  EXPECT_EQ((a + b).to_vector<int64_t>(), (std::vector<int64_t>{4, 8}));
  EXPECT_EQ((b - a).to_vector<int64_t>(), (std::vector<int64_t>{16, 2}));
  EXPECT_EQ((a + 1).dtype(), U8);
  EXPECT_EQ((a + 1.5).dtype(), F32);
  EXPECT_EQ((a + nj::array({1})).dtype(), I32);
  nj::Array c = nj::array(std::vector<uint32_t>{4000000000u}, {1});
  EXPECT_EQ((c + nj::array({1})).dtype(), I64);
  EXPECT_EQ((c + nj::array({1})).to_vector<int64_t>(), (std::vector<int64_t>{4000000001}));
  EXPECT_EQ((c + a).dtype(), U32);
  EXPECT_TRUE((c > nj::array({-1})).item<bool>()); // compared in int64, not wrapped
  EXPECT_EQ((c / nj::array(std::vector<uint32_t>{0u}, {1})).dtype(), F32);
  EXPECT_EQ(nj::sum(a).dtype(), U32);
  EXPECT_EQ(nj::sum(a).item<int64_t>(), 253);
  EXPECT_EQ(nj::max(c).item<int64_t>(), 4000000000);
  EXPECT_EQ(nj::astype(nj::array({-1, 256}), U8).to_vector<int64_t>(),
            (std::vector<int64_t>{255, 0}));
  EXPECT_EQ(nj::astype(nj::array({-1}), U32).item<int64_t>(), 4294967295);
  EXPECT_EQ(nj::astype(nj::array({-3.5f, 300.f}), U8).to_vector<int64_t>(),
            (std::vector<int64_t>{0, 255}));
  EXPECT_EQ(nj::astype(c, F64).item<double>(), 4e9);
  EXPECT_EQ(nj::to_string(a), "Array([250,   3], dtype=uint8)");
  EXPECT_EQ(nj::to_string(c), "Array([4000000000], dtype=uint32)");
  EXPECT_EQ(nj::to_string(~a), "Array([  5, 252], dtype=uint8)");
  EXPECT_EQ(nj::to_string((a & 0xF) | (b ^ 1)), "Array([11,  7], dtype=uint8)");
  // jit agrees, on unsigned arguments and results.
  // 250 - 10 = 240 and 3 - 5 wraps to 254: the larger, compared unsigned.
  auto f = nj::jit([](nj::Array x, nj::Array y) { return nj::argmax(x - y); });
  EXPECT_EQ(f(a, b).item<int64_t>(), 1);
}

TEST(OpTableExtra, BitwiseOpsRejectFloatsAndShiftsRejectBools) {
  EXPECT_THROW(nj::bitwise_and(nj::array({1.f}), nj::array({1})), nj::Error);
  EXPECT_THROW(nj::bitwise_not(nj::array({1.0})), nj::Error);
  EXPECT_THROW(nj::left_shift(nj::array({true}), nj::array({true})), nj::Error);
  EXPECT_THROW(nj::jit([](nj::Array x) { return x >> 1.5; })(nj::array({1})), nj::Error);
  EXPECT_EQ((nj::array({true, false}) ^ nj::array({true, true})).to_vector<int32_t>(),
            (std::vector<int32_t>{0, 1}));
}

TEST(OpTableExtra, IotaSplitIntoParallelChunksCountsFromTheStart) {
  // Above 2^16 iterations a loop runs in chunks (on threads): each chunk's
  // positions are offset by the chunk's start.
  const int64_t n = 200003;
  auto f = nj::jit([](nj::Array x) { return x + nj::arange(n, I32); });
  std::vector<int32_t> v = f(nj::zeros({n}, I32)).to_vector<int32_t>();
  for (int64_t i : {int64_t(0), int64_t(8191), int64_t(8192), int64_t(100000), n - 1})
    EXPECT_EQ(v[size_t(i)], i);
}

TEST(OpTableExtra, ReductionsOverAnEmptyAxisThrow) {
  nj::Array e = nj::zeros({3, 0});
  EXPECT_THROW(nj::max(e), nj::Error);
  EXPECT_THROW(nj::min(e, 1), nj::Error);
  EXPECT_THROW(nj::argmax(e, 1), nj::Error);
  EXPECT_THROW(nj::argmax(nj::zeros({0}, I32)), nj::Error);
  EXPECT_THROW(nj::jit([](nj::Array x) { return nj::max(x, -1); })(e), nj::Error);
  EXPECT_THROW(nj::jit([](nj::Array x) { return nj::argmax(x); })(e), nj::Error);
  // Reducing the non-empty axis is fine.
  EXPECT_EQ(nj::max(e, 0).shape(), (Shape{0}));
  EXPECT_EQ(nj::argmax(e, 0).shape(), (Shape{0}));
}

TEST(OpTableExtra, FloatMaxMinPropagateNaN) {
  for (DType d : {F32, F64}) {
    nj::Array a = nj::astype(nj::array({1.0, kNaN, 3.0, kNaN}), d);
    nj::Array b = nj::astype(nj::array({kNaN, 2.0, 1.0, kNaN}), d);
    auto isNaNAt = [](const nj::Array &r, std::vector<bool> nan) {
      std::vector<double> v = r.to_vector<double>();
      ASSERT_EQ(v.size(), nan.size());
      for (size_t i = 0; i < v.size(); ++i)
        EXPECT_EQ(std::isnan(v[i]), nan[i]) << "element " << i << " is " << v[i];
    };
    eagerAndJit([](nj::Array x, nj::Array y) { return nj::maximum(x, y); },
                [&](const nj::Array &r) {
                  isNaNAt(r, {true, true, false, true});
                },
                a, b);
    eagerAndJit([](nj::Array x, nj::Array y) { return nj::minimum(x, y); },
                [&](const nj::Array &r) {
                  isNaNAt(r, {true, true, false, true});
                },
                a, b);
    // Reductions: a NaN anywhere in a slice makes its max/min NaN.
    nj::Array m = nj::reshape(nj::astype(nj::array({1.0, kNaN, 3.0, 4.0, 5.0, 6.0}), d), {2, 3});
    eagerAndJit([](nj::Array x, nj::Array) { return nj::max(x, -1); },
                [&](const nj::Array &r) {
                  isNaNAt(r, {true, false});
                },
                m, m);
    eagerAndJit([](nj::Array x, nj::Array) { return nj::min(x, 0); },
                [&](const nj::Array &r) {
                  isNaNAt(r, {false, true, false});
                },
                m, m);
    eagerAndJit([](nj::Array x, nj::Array) { return nj::max(x); },
                [&](const nj::Array &r) { isNaNAt(r, {true}); }, m, m);
    // argmax treats NaN as the maximum (jax.numpy): the first NaN's index.
    eagerAndJit([](nj::Array x, nj::Array) { return nj::argmax(x, 1); },
                [&](const nj::Array &r) {
                  EXPECT_EQ(r.to_vector<int32_t>(), (std::vector<int32_t>{1, 2}));
                },
                m, m);
  }
}

} // namespace

} // namespace numjit_test::optable
