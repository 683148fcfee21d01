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
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace nj = numjit;
using nj::Array;
using nj::DType;
using nj::Shape;

namespace {

//===----------------------------------------------------------------------===//
// Features for libFuzzer (libnumjit itself has no coverage instrumentation)
//===----------------------------------------------------------------------===//

constexpr size_t kNumCounters = 1 << 14;
__attribute__((used, section("__libfuzzer_extra_counters"))) uint8_t gCounters[kNumCounters];

void feature(uint64_t key) {
  key *= 0x9E3779B97F4A7C15ull;
  uint8_t &c = gCounters[(key >> 40) % kNumCounters];
  if (c < 255)
    ++c;
}

/// What the programs came to, printed at exit.
struct Stats {
  uint64_t programs = 0, bothThrew = 0, compared = 0, roundingExplained = 0, gradChecked = 0,
           gradSkipped = 0;
  ~Stats() {
    if (programs)
      std::fprintf(stderr,
                   "numjit-fuzz-frontend: %llu programs: %llu eager == jit (%llu within "
                   "rounding sensitivity), %llu numjit::Error in both; grad: %llu checked "
                   "against finite differences, %llu skipped (not smooth or not finite)\n",
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
// Decoding
//===----------------------------------------------------------------------===//

/// Reads choices from the input; past its end, from a fixed generator (so a
/// short input still makes a whole program, the same one every time).
class Reader {
public:
  Reader(const uint8_t *data, size_t size) : data_(data), size_(size) {}
  uint8_t byte() {
    if (pos_ < size_)
      return data_[pos_++];
    state_ += 0x9E3779B97F4A7C15ull;
    uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return uint8_t(z ^ (z >> 31));
  }
  /// A number in [0, n).
  unsigned below(unsigned n) {
    if (n <= 1)
      return 0;
    unsigned v = n <= 256 ? byte() : (unsigned(byte()) << 8) | byte();
    return v % n;
  }
  /// A number in [lo, hi].
  int64_t range(int64_t lo, int64_t hi) { return lo + below(unsigned(hi - lo + 1)); }
  bool oneIn(unsigned n) { return below(n) == 0; }
  bool flip() { return byte() & 1; }

private:
  const uint8_t *data_;
  size_t size_, pos_ = 0;
  uint64_t state_ = 0x5EED;
};

/// splitmix64: input data and directions.
struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [-1, 1).
  double uniform() { return double(next() >> 11) * 0x1p-52 - 1.0; }
};

int64_t numel(const Shape &s) {
  int64_t n = 1;
  for (int64_t d : s)
    n *= d;
  return n;
}

std::optional<Shape> broadcastShapes(const Shape &a, const Shape &b) {
  size_t r = std::max(a.size(), b.size());
  Shape out(r);
  for (size_t i = 0; i < r; ++i) {
    int64_t x = i < r - a.size() ? 1 : a[i - (r - a.size())];
    int64_t y = i < r - b.size() ? 1 : b[i - (r - b.size())];
    if (x != y && x != 1 && y != 1)
      return std::nullopt;
    out[i] = x == 1 ? y : x;
  }
  return out;
}

std::string str(DType d) { return nj::dtype_name(d); }
std::string list(const std::vector<int64_t> &v, const char *open = "{", const char *close = "}") {
  std::string s = open;
  for (size_t i = 0; i < v.size(); ++i)
    s += (i ? ", " : "") + std::to_string(v[i]);
  return s + close;
}
std::string fmt(const char *f, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, f);
  vsnprintf(buf, sizeof buf, f, ap);
  va_end(ap);
  return buf;
}

constexpr int64_t kMaxElements = 256;

struct InputSpec {
  Shape shape;
  DType dtype;
  std::vector<double> values;
};

/// What the input decodes to: the inputs, and the bytes that choose the ops
/// (read again, identically, by every run of the program).
struct Program {
  std::vector<InputSpec> inputs;
  bool f64Only = false; ///< Every value f64: the gradient is checked too.
  const uint8_t *ops = nullptr;
  size_t opsSize = 0;
};

Shape decodeShape(Reader &r) {
  Shape s(r.below(4)); // rank 0-3
  for (int64_t &d : s) {
    unsigned b = r.below(16);
    d = b < 1 ? 0 : b < 4 ? 1 : b < 8 ? 2 : b < 11 ? 3 : b < 14 ? 4 : 5;
  }
  return s;
}

Program decode(const uint8_t *data, size_t size) {
  Program p;
  Reader r(data, std::min<size_t>(size, 12));
  p.f64Only = r.below(3) == 0;
  unsigned numInputs = 1 + r.below(3);
  uint64_t seed = 0;
  for (int i = 0; i < 4; ++i)
    seed = (seed << 8) | r.byte();
  Rng rng{seed};
  const DType dtypes[] = {nj::f32, nj::f64, nj::i32};
  for (unsigned i = 0; i < numInputs; ++i) {
    InputSpec in;
    in.shape = decodeShape(r);
    in.dtype = p.f64Only ? nj::f64 : dtypes[r.below(3)];
    bool specials = !p.f64Only && r.oneIn(4);
    for (int64_t k = 0; k < numel(in.shape); ++k) {
      double v;
      if (in.dtype == nj::i32) {
        uint64_t z = rng.next();
        v = z % 16 == 0 ? (z % 32 == 0 ? 2147483647.0 : -2147483648.0) : double(int64_t(z % 11) - 5);
      } else if (p.f64Only) {
        v = 2 * rng.uniform(); // continuous: no ties, kinks rarely near
      } else {
        uint64_t z = rng.next();
        v = double(int64_t(z % 65) - 32) / 8; // exact in f32: ties happen
        if (specials && z % 7 == 0) {
          const double special[] = {NAN, INFINITY, -INFINITY, 0.0, -0.0, 1e30, -1e-30};
          v = special[(z >> 8) % 7];
        }
      }
      in.values.push_back(v);
    }
    p.inputs.push_back(std::move(in));
  }
  size_t used = std::min<size_t>(size, 12);
  p.ops = data + used;
  p.opsSize = size - used;
  return p;
}

Array makeArray(const InputSpec &in, double scale = 1.0) {
  switch (in.dtype) {
  case DType::f32: {
    std::vector<float> v;
    for (double x : in.values)
      v.push_back(float(x * scale));
    return nj::array(v, in.shape);
  }
  case DType::f64: {
    std::vector<double> v;
    for (double x : in.values)
      v.push_back(x * scale);
    return nj::array(v, in.shape);
  }
  default: {
    std::vector<int32_t> v;
    for (double x : in.values)
      v.push_back(int32_t(x));
    return nj::array(v, in.shape);
  }
  }
}

//===----------------------------------------------------------------------===//
// The interpreter: one run of the program, eager or traced
//===----------------------------------------------------------------------===//

enum Op : unsigned {
  Unary, Binary, Scalar, CompareWhere, Compare, Reduce, ArgMax, Softmax, Reshape,
  Transpose, ExpandSqueeze, BroadcastTo, Slice, Concatenate, AsType, MatMul, Take,
  TakeAlongAxis, DynamicSlice, DynamicUpdateSlice, ScatterAdd, OneHot, Cumulative,
  Sort, ArgSort, TopK, Bitwise, Clip, Cond, ForiLoop, WhileLoop, Scan, Invalid,
  NumOps
};

/// Ops that give f64 from f64 (and are differentiable, where not piecewise
/// constant): the only ones an f64-only program uses.
bool allowedInF64(Op op) {
  switch (op) {
  case Compare: case ArgMax: case AsType: case ArgSort: case OneHot: case Bitwise:
  case WhileLoop:
    return false;
  default:
    return true;
  }
}

using UnaryFn = Array (*)(const Array &, std::source_location);
struct NamedUnary {
  const char *name;
  UnaryFn fn;
};
const NamedUnary kUnary[] = {
    {"negative", nj::negative}, {"exp", nj::exp},     {"log", nj::log},
    {"sin", nj::sin},           {"cos", nj::cos},     {"tanh", nj::tanh},
    {"sqrt", nj::sqrt},         {"rsqrt", nj::rsqrt}, {"abs", nj::abs},
    {"sign", nj::sign},         {"floor", nj::floor}, {"sigmoid", nj::sigmoid},
    {"square", nj::square},     {"erf", nj::erf},     {"erf_inv", nj::erf_inv},
};
constexpr unsigned kNumUnary = sizeof(kUnary) / sizeof(kUnary[0]);

using BinaryFn = Array (*)(const nj::Operand &, const nj::Operand &, std::source_location);
struct NamedBinary {
  const char *name;
  BinaryFn fn;
};
const NamedBinary kBinary[] = {
    {"add", nj::add},         {"subtract", nj::subtract}, {"multiply", nj::multiply},
    {"divide", nj::divide},   {"maximum", nj::maximum},   {"minimum", nj::minimum},
    {"power", nj::power},     {"rem", nj::rem},
};
const NamedBinary kCompare[] = {
    {"less", nj::less},       {"less_equal", nj::less_equal}, {"greater", nj::greater},
    {"greater_equal", nj::greater_equal}, {"equal", nj::equal}, {"not_equal", nj::not_equal},
};
const NamedBinary kBitwise[] = {
    {"bitwise_and", nj::bitwise_and}, {"bitwise_or", nj::bitwise_or},
    {"bitwise_xor", nj::bitwise_xor}, {"left_shift", nj::left_shift},
    {"right_shift", nj::right_shift}, {"shift_right_logical", nj::shift_right_logical},
};

/// Shape-preserving bodies for cond branches and loops; `cap` is a scalar
/// captured from outside the body. Each keeps the dtype of `x` (not bool)
/// and is valid for every shape, the empty ones included: eagerly a branch
/// not taken or a loop of no steps never runs, in a trace every body does.
Array body(unsigned kind, const Array &x, const Array &cap) {
  Array y;
  switch (kind % 8) {
  case 0: y = -x; break;
  case 1: y = x * 2 + 1; break;
  case 2: y = nj::tanh(x); break;
  case 3: y = x * x - cap; break;
  case 4: y = nj::abs(x) + cap; break;
  case 5: y = nj::sin(x) * cap; break;
  case 6: y = nj::maximum(x, cap); break;
  default: y = x - nj::sum(x) * 0.5; break;
  }
  return nj::astype(y, x.dtype());
}

class Interpreter {
public:
  Interpreter(const Program &p, std::span<const Array> inputs, std::string *log,
              std::vector<Array> *values = nullptr)
      : p_(p), r_(p.ops, p.opsSize), log_(log), values_(values),
        vals_(inputs.begin(), inputs.end()) {
    if (log_)
      log_->clear(); // a second trace of the same program logs it anew
    for (size_t i = 0; i < vals_.size(); ++i)
      note(fmt("v%zu = input %zu", i, i));
  }

  std::vector<Array> run() {
    unsigned numOps = 5 + r_.below(11);
    Op prev = NumOps;
    for (unsigned k = 0; k < numOps; ++k) {
      Op op = Op(r_.below(NumOps));
      if (op == Invalid && !r_.oneIn(4))
        op = Unary; // invalid programs are rarer than the rest
      if (p_.f64Only && !allowedInF64(op))
        op = Binary;
      step(op);
      const Array &v = vals_.back();
      feature((uint64_t(op) << 16) | (uint64_t(v.dtype()) << 8) | std::min<size_t>(v.ndim(), 4));
      feature((uint64_t(prev) << 24) | (uint64_t(op) << 32) | 1);
      prev = op;
    }
    std::vector<Array> out{vals_.back()};
    std::string outs = fmt("return v%zu", vals_.size() - 1);
    if (!p_.f64Only && r_.oneIn(3)) {
      size_t i = r_.below(unsigned(vals_.size()));
      out.push_back(vals_[i]);
      outs += fmt(", v%zu", i);
    }
    note(outs);
    return out;
  }

private:
  const Program &p_;
  Reader r_;
  std::string *log_;
  std::vector<Array> *values_; ///< Where to keep every value (eagerly).
  std::vector<Array> vals_;

  void note(const std::string &s) {
    if (log_)
      *log_ += s + "\n";
  }
  /// Appends `v` as the next value, logged with what made it.
  void push(Array v, const std::string &what) {
    note(fmt("v%zu = ", vals_.size()) + what + "  -> " + nj::shape_str(v.shape()) + " " + str(v.dtype()));
    vals_.push_back(std::move(v));
    if (values_)
      *values_ = vals_;
  }
  /// A value index, the recent ones likelier.
  size_t pick() {
    size_t n = vals_.size();
    if (r_.below(4) != 0)
      return n - 1 - r_.below(unsigned(std::min<size_t>(n, 3)));
    return r_.below(unsigned(n));
  }
  /// A value whose shape broadcasts with `s` (and keeps the result small),
  /// or none.
  std::optional<size_t> pickBroadcastable(const Shape &s) {
    size_t start = r_.below(unsigned(vals_.size()));
    for (size_t k = 0; k < vals_.size(); ++k) {
      size_t i = (start + k) % vals_.size();
      auto b = broadcastShapes(s, vals_[i].shape());
      if (b && numel(*b) <= kMaxElements && (!p_.f64Only || vals_[i].dtype() == nj::f64))
        return i;
    }
    return std::nullopt;
  }
  std::string v(size_t i) { return fmt("v%zu", i); }
  int64_t axisOf(int64_t rank) {
    int64_t a = r_.range(0, rank - 1);
    return r_.oneIn(3) ? a - rank : a; // negative axes too
  }
  /// A constant array of `shape` and dtype `d` made of small numbers.
  Array constant(const Shape &shape, DType d, int64_t lo, int64_t hi, std::string &text) {
    std::vector<int64_t> raw;
    for (int64_t k = 0; k < numel(shape); ++k)
      raw.push_back(r_.range(lo, hi));
    text = "array(" + list(raw, "[", "]") + ", " + list(shape) + ", " + str(d) + ")";
    if (d == nj::i32)
      return nj::array(std::vector<int32_t>(raw.begin(), raw.end()), shape);
    if (d == nj::f32)
      return nj::array(std::vector<float>(raw.begin(), raw.end()), shape);
    return nj::array(std::vector<double>(raw.begin(), raw.end()), shape);
  }
  /// A scalar made from a value of the program (traced in a trace).
  Array scalarFrom(size_t i, std::string &text) {
    Array s = r_.flip() ? nj::max(vals_[i]) : nj::min(vals_[i]);
    text = fmt("%s(v%zu)", "max/min", i);
    if (vals_[i].size() == 0) { // max of nothing is -inf or an error: use a constant
      text = "1";
      return nj::array(1.0);
    }
    return s;
  }

  void step(Op op) {
    size_t ia = pick();
    Array a = vals_[ia];
    // Bodies of control flow take numbers (negating a bool is an error).
    if ((op == Cond || op == ForiLoop || op == WhileLoop || op == Scan) && a.dtype() == nj::bool_) {
      push(nj::astype(a, nj::i32), fmt("astype(v%zu, int32)", ia));
      ia = vals_.size() - 1;
      a = vals_[ia];
    }
    const Shape &sa = a.shape();
    int64_t rank = a.ndim();
    switch (op) {
    case Unary: {
      const NamedUnary &u = kUnary[r_.below(kNumUnary)];
      return push(u.fn(a, std::source_location::current()), fmt("%s(v%zu)", u.name, ia));
    }
    case Binary: {
      const NamedBinary &b = kBinary[r_.below(8)];
      auto ib = pickBroadcastable(sa);
      if (!ib)
        return push(b.fn(a, a, std::source_location::current()), fmt("%s(v%zu, v%zu)", b.name, ia, ia));
      bool swap = r_.flip();
      size_t x = swap ? *ib : ia, y = swap ? ia : *ib;
      return push(b.fn(vals_[x], vals_[y], std::source_location::current()),
                  fmt("%s(v%zu, v%zu)", b.name, x, y));
    }
    case Scalar: { // weakly typed C++ scalars on either side
      const NamedBinary &b = kBinary[r_.below(8)];
      bool isFloat = r_.flip();
      double s = isFloat ? double(r_.range(-16, 16)) / 4 : double(r_.range(-3, 3));
      bool left = r_.oneIn(3);
      Array out = isFloat ? (left ? b.fn(s, a, std::source_location::current())
                                  : b.fn(a, s, std::source_location::current()))
                          : (left ? b.fn(int(s), a, std::source_location::current())
                                  : b.fn(a, int(s), std::source_location::current()));
      std::string lit = isFloat ? fmt("%g", s) : fmt("%d", int(s));
      return push(out, left ? fmt("%s(%s, v%zu)", b.name, lit.c_str(), ia)
                            : fmt("%s(v%zu, %s)", b.name, ia, lit.c_str()));
    }
    case Compare:
    case CompareWhere: {
      const NamedBinary &c = kCompare[r_.below(6)];
      auto ib = pickBroadcastable(sa);
      size_t b = ib ? *ib : ia;
      Array pred = c.fn(a, vals_[b], std::source_location::current());
      std::string text = fmt("%s(v%zu, v%zu)", c.name, ia, b);
      if (op == Compare)
        return push(pred, text);
      auto ix = pickBroadcastable(pred.shape());
      size_t x = ix ? *ix : ia;
      auto iy = pickBroadcastable(pred.shape());
      size_t y = iy ? *iy : ia;
      if (!broadcastShapes(*broadcastShapes(pred.shape(), vals_[x].shape()), vals_[y].shape()))
        y = x;
      if (r_.oneIn(4))
        return push(nj::where(pred, vals_[x], 0.5),
                    fmt("where(%s, v%zu, 0.5)", text.c_str(), x));
      return push(nj::where(pred, vals_[x], vals_[y]),
                  fmt("where(%s, v%zu, v%zu)", text.c_str(), x, y));
    }
    case Reduce: {
      static const char *names[] = {"sum", "prod", "max", "min", "mean", "logsumexp"};
      unsigned k = r_.below(6);
      bool keep = r_.flip();
      nj::Axes axes;
      std::string axesText = "all";
      if (rank > 0 && r_.below(3) != 0) {
        std::vector<int64_t> ax;
        for (int64_t d = 0; d < rank; ++d)
          if (r_.flip())
            ax.push_back(r_.oneIn(3) ? d - rank : d);
        axes = ax;
        axesText = list(ax);
      }
      // max/min/logsumexp of nothing: an error in both modes, fine but rare.
      Array out;
      switch (k) {
      case 0: out = nj::sum(a, axes, keep); break;
      case 1: out = nj::prod(a, axes, keep); break;
      case 2: out = nj::max(a, axes, keep); break;
      case 3: out = nj::min(a, axes, keep); break;
      case 4: out = nj::mean(a, axes, keep); break;
      default: out = nj::logsumexp(a, axes, keep); break;
      }
      return push(out, fmt("%s(v%zu, %s, keepdims=%d)", names[k], ia, axesText.c_str(), keep));
    }
    case ArgMax: {
      bool keep = r_.flip();
      if (rank == 0 || r_.oneIn(3))
        return push(nj::argmax(a, std::nullopt, keep), fmt("argmax(v%zu, keepdims=%d)", ia, keep));
      int64_t ax = axisOf(rank);
      return push(nj::argmax(a, ax, keep), fmt("argmax(v%zu, %lld, keepdims=%d)", ia, (long long)ax, keep));
    }
    case Softmax: {
      if (rank == 0)
        return push(nj::exp(a), fmt("exp(v%zu)", ia));
      int64_t ax = axisOf(rank);
      return push(nj::softmax(a, ax), fmt("softmax(v%zu, %lld)", ia, (long long)ax));
    }
    case Reshape: {
      int64_t n = a.size();
      Shape s;
      unsigned newRank = r_.below(4);
      int64_t left = n;
      for (unsigned d = 0; d + 1 < newRank; ++d) {
        if (left == 0) { // any sizes, the last one 0
          s.push_back(r_.range(0, 3));
          continue;
        }
        std::vector<int64_t> divisors;
        for (int64_t k = 1; k <= left; ++k)
          if (left % k == 0)
            divisors.push_back(k);
        int64_t k = divisors[r_.below(unsigned(divisors.size()))];
        s.push_back(k);
        left /= k;
      }
      if (newRank > 0)
        s.push_back(left);
      else if (n != 1)
        s.push_back(n); // rank 0 holds one element only
      if (!s.empty() && n > 0 && r_.oneIn(3))
        s[r_.below(unsigned(s.size()))] = -1;
      return push(nj::reshape(a, s), fmt("reshape(v%zu, %s)", ia, list(s).c_str()));
    }
    case Transpose: {
      if (r_.oneIn(3))
        return push(nj::transpose(a), fmt("transpose(v%zu)", ia));
      std::vector<int64_t> perm(rank);
      for (int64_t i = 0; i < rank; ++i)
        perm[i] = i;
      for (int64_t i = rank - 1; i > 0; --i)
        std::swap(perm[i], perm[r_.below(unsigned(i + 1))]);
      return push(nj::transpose(a, perm), fmt("transpose(v%zu, %s)", ia, list(perm).c_str()));
    }
    case ExpandSqueeze: {
      std::vector<int64_t> ones;
      for (int64_t d = 0; d < rank; ++d)
        if (sa[d] == 1)
          ones.push_back(d);
      if (rank < 3 && (ones.empty() || r_.flip())) {
        int64_t ax = r_.range(-rank - 1, rank);
        return push(nj::expand_dims(a, ax), fmt("expand_dims(v%zu, %lld)", ia, (long long)ax));
      }
      if (ones.empty() || r_.flip())
        return push(nj::squeeze(a), fmt("squeeze(v%zu)", ia));
      int64_t ax = ones[r_.below(unsigned(ones.size()))];
      return push(nj::squeeze(a, ax), fmt("squeeze(v%zu, %lld)", ia, (long long)ax));
    }
    case BroadcastTo: {
      Shape s;
      unsigned lead = r_.below(3);
      for (unsigned i = 0; i < lead && s.size() + sa.size() < 4; ++i)
        s.push_back(r_.range(0, 3));
      for (int64_t d : sa)
        s.push_back(d == 1 ? r_.range(0, 3) : d);
      if (numel(s) > kMaxElements)
        s = sa;
      return push(nj::broadcast_to(a, s), fmt("broadcast_to(v%zu, %s)", ia, list(s).c_str()));
    }
    case Slice: {
      std::vector<int64_t> start, limit, strides;
      for (int64_t d : sa) {
        int64_t lo = r_.range(0, d);
        start.push_back(lo);
        limit.push_back(r_.range(lo, d));
        strides.push_back(r_.range(1, 3));
      }
      return push(nj::slice(a, start, limit, strides),
                  fmt("slice(v%zu, %s, %s, %s)", ia, list(start).c_str(), list(limit).c_str(),
                      list(strides).c_str()));
    }
    case Concatenate: {
      if (rank == 0)
        return push(nj::expand_dims(a, 0), fmt("expand_dims(v%zu, 0)", ia));
      int64_t ax = r_.range(0, rank - 1);
      std::vector<Array> parts{a};
      std::string text = fmt("concatenate({v%zu", ia);
      unsigned more = 1 + r_.below(2);
      for (size_t i = 0; i < vals_.size() && more > 0; ++i) {
        const Array &b = vals_[(ia + 1 + i) % vals_.size()];
        if (b.ndim() != rank || (p_.f64Only && b.dtype() != nj::f64))
          continue;
        bool ok = true;
        for (int64_t d = 0; d < rank; ++d)
          ok &= d == ax || b.shape()[d] == sa[d];
        if (ok && (int64_t(parts.size()) + 1) * a.size() <= kMaxElements) {
          parts.push_back(b);
          text += fmt(", v%zu", (ia + 1 + i) % vals_.size());
          --more;
        }
      }
      return push(nj::concatenate(parts, ax), text + fmt("}, %lld)", (long long)ax));
    }
    case AsType: {
      const DType to[] = {nj::f32, nj::f64, nj::i32, nj::bool_};
      DType d = to[r_.below(4)];
      return push(nj::astype(a, d), fmt("astype(v%zu, %s)", ia, str(d).c_str()));
    }
    case MatMul: {
      if (rank == 0 || rank > 2)
        return push(nj::sum(a, {}, true), fmt("sum(v%zu, all, keepdims=1)", ia));
      int64_t inner = sa.back();
      // Another value with that inner size, or a constant one.
      for (size_t i = 0; i < vals_.size(); ++i) {
        const Array &b = vals_[i];
        if (b.ndim() >= 1 && b.ndim() <= 2 && b.shape()[0] == inner && r_.flip() &&
            (!p_.f64Only || b.dtype() == nj::f64))
          return push(r_.flip() ? nj::matmul(a, b) : nj::dot(a, b),
                      fmt("matmul(v%zu, v%zu)", ia, i));
      }
      Shape sb{inner};
      if (r_.flip())
        sb.push_back(r_.range(1, 3));
      std::string text;
      Array b = constant(sb, p_.f64Only ? nj::f64 : nj::f32, -2, 2, text);
      return push(nj::matmul(a, b), fmt("matmul(v%zu, %s)", ia, text.c_str()));
    }
    case Take: {
      std::optional<int64_t> axis;
      int64_t n = a.size();
      if (rank > 0 && r_.below(3) != 0) {
        axis = axisOf(rank);
        n = sa[size_t((*axis + rank) % rank)];
      }
      Shape is = decodeIndexShape();
      std::string text;
      Array idx = constant(is, nj::i32, -n - 2, n + 1, text); // out of range: clamped
      if (n == 0 || numel(is) * std::max<int64_t>(a.size(), 1) > kMaxElements * 4)
        return push(nj::negative(a), fmt("negative(v%zu)", ia));
      std::string ax = axis ? std::to_string(*axis) : "none";
      return push(nj::take(a, idx, axis), fmt("take(v%zu, %s, %s)", ia, text.c_str(), ax.c_str()));
    }
    case TakeAlongAxis: {
      if (rank == 0)
        return push(nj::abs(a), fmt("abs(v%zu)", ia));
      int64_t ax = axisOf(rank);
      size_t d = size_t((ax + rank) % rank);
      Shape is = sa;
      is[d] = r_.range(1, 3);
      int64_t n = sa[d];
      std::string text;
      Array idx = constant(is, nj::i32, -n, std::max<int64_t>(n - 1, 0), text);
      return push(nj::take_along_axis(a, idx, ax),
                  fmt("take_along_axis(v%zu, %s, %lld)", ia, text.c_str(), (long long)ax));
    }
    case DynamicSlice:
    case DynamicUpdateSlice: {
      std::vector<nj::Operand> starts;
      std::vector<int64_t> sizes;
      std::string text;
      for (int64_t d : sa) {
        sizes.push_back(r_.range(0, d));
        // A C++ start (out of range: clamped), or a traced integer scalar.
        if (!p_.f64Only && r_.oneIn(3)) {
          std::optional<size_t> src;
          for (size_t i = 0; i < vals_.size(); ++i)
            if (vals_[i].dtype() == nj::i32 && vals_[i].size() > 0)
              src = i;
          if (src) {
            starts.push_back(nj::clip(nj::max(vals_[*src]), -8, 8));
            text += fmt("clip(max(v%zu), -8, 8) ", *src);
            continue;
          }
        }
        int64_t s = r_.range(-2, d + 1);
        starts.push_back(s);
        text += std::to_string(s) + " ";
      }
      if (op == DynamicSlice)
        return push(nj::dynamic_slice(a, starts, sizes),
                    fmt("dynamic_slice(v%zu, [%s], %s)", ia, text.c_str(), list(sizes).c_str()));
      // The update: a slice of some value of that dtype.
      std::vector<int64_t> zero(size_t(rank), 0), ones(size_t(rank), 1);
      size_t iu = pick();
      Array u = nj::astype(vals_[iu], a.dtype());
      std::string utext = fmt("astype(v%zu)", iu);
      if (u.ndim() != rank) {
        u = nj::full(Shape(sizes.begin(), sizes.end()), 3, a.dtype());
        utext = "full(" + list(sizes) + ", 3)";
      } else {
        std::vector<int64_t> lim;
        for (int64_t d = 0; d < rank; ++d)
          lim.push_back(std::min(sizes[d], u.shape()[d]));
        u = nj::slice(u, zero, lim, ones);
        utext = "slice(" + utext + ", " + list(lim) + ")";
      }
      return push(nj::dynamic_update_slice(a, u, starts),
                  fmt("dynamic_update_slice(v%zu, %s, [%s])", ia, utext.c_str(), text.c_str()));
    }
    case ScatterAdd: {
      std::optional<int64_t> axis;
      int64_t n = a.size();
      if (rank > 0 && r_.flip()) {
        axis = axisOf(rank);
        n = sa[size_t((*axis + rank) % rank)];
      }
      if (n == 0)
        return push(nj::negative(a), fmt("negative(v%zu)", ia));
      Shape is{r_.range(0, 4)};
      std::string text, utext;
      Array idx = constant(is, nj::i32, -n, n - 1, text);
      size_t iu = pick();
      Array upd = scalarFrom(iu, utext);
      upd = nj::astype(upd, a.dtype());
      std::string ax = axis ? std::to_string(*axis) : "none";
      return push(nj::scatter_add(a, idx, upd, axis),
                  fmt("scatter_add(v%zu, %s, astype(%s), %s)", ia, text.c_str(), utext.c_str(),
                      ax.c_str()));
    }
    case OneHot: {
      if (a.dtype() != nj::i32 || a.size() * 4 > kMaxElements)
        return push(nj::cumsum(a), fmt("cumsum(v%zu)", ia));
      int64_t n = r_.range(0, 4);
      return push(nj::one_hot(a, n), fmt("one_hot(v%zu, %lld)", ia, (long long)n));
    }
    case Cumulative: {
      bool prod = r_.flip();
      std::optional<int64_t> axis;
      if (rank > 0 && r_.below(3) != 0)
        axis = axisOf(rank);
      std::string ax = axis ? std::to_string(*axis) : "none";
      return push(prod ? nj::cumprod(a, axis) : nj::cumsum(a, axis),
                  fmt("%s(v%zu, %s)", prod ? "cumprod" : "cumsum", ia, ax.c_str()));
    }
    case Sort:
    case ArgSort: {
      std::optional<int64_t> axis = -1;
      if (rank == 0 || r_.oneIn(4))
        axis = std::nullopt;
      else if (r_.flip())
        axis = axisOf(rank);
      bool desc = r_.flip();
      std::string ax = axis ? std::to_string(*axis) : "none";
      if (op == Sort)
        return push(nj::sort(a, axis, desc), fmt("sort(v%zu, %s, desc=%d)", ia, ax.c_str(), desc));
      return push(nj::argsort(a, axis, desc), fmt("argsort(v%zu, %s, desc=%d)", ia, ax.c_str(), desc));
    }
    case TopK: {
      if (rank == 0)
        return push(nj::sign(a), fmt("sign(v%zu)", ia));
      int64_t k = r_.range(0, sa.back());
      auto [values, indices] = nj::top_k(a, k);
      if (p_.f64Only || r_.flip())
        return push(values, fmt("top_k(v%zu, %lld).values", ia, (long long)k));
      return push(indices, fmt("top_k(v%zu, %lld).indices", ia, (long long)k));
    }
    case Bitwise: {
      const NamedBinary &b = kBitwise[r_.below(6)];
      Array x = a.dtype() == nj::i32 || a.dtype() == nj::bool_ ? a : nj::astype(a, nj::i32);
      Array y;
      std::string ytext;
      if (r_.flip()) {
        int s = int(r_.range(-1, 33));
        y = nj::array(int32_t(s));
        ytext = std::to_string(s);
      } else {
        auto ib = pickBroadcastable(sa);
        size_t i = ib ? *ib : ia;
        y = vals_[i].dtype() == x.dtype() ? vals_[i] : nj::astype(vals_[i], x.dtype());
        ytext = fmt("v%zu", i);
      }
      if (x.dtype() == nj::bool_ && b.fn != nj::bitwise_and && b.fn != nj::bitwise_or &&
          b.fn != nj::bitwise_xor)
        return push(nj::bitwise_not(x), fmt("bitwise_not(v%zu)", ia));
      return push(b.fn(x, y, std::source_location::current()),
                  fmt("%s(v%zu, %s)", b.name, ia, ytext.c_str()));
    }
    case Clip: {
      double lo = double(r_.range(-8, 4)) / 2, hi = lo + double(r_.range(0, 8)) / 2;
      return push(nj::clip(a, lo, hi), fmt("clip(v%zu, %g, %g)", ia, lo, hi));
    }
    case Cond: {
      // Every choice is made here, not in the branches: eagerly only one
      // branch runs, in a trace both do.
      size_t ip = pick(), ic = pick();
      double t = double(r_.range(-4, 4)) / 2;
      unsigned kt = r_.below(8), kf = r_.below(8);
      std::string ctext;
      Array cap = scalarFrom(ic, ctext);
      if (p_.f64Only)
        cap = nj::astype(cap, nj::f64);
      Array pred = vals_[ip].size() == 0 ? nj::array(true) : nj::max(vals_[ip]) > t;
      Array out = nj::cond(
          pred, [&](const Array &x) { return body(kt, x, cap); },
          [&](const Array &x) { return body(kf, x, cap); }, a);
      return push(out, fmt("cond(max(v%zu) > %g, body%u, body%u, v%zu; cap=%s)", ip, t, kt, kf,
                           ia, ctext.c_str()));
    }
    case ForiLoop: {
      int n = int(r_.range(0, 4));
      unsigned kb = r_.below(8);
      bool useIndex = r_.flip();
      size_t ic = pick();
      std::string ctext;
      Array cap = scalarFrom(ic, ctext);
      if (p_.f64Only)
        cap = nj::astype(cap, nj::f64);
      Array out = nj::fori_loop(
          0, n,
          [&](const Array &i, const Array &c) {
            Array next = body(kb, c, cap);
            return useIndex ? nj::astype(next + nj::astype(i, c.dtype()) * 0.25, c.dtype()) : next;
          },
          a);
      return push(out, fmt("fori_loop(0, %d, body%u%s, v%zu; cap=%s)", n, kb,
                           useIndex ? " + i/4" : "", ia, ctext.c_str()));
    }
    case WhileLoop: {
      int n = int(r_.range(0, 3));
      unsigned kb = r_.below(8);
      size_t ic = pick();
      std::string ctext;
      Array cap = scalarFrom(ic, ctext);
      auto [count, out] = nj::while_loop(
          [&](const std::pair<Array, Array> &c) { return c.first < n; },
          [&](const std::pair<Array, Array> &c) {
            return std::pair<Array, Array>{c.first + 1, body(kb, c.second, cap)};
          },
          std::pair<Array, Array>{nj::array(int32_t(0)), a});
      (void)count;
      return push(out, fmt("while_loop(i < %d, body%u, v%zu; cap=%s)", n, kb, ia, ctext.c_str()));
    }
    case Scan: {
      if (rank == 0)
        return push(nj::cos(a), fmt("cos(v%zu)", ia));
      bool reverse = r_.flip();
      unsigned kb = r_.below(8);
      Shape cs(sa.begin() + 1, sa.end());
      Array init = nj::zeros(cs, a.dtype());
      auto [carry, ys] = nj::scan(
          [&](const Array &c, const Array &x) {
            Array next = nj::astype(c + body(kb, x, nj::array(0.5)), c.dtype());
            return std::pair<Array, Array>{next, c * x};
          },
          init, a, reverse);
      if (r_.flip())
        return push(carry, fmt("scan(body%u, zeros, v%zu, reverse=%d).carry", kb, ia, reverse));
      return push(ys, fmt("scan(body%u, zeros, v%zu, reverse=%d).ys", kb, ia, reverse));
    }
    case Invalid:
    default: {
      // Bad arguments on purpose: both modes must throw numjit::Error.
      switch (r_.below(5)) {
      case 0:
        return push(nj::sum(a, rank + 1), fmt("sum(v%zu, %lld) [bad axis]", ia, (long long)rank + 1));
      case 1:
        return push(nj::reshape(a, {a.size() + 1}), fmt("reshape(v%zu, {%lld}) [bad size]", ia,
                                                        (long long)a.size() + 1));
      case 2: {
        Array b = nj::zeros({6}, a.dtype());
        return push(a + b, fmt("add(v%zu, zeros({6})) [bad broadcast]", ia));
      }
      case 3: {
        std::vector<int64_t> perm(size_t(rank) + 1, 0);
        return push(nj::transpose(a, perm), fmt("transpose(v%zu, %s) [bad perm]", ia, list(perm).c_str()));
      }
      default:
        return push(nj::slice(a, std::vector<int64_t>(size_t(rank), 0),
                              std::vector<int64_t>(size_t(rank), 9)),
                    fmt("slice(v%zu, 0, 9) [bad limit]", ia));
      }
    }
    }
  }

  Shape decodeIndexShape() {
    Shape s(r_.below(3));
    for (int64_t &d : s)
      d = r_.range(0, 3);
    return s;
  }
};

//===----------------------------------------------------------------------===//
// Running and comparing
//===----------------------------------------------------------------------===//

std::vector<Array> interpret(const Program &p, std::span<const Array> inputs, std::string *log,
                             std::vector<Array> *values = nullptr) {
  return Interpreter(p, inputs, log, values).run();
}

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

template <size_t N>
void checkGrad(const Program &p, const std::vector<Array> &in, const Failure &fail) {
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
    checkGrad<N>(p, in, fail);
}

} // namespace

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

  Program p = decode(data, size);
  ++gStats.programs;
  try {
    switch (p.inputs.size()) {
    case 1: runProgram<1>(p); break;
    case 2: runProgram<2>(p); break;
    default: runProgram<3>(p); break;
    }
  } catch (const std::exception &e) {
    std::fprintf(stderr, "numjit-fuzz-frontend: unexpected exception: %s\n", e.what());
    std::abort();
  }
  return 0;
}
