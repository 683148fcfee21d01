//===- FrontendFuzzer.cpp - libFuzzer target: random programs, eager vs jit ===//
//
// Decodes the input into a small random program over nj::Array (5-15 ops:
// elementwise unary and binary ops with broadcasting and weak scalars,
// comparisons and where, reductions with axes and keepdims, reshape,
// transpose, slice, concatenate, broadcast_to, expand_dims/squeeze, astype,
// matmul, take, take_along_axis, dynamic_slice, dynamic_update_slice,
// scatter_add, one_hot, cumsum/cumprod, sort/argsort/top_k, bitwise ops, and
// cond, fori_loop, while_loop and scan with captured values), on 1-3 inputs of
// random small shapes (rank 0-3, sizes 0-5) and dtypes f32, f64, i32. Then:
//
// - runs it eagerly and under nj::jit (twice: the second, cached call must
//   give the same bits and compile nothing) and compares: same shapes and
//   dtypes, integers exactly, floats within a tolerance, NaN == NaN. A float
//   mismatch is accepted only when the program is that sensitive to
//   rounding: rerunning it eagerly with every float input scaled by 1 +- a
//   few ulps moves that element as far (reduction order and contraction
//   differ between one kernel per op and one fused kernel);
// - for programs of f64 only, compares nj::grad of sum(program) along a
//   random direction against central finite differences (three step sizes;
//   where they disagree with each other the function is not smooth there
//   and the check is skipped);
// - accepts numjit::Error when eager and jit both throw it (the decoder
//   makes an invalid op now and then on purpose). Anything else -- a
//   mismatch, a crash, a sanitizer report, an Error in one mode only, any
//   other exception -- prints the program and aborts.
//
// libnumjit comes from the main (GCC) build and is not instrumented: the
// harness feeds libFuzzer its own features (op x dtype x rank, op pairs,
// outcomes) through extra counters.
//
// NUMJIT_FUZZ_VERBOSE=1 prints each program and its outcome.
//
// In four files: FrontendFuzzer.h (what the parts share),
// FrontendFuzzerProgram.cpp (decoding, the interpreter),
// FrontendFuzzerOps.cpp (the op table) and this one (features, stats, the
// checks and libFuzzer's entry points).
//
//===----------------------------------------------------------------------===//

#include "FrontendFuzzer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace njfuzz {

//===----------------------------------------------------------------------===//
// Features for libFuzzer (libnumjit itself has no coverage instrumentation)
//===----------------------------------------------------------------------===//

namespace {

constexpr size_t kNumCounters = 1 << 14;
__attribute__((used, section("__libfuzzer_extra_counters"))) uint8_t gCounters[kNumCounters];

} // namespace

void feature(uint64_t key) {
  key *= 0x9E3779B97F4A7C15ull;
  uint8_t &c = gCounters[(key >> 40) % kNumCounters];
  if (c < 255)
    ++c;
}

namespace {

/// What the programs came to, printed at exit.
struct Stats {
  uint64_t programs = 0, bothThrew = 0, compared = 0, roundingExplained = 0, gradChecked = 0,
           gradSkipped = 0;
  ~Stats() {
    if (programs)
      std::fprintf(stderr,
                   "numjit-fuzz-frontend: %llu programs: %llu eager == jit (%llu within "
                   "rounding sensitivity), %llu numjit::Error in both; grad: %llu checked "
                   "against finite differences, %llu skipped (not smooth, not finite, or a "
                   "remainder by a value)\n",
                   (unsigned long long)programs, (unsigned long long)compared,
                   (unsigned long long)roundingExplained, (unsigned long long)bothThrew,
                   (unsigned long long)gradChecked, (unsigned long long)gradSkipped);
  }
} gStats;

bool verbose() {
  static bool v = [] {
    const char *e = std::getenv("NUMJIT_FUZZ_VERBOSE");
    return e && *e && *e != '0';
  }();
  return v;
}

//===----------------------------------------------------------------------===//
// Running and comparing
//===----------------------------------------------------------------------===//

/// The program as a function of N arrays, for nj::jit.
template <size_t N> struct ProgramFn {
  const Program *p;
  std::string *log;
  template <typename... A>
    requires(sizeof...(A) == N && (std::is_same_v<A, Array> && ...))
  std::vector<Array> operator()(const A &...a) const {
    std::vector<Array> in{a...};
    return interpret(*p, in, log);
  }
};
/// sum(first result) as a function of N arrays, for nj::grad.
template <size_t N> struct SumFn {
  const Program *p;
  template <typename... A>
    requires(sizeof...(A) == N && (std::is_same_v<A, Array> && ...))
  Array operator()(const A &...a) const {
    std::vector<Array> in{a...};
    return nj::sum(interpret(*p, in, nullptr).at(0));
  }
};

template <size_t N, typename F, typename Call>
auto withArrays(const std::vector<Array> &in, const F &f, Call call) {
  return [&]<size_t... I>(std::index_sequence<I...>) { return call(f, in[I]...); }(
      std::make_index_sequence<N>());
}

struct JitRun {
  std::vector<Array> first, second;
  uint64_t compilesOnSecondCall = 0;
};

template <size_t N>
JitRun runJit(const Program &p, const std::vector<Array> &in, std::string *log) {
  auto jf = nj::jit(ProgramFn<N>{&p, log});
  JitRun out;
  out.first = withArrays<N>(in, jf, [](const auto &f, const auto &...a) { return f(a...); });
  uint64_t before = nj::num_compiles();
  out.second = withArrays<N>(in, jf, [](const auto &f, const auto &...a) { return f(a...); });
  out.compilesOnSecondCall = nj::num_compiles() - before;
  return out;
}

template <size_t N> std::vector<Array> runGrad(const Program &p, const std::vector<Array> &in) {
  SumFn<N> f{&p};
  auto tupleToVector = [](const auto &t) {
    return std::apply([](const auto &...g) { return std::vector<Array>{g...}; }, t);
  };
  if constexpr (N == 1)
    return tupleToVector(withArrays<N>(in, nj::grad(f, {0}),
                                       [](const auto &g, const auto &...a) { return g(a...); }));
  else if constexpr (N == 2)
    return tupleToVector(withArrays<N>(in, nj::grad(f, {0, 1}),
                                       [](const auto &g, const auto &...a) { return g(a...); }));
  else
    return tupleToVector(withArrays<N>(in, nj::grad(f, {0, 1, 2}),
                                       [](const auto &g, const auto &...a) { return g(a...); }));
}

/// A jit()ed sum(program) for finite differences: one compile, many calls.
template <size_t N> struct SumJit {
  decltype(nj::jit(SumFn<N>{})) jf;
  explicit SumJit(const Program &p) : jf(nj::jit(SumFn<N>{&p})) {}
  double operator()(const std::vector<Array> &in) const {
    Array r = withArrays<N>(in, jf, [](const auto &f, const auto &...a) { return f(a...); });
    return r.item<double>();
  }
};

std::vector<double> values(const Array &a) { return a.to_vector<double>(); }

std::string describe(const std::vector<Array> &arrays, const char *name = "v") {
  std::ostringstream os;
  for (size_t i = 0; i < arrays.size(); ++i)
    os << "  " << name << i << " " << nj::shape_str(arrays[i].shape()) << " "
       << nj::dtype_name(arrays[i].dtype()) << ": " << arrays[i] << "\n";
  return os.str();
}

struct Failure {
  const Program &p;
  const std::string &log;
  const std::vector<Array> &inputs;
  const std::vector<Array> &values; ///< Every value of the eager run.
  [[noreturn]] void operator()(const std::string &what, const std::string &details = "") const {
    std::fprintf(stderr,
                 "\n==== numjit-fuzz-frontend: %s\n---- program (f64 only: %d)\n%s"
                 "---- eager values\n%s%s\n",
                 what.c_str(), p.f64Only, log.c_str(), describe(values).c_str(), details.c_str());
    std::fflush(stderr);
    std::abort();
  }
};

/// Distance for the comparison: 0 when equal (NaN == NaN, same infinity),
/// +inf when one is NaN or the infinities differ.
double distance(double a, double b) {
  if (std::isnan(a) || std::isnan(b))
    return std::isnan(a) && std::isnan(b) ? 0 : INFINITY;
  if (a == b)
    return 0;
  if (std::isinf(a) || std::isinf(b))
    return INFINITY;
  return std::fabs(a - b);
}

/// The indices where eager `e` and jit `j` (one result) differ beyond the
/// tolerance of their dtype.
std::vector<size_t> mismatches(const Array &e, const Array &j) {
  std::vector<double> ev = values(e), jv = values(j);
  std::vector<size_t> bad;
  bool isFloat = nj::is_floating(e.dtype());
  double rtol = e.dtype() == nj::f64 ? 1e-10 : 1e-5, scale = 0;
  for (double x : ev)
    if (std::isfinite(x))
      scale = std::max(scale, std::fabs(x));
  for (size_t i = 0; i < ev.size(); ++i) {
    double d = distance(ev[i], jv[i]);
    if (d == 0)
      continue;
    if (!isFloat || d > rtol * (std::max(std::fabs(ev[i]), std::fabs(jv[i])) + scale))
      bad.push_back(i);
  }
  return bad;
}

/// Whether the program is as sensitive to rounding as the mismatch at
/// `bad` of result `r`: scaling every float input by 1 + k ulps (which
/// keeps ties and order among the inputs) moves the eager result there by
/// a fair part of the eager-jit difference.
bool roundingExplains(const Program &p, const std::vector<Array> &eager,
                      const std::vector<Array> &jit, size_t r, const std::vector<size_t> &bad) {
  bool anyFloat = false;
  for (const InputSpec &in : p.inputs)
    anyFloat |= in.dtype != nj::i32;
  if (!anyFloat)
    return false;
  std::vector<double> ev = values(eager[r]), jv = values(jit[r]);
  std::vector<double> moved(ev.size(), 0);
  for (double k : {2.0, -2.0, 16.0, -16.0, 128.0}) {
    std::vector<Array> in;
    for (const InputSpec &s : p.inputs)
      in.push_back(makeArray(s, 1 + k * (s.dtype == nj::f64 ? 0x1p-52 : 0x1p-23)));
    std::vector<Array> out;
    try {
      out = interpret(p, in, nullptr);
    } catch (const nj::Error &) {
      return false;
    }
    std::vector<double> pv = values(out.at(r));
    for (size_t i : bad)
      moved[i] = std::max(moved[i], distance(pv[i], ev[i]));
  }
  for (size_t i : bad) {
    double d = distance(ev[i], jv[i]);
    if (d == INFINITY ? moved[i] != INFINITY : moved[i] < 0.25 * d)
      return false;
  }
  return true;
}

/// Whether the program (as `log` prints it) takes a remainder by one of its
/// values. rem(a, y) jumps each time a / y crosses an integer, which for a
/// small y happens many times within any finite-difference step: central
/// differences then measure the average slope across the jumps (and may
/// agree with each other), not the derivative, -trunc(a / y), that grad
/// rightly gives between them. (OpGrad checks rem's gradient on a domain.)
bool remaindersByValues(const std::string &log) {
  static const std::regex byValue(R"(rem\([^,()]+, v[0-9]+\))");
  return std::regex_search(log, byValue);
}

template <size_t N>
void checkGrad(const Program &p, const std::vector<Array> &in, const std::string &log,
               const Failure &fail) {
  if (remaindersByValues(log)) {
    feature(0xF00D05);
    ++gStats.gradSkipped;
    return;
  }
  std::vector<Array> g;
  try {
    g = runGrad<N>(p, in);
  } catch (const nj::Error &e) {
    fail("nj::grad threw where the function itself runs", std::string("error: ") + e.what());
  }
  // A random direction, and the directional derivative along it.
  Rng rng{0xD1C0FFEE ^ p.opsSize};
  std::vector<std::vector<double>> dir;
  double gd = 0, gscale = 0, xscale = 1;
  for (size_t i = 0; i < N; ++i) {
    std::vector<double> gv = values(g[i]);
    std::vector<double> d;
    for (size_t k = 0; k < gv.size(); ++k) {
      d.push_back(rng.uniform());
      if (!std::isfinite(gv[k])) {
        feature(0xF00D01);
        ++gStats.gradSkipped;
        return; // a singular point (sqrt(0), log(0), ...)
      }
      gd += gv[k] * d[k];
      gscale += std::fabs(gv[k] * d[k]);
    }
    for (double x : p.inputs[i].values)
      xscale = std::max(xscale, std::fabs(x));
    dir.push_back(std::move(d));
  }
  SumJit<N> f(p);
  auto at = [&](double t) {
    std::vector<Array> moved;
    for (size_t i = 0; i < N; ++i) {
      std::vector<double> v = p.inputs[i].values;
      for (size_t k = 0; k < v.size(); ++k)
        v[k] += t * dir[i][k];
      moved.push_back(nj::array(v, p.inputs[i].shape));
    }
    return f(moved);
  };
  double h = 1e-5 * xscale, fd[3];
  for (int s = 0; s < 3; ++s) {
    double t = h / double(1 << s);
    double plus = at(t), minus = at(-t);
    if (!std::isfinite(plus) || !std::isfinite(minus)) {
      feature(0xF00D02);
      ++gStats.gradSkipped;
      return;
    }
    fd[s] = (plus - minus) / (2 * t);
  }
  double mag = std::max({gscale, std::fabs(fd[2]), 1e-3});
  // Central differences converge as h^2: successive steps must agree, else
  // the function is not smooth near this point (a kink, a jump, a branch).
  if (std::fabs(fd[1] - fd[2]) > 1e-3 * mag || std::fabs(fd[0] - fd[1]) > 1e-2 * mag) {
    feature(0xF00D03);
    ++gStats.gradSkipped;
    return;
  }
  double err = std::fabs(gd - fd[2]);
  if (err > 1e-5 * mag + 20 * std::fabs(fd[1] - fd[2])) {
    std::ostringstream os;
    os.precision(17);
    os << "grad . dir = " << gd << "\nfinite differences (h, h/2, h/4; h = " << h
       << ") = " << fd[0] << ", " << fd[1] << ", " << fd[2] << "\ngrads:\n"
       << describe(g, "d/d input ");
    fail("nj::grad disagrees with finite differences", os.str());
  }
  feature(0xF00D04);
  ++gStats.gradChecked;
}

template <size_t N> void runProgram(const Program &p) {
  std::vector<Array> in;
  for (const InputSpec &s : p.inputs)
    in.push_back(makeArray(s));

  std::string log, jitLog;
  std::vector<Array> eagerValues = in;
  Failure fail{p, log, in, eagerValues};
  std::vector<Array> eager;
  std::optional<std::string> eagerError, jitError;
  try {
    eager = interpret(p, in, &log, &eagerValues);
  } catch (const nj::Error &e) {
    eagerError = e.what();
  }
  // Before jit runs, so that a crash in it comes after the program.
  if (verbose())
    std::fprintf(stderr, "---- program (f64 only: %d)\n%s%s", p.f64Only, log.c_str(),
                 eagerError ? ("eager error: " + *eagerError + "\n").c_str() : "");
  JitRun jit;
  try {
    jit = runJit<N>(p, in, &jitLog);
  } catch (const nj::Error &e) {
    jitError = e.what();
  }
  if (verbose() && jitError)
    std::fprintf(stderr, "jit error: %s\n", jitError->c_str());

  if (eagerError || jitError) {
    if (!eagerError)
      fail("jit threw numjit::Error, eager did not", "jit error: " + *jitError);
    if (!jitError)
      fail("eager threw numjit::Error, jit did not", "eager error: " + *eagerError);
    // The same op must be at fault ("numjit.<op>: ...").
    auto opOf = [](const std::string &m) { return m.substr(0, m.find(':')); };
    if (opOf(*eagerError) != opOf(*jitError))
      fail("eager and jit threw from different ops",
           "eager error: " + *eagerError + "\njit error: " + *jitError);
    feature(0xE0 + (std::hash<std::string>{}(opOf(*eagerError)) & 0xFF));
    ++gStats.bothThrew;
    return;
  }
  if (log != jitLog)
    fail("the traced program differs from the eager one (shapes or dtypes)",
         "---- as traced\n" + jitLog);
  if (jit.compilesOnSecondCall != 0)
    fail("the second jit call with the same signature compiled again");
  if (eager.size() != jit.first.size() || jit.first.size() != jit.second.size())
    fail("eager and jit give different numbers of results");

  bool explained = false;
  for (size_t r = 0; r < eager.size(); ++r) {
    const Array &e = eager[r], &j = jit.first[r], &j2 = jit.second[r];
    std::string results = "eager:\n" + describe({e}, "result ") + "jit:\n" + describe({j}, "result ");
    if (e.shape() != j.shape() || e.dtype() != j.dtype() || j.shape() != j2.shape() ||
        j.dtype() != j2.dtype())
      fail(fmt("result %zu: shapes or dtypes differ", r), results);
    std::vector<double> v1 = values(j), v2 = values(j2);
    for (size_t i = 0; i < v1.size(); ++i)
      if (distance(v1[i], v2[i]) != 0)
        fail(fmt("result %zu: the second jit call gives other values than the first", r),
             results + "second jit call:\n" + describe({j2}, "result "));
    std::vector<size_t> bad = mismatches(e, j);
    if (bad.empty())
      continue;
    if (!roundingExplains(p, eager, jit.first, r, bad))
      fail(fmt("result %zu: eager and jit differ (first at flat index %zu)", r, bad[0]), results);
    feature(0xACCE97);
    explained = true;
  }
  ++gStats.compared;
  gStats.roundingExplained += explained;

  if (p.f64Only && eager.at(0).dtype() == nj::f64)
    checkGrad<N>(p, in, log, fail);
}

} // namespace
} // namespace njfuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  // No persistent compile cache (every program is new) and one thread.
  setenv("NUMJIT_CACHE_DIR", "off", 1);
  nj::set_num_threads(1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 512)
    return -1;
  // Compiled kernels stay loaded until their cache is cleared: bound them
  // over a long run.
  static unsigned runs = 0;
  if (++runs % 500 == 0)
    nj::clear_caches();

  njfuzz::Program p = njfuzz::decode(data, size);
  ++njfuzz::gStats.programs;
  try {
    switch (p.inputs.size()) {
    case 1: njfuzz::runProgram<1>(p); break;
    case 2: njfuzz::runProgram<2>(p); break;
    default: njfuzz::runProgram<3>(p); break;
    }
  } catch (const std::exception &e) {
    std::fprintf(stderr, "numjit-fuzz-frontend: unexpected exception: %s\n", e.what());
    std::abort();
  }
  return 0;
}
