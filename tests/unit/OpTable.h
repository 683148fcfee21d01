//===- OpTable.h - The op table shared by its test files --------*- C++ -*-===//
//
// The records of OpTableTest.cpp (one per public op: its arity, dtypes,
// input domain, tolerance, the op and its C++ reference) and what their
// files share: jax.numpy's dtype rules and the references
// (OpTableReferences.cpp, OpTableShapeReferences.cpp), the dtype
// signatures and shape cases, and the table itself (OpTableRecords.cpp,
// OpTableAxisRecords.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_UNIT_OPTABLE_H
#define NUMJIT_TESTS_UNIT_OPTABLE_H

#include "HostTensor.h"

#include <numjit/numjit.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace numjit_test::optable {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kInf = std::numeric_limits<double>::infinity();

//===----------------------------------------------------------------------===//
// jax.numpy's dtype rules (OpTableReferences.cpp)
//===----------------------------------------------------------------------===//

double castTo(DType d, double x);
std::pair<double, double> range(DType d);
DType promote(DType a, DType b);

// Rules from a (promoted) input dtype to the dtype an op computes or returns.
using DRule = std::function<DType(DType)>;
DType same(DType d);
DType boolToI32(DType d);
DType sumDtype(DType d);
DType toFloat(DType d);
DType toBool(DType);

Shape broadcastShapes(const std::vector<Shape> &shapes);
int64_t broadcastSource(const Shape &in, const Shape &out, int64_t k);

double nanMax(double a, double b);
double nanMin(double a, double b);

//===----------------------------------------------------------------------===//
// The op table
//===----------------------------------------------------------------------===//

/// Static arguments of one case (axes, keepdims, target shapes, ...).
struct Params {
  std::optional<std::vector<int64_t>>
      axes; ///< reductions, squeeze, argmax; transpose's permutation
  bool keepdims = false;
  int64_t axis = 0; ///< expand_dims, concatenate, softmax
  std::vector<int64_t> ints, ints2,
      ints3; ///< reshape/broadcast_to target; slice start, limit, strides
};

/// Input shapes (and static arguments) of one case.
struct ShapeCase {
  std::string name;
  std::vector<Shape> shapes;
  Params params;
};

/// The dtypes of the inputs; one entry means "every input". A record's
/// `everywhere` signatures run on each of its shape cases; to keep the count
/// down, each other signature runs on one shape case, taken in turn (so every
/// dtype is tested and the shapes get a spread of dtypes).
struct Sig {
  std::vector<DType> in;
  bool everywhere = false;
};

/// Random inputs: uniform in [lo, hi] (integers: the integers in it; bools:
/// 0/1); `discrete` floats are multiples of 0.5 (so ties and zeros happen);
/// `nonzero_last` keeps the last input away from zero (divisors).
struct Domain {
  double lo = -5, hi = 5;
  bool discrete = false;
  bool nonzero_last = false;
};

using Ins = std::span<const nj::Array>;
using OpFn = std::function<nj::Array(Ins, const Params &)>;
/// Returns the expected result, or throws NoResult where numjit must throw
/// nj::Error.
using RefFn = std::function<Tensor(const std::vector<Tensor> &, const Params &)>;
struct NoResult {};

struct OpRecord {
  std::string name;
  int arity;               ///< Array inputs (-1: as many as the shape case has)
  std::vector<Sig> dtypes; ///< the first runs on every shape case
  Domain domain;
  double tol_f32, tol_f64; ///< relative, with an absolute floor of the same size
  /// The tolerance for results of `d`: f16 and bf16 round each op's f32
  /// result, so they allow a few units in their last place (JAX's test
  /// defaults, 1e-3 and 1e-2, are about one) beyond the f32 tolerance.
  double tolerance(DType d) const {
    switch (d) {
    case DType::f32: return tol_f32;
    case DType::f64: return tol_f64;
    case DType::f16: return std::max(tol_f32, 4e-3);
    case DType::bf16: return std::max(tol_f32, 3e-2);
    default: return 0.0;
    }
  }
  OpFn op;
  RefFn reference;
  std::vector<ShapeCase> shapes;
  /// Whether the GPU path compiles the op; where it does not (a loop per
  /// line on the host), it must refuse with a diagnostic, not crash.
  bool gpu = true;
  /// Also run on inputs where about one float in five is NaN, inf or
  /// -inf (a `_specials` case per float dtype), against the same
  /// reference: NumPy's semantics at the edges. Off only where a record
  /// says why.
  bool specials = true;
};

// --- Dtype signatures -------------------------------------------------------

inline constexpr DType F32 = DType::f32, F64 = DType::f64, I32 = DType::i32, I64 = DType::i64,
                       BOOL = DType::bool_, U8 = DType::u8, U32 = DType::u32,
                       F16 = DType::f16, BF16 = DType::bf16;

std::vector<Sig> numeric(bool with_bool, bool with_unsigned = true);
std::vector<Sig> floats();
std::vector<Sig> plus(std::vector<Sig> a, std::initializer_list<std::vector<DType>> mixed);
std::vector<Sig> allDtypes();

// --- Shape cases ------------------------------------------------------------

ShapeCase sc(std::string name, std::vector<Shape> shapes, Params p = {});

// --- Reference builders and references --------------------------------------

using ScalarFn = std::function<double(double, double, double)>;

// OpTableReferences.cpp
RefFn elementwise(ScalarFn f, DRule compute, DRule result = same, bool cond_first = false);
std::vector<int64_t> normalizeAxes(const std::optional<std::vector<int64_t>> &axes, int64_t ndim);
RefFn reduction(std::function<double(const std::vector<double> &)> f, DRule result,
                bool needs_elements);
double refSum(const std::vector<double> &g);
double refProd(const std::vector<double> &g);
double refMax(const std::vector<double> &g);
double refMin(const std::vector<double> &g);
double refMean(const std::vector<double> &g);
double refArgmax(const std::vector<double> &g);
double refErfInv(double x);
double refLogsumexp(const std::vector<double> &g);
Tensor refSoftmax(const std::vector<Tensor> &in, const Params &p);
Tensor alongAxis(const Tensor &x, int64_t axis, DType to,
                 const std::function<std::vector<double>(const std::vector<double> &)> &line);
std::vector<double> stableOrder(const std::vector<double> &v, bool descending);
std::vector<double> permuted(const std::vector<double> &v, const std::vector<double> &idx);
std::vector<double> running(const std::vector<double> &v, DType dtype, bool product);

// OpTableShapeReferences.cpp
Tensor refTake(const std::vector<Tensor> &in, const Params &p);
Tensor refScatter(const std::vector<Tensor> &in, const Params &p, bool add);
Tensor refTakeAlongAxis(const std::vector<Tensor> &in, const Params &p);
Tensor refDynamicSlice(const std::vector<Tensor> &in, const Params &p);
Tensor refDynamicUpdateSlice(const std::vector<Tensor> &in, const Params &);
Tensor refDot(const std::vector<Tensor> &in, const Params &);
Tensor refMatmul(const std::vector<Tensor> &in, const Params &);
Tensor refReshape(const std::vector<Tensor> &in, const Params &p);
Tensor refTranspose(const std::vector<Tensor> &in, const Params &p);
Tensor refExpandDims(const std::vector<Tensor> &in, const Params &p);
Tensor refSqueeze(const std::vector<Tensor> &in, const Params &p);
Tensor refBroadcastTo(const std::vector<Tensor> &in, const Params &p);
Tensor refConcatenate(const std::vector<Tensor> &in, const Params &p);
Tensor refSlice(const std::vector<Tensor> &in, const Params &p);

// --- The records ------------------------------------------------------------

/// Appends the elementwise records (OpTableRecords.cpp).
void appendElementwiseRecords(std::vector<OpRecord> &r);
/// Appends the reduction, indexing, sorting, linear algebra and shape records
/// (OpTableAxisRecords.cpp).
void appendAxisRecords(std::vector<OpRecord> &r);

/// Every record, in table order.
const std::vector<OpRecord> &records();

} // namespace numjit_test::optable

#endif // NUMJIT_TESTS_UNIT_OPTABLE_H
