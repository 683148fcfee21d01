//===- FrontendFuzzer.h - What the fuzzer's parts share ---------*- C++ -*-===//
//
// The frontend fuzzer (FrontendFuzzer.cpp, whose comment describes it) in
// three parts:
//
// - FrontendFuzzerProgram.cpp: decoding the input into a Program, and the
//   Interpreter that runs it (eagerly, traced by nj::jit, under nj::grad);
// - FrontendFuzzerOps.cpp: Interpreter::step, the op table (one case per
//   op);
// - FrontendFuzzer.cpp: the features and stats, the checks (eager against
//   jit, grad against finite differences) and libFuzzer's entry points.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_FUZZ_FRONTENDFUZZER_H
#define NUMJIT_TESTS_FUZZ_FRONTENDFUZZER_H

#include <numjit/numjit.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nj = numjit;
using nj::Array;
using nj::DType;
using nj::Shape;

namespace njfuzz {

/// Counts a feature for libFuzzer (FrontendFuzzer.cpp): libnumjit itself
/// has no coverage instrumentation.
void feature(uint64_t key);

//===----------------------------------------------------------------------===//
// Decoding (FrontendFuzzerProgram.cpp)
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

int64_t numel(const Shape &s);
std::optional<Shape> broadcastShapes(const Shape &a, const Shape &b);
std::string str(DType d);
std::string list(const std::vector<int64_t> &v, const char *open = "{", const char *close = "}");
std::string fmt(const char *f, ...);

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

Program decode(const uint8_t *data, size_t size);
Array makeArray(const InputSpec &in, double scale = 1.0);

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

using UnaryFn = Array (*)(const Array &, std::source_location);
struct NamedUnary {
  const char *name;
  UnaryFn fn;
};
constexpr unsigned kNumUnary = 15;
extern const NamedUnary kUnary[kNumUnary];

using BinaryFn = Array (*)(const nj::Operand &, const nj::Operand &, std::source_location);
struct NamedBinary {
  const char *name;
  BinaryFn fn;
};
extern const NamedBinary kBinary[8], kCompare[6], kBitwise[6];

/// A shape-preserving body for cond branches and loops.
Array body(unsigned kind, const Array &x, const Array &cap);

/// One run of the program: run() (FrontendFuzzerProgram.cpp) picks the ops,
/// step() (FrontendFuzzerOps.cpp) makes each.
class Interpreter {
public:
  Interpreter(const Program &p, std::span<const Array> inputs, std::string *log,
              std::vector<Array> *values = nullptr);
  std::vector<Array> run();

private:
  const Program &p_;
  Reader r_;
  std::string *log_;
  std::vector<Array> *values_; ///< Where to keep every value (eagerly).
  std::vector<Array> vals_;

  void note(const std::string &s);
  /// Appends `v` as the next value, logged with what made it.
  void push(Array v, const std::string &what);
  /// A value index, the recent ones likelier.
  size_t pick();
  /// A value whose shape broadcasts with `s` (and keeps the result small),
  /// or none.
  std::optional<size_t> pickBroadcastable(const Shape &s);
  std::string v(size_t i);
  int64_t axisOf(int64_t rank);
  /// A constant array of `shape` and dtype `d` made of small numbers.
  Array constant(const Shape &shape, DType d, int64_t lo, int64_t hi, std::string &text);
  /// A scalar made from a value of the program (traced in a trace).
  Array scalarFrom(size_t i, std::string &text);

  /// Makes one op of the program (FrontendFuzzerOps.cpp).
  void step(Op op);
  Shape decodeIndexShape();
};

std::vector<Array> interpret(const Program &p, std::span<const Array> inputs, std::string *log,
                             std::vector<Array> *values = nullptr);

} // namespace njfuzz

#endif // NUMJIT_TESTS_FUZZ_FRONTENDFUZZER_H
