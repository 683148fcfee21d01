//===- Trace.cpp - Tracing into the numjit dialect, compile and run -------===//

#include "frontend/Trace.h"

#include "codegen/Passes.h"
#include "ir/NumjitOps.h"
#include "jit/Engine.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/IRMapping.h"

#include <cstdlib>
#include <cstring>
#include <mutex>

using namespace mlir;
using mlir::numjit::Engine;
using mlir::numjit::ElementKind;
using mlir::numjit::Kernel;
using mlir::numjit::KernelRef;

namespace numjit::detail {

//===----------------------------------------------------------------------===//
// Small helpers
//===----------------------------------------------------------------------===//

std::string where(const std::source_location &loc) {
  return std::string(loc.file_name()) + ":" + std::to_string(loc.line()) + ":" +
         std::to_string(loc.column());
}

void fail(const char *op, const std::string &message,
          const std::source_location &loc) {
  throw Error(std::string("numjit.") + op + ": " + message + " (at " +
              where(loc) + ")");
}

const char *prim_name(Prim prim) {
  static const char *names[] = {
      "neg", "exp", "log", "sin", "cos", "tanh", "sqrt", "rsqrt", "abs",
      "sign", "floor", "logistic", "add", "sub", "mul", "div", "rem", "pow",
      "max", "min", "compare", "select", "convert", "broadcast_in_dim",
      "reshape", "transpose", "slice", "concatenate", "reduce", "argmax",
      "dot_general", "iota", "constant", "get_dimension_size", "erf", "erf_inv",
      "not", "and", "or", "xor", "shift_left", "shift_right_arithmetic",
      "shift_right_logical", "bitcast_convert", "threefry2x32", "gather", "scatter", "dynamic_slice",
      "dynamic_update_slice", "argsort", "cumsum", "cumprod", "all_reduce", "all_gather",
      "collective_broadcast"};
  return names[size_t(prim)];
}

static Type elementType(DType dtype) {
  MLIRContext &ctx = context();
  switch (dtype) {
  case DType::f32: return Float32Type::get(&ctx);
  case DType::f64: return Float64Type::get(&ctx);
  case DType::i32: return IntegerType::get(&ctx, 32);
  case DType::i64: return IntegerType::get(&ctx, 64);
  case DType::bool_: return IntegerType::get(&ctx, 1);
  case DType::u8: return IntegerType::get(&ctx, 8, IntegerType::Unsigned);
  case DType::u32: return IntegerType::get(&ctx, 32, IntegerType::Unsigned);
  case DType::f16: return Float16Type::get(&ctx);
  case DType::bf16: return BFloat16Type::get(&ctx);
  }
  return {};
}

/// The tensor type of `shape`: symbolic sizes become dynamic (`?`).
static RankedTensorType tensorType(DType dtype, const Shape &shape) {
  SmallVector<int64_t> sizes;
  for (int64_t d : shape)
    sizes.push_back(is_symbolic(d) ? ShapedType::kDynamic : d);
  return RankedTensorType::get(sizes, elementType(dtype));
}

/// `numjit.dims` for a value of `shape`: the names of its symbolic sizes,
/// or null when it has none.
static ArrayAttr dimNames(const Shape &shape) {
  SmallVector<Attribute> names;
  for (int64_t d : shape)
    if (is_symbolic(d))
      names.push_back(StringAttr::get(&context(), size_str(d)));
  return names.empty() ? ArrayAttr() : ArrayAttr::get(&context(), names);
}

DType dtypeOf(Type tensorType) {
  Type e = cast<RankedTensorType>(tensorType).getElementType();
  if (e.isInteger(8))
    return DType::u8;
  if (e.isUnsignedInteger(32))
    return DType::u32;
  if (e.isF16())
    return DType::f16;
  if (e.isBF16())
    return DType::bf16;
  return e.isF32() ? DType::f32 : e.isF64() ? DType::f64
         : e.isInteger(32) ? DType::i32 : e.isInteger(64) ? DType::i64
                           : DType::bool_;
}

static Array traced(DType dtype, Shape shape, std::shared_ptr<Trace> trace,
                    Value value) {
  std::shared_ptr<ArrayImpl> impl = new_impl();
  impl->dtype = dtype;
  impl->size = num_elements(shape);
  impl->shape = std::move(shape);
  impl->trace = std::move(trace);
  impl->value = value;
  return Array(std::move(impl));
}

/// A dense attribute holding a concrete array's data.
static DenseElementsAttr denseAttr(const ArrayImpl &a) {
  RankedTensorType type = tensorType(a.dtype, a.shape);
  if (a.dtype == DType::bool_) {
    const uint8_t *p = static_cast<const uint8_t *>(a.data);
    SmallVector<bool> bits(p, p + a.size);
    return DenseElementsAttr::get(type, ArrayRef<bool>(bits));
  }
  return DenseElementsAttr::getFromRawBuffer(
      type, ArrayRef<char>(static_cast<const char *>(a.data),
                           size_t(a.size) * itemsize(a.dtype)));
}

//===----------------------------------------------------------------------===//
// Trace
//===----------------------------------------------------------------------===//

[[gnu::tls_model("initial-exec")]] thread_local Trace *currentTrace = nullptr;

Trace::Scope::Scope(Trace &trace) : saved_(currentTrace) { currentTrace = &trace; }
Trace::Scope::~Scope() { currentTrace = saved_; }

Trace::Trace(std::span<const Array> prototypes) : builder_(&context()) {
  MLIRContext &ctx = context();
  Location loc = UnknownLoc::get(&ctx);
  module_ = ModuleOp::create(loc);
  SmallVector<Type> types;
  for (const Array &p : prototypes) {
    types.push_back(tensorType(p.dtype(), p.shape()));
    argShapes_.push_back(p.shape());
  }
  builder_.setInsertionPointToEnd(module_->getBody());
  func_ = func::FuncOp::create(builder_, loc, "main",
                               builder_.getFunctionType(types, {}));
  Block *entry = func_.addEntryBlock();
  builder_.setInsertionPointToEnd(entry);
  numArguments_ = prototypes.size();
}

std::vector<Array> Trace::arguments() {
  std::vector<Array> arguments;
  for (size_t i = 0; i < numArguments_; ++i)
    arguments.push_back(traced(dtypeOf(func_.getArgument(i).getType()), argShapes_[i],
                               shared_from_this(), func_.getArgument(i)));
  return arguments;
}

Trace::~Trace() = default;

Array Trace::result(Value value, Shape shape) {
  return traced(dtypeOf(value.getType()), std::move(shape), shared_from_this(), value);
}

std::shared_ptr<Trace> trace_function(std::span<const Array> args, const TraceFn &fn,
                                      std::vector<Array> &results,
                                      const std::source_location &loc) {
  auto t = std::make_shared<Trace>(args);
  {
    Trace::Scope scope(*t);
    results = fn(t->arguments());
  }
  t->finish(results, loc);
  return t;
}

Location Trace::location(const std::source_location &loc) {
  return FileLineColLoc::get(&context(), loc.file_name(), loc.line(),
                             loc.column());
}

Value Trace::valueOf(const Array &a, const char *op,
                     const std::source_location &loc) {
  const ArrayImpl &impl = *a.impl();
  if (impl.trace && impl.trace.get() != this && impl.trace->alive() && alive_) {
    // A value of an enclosing trace (grad inside jit, say): a hidden
    // argument here, fed that value where this function is applied.
    return hiddenArgument(a, loc);
  }
  if (impl.trace) {
    if (impl.trace.get() != this || !alive_)
      fail(op,
           "a traced value of shape " + shape_str(impl.shape) +
               " escaped the jit trace it belongs to (keep traced arrays "
               "inside the function being traced)",
           loc);
    return impl.value;
  }
  // A concrete array met by the trace: one element becomes a constant,
  // anything larger a hidden argument (its buffer is passed at each call),
  // or a constant too for an ahead-of-time kernel.
  if (impl.size == 1 || embedConstants_)
    return mlir::numjit::ConstantOp::create(builder_, location(loc),
                                            tensorType(impl.dtype, impl.shape),
                                            denseAttr(impl));
  return hiddenArgument(a, loc);
}

Value Trace::hiddenArgument(const Array &a, const std::source_location &loc) {
  auto [it, inserted] = captured_.try_emplace(a.impl().get(), Value());
  if (inserted) {
    it->second = func_.front().addArgument(tensorType(a.dtype(), a.shape()),
                                           location(loc));
    argShapes_.push_back(a.shape());
    captures_.push_back(a);
  }
  return it->second;
}

Value Trace::symbolValue(int64_t code, const std::source_location &loc) {
  auto it = symbols_.find(code);
  if (it != symbols_.end())
    return it->second;
  for (auto [i, shape] : llvm::enumerate(argShapes_))
    for (auto [d, size] : llvm::enumerate(shape)) {
      if (size != code)
        continue;
      // At the top of the function: it only reads an argument.
      OpBuilder b = OpBuilder::atBlockBegin(&func_.front());
      Value v = mlir::numjit::DimOp::create(b, location(loc), func_.getArgument(i), uint64_t(d));
      symbols_.emplace(code, v);
      return v;
    }
  fail("jit",
       "the symbolic size " + size_str(code) +
           " is not a size of any argument of the traced function (sizes of "
           "results and intermediates must come from the arguments)",
       loc);
}

SmallVector<Value> Trace::dynamicSizes(const Shape &shape, const std::source_location &loc) {
  SmallVector<Value> sizes;
  for (int64_t d : shape)
    if (is_symbolic(d))
      sizes.push_back(symbolValue(d, loc));
  return sizes;
}

Array Trace::emit(Prim prim, std::span<const Array> operands, const Attrs &attrs,
                  DType dtype, const Shape &shape,
                  const std::source_location &loc) {
  namespace nj = mlir::numjit;
  SmallVector<Value, 3> in;
  for (const Array &a : operands)
    in.push_back(valueOf(a, prim_name(prim), loc));
  Location l = location(loc);
  RankedTensorType type = tensorType(dtype, shape);
  OpBuilder &b = builder_;
  Value v;
  switch (prim) {
  case Prim::Neg: v = nj::NegOp::create(b, l, type, in[0]); break;
  case Prim::Exp: v = nj::ExpOp::create(b, l, type, in[0]); break;
  case Prim::Log: v = nj::LogOp::create(b, l, type, in[0]); break;
  case Prim::Sin: v = nj::SinOp::create(b, l, type, in[0]); break;
  case Prim::Cos: v = nj::CosOp::create(b, l, type, in[0]); break;
  case Prim::Tanh: v = nj::TanhOp::create(b, l, type, in[0]); break;
  case Prim::Sqrt: v = nj::SqrtOp::create(b, l, type, in[0]); break;
  case Prim::Rsqrt: v = nj::RsqrtOp::create(b, l, type, in[0]); break;
  case Prim::Abs: v = nj::AbsOp::create(b, l, type, in[0]); break;
  case Prim::Sign: v = nj::SignOp::create(b, l, type, in[0]); break;
  case Prim::Floor: v = nj::FloorOp::create(b, l, type, in[0]); break;
  case Prim::Logistic: v = nj::LogisticOp::create(b, l, type, in[0]); break;
  case Prim::Erf: v = nj::ErfOp::create(b, l, type, in[0]); break;
  case Prim::ErfInv: v = nj::ErfInvOp::create(b, l, type, in[0]); break;
  case Prim::Not: v = nj::NotOp::create(b, l, type, in[0]); break;
  case Prim::And: v = nj::AndOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Or: v = nj::OrOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Xor: v = nj::XorOp::create(b, l, type, in[0], in[1]); break;
  case Prim::ShiftLeft: v = nj::ShiftLeftOp::create(b, l, type, in[0], in[1]); break;
  case Prim::ShiftRightArithmetic:
    v = nj::ShiftRightArithmeticOp::create(b, l, type, in[0], in[1]);
    break;
  case Prim::ShiftRightLogical:
    v = nj::ShiftRightLogicalOp::create(b, l, type, in[0], in[1]);
    break;
  case Prim::Add: v = nj::AddOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Sub: v = nj::SubOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Mul: v = nj::MulOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Div: v = nj::DivOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Rem: v = nj::RemOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Pow: v = nj::PowOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Max: v = nj::MaxOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Min: v = nj::MinOp::create(b, l, type, in[0], in[1]); break;
  case Prim::Compare:
    v = nj::CompareOp::create(b, l, type, nj::CompareDirection(attrs.i), in[0],
                              in[1]);
    break;
  case Prim::Select:
    v = nj::SelectOp::create(b, l, type, in[0], in[1], in[2]);
    break;
  case Prim::Convert: v = nj::ConvertOp::create(b, l, type, in[0]); break;
  case Prim::BitcastConvert: v = nj::BitcastConvertOp::create(b, l, type, in[0]); break;
  case Prim::Threefry:
    v = nj::Threefry2x32Op::create(b, l, type, in[0], in[1], in[2], in[3], uint64_t(attrs.i));
    break;
  case Prim::Gather:
    v = nj::GatherOp::create(b, l, type, in[0], in[1], uint64_t(attrs.i), uint64_t(attrs.a[0]));
    break;
  case Prim::Scatter:
    v = nj::ScatterOp::create(b, l, in[0], in[1], in[2], attrs.i, attrs.a[0], attrs.a[1] != 0);
    break;
  case Prim::DynamicSlice:
    v = nj::DynamicSliceOp::create(b, l, type, in[0], ValueRange(in).drop_front(), attrs.a);
    break;
  case Prim::DynamicUpdateSlice:
    v = nj::DynamicUpdateSliceOp::create(b, l, type, in[0],
                                         ValueRange(in).slice(1, in.size() - 2), in.back());
    break;
  case Prim::Broadcast:
    v = nj::BroadcastInDimOp::create(b, l, type, in[0], attrs.a,
                                     dynamicSizes(shape, loc));
    break;
  case Prim::Reshape:
    v = nj::ReshapeOp::create(b, l, type, in[0], dynamicSizes(shape, loc));
    break;
  case Prim::Transpose:
    v = nj::TransposeOp::create(b, l, type, in[0], attrs.a);
    break;
  case Prim::Slice: {
    // A symbolic dimension is taken whole: its limit is "to the end".
    std::vector<int64_t> limit = attrs.b;
    for (int64_t &x : limit)
      if (is_symbolic(x))
        x = ShapedType::kDynamic;
    v = nj::SliceOp::create(b, l, type, in[0], attrs.a, limit, attrs.c);
    break;
  }
  case Prim::Concatenate:
    v = nj::ConcatenateOp::create(b, l, type, in, uint64_t(attrs.i));
    break;
  case Prim::Reduce:
    v = nj::ReduceOp::create(b, l, type, nj::ReduceKind(attrs.i), in[0],
                             attrs.a);
    break;
  case Prim::ArgSort:
    v = nj::ArgSortOp::create(b, l, type, in[0], uint64_t(attrs.i), attrs.a[0] != 0);
    break;
  case Prim::Cumsum:
    v = nj::CumsumOp::create(b, l, type, in[0], uint64_t(attrs.i), attrs.a[0] != 0);
    break;
  case Prim::Cumprod:
    v = nj::CumprodOp::create(b, l, type, in[0], uint64_t(attrs.i), attrs.a[0] != 0);
    break;
  case Prim::AllReduce:
    v = nj::AllReduceOp::create(b, l, type, nj::ReduceKind(attrs.i), in[0],
                                uint64_t(attrs.a[0]));
    break;
  case Prim::AllGather:
    v = nj::AllGatherOp::create(b, l, type, in[0], uint64_t(attrs.a[0]), uint64_t(attrs.a[1]));
    break;
  case Prim::CollectiveBroadcast:
    v = nj::CollectiveBroadcastOp::create(b, l, type, in[0], uint64_t(attrs.i),
                                          uint64_t(attrs.a[0]), uint64_t(attrs.a[1]));
    break;
  case Prim::ArgMax:
    v = nj::ArgMaxOp::create(b, l, type, in[0], uint64_t(attrs.i));
    break;
  case Prim::DotGeneral:
    v = nj::DotGeneralOp::create(b, l, type, in[0], in[1], attrs.a, attrs.b,
                                 attrs.c, attrs.d);
    break;
  case Prim::Iota:
    v = nj::IotaOp::create(b, l, type, uint64_t(attrs.i), dynamicSizes(shape, loc));
    break;
  case Prim::Splat: {
    Attribute value = is_floating(dtype)
                          ? Attribute(FloatAttr::get(type.getElementType(), attrs.f))
                          : Attribute(IntegerAttr::get(
                                type.getElementType(),
                                // The low bits: -1 is all ones in a u32.
                                APInt(type.getElementTypeBitWidth(),
                                      uint64_t(int64_t(attrs.f)), /*isSigned=*/false,
                                      /*implicitTrunc=*/true)));
    if (type.hasStaticShape()) {
      v = nj::ConstantOp::create(b, l, type, DenseElementsAttr::get(type, value));
      break;
    }
    // A symbolic size: a scalar constant broadcast to it.
    auto scalar = RankedTensorType::get({}, type.getElementType());
    Value c = nj::ConstantOp::create(b, l, scalar, DenseElementsAttr::get(scalar, value));
    v = nj::BroadcastInDimOp::create(b, l, type, c, ArrayRef<int64_t>{},
                                     dynamicSizes(shape, loc));
    break;
  }
  case Prim::DimSize:
    v = nj::GetDimensionSizeOp::create(b, l, in[0], uint64_t(attrs.i));
    break;
  }
  return traced(dtype, shape, shared_from_this(), v);
}

std::vector<Array> Trace::inlineCall(func::FuncOp callee,
                                     std::span<const Array> operands,
                                     const std::source_location &loc,
                                     std::span<const Shape> shapes) {
  IRMapping mapping;
  for (auto [arg, operand] : llvm::zip(callee.getArguments(), operands))
    mapping.map(arg, valueOf(operand, "call", loc));
  std::vector<Array> results;
  for (Operation &op : callee.front()) {
    if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      for (auto [i, v] : llvm::enumerate(ret.getOperands())) {
        Value mapped = mapping.lookupOrDefault(v);
        auto type = cast<RankedTensorType>(mapped.getType());
        Shape shape = i < shapes.size() ? shapes[i] : Shape(type.getShape());
        results.push_back(traced(dtypeOf(type), std::move(shape), shared_from_this(), mapped));
      }
      break;
    }
    builder_.clone(op, mapping);
  }
  return results;
}

void Trace::finish(std::span<const Array> results,
                   const std::source_location &loc) {
  SmallVector<Value> values;
  for (const Array &r : results)
    values.push_back(valueOf(r, "jit", loc));
  func::ReturnOp::create(builder_, location(loc), values);
  func_.setType(builder_.getFunctionType(func_.front().getArgumentTypes(),
                                         ValueRange(values).getTypes()));
  // Symbolic sizes are named on the arguments and results (numjit.dims), so
  // the function says which `?` is which size.
  for (auto [i, shape] : llvm::enumerate(argShapes_))
    if (ArrayAttr names = dimNames(shape))
      func_.setArgAttr(i, mlir::numjit::kDimsAttrName, names);
  for (auto [i, r] : llvm::enumerate(results))
    if (ArrayAttr names = dimNames(r.shape()))
      func_.setResultAttr(i, mlir::numjit::kDimsAttrName, names);
  alive_ = false;
}

//===----------------------------------------------------------------------===//
// Compile and run
//===----------------------------------------------------------------------===//

KernelRef compile(Trace &trace, std::span<const Array> results, const char *op,
                  const std::source_location &loc, const std::string &target) {
  trace.finish(results, loc);
  return compile_module(trace.module(), op, loc, target);
}

std::string dump_name(const std::source_location &loc) {
  std::string file = loc.file_name();
  size_t slash = file.find_last_of('/');
  if (slash != std::string::npos)
    file = file.substr(slash + 1);
  return file + "-" + std::to_string(loc.line());
}

KernelRef compile_module(ModuleOp module, const char *op,
                         const std::source_location &loc, const std::string &target) {
  Diagnostics diagnostics;
  mlir::numjit::CompileOptions options;
  options.target = target;
  options.dumpName = dump_name(loc);
  // Every output buffer the frontend passes is 64-byte aligned (its own
  // buffers are; jf.into checks the caller's): large ones get streaming stores.
  if (target == "host")
    options.pipeline.alignedOutputBytes = mlir::numjit::kAlignedOutputBytes;
  FailureOr<KernelRef> kernel = Engine::get().compile(module, options);
  if (failed(kernel))
    fail(op, "compiling the traced function failed:" + diagnostics.text(), loc);
  return *kernel;
}

namespace {
/// The kernel's argument list: its inputs' and captures' data pointers,
/// then the outputs'.
using ArgList = SmallVector<void *, 8>;
void addInputs(ArgList &args, std::span<const Array *const> inputs,
               std::span<const Array> captures) {
  for (const Array *a : inputs)
    args.push_back(a->impl()->data);
  for (const Array &a : captures)
    args.push_back(a.impl()->data);
}
} // namespace

std::vector<Array> run(const Kernel &kernel, std::span<const Array> inputs,
                       std::span<const Array> captures) {
  SmallVector<const Array *, 8> pointers;
  for (const Array &a : inputs)
    pointers.push_back(&a);
  std::vector<Array> outputs;
  outputs.reserve(kernel.outputs.size());
  run(kernel, pointers, captures, outputs);
  return outputs;
}

void run(const Kernel &kernel, std::span<const Array *const> inputs,
         std::span<const Array> captures, std::vector<Array> &outputs) {
  ArgList args;
  addInputs(args, inputs, captures);
  for (const mlir::numjit::BufferSpec &spec : kernel.outputs) {
    std::shared_ptr<ArrayImpl> out = alloc_array(DType(spec.kind), spec.shape);
    args.push_back(out->data);
    outputs.emplace_back(std::move(out));
  }
  kernel(args.data());
}

void run_into(const Kernel &kernel, std::span<const Array *const> inputs,
              std::span<const Array> captures, std::span<void *const> outputs) {
  ArgList args;
  addInputs(args, inputs, captures);
  args.append(outputs.begin(), outputs.end());
  kernel(args.data());
}

} // namespace numjit::detail
