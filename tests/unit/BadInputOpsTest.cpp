//===- BadInputOpsTest.cpp - Bad input to ops, traces and control flow ----===//
//
// The bad-input tests (see BadInputTest.cpp) of dtypes, traced values where
// concrete ones are needed, control flow, indexing and sorting, and random
// numbers. Each message must name the op, the offending values and this
// file's line where the bad call is written; most cases run both eagerly and
// under nj::jit.
//
//===----------------------------------------------------------------------===//

#include "BadInput.h"

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace nj = numjit;

namespace {

using namespace numjit_test;

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

} // namespace
