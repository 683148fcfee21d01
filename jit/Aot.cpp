//===- Aot.cpp - Ahead-of-time kernel libraries ---------------------------===//
//
// Each kernel is compiled to LLVM IR by the JIT's own path (compileToLLVM,
// NUMJIT_DUMP_DIR included) with the C entry point; the modules are linked
// into one (internal names are renamed apart) and emitted as one object,
// next to a header written from the kernels' signatures.
//
//===----------------------------------------------------------------------===//

#include "jit/Aot.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/Cloning.h"

#include <cctype>

using namespace mlir;
using namespace mlir::numjit;

#ifndef NUMJIT_OMP_LIBRARY
#define NUMJIT_OMP_LIBRARY "-lomp"
#endif
#ifndef NUMJIT_OPENBLAS_LIBRARY
#define NUMJIT_OPENBLAS_LIBRARY "-lopenblas"
#endif

bool mlir::numjit::isCIdentifier(StringRef name) {
  static const llvm::StringSet<> keywords = {
      "auto", "bool", "break", "case", "char", "class", "const", "continue",
      "default", "delete", "do", "double", "else", "enum", "extern", "false",
      "float", "for", "goto", "if", "inline", "int", "long", "namespace", "new",
      "operator", "private", "protected", "public", "register", "restrict",
      "return", "short", "signed", "sizeof", "static", "struct", "switch",
      "template", "this", "true", "typedef", "union", "unsigned", "using",
      "virtual", "void", "volatile", "while", "main"};
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])) ||
      keywords.contains(name))
    return false;
  return llvm::all_of(name, [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

//===----------------------------------------------------------------------===//
// The header
//===----------------------------------------------------------------------===//

namespace {
const char *cType(ElementKind kind) {
  switch (kind) {
  case ElementKind::f32: return "float";
  case ElementKind::f64: return "double";
  case ElementKind::i32: return "int32_t";
  case ElementKind::i64: return "int64_t";
  case ElementKind::i1: return "bool";
  case ElementKind::u8: return "uint8_t";
  case ElementKind::u32: return "uint32_t";
  // The bits (numjit::float16_t and bfloat16_t have this layout).
  case ElementKind::f16: case ElementKind::bf16: return "uint16_t";
  }
  return "void";
}

const char *dtypeName(ElementKind kind) {
  switch (kind) {
  case ElementKind::f32: return "float32";
  case ElementKind::f64: return "float64";
  case ElementKind::i32: return "int32";
  case ElementKind::i64: return "int64";
  case ElementKind::i1: return "bool";
  case ElementKind::u8: return "uint8";
  case ElementKind::u32: return "uint32";
  case ElementKind::f16: return "float16";
  case ElementKind::bf16: return "bfloat16";
  }
  return "?";
}

/// "(n, 784)" for a buffer of `kernel`.
std::string shapeText(const AotKernel &kernel, const BufferSpec &spec) {
  std::string s = "(";
  for (auto [i, d] : llvm::enumerate(spec.shape))
    s += (i ? ", " : "") +
         (d >= 0 ? std::to_string(d) : kernel.interface.symbols[size_t(-1 - d)]);
  return s + (spec.shape.size() == 1 ? ",)" : ")");
}

/// The element count of a buffer as a C++ expression of type size_t.
std::string countExpr(const AotKernel &kernel, const BufferSpec &spec) {
  std::string s = "(size_t)1";
  for (int64_t d : spec.shape)
    s += " * (size_t)" +
         (d >= 0 ? std::to_string(d) : kernel.interface.symbols[size_t(-1 - d)]);
  return s;
}

std::string bufferName(bool input, size_t i) {
  return (input ? "in" : "out") + std::to_string(i);
}

/// "int64_t n, const float *in0, float *out0" (pointers) or the same with
/// std::spans.
std::string parameters(const AotKernel &kernel, bool spans) {
  std::string s;
  auto add = [&](const std::string &p) { s += (s.empty() ? "" : ", ") + p; };
  for (const std::string &sym : kernel.interface.symbols)
    add("int64_t " + sym);
  for (bool input : {true, false}) {
    const std::vector<BufferSpec> &list =
        input ? kernel.interface.inputs : kernel.interface.outputs;
    for (auto [i, spec] : llvm::enumerate(list)) {
      std::string type = std::string(input ? "const " : "") + cType(spec.kind);
      add(spans ? "std::span<" + type + "> " + bufferName(input, i)
                : type + " *" + bufferName(input, i));
    }
  }
  return s.empty() ? "void" : s;
}
} // namespace

std::string mlir::numjit::aotHeader(StringRef library, ArrayRef<AotKernel> kernels,
                                    const LinkNeeds &needs, StringRef target) {
  std::string guard = library.upper() + "_H";
  std::string libs = "libm";
  if (needs.openmp)
    libs += ", libomp (OpenMP threads)";
  if (needs.blas)
    libs += ", OpenBLAS (matrix products)";
  if (isCudaTarget(target))
    libs += ", libdl";
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "/* " << library << ".h: ahead-of-time kernels generated by numjit for the "
     << target << " target.\n"
     << " *\n"
     << " * Link " << library << ".o with " << libs << ";\n"
     << " * " << library << ".ld is a linker script naming them (numjit_add_kernels links\n"
     << " * it). Nothing of numjit, MLIR or LLVM is needed at run time.\n"
     << " *\n";
  bool cuda = isCudaTarget(target);
  if (cuda)
    os << " * The kernels run on an NVIDIA GPU: compile " << library << "_cuda.c (the\n"
       << " * launcher, which opens libcuda.so.1 with dlopen) into the program too\n"
       << " * (numjit_add_kernels does). Every pointer below is a DEVICE pointer\n"
       << " * (cuMemAlloc) in the calling thread's CUDA context (device 0's primary\n"
       << " * context when it has none); a function returns when its kernels are\n"
       << " * done. Driver failures do not change the return code: numjit_cuda_error()\n"
       << " * returns the first one, or NULL. " << library << ".<kernel>.ptx: each one's PTX.\n"
       << " *\n";
  os
     << " * Each function takes the kernel's symbolic sizes, then one pointer per\n"
     << " * input, then one per result, each to a contiguous row-major buffer of the\n"
     << " * shape given below. Inputs are only read; results are written whole.\n"
     << " * Nothing outside the buffers is read or written. A function returns\n"
     << " *   NUMJIT_OK             0  the results are written\n"
     << " *   NUMJIT_NEGATIVE_SIZE  1  a size is negative (nothing is touched)\n"
     << " *   NUMJIT_SIZE_OVERFLOW  2  a buffer would hold more than INT64_MAX bytes\n"
     << " *   NUMJIT_SPAN_SIZE      3  (C++ overloads) a span's size is not its shape's\n"
     << " */\n"
     << "#ifndef " << guard << "\n#define " << guard << "\n\n"
     << "#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n"
     << "#ifndef NUMJIT_OK\n"
     << "#define NUMJIT_OK 0\n#define NUMJIT_NEGATIVE_SIZE 1\n"
     << "#define NUMJIT_SIZE_OVERFLOW 2\n#define NUMJIT_SPAN_SIZE 3\n"
     << "#endif\n\n"
     << "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n";
  if (cuda)
    os << "/* The first CUDA driver failure of the launcher, or NULL. */\n"
       << "const char *numjit_cuda_error(void);\n\n";
  for (const AotKernel &k : kernels) {
    os << "/* " << k.name;
    if (!k.interface.symbols.empty())
      os << ", symbolic sizes: " << llvm::join(k.interface.symbols, ", ");
    os << "\n";
    for (bool input : {true, false}) {
      const std::vector<BufferSpec> &list = input ? k.interface.inputs : k.interface.outputs;
      for (auto [i, spec] : llvm::enumerate(list))
        os << " *   " << (input ? "input  " : "result ") << bufferName(input, i) << ": "
           << dtypeName(spec.kind) << " " << shapeText(k, spec) << "\n";
    }
    os << " */\nint " << k.name << "(" << parameters(k, false) << ");\n\n";
  }
  os << "#ifdef __cplusplus\n} /* extern \"C\" */\n\n"
     << "#if __cplusplus >= 202002L\n#include <span>\n\n"
     << "/* The same functions on std::spans, whose sizes they check first. */\n";
  for (const AotKernel &k : kernels) {
    os << "inline int " << k.name << "(" << parameters(k, true) << ") {\n";
    for (const std::string &sym : k.interface.symbols)
      os << "  if (" << sym << " < 0)\n    return NUMJIT_NEGATIVE_SIZE;\n";
    SmallVector<std::string> checks;
    for (bool input : {true, false}) {
      const std::vector<BufferSpec> &list = input ? k.interface.inputs : k.interface.outputs;
      for (auto [i, spec] : llvm::enumerate(list))
        checks.push_back(bufferName(input, i) + ".size() != " + countExpr(k, spec));
    }
    if (!checks.empty())
      os << "  if (" << llvm::join(checks, " ||\n      ") << ")\n"
         << "    return NUMJIT_SPAN_SIZE;\n";
    SmallVector<std::string> args(k.interface.symbols.begin(), k.interface.symbols.end());
    for (bool input : {true, false}) {
      size_t n = input ? k.interface.inputs.size() : k.interface.outputs.size();
      for (size_t i = 0; i < n; ++i)
        args.push_back(bufferName(input, i) + ".data()");
    }
    os << "  return " << k.name << "(" << llvm::join(args, ", ") << ");\n}\n\n";
  }
  os << "#endif /* C++20 */\n#endif /* __cplusplus */\n\n#endif /* " << guard << " */\n";
  return text;
}

//===----------------------------------------------------------------------===//
// AotLibrary
//===----------------------------------------------------------------------===//

struct AotLibrary::Impl {
  std::string name;
  AotOptions options;
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> linked;
  std::vector<AotKernel> kernels;
  /// CUDA targets: each kernel's PTX, for <name>.<kernel>.ptx.
  std::vector<std::pair<std::string, std::string>> ptx;
};

AotLibrary::AotLibrary(std::string name, AotOptions options)
    : impl(std::make_unique<Impl>()) {
  impl->name = std::move(name);
  impl->options = std::move(options);
}
AotLibrary::~AotLibrary() = default;

StringRef AotLibrary::name() const { return impl->name; }
ArrayRef<AotKernel> AotLibrary::kernels() const { return impl->kernels; }

LogicalResult AotLibrary::add(ModuleOp module, StringRef kernel, StringRef function) {
  if (!isCIdentifier(kernel))
    return module.emitError("kernel name '")
           << kernel << "' is not a C identifier (it names the kernel's C function)";
  for (const AotKernel &k : impl->kernels)
    if (k.name == kernel)
      return module.emitError("library '")
             << impl->name << "' already has a kernel named '" << kernel << "'";
  CompileOptions options;
  options.function = function.str();
  options.target = impl->options.target;
  options.pipeline = impl->options.pipeline;
  options.interface = "c";
  if (isCudaTarget(options.target))
    options.onStage = [&](Stage stage, StringRef text) {
      if (stage == Stage::PTX)
        impl->ptx.push_back({kernel.str(), text.str()});
    };
  FailureOr<CompiledModule> compiled =
      compileToLLVM(module, withDumpDir(options, impl->name + "." + kernel.str()),
                    kernel, impl->context);
  if (failed(compiled))
    return failure();
  for (const std::string &sym : compiled->symbols) {
    bool bufferLike = (StringRef(sym).starts_with("in") || StringRef(sym).starts_with("out")) &&
                      llvm::all_of(StringRef(sym).drop_while([](char c) { return std::isalpha(c); }),
                                   [](char c) { return std::isdigit(c); });
    if (!isCIdentifier(sym) || bufferLike || sym == kernel)
      return module.emitError("kernel '")
             << kernel << "': the symbolic size '" << sym
             << "' cannot be a parameter of its C function (a C identifier other than "
                "the kernel's name and the buffers' in<i>/out<i>)";
  }
  if (!impl->linked) {
    impl->linked = std::move(compiled->module);
    impl->linked->setModuleIdentifier(impl->name);
  } else if (llvm::Linker::linkModules(*impl->linked, std::move(compiled->module))) {
    return module.emitError("linking kernel '") << kernel << "' into library '"
                                                << impl->name << "' failed";
  }
  impl->kernels.push_back({kernel.str(), static_cast<KernelInterface &&>(*compiled)});
  return success();
}

namespace {
LogicalResult writeFile(StringRef path, StringRef contents, Location loc) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec);
  if (ec)
    return emitError(loc, "cannot write '") << path << "': " << ec.message();
  os << contents;
  os.close();
  if (os.has_error())
    return emitError(loc, "cannot write '") << path << "': " << os.error().message();
  return success();
}
} // namespace

LogicalResult AotLibrary::write(StringRef dir, Location loc) {
  if (impl->kernels.empty())
    return emitError(loc, "library '") << impl->name << "' has no kernels to write";
  if (std::error_code ec = llvm::sys::fs::create_directories(dir))
    return emitError(loc, "cannot create '") << dir << "': " << ec.message();
  LinkNeeds needs;
  for (const llvm::Function &f : *impl->linked)
    if (f.isDeclaration()) {
      needs.openmp |= f.getName().starts_with("__kmpc_") || f.getName().starts_with("omp_");
      needs.blas |= f.getName().starts_with("cblas_");
    }
  // Codegen consumes the module: emit a copy, so the library can grow.
  std::unique_ptr<llvm::Module> copy = llvm::CloneModule(*impl->linked);
  CompileOptions aot;
  aot.target = impl->options.target;
  aot.interface = "c";
  bool cuda = isCudaTarget(aot.target);
  FailureOr<std::unique_ptr<llvm::MemoryBuffer>> object =
      emitObject(*copy, cpuTargetOf(aot), loc);
  if (failed(object))
    return failure();
  auto path = [&](StringRef ext) {
    llvm::SmallString<128> p(dir);
    llvm::sys::path::append(p, impl->name + ext.str());
    return std::string(p);
  };
  bool cross = impl->options.target == "aarch64-linux-gnu";
  std::string script = "/* The libraries " + impl->name +
                       ".o needs, as a linker script (numjit_add_kernels links it). */\n"
                       "INPUT(-lm)\n";
  if (needs.openmp)
    script += std::string("INPUT(") + (cross ? "-lomp" : NUMJIT_OMP_LIBRARY) + ")\n";
  if (needs.blas)
    script += std::string("INPUT(") + (cross ? "-lopenblas" : NUMJIT_OPENBLAS_LIBRARY) + ")\n";
  if (cuda)
    script += "INPUT(-ldl)\n";
  std::string launcher =
      cuda ? aotCudaLauncher(impl->name)
           : "/* " + impl->name + " has no GPU kernels: nothing to launch. */\n"
             "typedef int numjit_" + impl->name + "_has_no_gpu_kernels;\n";
  for (const auto &[kernel, ptx] : impl->ptx)
    if (failed(writeFile(path("." + kernel + ".ptx"), ptx, loc)))
      return failure();
  return success(
      succeeded(writeFile(path("_cuda.c"), launcher, loc)) &&
      succeeded(writeFile(path(".o"), (*object)->getBuffer(), loc)) &&
      succeeded(writeFile(path(".h"),
                          aotHeader(impl->name, impl->kernels, needs, impl->options.target),
                          loc)) &&
      succeeded(writeFile(path(".ld"), script, loc)));
}
