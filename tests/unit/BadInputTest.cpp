//===- BadInputTest.cpp - Bad input of every kind is a numjit::Error ------===//
//
// One test per class of bad input, beyond the classes ErrorTest.cpp covers
// (broadcasting, axes, rank/shape mismatch, matmul's inner dimension,
// reshape sizes, bool subtract, item/creation). Each message must name the
// op, the offending values and this file's line where the bad call is
// written; most cases run both eagerly and under nj::jit.
//
//===----------------------------------------------------------------------===//

#include "ExpectError.h"

#include <numjit/numjit.h>

#include <dlpack/dlpack.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <span>
#include <unistd.h>

namespace nj = numjit;
namespace fs = std::filesystem;

namespace {

/// Runs `body`, which must throw numjit::Error, and checks that the message
/// contains each of `needles` plus "BadInputTest.cpp:<line>:" (no line is
/// checked when `line` is 0).
void expectError(const std::function<void()> &body, int line,
                 std::vector<std::string> needles) {
  if (line > 0)
    needles.push_back(lineOf("BadInputTest.cpp", line));
  expectNjError(body, needles);
}

/// Checks the error eagerly and inside jit (traced with `x` as its input).
#define EXPECT_NJ_ERROR(expr, ...)                                                 \
  do {                                                                             \
    int line_ = __LINE__;                                                          \
    expectError([&] { (void)(expr); }, line_, {__VA_ARGS__});                      \
    expectError(                                                                   \
        [&] {                                                                      \
          nj::jit([&](nj::Array t_) {                                              \
            (void)(expr);                                                          \
            return t_ + 1;                                                         \
          })(x);                                                                   \
        },                                                                         \
        line_, {__VA_ARGS__});                                                     \
  } while (0)

/// Checks the error outside of any trace only.
#define EXPECT_EAGER_ERROR(expr, ...)                                              \
  do {                                                                             \
    int line_ = __LINE__;                                                          \
    expectError([&] { (void)(expr); }, line_, {__VA_ARGS__});                      \
  } while (0)

/// Checks the error inside jit only, where `expr` may use `t`: the traced
/// value of `input`.
#define EXPECT_JIT_ERROR(input, expr, ...)                                         \
  do {                                                                             \
    int line_ = __LINE__;                                                          \
    expectError(                                                                   \
        [&] {                                                                      \
          nj::jit([&](nj::Array t) {                                               \
            (void)(expr);                                                          \
            return t + 1;                                                          \
          })(input);                                                               \
        },                                                                         \
        line_, {__VA_ARGS__});                                                     \
  } while (0)

class BadInput : public ::testing::Test {
protected:
  nj::Array x = nj::ones({3, 4});
  nj::Array m34 = nj::ones({3, 4});
  nj::Array m54 = nj::ones({5, 4});
  nj::Array i34 = nj::ones({3, 4}, nj::i32);
  nj::Array v3 = nj::ones({3});
  nj::Array v5 = nj::ones({5});
  nj::Array idx = nj::array({0, 2});
  nj::Array bools = nj::array({true, false});
  nj::Array k = nj::random::key(0);
};

/// A DLPack tensor made by hand (the deleter frees it).
struct HandMade {
  DLManagedTensor tensor{};
  std::vector<int64_t> shape;
};
DLManagedTensor *handMade(void *data, DLDataType dtype, std::vector<int64_t> shape,
                          DLDeviceType device = kDLCPU, bool withShape = true) {
  auto *h = new HandMade;
  h->shape = std::move(shape);
  DLTensor &t = h->tensor.dl_tensor;
  t.data = data;
  t.device = {device, 0};
  t.ndim = int(h->shape.size());
  t.dtype = dtype;
  t.shape = withShape ? h->shape.data() : nullptr;
  t.strides = nullptr;
  h->tensor.manager_ctx = h;
  h->tensor.deleter = [](DLManagedTensor *self) {
    delete static_cast<HandMade *>(self->manager_ctx);
  };
  return &h->tensor;
}

fs::path scratch(const std::string &name) {
  fs::path dir = fs::temp_directory_path() /
                 ("numjit-badinput-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  return dir;
}

//===----------------------------------------------------------------------===//
// Dtypes
//===----------------------------------------------------------------------===//

TEST_F(BadInput, BitwiseOpOnFloats) {
  EXPECT_NJ_ERROR(nj::bitwise_and(m34, i34), "numjit.bitwise_and", "integer or bool",
                  "float32 and int32");
  EXPECT_NJ_ERROR(nj::bitwise_or(i34, nj::astype(m34, nj::f64)), "numjit.bitwise_or",
                  "int32 and float64");
  EXPECT_NJ_ERROR(nj::bitwise_xor(m34, m34), "numjit.bitwise_xor", "float32 and float32");
  EXPECT_NJ_ERROR(nj::bitwise_not(m34), "numjit.bitwise_not", "got float32");
  EXPECT_NJ_ERROR(~nj::astype(m34, nj::bf16), "numjit.bitwise_not", "got bfloat16");
}

TEST_F(BadInput, ShiftOfFloatsOrBools) {
  EXPECT_NJ_ERROR(nj::left_shift(m34, 1), "numjit.left_shift", "integer operands",
                  "float32 and int64");
  EXPECT_NJ_ERROR(nj::right_shift(bools, bools), "numjit.right_shift", "integer operands",
                  "bool and bool");
  EXPECT_NJ_ERROR(nj::shift_right_logical(i34, 1.5), "numjit.shift_right_logical",
                  "int32 and float64");
}

TEST_F(BadInput, BitcastBetweenWidths) {
  EXPECT_NJ_ERROR(nj::bitcast_convert_type(m34, nj::f64), "numjit.bitcast_convert_type",
                  "float32 to float64");
  EXPECT_NJ_ERROR(nj::bitcast_convert_type(bools, nj::u8), "numjit.bitcast_convert_type",
                  "bool to uint8");
}

TEST_F(BadInput, AstypeToAnUnknownDType) {
  // A dtype read from elsewhere (a file, an int) that is no DType.
  nj::DType bogus = static_cast<nj::DType>(42);
  EXPECT_NJ_ERROR(nj::astype(m34, bogus), "numjit.astype", "42");
  EXPECT_NJ_ERROR(m34.astype(bogus), "numjit.astype", "42");
  EXPECT_NJ_ERROR(nj::zeros({2}, bogus), "numjit.full", "42");
}

//===----------------------------------------------------------------------===//
// Traced values where concrete ones are needed
//===----------------------------------------------------------------------===//

TEST_F(BadInput, ItemOfATracedArray) {
  EXPECT_JIT_ERROR(x, t.item<float>(), "numjit.item", "traced array of shape (3, 4)",
                   "nj::cond");
  EXPECT_JIT_ERROR(v3, nj::sum(t).item<float>(), "numjit.item", "shape ()");
  // A size computed from a traced value (a static int is needed).
  EXPECT_JIT_ERROR(v3, nj::arange(nj::sum(t).item<int64_t>()), "numjit.item", "shape ()");
}

TEST_F(BadInput, DataOfATracedArray) {
  EXPECT_JIT_ERROR(x, t.to_vector<float>(), "numjit.data", "traced array of shape (3, 4)");
  EXPECT_JIT_ERROR(v5, t.data(), "numjit.data", "(5,)");
  EXPECT_JIT_ERROR(v5, nj::to_dlpack(t), "numjit.to_dlpack", "traced array of shape (5,)");
}

TEST_F(BadInput, TracedArrayAsACppCondition) {
  // explicit operator bool cannot take a std::source_location (a conversion
  // operator has no parameters), so this message names no line.
  expectError(
      [&] {
        nj::jit([](nj::Array t) { return (nj::sum(t) > 0.f) ? t : -t; })(v3);
      },
      0, {"numjit.bool", "traced array of shape ()", "nj::cond", "nj::while_loop"});
}

TEST_F(BadInput, TracedValueEscapesItsTrace) {
  nj::Array leaked;
  nj::jit([&](nj::Array t) {
    leaked = t * 2;
    return t;
  })(m34);
  EXPECT_EAGER_ERROR(leaked + 1, "numjit.add", "traced value of shape (3, 4)", "escaped");
  EXPECT_EAGER_ERROR(nj::sum(leaked), "numjit.reduce", "(3, 4)", "escaped");
  // A jitted function called with it: the line is where jit() was called.
  EXPECT_EAGER_ERROR(nj::jit([](nj::Array a) { return a * 3; })(leaked), "numjit.jit",
                     "argument of shape (3, 4)", "escaped");
}

//===----------------------------------------------------------------------===//
// Control flow
//===----------------------------------------------------------------------===//

TEST_F(BadInput, CondPredicateNotABoolScalar) {
  auto same = [](nj::Array a) { return a; };
  auto neg = [](nj::Array a) { return -a; };
  EXPECT_NJ_ERROR(nj::cond(v3 > 0.f, same, neg, v3), "numjit.cond", "predicate",
                  "bool or integer scalar", "bool(3,)");
  EXPECT_NJ_ERROR(nj::cond(nj::array(1.5f), same, neg, v3), "numjit.cond", "float32()");
  EXPECT_JIT_ERROR(v3, nj::cond(t, same, neg, t), "numjit.cond", "float32(3,)");
}

TEST_F(BadInput, CondBranchesDiffer) {
  // Eagerly one branch runs; inside a trace both are traced and compared.
  auto same = [](nj::Array a) { return a; };
  auto wider = [](nj::Array a) { return nj::astype(a, nj::f64); };
  auto total = [](nj::Array a) { return nj::sum(a); };
  EXPECT_JIT_ERROR(x, nj::cond(nj::sum(t) > 0.f, same, wider, t), "numjit.cond",
                   "false branch returns float64(3, 4)", "true branch has float32(3, 4)");
  EXPECT_JIT_ERROR(x, nj::cond(nj::sum(t) > 0.f, same, total, t), "numjit.cond",
                   "false branch returns float32()", "float32(3, 4)");
}

TEST_F(BadInput, WhileLoopPredicateNotAScalar) {
  auto below = [](nj::Array c) { return c < 10.f; };
  auto step = [](nj::Array c) { return c + 1; };
  EXPECT_NJ_ERROR(nj::while_loop(below, step, v3), "numjit.while_loop", "predicate",
                  "bool(3,)");
  auto asFloat = [](nj::Array c) { return nj::sum(c); };
  EXPECT_NJ_ERROR(nj::while_loop(asFloat, step, v3), "numjit.while_loop", "float32()");
}

TEST_F(BadInput, WhileLoopBodyChangesTheCarry) {
  auto small = [](nj::Array c) { return nj::sum(c) < 100.f; };
  auto grow = [](nj::Array c) { return nj::concatenate({c, c}); };
  auto widen = [](nj::Array c) { return nj::astype(c + 1, nj::f64); };
  EXPECT_NJ_ERROR(nj::while_loop(small, grow, v3), "numjit.while_loop",
                  "body returns float32(6,)", "float32(3,)", "shapes and dtypes must match");
  EXPECT_NJ_ERROR(nj::while_loop(small, widen, v3), "numjit.while_loop",
                  "body returns float64(3,)", "float32(3,)");
}

TEST_F(BadInput, ForiLoopBoundsAndBody) {
  auto keep = [](nj::Array, nj::Array c) { return c; };
  EXPECT_NJ_ERROR(nj::fori_loop(nj::array(0.5f), nj::array(3), keep, v3), "numjit.fori_loop",
                  "loop bound must be an integer scalar", "float32()");
  EXPECT_NJ_ERROR(nj::fori_loop(nj::array(0), nj::array({1, 2}), keep, v3),
                  "numjit.fori_loop", "int32(2,)");
  auto widen = [](nj::Array, nj::Array c) { return nj::astype(c, nj::f64); };
  EXPECT_NJ_ERROR(nj::fori_loop(0, 3, widen, v3), "numjit.fori_loop",
                  "body returns float64(3,)", "float32(3,)");
  // Traced bounds make it a while loop: the message still names fori_loop.
  EXPECT_JIT_ERROR(nj::array(3), nj::fori_loop(nj::array(0), t, widen, v3), "numjit.fori_loop",
                   "body returns float64(3,)", "float32(3,)");
}

TEST_F(BadInput, ScanOverMismatchedXs) {
  auto body = [](nj::Array c, std::vector<nj::Array> xs) {
    return std::pair{c + nj::sum(xs[0]), xs[0]};
  };
  std::vector<nj::Array> uneven{nj::ones({3}), nj::ones({4, 2})};
  EXPECT_NJ_ERROR(nj::scan(body, nj::array(0.f), uneven), "numjit.scan",
                  "different lengths along axis 0 (3 and 4)");
  std::vector<nj::Array> scalar{nj::array(1.f)};
  EXPECT_NJ_ERROR(nj::scan(body, nj::array(0.f), scalar), "numjit.scan",
                  "cannot scan over a scalar (float32())");
  std::vector<nj::Array> none;
  EXPECT_NJ_ERROR(nj::scan(body, nj::array(0.f), none), "numjit.scan",
                  "at least one array to scan over");
}

TEST_F(BadInput, ScanBodyChangesTheCarry) {
  auto widen = [](nj::Array c, nj::Array xi) { return std::pair{nj::astype(c + xi, nj::f64), xi}; };
  EXPECT_NJ_ERROR(nj::scan(widen, nj::array(0.f), v5), "numjit.scan",
                  "body returns float64() as array 0", "initial carry has float32()");
  // Eagerly, a step whose ys differ from the first step's is refused too.
  auto growing = [](nj::Array c, nj::Array) {
    return std::pair{c + 1, nj::zeros({int64_t(c.item<float>()) + 1})};
  };
  EXPECT_EAGER_ERROR(nj::scan(growing, nj::array(0.f), v3), "numjit.scan",
                     "a later step returns float32(2,)", "first step's ys has float32(1,)");
}

//===----------------------------------------------------------------------===//
// Indexing, sorting
//===----------------------------------------------------------------------===//

TEST_F(BadInput, FloatOrBoolIndices) {
  nj::Array fidx = nj::array({0.f, 1.f});
  EXPECT_NJ_ERROR(nj::take(m34, fidx, 0), "numjit.take", "indices must be integers",
                  "float32");
  EXPECT_NJ_ERROR(nj::take_along_axis(m34, nj::ones({3, 1}), 1), "numjit.take_along_axis",
                  "got float32");
  EXPECT_NJ_ERROR(nj::scatter(v5, bools, v5), "numjit.scatter", "got bool");
  EXPECT_NJ_ERROR(nj::scatter_add(v5, fidx, nj::array(1.f)), "numjit.scatter_add", "got float32");
  EXPECT_NJ_ERROR(nj::one_hot(fidx, 3), "numjit.one_hot", "got float32");
}

TEST_F(BadInput, TakeAlongAxisRank) {
  EXPECT_NJ_ERROR(nj::take_along_axis(m34, idx, 1), "numjit.take_along_axis",
                  "indices of shape (2,)", "rank of the array, (3, 4)");
  EXPECT_NJ_ERROR(nj::take_along_axis(nj::array(1.f), nj::array(0), 0),
                  "numjit.take_along_axis", "shape ()", "at least 1");
}

TEST_F(BadInput, TakeFromAnEmptyAxis) {
  EXPECT_NJ_ERROR(nj::take(nj::zeros({0, 4}), idx, 0), "numjit.take",
                  "indexes axis 0 of shape (0, 4)", "empty");
  EXPECT_NJ_ERROR(nj::scatter(nj::zeros({3, 0}), idx, nj::array(1.f), 1), "numjit.scatter",
                  "axis 1 of shape (3, 0)");
}

TEST_F(BadInput, ScatterUpdatesDoNotFit) {
  // take(m34, idx, 0) has shape (2, 4).
  EXPECT_NJ_ERROR(nj::scatter(m34, idx, v5, 0), "numjit.scatter", "(5,)", "(2, 4)");
  EXPECT_NJ_ERROR(nj::scatter_add(m34, idx, nj::ones({3, 2, 4}), 0), "numjit.scatter_add",
                  "updates of shape (3, 2, 4)", "indexed shape (2, 4)");
}

TEST_F(BadInput, ScatterAddOfBools) {
  EXPECT_NJ_ERROR(nj::scatter_add(bools, nj::array({0}), nj::array({true}), 0),
                  "numjit.scatter_add", "not bools");
}

TEST_F(BadInput, DynamicSliceStarts) {
  EXPECT_NJ_ERROR(nj::dynamic_slice(m34, {0}, {1, 1}), "numjit.dynamic_slice",
                  "one start per dimension: 1 for shape (3, 4)");
  EXPECT_NJ_ERROR(nj::dynamic_slice(m34, {nj::array(1.f), 0}, {1, 1}), "numjit.dynamic_slice",
                  "C++ integer or a scalar integer array, got float32()");
  EXPECT_NJ_ERROR(nj::dynamic_slice(m34, {idx, 0}, {1, 1}), "numjit.dynamic_slice",
                  "got int32(2,)");
  EXPECT_NJ_ERROR(nj::dynamic_update_slice(m34, m34, {0, 0, 0}),
                  "numjit.dynamic_update_slice", "3 for shape (3, 4)");
}

TEST_F(BadInput, DynamicSliceSizes) {
  EXPECT_NJ_ERROR(nj::dynamic_slice(m34, {0, 0}, {4, 1}), "numjit.dynamic_slice",
                  "slice sizes [4, 1] do not fit in shape (3, 4)");
  EXPECT_NJ_ERROR(nj::dynamic_slice(m34, {0, 0}, {1, -1}), "numjit.dynamic_slice", "[1, -1]");
  EXPECT_NJ_ERROR(nj::dynamic_slice(m34, {0, 0}, {1}), "numjit.dynamic_slice",
                  "one size per dimension: [1] for shape (3, 4)");
}

TEST_F(BadInput, DynamicUpdateSliceUpdateTooLarge) {
  EXPECT_NJ_ERROR(nj::dynamic_update_slice(m34, nj::ones({4, 4}), {0, 0}),
                  "numjit.dynamic_update_slice", "update of shape (4, 4)",
                  "does not fit in shape (3, 4)");
  EXPECT_NJ_ERROR(nj::dynamic_update_slice(m34, nj::ones({4}), {0, 0}),
                  "numjit.dynamic_update_slice", "(4,)", "(3, 4)");
}

TEST_F(BadInput, OneHotClassCount) {
  EXPECT_NJ_ERROR(nj::one_hot(idx, -1), "numjit.one_hot", "number of classes",
                  "fixed size >= 0, got -1");
}

TEST_F(BadInput, TopKOutOfRange) {
  EXPECT_NJ_ERROR(nj::top_k(v5, 6), "numjit.top_k", "k = 6 is not in [0, 5] for shape (5,)");
  EXPECT_NJ_ERROR(nj::top_k(m34, -1), "numjit.top_k", "k = -1", "(3, 4)");
  EXPECT_NJ_ERROR(nj::top_k(nj::array(1.f), 1), "numjit.top_k", "rank >= 1, got shape ()");
}

TEST_F(BadInput, SortAndCumulativeAxes) {
  EXPECT_NJ_ERROR(nj::sort(m34, 2), "numjit.sort", "axis 2", "rank 2");
  EXPECT_NJ_ERROR(nj::argsort(m34, -3), "numjit.argsort", "axis -3", "rank 2");
  EXPECT_NJ_ERROR(nj::argsort(nj::array(1.f)), "numjit.argsort", "axis -1", "rank 0");
  EXPECT_NJ_ERROR(nj::cumsum(m34, 2), "numjit.cumsum", "axis 2", "rank 2");
  EXPECT_NJ_ERROR(nj::cumprod(v5, -2), "numjit.cumprod", "axis -2", "rank 1");
}

//===----------------------------------------------------------------------===//
// Random
//===----------------------------------------------------------------------===//

TEST_F(BadInput, RandomKeyShapeOrDType) {
  EXPECT_NJ_ERROR(nj::random::uniform(nj::zeros({2}), {3}), "numjit.random.uniform",
                  "uint32 array of shape (2,)", "got float32(2,)");
  EXPECT_NJ_ERROR(nj::random::normal(nj::zeros({3}, nj::u32), {3}), "numjit.random.normal",
                  "got uint32(3,)");
  EXPECT_NJ_ERROR(nj::random::split(nj::random::split(k), 2), "numjit.random.split",
                  "got uint32(2, 2)");
  EXPECT_NJ_ERROR(nj::random::permutation(nj::array({1, 2}), 4), "numjit.random.permutation",
                  "got int32(2,)");
}

TEST_F(BadInput, RandomCountsNegative) {
  EXPECT_NJ_ERROR(nj::random::split(k, -1), "numjit.random.split", "number of keys",
                  "got -1");
  EXPECT_NJ_ERROR(nj::random::permutation(k, -3), "numjit.random.permutation", "got -3");
  EXPECT_NJ_ERROR(nj::random::bits(k, {2, -2}), "numjit.random.bits",
                  "negative dimension in shape (2, -2)");
}

TEST_F(BadInput, RandomDrawDType) {
  EXPECT_NJ_ERROR(nj::random::uniform(k, {3}, nj::i32), "numjit.random.uniform",
                  "draws floats", "not int32");
  EXPECT_NJ_ERROR(nj::random::normal(k, {3}, nj::bool_), "numjit.random.normal", "not bool");
  EXPECT_NJ_ERROR(nj::random::randint(k, {3}, 0, 10, nj::f32), "numjit.random.randint",
                  "int32, uint32 or uint8", "not float32");
  EXPECT_NJ_ERROR(nj::random::randint(k, {3}, 0, 10, nj::i64), "numjit.random.randint",
                  "not int64");
}

TEST_F(BadInput, RandintBounds) {
  // minval >= maxval is allowed (as in JAX: the draw is minval); non-integer
  // bounds are not.
  EXPECT_NJ_ERROR(nj::random::randint(k, {3}, 0.5, 10), "numjit.random.randint",
                  "integer bounds, got float64");
  EXPECT_NJ_ERROR(nj::random::randint(k, {3}, 0, nj::array({1.f})), "numjit.random.randint",
                  "got float32");
  EXPECT_NJ_ERROR(nj::random::randint(k, {3}, 0, nj::array({4, 5})), "numjit.random.randint",
                  "(2,)", "(3,)");
}

TEST_F(BadInput, BernoulliProbability) {
  EXPECT_NJ_ERROR(nj::random::bernoulli(k, nj::array({1, 2})), "numjit.random.bernoulli",
                  "floating-point probability, got int32");
  EXPECT_NJ_ERROR(nj::random::bernoulli(k, nj::full({2, 3}, 0.5), {3}),
                  "numjit.random.bernoulli", "shape (2, 3) does not broadcast",
                  "shape (3,) of the draw");
}

TEST_F(BadInput, CategoricalLogits) {
  EXPECT_NJ_ERROR(nj::random::categorical(k, i34), "numjit.random.categorical", "not int32");
  EXPECT_NJ_ERROR(nj::random::categorical(k, m34, 2), "numjit.random.categorical", "axis 2",
                  "rank 2");
  EXPECT_NJ_ERROR(nj::random::categorical(k, nj::zeros({3, 0})), "numjit.random.categorical",
                  "at least one category along axis -1 of shape (3, 0)");
}

TEST_F(BadInput, FoldInData) {
  EXPECT_NJ_ERROR(nj::random::fold_in(k, 1.5), "numjit.random.fold_in", "one integer",
                  "got float64()");
  EXPECT_NJ_ERROR(nj::random::fold_in(k, nj::array({1, 2})), "numjit.random.fold_in",
                  "got int32(2,)");
}

TEST_F(BadInput, ThreefryOperands) {
  nj::Array w = nj::zeros({}, nj::u32);
  EXPECT_NJ_ERROR(nj::random::threefry2x32(w, w, v3, w), "numjit.threefry2x32",
                  "uint32 keys and counters, got float32");
  EXPECT_NJ_ERROR(nj::random::threefry2x32(w, w, nj::zeros({3}, nj::u32),
                                           nj::zeros({4}, nj::u32)),
                  "numjit.threefry2x32", "(3,)", "(4,)");
}

//===----------------------------------------------------------------------===//
// Sizes
//===----------------------------------------------------------------------===//

TEST_F(BadInput, NegativeSizesOfCreationOps) {
  EXPECT_NJ_ERROR(nj::arange(-3), "numjit.arange", "negative dimension in shape (-3,)");
  EXPECT_NJ_ERROR(nj::linspace(0, 1, -2), "numjit.linspace", "(-2,)");
  EXPECT_NJ_ERROR(nj::broadcast_to(v3, {-1, 3}), "numjit.broadcast_to", "(-1, 3)");
}

TEST_F(BadInput, ArangeStep) {
  EXPECT_NJ_ERROR(nj::arange(0.0, 10.0, 0.0), "numjit.arange", "finite and nonzero",
                  "got 0.0");
  EXPECT_NJ_ERROR(nj::arange(0.0, 10.0, std::nan("")), "numjit.arange", "got nan");
}

TEST_F(BadInput, SizesThatOverflow) {
  // Elements past int64, and bytes past what memory can address.
  EXPECT_NJ_ERROR(nj::full({int64_t(1) << 40, int64_t(1) << 40}, 1.0), "numjit.full",
                  "(1099511627776, 1099511627776)", "int64");
  EXPECT_NJ_ERROR(nj::ones({int64_t(1) << 62, 3}, nj::u8), "numjit.full",
                  "(4611686018427387904, 3)", "int64");
  EXPECT_NJ_ERROR(nj::zeros({int64_t(1) << 31, int64_t(1) << 31}), "numjit.full",
                  "(2147483648, 2147483648)");
  EXPECT_NJ_ERROR(nj::arange(0.0, 1e300, 1.0), "numjit.arange", "1e+300");
  EXPECT_NJ_ERROR(nj::linspace(0, 1, int64_t(1) << 62, nj::f64), "numjit.linspace",
                  "4611686018427387904");
  EXPECT_NJ_ERROR(nj::broadcast_to(v3, {int64_t(1) << 62, 3}), "numjit.broadcast_to",
                  "(4611686018427387904, 3)", "int64");
  EXPECT_NJ_ERROR(nj::random::uniform(k, {int64_t(1) << 31, int64_t(1) << 31}),
                  "numjit.random.uniform", "(2147483648, 2147483648)");
  // Not an error: a huge stride takes one element (its size must not overflow).
  EXPECT_EQ(nj::slice(v5, {1}, {5}, {INT64_MAX}).to_vector<float>(), std::vector<float>{1});
}

TEST_F(BadInput, ResultLargerThanMemory) {
  // 2^56 doubles: 2^59 bytes, more than any address space maps, so the
  // allocation fails whatever the overcommit policy. (Inside jit an unused
  // value is never allocated, so this is checked on results.)
  nj::Array one = nj::array(1.0);
  EXPECT_EAGER_ERROR(nj::broadcast_to(one, {int64_t(1) << 56}), "numjit.broadcast_in_dim",
                     "out of memory", "float64(72057594037927936,)");
  EXPECT_EAGER_ERROR(nj::jit([](nj::Array a) { return nj::broadcast_to(a, {int64_t(1) << 56}); })(one),
                     "numjit.jit", "out of memory for the results float64(72057594037927936,)");
}

TEST_F(BadInput, ConcatenateNothingOrScalars) {
  EXPECT_NJ_ERROR(nj::concatenate(std::vector<nj::Array>{}), "numjit.concatenate",
                  "at least one array");
  EXPECT_NJ_ERROR(nj::concatenate({nj::array(1.f), nj::array(2.f)}), "numjit.concatenate",
                  "zero-dimensional");
}

TEST_F(BadInput, SymbolicSizeOutsideAnAotTrace) {
  EXPECT_EAGER_ERROR(nj::zeros({nj::dim("n"), 3}), "numjit.full", "(n, 3)", "symbolic size n");
  EXPECT_EAGER_ERROR(nj::dim("2n"), "numjit.dim", "C identifier", "\"2n\"");
  EXPECT_EAGER_ERROR(nj::dim(""), "numjit.dim", "got \"\"");
}

TEST_F(BadInput, ThreadCount) {
  EXPECT_EAGER_ERROR(nj::set_num_threads(0), "numjit.set_num_threads", "at least 1, got 0");
  EXPECT_EAGER_ERROR(nj::set_num_threads(-4), "numjit.set_num_threads", "got -4");
}

//===----------------------------------------------------------------------===//
// Memory
//===----------------------------------------------------------------------===//

TEST_F(BadInput, ViewOfANullPointer) {
  EXPECT_NJ_ERROR(nj::view(static_cast<float *>(nullptr), {2, 3}), "numjit.view",
                  "null pointer for 6 elements of shape (2, 3)");
  EXPECT_NJ_ERROR(nj::view(static_cast<const int32_t *>(nullptr), {4}, {2}), "numjit.view",
                  "null pointer for 4 elements");
  // Nothing to read: fine.
  EXPECT_EQ(nj::view(static_cast<float *>(nullptr), {0, 3}).size(), 0);
}

TEST_F(BadInput, ViewSpanOrStridesDoNotMatchTheShape) {
  std::vector<float> six(6);
  EXPECT_NJ_ERROR(nj::view(std::span<float>(six), {2, 2}), "numjit.view",
                  "span of 6 elements does not fill shape (2, 2) (4 elements)");
  EXPECT_NJ_ERROR(nj::view(std::span<const float>(six), {7}), "numjit.view", "6 elements",
                  "(7,)");
  EXPECT_NJ_ERROR(nj::view(six.data(), {2, 3}, {1}), "numjit.view",
                  "shape (2, 3) needs 2 strides, got 1");
  EXPECT_NJ_ERROR(nj::view(six.data(), {-2, 3}), "numjit.view", "(-2, 3)");
}

TEST_F(BadInput, IntoDestinationOfWrongDTypeOrShape) {
  // jf.into takes a parameter pack, so it has no std::source_location of its
  // own: its errors name the line where jit() was called (the same here).
  auto inc = [](nj::Array a) { return a + 1.f; };
  std::vector<double> d3(3);
  std::vector<float> f4(4);
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::view(d3.data(), {3}), v3), "numjit.into",
                     "result 0 is float32 of shape (3,)", "destination is float64 of shape (3,)");
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::view(f4.data(), {4}), v3), "numjit.into",
                     "float32 of shape (4,)");
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::view(f4.data(), {2, 2}), nj::ones({4})), "numjit.into",
                     "result 0 is float32 of shape (4,)", "float32 of shape (2, 2)");
}

TEST_F(BadInput, IntoDestinationCount) {
  auto inc = [](nj::Array a) { return a + 1.f; };
  auto both = [](nj::Array a) { return std::pair{a + 1.f, a * 2.f}; };
  std::vector<float> a(3), b(3);
  auto two = std::make_tuple(nj::view(a.data(), {3}), nj::view(b.data(), {3}));
  EXPECT_EAGER_ERROR(nj::jit(inc).into(two, v3), "numjit.into", "1 result(s) but 2 destination(s)");
  EXPECT_EAGER_ERROR(nj::jit(both).into(nj::view(a.data(), {3}), v3), "numjit.into",
                     "2 result(s) but 1 destination(s)");
}

TEST_F(BadInput, IntoANonWritableDestination) {
  auto inc = [](nj::Array a) { return a + 1.f; };
  std::vector<float> a(3);
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::view(static_cast<const float *>(a.data()), {3}), v3),
                     "numjit.into", "destination 0 (shape (3,)) is not a writable view");
  EXPECT_EAGER_ERROR(nj::jit(inc).into(nj::zeros({3}), v3), "numjit.into",
                     "destination 0 (shape (3,))", "not a writable view");
}

TEST_F(BadInput, IntoInsideATrace) {
  std::vector<float> a(3);
  int line = __LINE__ + 1;
  auto inner = nj::jit([](nj::Array v) { return v + 1.f; });
  expectError(
      [&] {
        nj::jit([&](nj::Array t) {
          inner.into(nj::view(a.data(), {3}), t);
          return t;
        })(v3);
      },
      line, {"numjit.into", "caller memory", "trace"});
}

TEST_F(BadInput, FromDlpackUnsupportedTensor) {
  std::vector<int32_t> buf(6);
  EXPECT_EAGER_ERROR(nj::from_dlpack(handMade(buf.data(), {kDLInt, 16, 1}, {6})),
                     "numjit.from_dlpack", "code 0, bits 16, lanes 1", "not a numjit dtype");
  EXPECT_EAGER_ERROR(nj::from_dlpack(handMade(buf.data(), {kDLFloat, 32, 4}, {6})),
                     "numjit.from_dlpack", "code 2, bits 32, lanes 4");
  EXPECT_EAGER_ERROR(nj::from_dlpack(handMade(buf.data(), {kDLInt, 32, 1}, {6}, kDLCUDA)),
                     "numjit.from_dlpack", "device type 2", "CPU memory");
  DLManagedTensor *shapeless = handMade(buf.data(), {kDLInt, 32, 1}, {2, 3}, kDLCPU, false);
  EXPECT_EAGER_ERROR(nj::from_dlpack(shapeless), "numjit.from_dlpack", "2 dimensions but no shape");
  EXPECT_EAGER_ERROR(nj::from_dlpack(handMade(buf.data(), {kDLInt, 32, 1}, {2, -3})),
                     "numjit.from_dlpack", "negative dimension in shape (2, -3)");
  EXPECT_EAGER_ERROR(nj::from_dlpack(nullptr), "numjit.from_dlpack", "null");
}

//===----------------------------------------------------------------------===//
// Autodiff and vmap
//===----------------------------------------------------------------------===//

TEST_F(BadInput, GradOfANonScalarOutput) {
  auto twice = [](nj::Array a) { return a * 2.f; };
  auto count = [](nj::Array a) { return nj::sum(nj::astype(a, nj::i32)); };
  EXPECT_NJ_ERROR(nj::grad(twice)(v5), "numjit.grad", "must return a float scalar",
                  "not float32(5,)");
  EXPECT_NJ_ERROR(nj::value_and_grad(count)(v5), "numjit.value_and_grad", "not int32()");
}

TEST_F(BadInput, GradWithRespectToAnInteger) {
  auto total = [](nj::Array a) { return nj::sum(nj::astype(a, nj::f32)); };
  EXPECT_NJ_ERROR(nj::grad(total)(nj::ones({3}, nj::i32)), "numjit.grad",
                  "argument 0 has dtype int32", "only float arguments");
  EXPECT_NJ_ERROR(nj::grad(total)(bools), "numjit.grad", "dtype bool");
}

TEST_F(BadInput, GradArgnumsOutOfRange) {
  auto inner = [](nj::Array a, nj::Array b) { return nj::sum(a * b); };
  EXPECT_NJ_ERROR(nj::grad(inner, {2})(v5, v5), "numjit.grad",
                  "argnum 2 is out of range for a call with 2 arguments");
  EXPECT_NJ_ERROR(nj::value_and_grad(inner, {0, -1})(v5, v5), "numjit.value_and_grad",
                  "argnum -1");
  auto scaled = [](nj::Array a, float s) { return nj::sum(a * s); };
  EXPECT_NJ_ERROR(nj::grad(scaled, {1})(v5, 2.f), "numjit.grad", "argument 1 is static");
}

TEST_F(BadInput, JvpTangentsDoNotMatchThePrimals) {
  auto sq = [](nj::Array a) { return a * a; };
  EXPECT_NJ_ERROR(nj::jvp(sq, {v5}, {nj::ones({4})}), "numjit.jvp",
                  "tangent 0 is float32(4,) but its primal is float32(5,)");
  EXPECT_NJ_ERROR(nj::jvp(sq, {v5}, {}), "numjit.jvp", "1 primals but 0 tangents");
  EXPECT_NJ_ERROR(nj::jvp(sq, {v5, v5}, {v5, v5}), "numjit.jvp",
                  "takes 1 arrays but 2 primals");
}

TEST_F(BadInput, VjpCotangentsDoNotMatchTheOutputs) {
  auto twice = [](nj::Array a) { return a * 2.f; };
  // The pullback's first cotangent records the caller's line.
  auto result = nj::vjp(twice, v3);
  auto &pullback = result.second;
  EXPECT_NJ_ERROR(pullback(nj::ones({2, 3})), "numjit.vjp", "cotangent 0 is float32(2, 3)",
                  "output is float32(3,)");
  EXPECT_NJ_ERROR(pullback(v3, v3), "numjit.vjp", "2 cotangents for 1 outputs");
}

TEST_F(BadInput, VmapInAxesOutOfRange) {
  auto rowsum = [](nj::Array r) { return nj::sum(r); };
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {2})(m34), "numjit.vmap",
                  "in_axes[0] = 2 is out of range for argument 0 of shape (3, 4)");
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {-3})(m34), "numjit.vmap", "in_axes[0] = -3");
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {0})(nj::array(1.f)), "numjit.vmap", "shape ()");
}

TEST_F(BadInput, VmapInAxesCount) {
  auto rowsum = [](nj::Array r) { return nj::sum(r); };
  auto scale = [](nj::Array r, float s) { return r * s; };
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {0, 1})(m34), "numjit.vmap",
                  "2 in_axes for a call with 1 arguments");
  EXPECT_NJ_ERROR(nj::vmap(scale, {0, 0})(m34, 2.f), "numjit.vmap",
                  "argument 1 is static", "must be none");
  EXPECT_NJ_ERROR(nj::vmap(rowsum, {nj::none})(m34), "numjit.vmap", "every in_axes entry is none");
}

TEST_F(BadInput, VmapBatchSizesDiffer) {
  auto dotrow = [](nj::Array a, nj::Array b) { return nj::sum(a * b); };
  EXPECT_NJ_ERROR(nj::vmap(dotrow)(m34, m54), "numjit.vmap", "inconsistent sizes",
                  "argument 0 has size 3 along axis 0", "argument 1 has size 5 along axis 0");
  EXPECT_NJ_ERROR(nj::vmap(dotrow, {1, 0})(m34, m54), "numjit.vmap",
                  "argument 0 has size 4 along axis 1");
}

TEST_F(BadInput, VmapOutAxes) {
  auto twice = [](nj::Array r) { return r * 2.f; };
  auto pair = [](nj::Array r) { return std::pair{r, r}; };
  EXPECT_NJ_ERROR(nj::vmap(twice, {0}, {2})(m34), "numjit.vmap",
                  "out_axes entry 2 is out of range for output 0 of shape (3, 4)");
  EXPECT_NJ_ERROR(nj::vmap(pair, {0}, {0, 1, 0})(m34), "numjit.vmap", "3 out_axes for 2 results");
}

//===----------------------------------------------------------------------===//
// Ahead of time, targets, stages
//===----------------------------------------------------------------------===//

TEST_F(BadInput, AotSpecsDoNotMatchTheFunction) {
  nj::aot::Library lib("badinput_specs");
  auto one = [](nj::Array a) { return a * 2.f; };
  EXPECT_EAGER_ERROR(lib.add("twice", one, {nj::spec({3}), nj::spec({3})}), "numjit.aot",
                     "kernel 'twice'", "takes 1 arrays but 2 specs");
  EXPECT_EAGER_ERROR(lib.add("twice", one, {nj::spec({2, -3})}), "numjit.aot",
                     "spec 0 has a negative size in (2, -3)");
  EXPECT_EAGER_ERROR(lib.add("twice", one, {nj::spec({3}, static_cast<nj::DType>(42))}),
                     "numjit.aot", "spec 0 has the unknown dtype 42");
  auto top = [](nj::Array a) { return nj::top_k(a, 2).first; };
  EXPECT_EAGER_ERROR(lib.add("top", top, {nj::spec({nj::dim("n")})}), "numjit.aot",
                     "kernel 'top'", "numjit.top_k", "(n,)");
}

TEST_F(BadInput, AotSymbolicSizeNotFromAnArgument) {
  // A result's size must be a size of an argument: m is none of them.
  nj::aot::Library lib("badinput_symbols");
  int line = __LINE__ + 1;
  auto fresh = [](nj::Array) { return nj::zeros({nj::dim("m")}); };
  EXPECT_EAGER_ERROR(lib.add("fresh", fresh, {nj::spec({nj::dim("n")})}), "numjit.aot",
                     "kernel 'fresh'", "numjit.jit", "symbolic size m",
                     "not a size of any argument",
                     "BadInputTest.cpp:" + std::to_string(line) + ":");
}

TEST_F(BadInput, AotNames) {
  EXPECT_EAGER_ERROR(nj::aot::Library("bad name"), "numjit.aot", "\"bad name\"",
                     "not a C identifier");
  nj::aot::Library lib("badinput_names");
  auto one = [](nj::Array a) { return a * 2.f; };
  EXPECT_EAGER_ERROR(lib.add("two words", one, {nj::spec({3})}), "numjit.aot",
                     "kernel 'two words'", "not a C identifier");
  lib.add("twice", one, {nj::spec({3})});
  EXPECT_EAGER_ERROR(lib.add("twice", one, {nj::spec({4})}), "numjit.aot",
                     "already has a kernel named 'twice'");
}

TEST_F(BadInput, AotUnknownTarget) {
  nj::aot::Options riscv;
  riscv.target = "riscv64";
  EXPECT_EAGER_ERROR(nj::aot::Library("badinput_target", riscv), "numjit.aot",
                     "unknown target \"riscv64\"");
  nj::aot::Options gpu;
  gpu.target = "cuda:sm_bogus";
  EXPECT_EAGER_ERROR(nj::aot::Library("badinput_target", gpu), "numjit.aot", "\"cuda:sm_bogus\"");
}

TEST_F(BadInput, AotAddInsideATrace) {
  nj::aot::Library lib("badinput_trace");
  auto one = [](nj::Array a) { return a * 2.f; };
  EXPECT_JIT_ERROR(v3, lib.add("twice", one, {nj::spec({3})}), "numjit.aot", "kernel 'twice'",
                   "outside of a jit trace");
}

TEST_F(BadInput, AotWriteFails) {
  fs::path file = scratch("file");
  std::ofstream(file.string()) << "not a directory";
  nj::aot::Library empty("badinput_empty");
  EXPECT_EAGER_ERROR(empty.write((file / "out").string()), "numjit.aot",
                     "writing library 'badinput_empty'", "has no kernels");
  nj::aot::Library lib("badinput_write");
  lib.add("twice", [](nj::Array a) { return a * 2.f; }, {nj::spec({3})});
  EXPECT_EAGER_ERROR(lib.write((file / "out").string()), "numjit.aot",
                     "writing library 'badinput_write'", "cannot create", file.string());
  fs::remove_all(file);
}

TEST_F(BadInput, CudaArchitecture) {
  EXPECT_EAGER_ERROR(nj::cuda("sm_bogus"), "numjit.cuda", "'sm_bogus'",
                     "not an NVIDIA GPU architecture");
  EXPECT_EAGER_ERROR(nj::cuda("sm_30"), "numjit.cuda", "'sm_30'");
  EXPECT_EAGER_ERROR(nj::cuda("gfx90a"), "numjit.cuda", "'gfx90a'");
}

TEST_F(BadInput, UnknownTargetInTheEnvironment) {
  const char *old = std::getenv("NUMJIT_TARGET");
  std::string saved = old ? old : "";
  setenv("NUMJIT_TARGET", "tpu", 1);
  EXPECT_EAGER_ERROR(nj::default_target(), "numjit.jit", "NUMJIT_TARGET='tpu'",
                     "names no target");
  EXPECT_EAGER_ERROR(nj::jit([](nj::Array a) { return a; }), "numjit.jit", "'tpu'");
  setenv("NUMJIT_TARGET", "cuda:sm_1", 1);
  EXPECT_EAGER_ERROR(nj::default_target(), "numjit.cuda", "'sm_1'");
  if (old)
    setenv("NUMJIT_TARGET", saved.c_str(), 1);
  else
    unsetenv("NUMJIT_TARGET");
}

TEST_F(BadInput, CudaWithoutADevice) {
  if (nj::cuda_available())
    GTEST_SKIP() << "a CUDA device is present";
  EXPECT_EAGER_ERROR(nj::jit([](nj::Array a) { return a * 2.f; }, nj::cuda("sm_90"))(v3),
                     "numjit.jit", "cuda:sm_90", "no CUDA driver or device");
}

TEST_F(BadInput, LoweredStageThatDoesNotExist) {
  nj::Lowered l = nj::jit([](nj::Array a) { return a * 2.f; }).lower(v3);
  EXPECT_EAGER_ERROR(l.as_text(nj::Stage::PTX), "numjit.as_text", "CUDA targets only");
  EXPECT_EAGER_ERROR(l.as_text(static_cast<nj::Stage>(99)), "numjit.as_text",
                     "no such stage: 99");
  EXPECT_EAGER_ERROR(l.as_text(static_cast<nj::Stage>(0)), "numjit.as_text", "no such stage: 0");
  EXPECT_EAGER_ERROR(l.as_dot(nj::Stage::Loops), "numjit.as_dot",
                     "Traced and Fused stages only, not of stage 6");
}

} // namespace
