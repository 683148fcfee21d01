//===- Aot.cpp - Ahead-of-time libraries: trace on specs, compile, write --===//

#include "numjit/aot.h"

#include "frontend/Trace.h"
#include "jit/Aot.h"

namespace numjit::aot {

using numjit::detail::fail;
using numjit::detail::Trace;

struct Library::Impl {
  std::string name;
  std::unique_ptr<mlir::numjit::AotLibrary> library;
};

namespace {
using numjit::detail::Diagnostics;

std::string kernelWhere(const std::string &kernel, const std::source_location &loc) {
  return "kernel '" + kernel + "' (added at " + numjit::detail::where(loc) + ")";
}
} // namespace

Library::Library(std::string name, Options options, std::source_location loc)
    : impl_(std::make_shared<Impl>()) {
  if (!mlir::numjit::isCIdentifier(name))
    fail("aot", "library name \"" + name +
                    "\" is not a C identifier (it names the header guard and files)",
         loc);
  if (!mlir::numjit::isKnownTarget(options.target))
    fail("aot", "unknown target \"" + options.target +
                    "\" (host, x86-64, x86-64-v2, x86-64-v3, x86-64-v4, aarch64-linux-gnu, "
                    "cuda:sm_XX)",
         loc);
  bool cross = options.target == "aarch64-linux-gnu";
  mlir::numjit::AotOptions aot;
  aot.target = options.target;
  aot.pipeline.threads = options.threads.value_or(!cross);
  aot.pipeline.blas = options.blas.value_or(!cross);
  impl_->name = name;
  impl_->library = std::make_unique<mlir::numjit::AotLibrary>(std::move(name), aot);
}

const std::string &Library::name() const { return impl_->name; }

void Library::add_traced(const std::string &name, const std::vector<Spec> &specs,
                         size_t arity, const numjit::detail::TraceFn &trace,
                         const std::source_location &loc) {
  std::string what = kernelWhere(name, loc);
  if (specs.size() != arity)
    fail("aot", what + ": the function takes " + std::to_string(arity) +
                    " arrays but " + std::to_string(specs.size()) + " specs were given",
         loc);
  std::vector<Array> prototypes;
  for (auto [i, s] : llvm::enumerate(specs)) {
    for (int64_t d : s.shape)
      if (d < 0 && !is_symbolic(d))
        fail("aot", what + ": spec " + std::to_string(i) + " has a negative size in " +
                        shape_str(s.shape),
             loc);
    if (itemsize(s.dtype) == 0) // no enumerator: an integer cast to DType
      fail("aot", what + ": spec " + std::to_string(i) + " has the unknown dtype " +
                      std::to_string(int(s.dtype)),
           loc);
    prototypes.push_back(numjit::detail::abstract_array(s.dtype, s.shape));
  }
  if (Trace::current())
    fail("aot", what + ": kernels are added outside of a jit trace", loc);

  auto t = std::make_shared<Trace>(prototypes);
  // Concrete arrays the function uses become constants in the object.
  t->setEmbedConstants();
  std::vector<Array> results;
  try {
    {
      Trace::Scope scope(*t);
      results = trace(t->arguments());
    }
    if (results.empty())
      fail("aot", "the function returns no array", loc);
    t->finish(results, loc);
  } catch (const Error &e) {
    throw Error("numjit.aot: " + what + ": " + e.what());
  }
  Diagnostics diagnostics;
  if (mlir::failed(impl_->library->add(t->module(), name)))
    fail("aot", what + ": compiling it failed:" + diagnostics.text(), loc);
}

void Library::write(const std::string &dir, std::source_location loc) const {
  Diagnostics diagnostics;
  mlir::Location l = mlir::FileLineColLoc::get(&numjit::detail::context(), loc.file_name(),
                                               loc.line(), loc.column());
  if (mlir::failed(impl_->library->write(dir, l)))
    fail("aot", "writing library '" + impl_->name + "' to " + dir + " failed:" +
                    diagnostics.text(),
         loc);
}

} // namespace numjit::aot
