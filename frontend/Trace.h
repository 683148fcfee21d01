//===- Trace.h - Array internals, primitives, tracing -----------*- C++ -*-===//
//
// Private to the frontend. Every public op ends in `bind(prim, ...)`, which
// either emits one numjit op into the current trace or, outside a trace,
// runs that one op as a cached single-op kernel (eager execution). So there
// is exactly one way IR is built: a Trace.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_FRONTEND_TRACE_H
#define NUMJIT_FRONTEND_TRACE_H

#include "numjit/numjit.h"

#include "jit/Kernel.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OwningOpRef.h"

#include <span>
#include <thread>
#include <unordered_map>

namespace numjit::detail {

class Trace;

/// The trace running on this thread (Trace::current()).
[[gnu::tls_model("initial-exec")]] extern thread_local Trace *currentTrace;

/// Where a writable strided view's elements live in the caller's memory
/// (its `data` is a contiguous copy): results written into the view go
/// back there (write_back).
struct StridedTarget {
  void *base;
  Shape strides; ///< In elements, one per dimension.
  std::shared_ptr<void> keepAlive; ///< Owns that memory, if numjit does.
};

struct ArrayImpl {
  DType dtype;
  Shape shape;
  int64_t size;
  /// A C++ scalar: adopts the dtype of what it meets (jax's weak types).
  bool weak = false;
  /// Concrete data (null for a traced or abstract value): 16-byte aligned
  /// `small` for up to 64 bytes, else the 64-byte aligned heap buffer `owner`.
  void *data = nullptr;
  std::shared_ptr<void> owner;
  alignas(16) unsigned char small[64];
  /// A view of caller memory that jf.into may write (nj::view of non-const
  /// memory, nj::from_dlpack).
  bool writable = false;
  std::shared_ptr<const StridedTarget> strided;

  ArrayImpl() = default;
  ArrayImpl(const ArrayImpl &) = delete; // `data` may point into `small`
  /// Traced: the trace it belongs to and its SSA value there.
  std::shared_ptr<Trace> trace;
  mlir::Value value;
};

/// Element i of a buffer of `dtype`, as double (exact for all but huge i64).
double load_element(DType dtype, const void *data, int64_t i);
/// The element count of `shape`, or -1 when a size is symbolic.
int64_t num_elements(const Shape &shape);
/// The element count of a concrete array's `shape`; throws when a size is
/// negative or symbolic, or when the count overflows int64.
int64_t checked_num_elements(const char *op, const Shape &shape,
                             const std::source_location &loc);
/// A size for messages: "3", or the name of a symbolic size.
std::string size_str(int64_t size);
/// Throws unless every size of `shape` is >= 0 or, inside a trace, symbolic.
void check_shape(const char *op, const Shape &shape, const std::source_location &loc);
/// An array with a dtype and shape only (no data, not traced): a prototype
/// for tracing a function on values of that type.
Array abstract_array(DType dtype, Shape shape);
/// A fresh, empty ArrayImpl from a per-thread pool (which keeps their
/// shape vectors' storage, so that making a small array allocates nothing).
std::shared_ptr<ArrayImpl> new_impl();
/// A concrete array with an uninitialized 64-byte aligned buffer.
std::shared_ptr<ArrayImpl> alloc_array(DType dtype, const Shape &shape);
std::shared_ptr<void> alloc_buffer(size_t bytes);

/// "file.cpp:12:5".
std::string where(const std::source_location &loc);

/// The numjit dialect ops the frontend emits.
enum class Prim : uint8_t {
  Neg, Exp, Log, Sin, Cos, Tanh, Sqrt, Rsqrt, Abs, Sign, Floor, Logistic,
  Add, Sub, Mul, Div, Rem, Pow, Max, Min,
  Compare, Select, Convert, Broadcast, Reshape, Transpose, Slice,
  Concatenate, Reduce, ArgMax, DotGeneral, Iota, Splat, DimSize,
  Erf, ErfInv, Not, And, Or, Xor, ShiftLeft, ShiftRightArithmetic, ShiftRightLogical,
  BitcastConvert, Threefry, Gather, Scatter, DynamicSlice, DynamicUpdateSlice,
  ArgSort, Cumsum, Cumprod, AllReduce, AllGather, CollectiveBroadcast,
};
const char *prim_name(Prim prim);

/// Static operands of a primitive; which fields mean what depends on it:
/// Broadcast dims=a; Transpose perm=a; Slice start/limit/strides=a/b/c;
/// Concatenate dim=i; Reduce kind=i dims=a; ArgMax dim=i; DotGeneral
/// lhs/rhs batch=a/b, lhs/rhs contract=c/d; Compare direction=i; Iota dim=i;
/// Splat value=f; DimSize dim=i (the size of that dim of the operand, as an
/// i64 scalar, for symbolic sizes); Gather axis=i batch_dims=a[0]; Scatter
/// axis=i batch_dims=a[0] add=a[1]; DynamicSlice sizes=a; Threefry word=i;
/// ArgSort axis=i descending=a[0]; Cumsum, Cumprod axis=i reverse=a[0];
/// AllReduce kind=i group_size=a[0]; AllGather group_size=a[0] rank=a[1];
/// CollectiveBroadcast root=i group_size=a[0] rank=a[1].
struct Attrs {
  std::vector<int64_t> a, b, c, d;
  int64_t i = 0;
  double f = 0;
};

/// The whole arrays a sharded jit traces for `args`, each rank's blocks
/// (Sharding.cpp); throws on specs that do not fit the arguments.
std::vector<Array> globalPrototypes(const Sharding &sharding,
                                    std::span<const Array *const> args,
                                    const std::source_location &loc);
/// Marks the traced `func` with the mesh and the split dimension of each
/// argument and result for numjit-partition; throws on specs that do not fit.
void annotateSharding(const Sharding &sharding, mlir::func::FuncOp func,
                      std::span<const Array> results, const std::source_location &loc);

/// Drops the single-op kernels of eager execution.
void clear_eager_cache();

/// A cache of numjit's own composite functions (nj::random's), alive for
/// the whole process (never destroyed: its kernels must not outlive the
/// engine at exit), which clear_caches() empties like the eager cache.
JitCache &library_cache();
void clear_library_caches();

/// Applies `prim` to `operands`; the result has `dtype` and `shape` (the
/// caller has checked the operands). Traces inside a trace, else runs now.
Array bind(Prim prim, std::span<const Array> operands, const Attrs &attrs,
           DType dtype, Shape shape, const std::source_location &loc);

/// A hold on the MLIR context that every trace and compile of the process
/// shares: while any lease lives, context() is the same object. Its uniqued
/// types and attributes only ever grow (one set per distinct trace), so a
/// lease taken while none is alive, once the context has served
/// kContextUses leases, first replaces it by a fresh one.
class ContextLease {
public:
  ContextLease();
  ~ContextLease();
  ContextLease(const ContextLease &) = delete;
  ContextLease &operator=(const ContextLease &) = delete;
};

/// The shared context; valid while the caller (or a trace it is in) holds a
/// ContextLease.
mlir::MLIRContext &context();

/// Collects, as text, the diagnostics this thread emits on the shared
/// context while it lives. Another thread's diagnostics pass it by to that
/// thread's own collector, so each failure's message is its own.
class Diagnostics {
public:
  Diagnostics();
  /// "\n  loc: message" per diagnostic.
  const std::string &text() const { return text_; }

private:
  ContextLease lease_;
  std::thread::id thread_ = std::this_thread::get_id();
  std::string text_;
  mlir::ScopedDiagnosticHandler handler_;
};

/// A function being traced: a module with one func.func whose body grows as
/// ops are bound. Concrete arrays it meets become constants (one element) or
/// hidden arguments appended after the user's arguments.
class Trace : public std::enable_shared_from_this<Trace> {
public:
  /// The trace active on this thread, if any.
  static Trace *current() { return currentTrace; }

  /// A function whose arguments have the dtypes and shapes of `prototypes`.
  explicit Trace(std::span<const Array> prototypes);
  ~Trace();

  /// The traced arguments (one per prototype). Not stored: a traced array
  /// holds its trace, so the trace must not hold them.
  std::vector<Array> arguments();
  mlir::Value valueOf(const Array &a, const char *op, const std::source_location &loc);
  Array emit(Prim prim, std::span<const Array> operands, const Attrs &attrs,
             DType dtype, const Shape &shape, const std::source_location &loc);
  /// Ends the function with `results`; the trace is dead afterwards.
  void finish(std::span<const Array> results, const std::source_location &loc);

  mlir::ModuleOp module() { return *module_; }
  mlir::func::FuncOp func() { return func_; }
  /// False once finish() has run.
  bool alive() const { return alive_; }

  /// Emits the body of `callee` here, on `operands` (one per argument), and
  /// returns its results: how a transformed function (grad, jvp) is applied
  /// inside an enclosing trace. `shapes` gives the results' shapes with
  /// their symbolic sizes (which the types only show as `?`); without it
  /// the results must have static types.
  std::vector<Array> inlineCall(mlir::func::FuncOp callee,
                                std::span<const Array> operands,
                                const std::source_location &loc,
                                std::span<const Shape> shapes = {});
  /// Concrete arrays passed as hidden arguments, in argument order.
  const std::vector<Array> &captures() const { return captures_; }
  /// Makes every concrete array the trace meets a constant, as an
  /// ahead-of-time kernel needs (it has no hidden arguments).
  void setEmbedConstants() { embedConstants_ = true; }

  /// Where ops are emitted, for ops the Prim list does not cover (the ones
  /// with regions, frontend/ControlFlow.cpp).
  mlir::OpBuilder &builder() { return builder_; }
  mlir::Location location(const std::source_location &loc);
  /// A traced array of this trace for `value`, with `shape` (its symbolic
  /// sizes, which the type only shows as `?`).
  Array result(mlir::Value value, Shape shape);

  /// Makes this the current trace for a scope.
  class Scope {
  public:
    explicit Scope(Trace &trace);
    ~Scope();

  private:
    Trace *saved_;
  };

private:
  /// `a` as an argument appended to the function (once per array); the
  /// caller passes it with the user's arguments.
  mlir::Value hiddenArgument(const Array &a, const std::source_location &loc);
  /// The value of the symbolic size `code` in this function: a numjit.dim
  /// of the first argument that has it.
  mlir::Value symbolValue(int64_t code, const std::source_location &loc);
  /// The values of the symbolic sizes of `shape`, in order.
  llvm::SmallVector<mlir::Value> dynamicSizes(const Shape &shape,
                                              const std::source_location &loc);

  ContextLease lease_; ///< First: the context outlives the module.
  mlir::OwningOpRef<mlir::ModuleOp> module_;
  mlir::func::FuncOp func_;
  mlir::OpBuilder builder_;
  size_t numArguments_;
  /// The shape of every argument (user's and hidden), with symbolic sizes.
  std::vector<Shape> argShapes_;
  std::unordered_map<int64_t, mlir::Value> symbols_;
  bool embedConstants_ = false;
  std::vector<Array> captures_;
  std::unordered_map<const ArrayImpl *, mlir::Value> captured_;
  bool alive_ = true;
};

/// `fn` traced into a new function on arrays shaped like `args` (their
/// values are not used), finished with its results (returned in `results`).
/// Arrays of enclosing traces that `fn` uses become its captures.
std::shared_ptr<Trace> trace_function(std::span<const Array> args, const TraceFn &fn,
                                      std::vector<Array> &results,
                                      const std::source_location &loc);

/// Finishes `trace` with `results` and compiles it (through the engine's
/// cache). Throws Error with the compiler's diagnostics on failure.
mlir::numjit::KernelRef compile(Trace &trace, std::span<const Array> results,
                                const char *op, const std::source_location &loc,
                                const std::string &target = "host");

/// The NUMJIT_DUMP_DIR folder name of a compile made at `loc`:
/// "quickstart.cpp-17".
std::string dump_name(const std::source_location &loc);

/// Compiles the only function of `module` for `target`, throwing Error on
/// failure.
mlir::numjit::KernelRef compile_module(mlir::ModuleOp module, const char *op,
                                       const std::source_location &loc,
                                       const std::string &target = "host");

/// The dtype of a tensor type's elements.
DType dtypeOf(mlir::Type tensorType);

/// Runs `kernel` on `inputs` then `captures`, returning fresh outputs.
std::vector<Array> run(const mlir::numjit::Kernel &kernel,
                       std::span<const Array> inputs,
                       std::span<const Array> captures);

/// The same on pointers to the inputs, appending the outputs to `outputs`.
void run(const mlir::numjit::Kernel &kernel, std::span<const Array *const> inputs,
         std::span<const Array> captures, std::vector<Array> &outputs);
/// The same writing the outputs into `outputs` (buffers of the kernel's
/// output types).
void run_into(const mlir::numjit::Kernel &kernel, std::span<const Array *const> inputs,
              std::span<const Array> captures, std::span<void *const> outputs);
/// Copies a writable strided view's contiguous data back through its
/// strides into the caller's memory.
void write_back(const ArrayImpl &view);

/// The same for a kernel compiled for a CUDA target: inputs are copied to
/// device buffers, the kernel runs, the outputs come back to fresh arrays.
/// Throws Error (at `loc`) when the driver reports a failure.
std::vector<Array> run_on_device(const mlir::numjit::Kernel &kernel,
                                 std::span<const Array> inputs,
                                 std::span<const Array> captures,
                                 const std::source_location &loc);

/// Throws Error at `loc` unless a CUDA driver and device are present.
void require_cuda(const char *op, const std::string &target,
                  const std::source_location &loc);

} // namespace numjit::detail

#endif // NUMJIT_FRONTEND_TRACE_H
