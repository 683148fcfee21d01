//===- numjit-run.cpp - JIT-compile and run a numjit function ---*- C++ -*-===//
//
// Runs one function of a .mlir file through the JIT on given inputs and
// prints its outputs, so lit tests can check numerics by running them:
//
//   numjit-run f.mlir -e add --arg "[1.0, 2.0]" --arg "3.0"
//   result 0: tensor<2xf32> = [4, 5]
//
// Each --arg is the body of a `dense<...>` attribute for the matching
// argument's type (a nested list, or one scalar for a splat). A function
// with symbolic sizes (`numjit.dims`) gets their values from --size:
//
//   numjit-run f.mlir --size n=3 --arg "[1.0, 2.0, 3.0]"
//
//===----------------------------------------------------------------------===//

#include "frontend/numjit/float16.h"
#include "jit/Engine.h"
#include "tools/ToolInput.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <cstring>

using namespace mlir;
using namespace mlir::numjit;
namespace cl = llvm::cl;

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input .mlir>"),
                                      cl::init("-"));
static cl::opt<std::string> entryName("e", cl::desc("Function to run"),
                                      cl::init(""));
static cl::list<std::string> args("arg", cl::desc("Input value (dense<...> body)"));
static cl::list<std::string> sizes("size", cl::desc("A symbolic size: name=value"));
static cl::opt<unsigned> optLevel("O", cl::desc("LLVM optimization level"),
                                  cl::init(2));
static cl::opt<unsigned> precision("precision",
                                   cl::desc("Significant digits of floats"),
                                   cl::init(6));

namespace {
/// A 64-byte aligned buffer, never null (zero-size buffers get one line).
struct Buffer {
  explicit Buffer(size_t bytes)
      : data(std::aligned_alloc(64, (std::max<size_t>(bytes, 1) + 63) / 64 * 64)) {
    std::memset(data, 0, (std::max<size_t>(bytes, 1) + 63) / 64 * 64);
  }
  ~Buffer() { std::free(data); }
  Buffer(const Buffer &) = delete;
  void *data;
};

template <typename T>
void store(DenseElementsAttr attr, void *data) {
  T *out = static_cast<T *>(data);
  for (T v : attr.getValues<T>())
    *out++ = v;
}

void fill(DenseElementsAttr attr, ElementKind kind, void *data) {
  switch (kind) {
  case ElementKind::f32: return store<float>(attr, data);
  case ElementKind::f64: return store<double>(attr, data);
  case ElementKind::i32: return store<int32_t>(attr, data);
  case ElementKind::i64: return store<int64_t>(attr, data);
  case ElementKind::u8: return store<uint8_t>(attr, data);
  case ElementKind::u32: return store<uint32_t>(attr, data);
  case ElementKind::f16:
  case ElementKind::bf16: {
    uint16_t *out = static_cast<uint16_t *>(data);
    for (const APFloat &v : attr.getValues<APFloat>())
      *out++ = uint16_t(v.bitcastToAPInt().getZExtValue());
    return;
  }
  case ElementKind::i1: {
    uint8_t *out = static_cast<uint8_t *>(data);
    for (bool v : attr.getValues<bool>())
      *out++ = v;
    return;
  }
  }
}

void printFloat(llvm::raw_ostream &os, double v) {
  char text[64];
  std::snprintf(text, sizeof(text), "%.*g", static_cast<int>(precision.getValue()), v);
  os << text;
}

void printElement(llvm::raw_ostream &os, ElementKind kind, const void *data,
                  int64_t i) {
  switch (kind) {
  case ElementKind::f32:
  case ElementKind::f64: {
    double v = kind == ElementKind::f32 ? static_cast<const float *>(data)[i]
                                        : static_cast<const double *>(data)[i];
    printFloat(os, v);
    return;
  }
  case ElementKind::f16:
  case ElementKind::bf16: {
    uint16_t bits = static_cast<const uint16_t *>(data)[i];
    printFloat(os, kind == ElementKind::f16 ? float(::numjit::float16_t::from_bits(bits))
                                            : float(::numjit::bfloat16_t::from_bits(bits)));
    return;
  }
  case ElementKind::i32: os << static_cast<const int32_t *>(data)[i]; return;
  case ElementKind::i64: os << static_cast<const int64_t *>(data)[i]; return;
  case ElementKind::u8: os << unsigned(static_cast<const uint8_t *>(data)[i]); return;
  case ElementKind::u32: os << static_cast<const uint32_t *>(data)[i]; return;
  case ElementKind::i1:
    os << (static_cast<const uint8_t *>(data)[i] ? "true" : "false");
    return;
  }
}

/// Prints nested lists in row-major order: [[1, 2], [3, 4]].
void printArray(llvm::raw_ostream &os, const BufferSpec &spec, const void *data,
                size_t dim, int64_t &next) {
  if (dim == spec.shape.size()) {
    printElement(os, spec.kind, data, next++);
    return;
  }
  os << "[";
  for (int64_t i = 0; i < spec.shape[dim]; ++i) {
    if (i)
      os << ", ";
    printArray(os, spec, data, dim + 1, next);
  }
  os << "]";
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "numjit JIT runner\n");
  std::unique_ptr<MLIRContext> context = createContext();
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, context.get());
  OwningOpRef<ModuleOp> module = parseInputFile(inputFile, context.get(), sourceMgr);
  if (!module)
    return 1;

  CompileOptions options;
  options.function = entryName;
  options.optLevel = optLevel;
  FailureOr<KernelRef> kernel = Engine::get().compile(*module, options);
  if (failed(kernel))
    return 1;
  const Kernel &k = **kernel;
  std::vector<int64_t> symbols(k.symbols.size(), -1);
  for (StringRef s : sizes) {
    auto [name, value] = s.split('=');
    auto it = llvm::find(k.symbols, name);
    int64_t v;
    if (it == k.symbols.end() || value.getAsInteger(10, v) || v < 0) {
      llvm::errs() << "error: --size " << s << ": expected name=value with a size >= 0 "
                   << "of one of the function's symbolic sizes\n";
      return 1;
    }
    symbols[it - k.symbols.begin()] = v;
  }
  for (auto [name, v] : llvm::zip(k.symbols, symbols))
    if (v < 0) {
      llvm::errs() << "error: give the symbolic size " << name << " with --size " << name
                   << "=<value>\n";
      return 1;
    }
  // Each buffer's shape with the symbols' values.
  auto concrete = [&](BufferSpec spec) {
    for (int64_t &d : spec.shape)
      if (d < 0)
        d = symbols[size_t(-1 - d)];
    return spec;
  };
  if (args.size() != k.inputs.size()) {
    llvm::errs() << "error: the function takes " << k.inputs.size()
                 << " arguments; " << args.size() << " --arg given\n";
    return 1;
  }

  std::vector<std::unique_ptr<Buffer>> buffers;
  std::vector<void *> pointers;
  if (!symbols.empty())
    pointers.push_back(symbols.data());
  size_t firstBuffer = pointers.size();
  auto tensorType = [&](const BufferSpec &spec) {
    Type elem;
    switch (spec.kind) {
    case ElementKind::f32: elem = Float32Type::get(context.get()); break;
    case ElementKind::f64: elem = Float64Type::get(context.get()); break;
    case ElementKind::i32: elem = IntegerType::get(context.get(), 32); break;
    case ElementKind::i64: elem = IntegerType::get(context.get(), 64); break;
    case ElementKind::i1: elem = IntegerType::get(context.get(), 1); break;
    case ElementKind::u8:
      elem = IntegerType::get(context.get(), 8, IntegerType::Unsigned);
      break;
    case ElementKind::u32:
      elem = IntegerType::get(context.get(), 32, IntegerType::Unsigned);
      break;
    case ElementKind::f16: elem = Float16Type::get(context.get()); break;
    case ElementKind::bf16: elem = BFloat16Type::get(context.get()); break;
    }
    return RankedTensorType::get(spec.shape, elem);
  };
  for (auto [i, symbolic] : llvm::enumerate(k.inputs)) {
    BufferSpec spec = concrete(symbolic);
    RankedTensorType type = tensorType(spec);
    auto attr = dyn_cast_if_present<DenseElementsAttr>(
        parseAttribute("dense<" + args[i] + ">", context.get(), type));
    if (!attr) {
      llvm::errs() << "error: --arg " << i << " '" << args[i]
                   << "' is not a value of type " << type << "\n";
      return 1;
    }
    buffers.push_back(std::make_unique<Buffer>(spec.byteSize()));
    fill(attr, spec.kind, buffers.back()->data);
    pointers.push_back(buffers.back()->data);
  }
  for (const BufferSpec &spec : k.outputs) {
    buffers.push_back(std::make_unique<Buffer>(concrete(spec).byteSize()));
    pointers.push_back(buffers.back()->data);
  }
  k(pointers.data());
  for (auto [i, symbolic] : llvm::enumerate(k.outputs)) {
    BufferSpec spec = concrete(symbolic);
    llvm::outs() << "result " << i << ": " << tensorType(spec) << " = ";
    int64_t next = 0;
    printArray(llvm::outs(), spec, pointers[firstBuffer + k.inputs.size() + i], 0, next);
    llvm::outs() << "\n";
  }
  return 0;
}
