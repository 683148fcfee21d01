//===- FrontendFuzzerProgram.cpp - The input decoded, the program run -----===//
//
// The input's first 12 bytes choose the inputs (shapes, dtypes, values), the
// rest the ops: read again, identically, by every run of the program. One
// run is an Interpreter: run() here picks the ops, step()
// (FrontendFuzzerOps.cpp) makes each.
//
//===----------------------------------------------------------------------===//

#include "FrontendFuzzer.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>

namespace njfuzz {

//===----------------------------------------------------------------------===//
// Decoding
//===----------------------------------------------------------------------===//

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
std::string list(const std::vector<int64_t> &v, const char *open, const char *close) {
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

namespace {

Shape decodeShape(Reader &r) {
  Shape s(r.below(4)); // rank 0-3
  for (int64_t &d : s) {
    unsigned b = r.below(16);
    d = b < 1 ? 0 : b < 4 ? 1 : b < 8 ? 2 : b < 11 ? 3 : b < 14 ? 4 : 5;
  }
  return s;
}

} // namespace

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

Array makeArray(const InputSpec &in, double scale) {
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

namespace {

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

} // namespace

const NamedUnary kUnary[] = {
    {"negative", nj::negative}, {"exp", nj::exp},     {"log", nj::log},
    {"sin", nj::sin},           {"cos", nj::cos},     {"tanh", nj::tanh},
    {"sqrt", nj::sqrt},         {"rsqrt", nj::rsqrt}, {"abs", nj::abs},
    {"sign", nj::sign},         {"floor", nj::floor}, {"sigmoid", nj::sigmoid},
    {"square", nj::square},     {"erf", nj::erf},     {"erf_inv", nj::erf_inv},
};
static_assert(sizeof(kUnary) / sizeof(kUnary[0]) == kNumUnary);

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

Interpreter::Interpreter(const Program &p, std::span<const Array> inputs, std::string *log,
                         std::vector<Array> *values)
    : p_(p), r_(p.ops, p.opsSize), log_(log), values_(values),
      vals_(inputs.begin(), inputs.end()) {
  if (log_)
    log_->clear(); // a second trace of the same program logs it anew
  for (size_t i = 0; i < vals_.size(); ++i)
    note(fmt("v%zu = input %zu", i, i));
}

std::vector<Array> Interpreter::run() {
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

void Interpreter::note(const std::string &s) {
  if (log_)
    *log_ += s + "\n";
}

void Interpreter::push(Array v, const std::string &what) {
  note(fmt("v%zu = ", vals_.size()) + what + "  -> " + nj::shape_str(v.shape()) + " " + str(v.dtype()));
  vals_.push_back(std::move(v));
  if (values_)
    *values_ = vals_;
}

size_t Interpreter::pick() {
  size_t n = vals_.size();
  if (r_.below(4) != 0)
    return n - 1 - r_.below(unsigned(std::min<size_t>(n, 3)));
  return r_.below(unsigned(n));
}

std::optional<size_t> Interpreter::pickBroadcastable(const Shape &s) {
  size_t start = r_.below(unsigned(vals_.size()));
  for (size_t k = 0; k < vals_.size(); ++k) {
    size_t i = (start + k) % vals_.size();
    auto b = broadcastShapes(s, vals_[i].shape());
    if (b && numel(*b) <= kMaxElements && (!p_.f64Only || vals_[i].dtype() == nj::f64))
      return i;
  }
  return std::nullopt;
}

std::string Interpreter::v(size_t i) { return fmt("v%zu", i); }

int64_t Interpreter::axisOf(int64_t rank) {
  int64_t a = r_.range(0, rank - 1);
  return r_.oneIn(3) ? a - rank : a; // negative axes too
}

Array Interpreter::constant(const Shape &shape, DType d, int64_t lo, int64_t hi,
                            std::string &text) {
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

Array Interpreter::scalarFrom(size_t i, std::string &text) {
  Array s = r_.flip() ? nj::max(vals_[i]) : nj::min(vals_[i]);
  text = fmt("%s(v%zu)", "max/min", i);
  if (vals_[i].size() == 0) { // max of nothing is -inf or an error: use a constant
    text = "1";
    return nj::array(1.0);
  }
  return s;
}

Shape Interpreter::decodeIndexShape() {
  Shape s(r_.below(3));
  for (int64_t &d : s)
    d = r_.range(0, 3);
  return s;
}

std::vector<Array> interpret(const Program &p, std::span<const Array> inputs, std::string *log,
                             std::vector<Array> *values) {
  return Interpreter(p, inputs, log, values).run();
}

} // namespace njfuzz
