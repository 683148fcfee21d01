//===- ObjectLoaderTest.cpp - numjit's own loader for x86-64 kernels -------===//
//
// Kernels that use what numjit's objects use (constant pools, libm, the BLAS
// runtime, OpenMP with its read-only data) run right when loaded by
// jit/ObjectLoader.cpp, their unwind tables are registered while loaded, and
// what the loader does not handle is refused with its reason, not run.
//
//===----------------------------------------------------------------------===//

#include "jit/Engine.h"
#include "jit/ObjectLoader.h"
#include "runtime/Runtime.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Object/ELF.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <dlfcn.h>
#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::numjit;
namespace loader = mlir::numjit::detail;

namespace {

struct Bases {
  void *tbase, *dbase, *func;
};
extern "C" const void *_Unwind_Find_FDE(const void *pc, Bases *bases);

/// The runtime's symbols, then the process's: what the engine resolves.
void *resolve(llvm::StringRef name) {
  int64_t count = 0;
  const ::numjit::runtime::Symbol *symbols = ::numjit::runtime::symbols(count);
  for (int64_t i = 0; i < count; ++i)
    if (name == symbols[i].name)
      return symbols[i].address;
  return ::dlsym(RTLD_DEFAULT, name.str().c_str());
}

std::unique_ptr<llvm::MemoryBuffer> compileText(MLIRContext &context, const std::string &text) {
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  if (!module)
    return nullptr;
  FailureOr<CompiledObject> object = compileToObject(*module, {}, "entry");
  return succeeded(object) ? std::move(object->object) : nullptr;
}

/// The names of the symbols `object` uses but does not define.
std::vector<std::string> undefinedSymbols(const llvm::MemoryBuffer &object) {
  using ELFT = llvm::object::ELF64LE;
  std::vector<std::string> names;
  auto file = llvm::cantFail(llvm::object::ELFFile<ELFT>::create(object.getBuffer()));
  for (const ELFT::Shdr &section : llvm::cantFail(file.sections())) {
    if (section.sh_type != llvm::ELF::SHT_SYMTAB)
      continue;
    llvm::StringRef strtab = llvm::cantFail(file.getStringTableForSymtab(section));
    for (const ELFT::Sym &symbol : llvm::cantFail(file.symbols(&section)))
      if (symbol.st_shndx == llvm::ELF::SHN_UNDEF && symbol.st_name)
        names.push_back(llvm::cantFail(symbol.getName(strtab)).str());
  }
  return names;
}

bool hasUnwindTables(const llvm::MemoryBuffer &object) {
  using ELFT = llvm::object::ELF64LE;
  auto file = llvm::cantFail(llvm::object::ELFFile<ELFT>::create(object.getBuffer()));
  for (const ELFT::Shdr &section : llvm::cantFail(file.sections()))
    if (llvm::cantFail(file.getSectionName(section)) == ".eh_frame")
      return true;
  return false;
}

bool uses(const llvm::MemoryBuffer &object, llvm::StringRef prefix) {
  for (const std::string &name : undefinedSymbols(object))
    if (llvm::StringRef(name).starts_with(prefix))
      return true;
  return false;
}

class ObjectLoaderTest : public ::testing::Test {
protected:
  void SetUp() override {
    if (!loader::canLoadObjects())
      GTEST_SKIP() << "numjit's loader is for x86-64 ELF hosts; this one uses ORC";
  }
  std::unique_ptr<MLIRContext> context = createContext();
};

TEST_F(ObjectLoaderTest, RunsKernelsWithConstantsLibmBlasAndThreads) {
  // exp and tanh: constant pools; f64 sin: libm (or its inline form);
  // a matrix product: the runtime's BLAS; a large exp: OpenMP, whose
  // ident structs are read-only data with absolute relocations.
  struct Case {
    const char *name;
    std::string text;
    int64_t inElems, outElems, inCount;
    const char *mustUse; ///< An external the object must call, or null.
  };
  const Case cases[] = {
      {"exp-tanh",
       "func.func @f(%x: tensor<1000xf32>) -> tensor<1000xf32> {\n"
       "  %e = numjit.exp %x : tensor<1000xf32>\n"
       "  %t = numjit.tanh %x : tensor<1000xf32>\n"
       "  %y = numjit.add %e, %t : tensor<1000xf32>\n"
       "  return %y : tensor<1000xf32>\n}\n",
       1000, 1000, 1, nullptr},
      {"sin-f64",
       "func.func @f(%x: tensor<100xf64>) -> tensor<100xf64> {\n"
       "  %y = numjit.sin %x : tensor<100xf64>\n"
       "  return %y : tensor<100xf64>\n}\n",
       100, 100, 1, nullptr},
      {"matmul",
       "func.func @f(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>) -> tensor<64x64xf32> {\n"
       "  %y = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : "
       "(tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>\n"
       "  return %y : tensor<64x64xf32>\n}\n",
       64 * 64, 64 * 64, 2, "cblas_"},
      {"threads",
       "func.func @f(%x: tensor<512x4096xf32>) -> tensor<512x4096xf32> {\n"
       "  %y = numjit.exp %x : tensor<512x4096xf32>\n"
       "  return %y : tensor<512x4096xf32>\n}\n",
       512 * 4096, 512 * 4096, 1, "__kmpc_"},
  };
  int withUnwindTables = 0;
  for (const Case &c : cases) {
    SCOPED_TRACE(c.name);
    std::unique_ptr<llvm::MemoryBuffer> object = compileText(*context, c.text);
    ASSERT_TRUE(object);
    if (c.mustUse) {
      ASSERT_TRUE(uses(*object, c.mustUse)) << "the case no longer covers " << c.mustUse;
    }
    auto loaded = loader::loadObject(object->getMemBufferRef(), resolve);
    ASSERT_TRUE(bool(loaded)) << llvm::toString(loaded.takeError());
    EXPECT_EQ((*loaded)->lookup("no_such_symbol"), nullptr);
    auto entry = reinterpret_cast<KernelEntry>((*loaded)->lookup("entry"));
    ASSERT_NE(entry, nullptr);

    bool f64 = std::string(c.name) == "sin-f64";
    std::vector<double> in64(size_t(c.inElems)), out64(size_t(c.outElems));
    std::vector<float> a(size_t(c.inElems)), b(size_t(c.inElems)), out(size_t(c.outElems));
    for (int64_t i = 0; i < c.inElems; ++i) {
      a[size_t(i)] = float(i % 97) * 0.03f - 1.4f;
      b[size_t(i)] = float(i % 13) * 0.1f - 0.6f;
      in64[size_t(i)] = double(i) * 0.37 - 15.0;
    }
    std::vector<void *> args;
    if (f64)
      args = {in64.data(), out64.data()};
    else if (c.inCount == 2)
      args = {a.data(), b.data(), out.data()};
    else
      args = {a.data(), out.data()};
    entry(args.data());

    for (int64_t i = 0; i < c.outElems; i += (c.outElems > 5000 ? 4099 : 1)) {
      size_t k = size_t(i);
      double want;
      if (f64) {
        EXPECT_NEAR(out64[k], std::sin(in64[k]), 1e-14) << "element " << i;
        continue;
      }
      if (c.inCount == 2) {
        int64_t r = i / 64, col = i % 64;
        want = 0;
        for (int64_t j = 0; j < 64; ++j)
          want += double(a[size_t(r * 64 + j)]) * double(b[size_t(j * 64 + col)]);
      } else if (c.outElems == 1000) {
        want = std::exp(double(a[k])) + std::tanh(double(a[k]));
      } else {
        want = std::exp(double(a[k]));
      }
      EXPECT_NEAR(out[k], want, 1e-5 * std::max(1.0, std::fabs(want))) << "element " << i;
    }

    // The unwind tables (of objects that have them: LLVM emits none for
    // code that cannot unwind) are known while the code is loaded, and
    // only then.
    if (!hasUnwindTables(*object))
      continue;
    ++withUnwindTables;
    Bases bases;
    EXPECT_NE(_Unwind_Find_FDE(reinterpret_cast<const char *>(entry) + 1, &bases), nullptr);
    loaded->reset();
    EXPECT_EQ(_Unwind_Find_FDE(reinterpret_cast<const char *>(entry) + 1, &bases), nullptr);
  }
  EXPECT_GT(withUnwindTables, 0) << "no case covers the unwind tables any more";
}

TEST_F(ObjectLoaderTest, RefusesWhatItDoesNotHandle) {
  std::unique_ptr<llvm::MemoryBuffer> object = compileText(
      *context,
      "func.func @f(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>) -> tensor<64x64xf32> {\n"
      "  %y = numjit.dot_general %a, %b, batch = [] x [], contract = [1] x [0] : "
      "(tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>\n"
      "  return %y : tensor<64x64xf32>\n}\n");
  ASSERT_TRUE(object);
  std::string bytes = object->getBuffer().str();
  auto load = [&](const std::string &data, void *(*resolver)(llvm::StringRef) = resolve) {
    auto loaded = loader::loadObject(llvm::MemoryBufferRef(data, "test"), resolver);
    return loaded ? std::string("loaded") : llvm::toString(loaded.takeError());
  };
  EXPECT_EQ(load(bytes), "loaded");

  EXPECT_NE(load("not an object at all"), "loaded");
  EXPECT_NE(load(bytes.substr(0, bytes.size() / 2)), "loaded");

  std::string arm = bytes;
  arm[18] = char(llvm::ELF::EM_AARCH64 & 0xff);
  arm[19] = char(llvm::ELF::EM_AARCH64 >> 8);
  EXPECT_NE(load(arm).find("not an x86-64 relocatable object"), std::string::npos) << load(arm);

  std::string missing = load(bytes, [](llvm::StringRef) -> void * { return nullptr; });
  EXPECT_NE(missing.find("undefined symbol 'cblas_"), std::string::npos) << missing;

  // The first relocation of the code, turned into a TLS one.
  using ELFT = llvm::object::ELF64LE;
  auto file = llvm::cantFail(llvm::object::ELFFile<ELFT>::create(bytes));
  std::string tls = bytes;
  for (const ELFT::Shdr &section : llvm::cantFail(file.sections()))
    if (section.sh_type == llvm::ELF::SHT_RELA) {
      tls[section.sh_offset + 8] = char(llvm::ELF::R_X86_64_TPOFF32);
      break;
    }
  std::string refused = load(tls);
  EXPECT_NE(refused.find("relocation R_X86_64_TPOFF32"), std::string::npos) << refused;
}

TEST_F(ObjectLoaderTest, TheEngineUsesOrcOnlyWhenAsked) {
  auto compile = [&](float c) {
    std::string text = "func.func @f(%x: tensor<8xf32>) -> tensor<8xf32> {\n"
                       "  %c = numjit.constant dense<" + std::to_string(c) +
                       "> : tensor<8xf32>\n"
                       "  %y = numjit.mul %x, %c : tensor<8xf32>\n"
                       "  return %y : tensor<8xf32>\n}\n";
    OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, context.get());
    return Engine::get().compile(*module);
  };
  auto expectScaled = [](const Kernel &kernel, float c) {
    float x[8] = {1, 2, 3, 4, 5, 6, 7, 8}, y[8];
    void *args[] = {x, y};
    kernel(args);
    for (int i = 0; i < 8; ++i)
      EXPECT_EQ(y[i], x[i] * c);
  };
  Engine::get().clear();
  uint64_t orc = Engine::get().numOrcLoads();
  FailureOr<KernelRef> own = compile(1.25f);
  ASSERT_TRUE(succeeded(own));
  expectScaled(**own, 1.25f);
  EXPECT_EQ(Engine::get().numOrcLoads(), orc);

  ::setenv("NUMJIT_LOADER", "orc", 1);
  FailureOr<KernelRef> viaOrc = compile(2.5f);
  ::unsetenv("NUMJIT_LOADER");
  ASSERT_TRUE(succeeded(viaOrc));
  expectScaled(**viaOrc, 2.5f);
  EXPECT_EQ(Engine::get().numOrcLoads(), orc + 1);
}

} // namespace
