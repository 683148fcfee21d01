//===- Engine.cpp - The process-wide JIT and its compile cache --*- C++ -*-===//

#include "jit/Engine.h"

#include "codegen/Passes.h"
#include "jit/DiskCache.h"
#include "jit/ObjectLoader.h"
#include "runtime/Cuda.h"
#include "runtime/Mpi.h"
#include "runtime/Runtime.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ExecutionEngine/Orc/AbsoluteSymbols.h"
#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <dlfcn.h>
#include <future>
#include <mutex>
#include <string_view>
#include <unordered_map>

using namespace mlir;
using namespace mlir::numjit;

namespace {
/// The entry point's name in every kernel's object (and JITDylib).
constexpr const char *kEntryName = "numjit_kernel";

/// The outcome of one compile, shared by every request for its key.
struct Entry {
  KernelRef kernel; ///< Null when the compile failed.
  std::string error;
};

std::string hexKey(llvm::XXH128_hash_t h) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << llvm::format_hex_no_prefix(h.high64, 16)
     << llvm::format_hex_no_prefix(h.low64, 16);
  return s;
}

/// The text that identifies a compile: the module without locations (so the
/// same code traced from two source lines shares a kernel) and the options.
std::string cacheKey(ModuleOp module, const CompileOptions &options) {
  std::string text;
  llvm::raw_string_ostream os(text);
  // The generic form of IR the builders keep valid (compileToLLVM verifies
  // it): 0.28 ms for W7's module in a new process, where the custom form,
  // which verifies first, took 0.48.
  module->print(
      os, OpPrintingFlags().enableDebugInfo(false).printGenericOpForm().assumeVerified());
  os << "\n// function=" << options.function << " opt=" << options.optLevel
     << " transforms=" << options.transformsKey
     << " pipeline=" << options.pipeline.key() << " target=" << options.target
     << " interface=" << options.interface;
  return hexKey(llvm::xxh3_128bits(llvm::arrayRefFromStringRef(text)));
}

/// A key's slot in the in-memory cache.
struct Slot {
  std::shared_future<Entry> entry;
  uint64_t lastUse; ///< The cache's clock at its last request.
};

} // namespace

bool mlir::numjit::compileTimingEnabled() {
  const char *value = std::getenv("NUMJIT_TIMING");
  return value && *value && std::string_view(value) != "0";
}

int64_t mlir::numjit::tierUpCalls() {
  const char *value = std::getenv("NUMJIT_TIER_UP_CALLS");
  if (!value || !*value)
    return 100;
  char *end = nullptr;
  long long n = std::strtoll(value, &end, 10);
  return *end || n < 0 ? 100 : int64_t(n);
}

size_t mlir::numjit::kernelCacheBound() {
  const char *value = std::getenv("NUMJIT_CACHE_KERNELS");
  if (!value || !*value)
    return 1024;
  char *end = nullptr;
  unsigned long long n = std::strtoull(value, &end, 10);
  return *end ? 1024 : std::max<size_t>(size_t(n), 1);
}

namespace {
/// What loading an object gives: the entry point, and the handle that keeps
/// the code loaded (and unloads it when the last KernelRef goes).
struct Loaded {
  KernelEntry entry = nullptr;
  std::shared_ptr<void> code;
  std::string error; ///< Set when loading failed.
};

/// Whether host kernels go through numjit's own loader (jit/ObjectLoader.h),
/// as they do unless NUMJIT_LOADER=orc (read at each load, for tests).
bool ownLoaderEnabled() {
  const char *value = std::getenv("NUMJIT_LOADER");
  return mlir::numjit::detail::canLoadObjects() && !(value && std::string_view(value) == "orc");
}
} // namespace

/// A baseline kernel's way to its optimized code (jit/Kernel.h).
struct mlir::numjit::TierUp {
  std::unique_ptr<llvm::MemoryBuffer> bitcode; ///< Its unoptimized LLVM IR.
  std::string diskDir, diskKey; ///< Where the optimized object is kept, if anywhere.
  std::shared_ptr<void> optimized; ///< Keeps the optimized code loaded.

  /// Optimizes `kernel` and switches its calls to the optimized code; on
  /// failure they stay on the baseline's (which computes the same).
  static void run(const Kernel &kernel);
};

struct Engine::Impl {
  /// ORC, started by the first object numjit's loader refuses (or the first
  /// GPU kernel, whose host code runs initializers).
  std::unique_ptr<llvm::orc::LLJIT> jit;
  std::string initError;
  std::once_flag orcStarted;
  /// `jit` once started, for readers outside orc()'s call_once (evict).
  std::atomic<llvm::orc::LLJIT *> started{nullptr};
  /// The runtime's symbols (BLAS, CUDA driver wrappers, MPI), by name.
  llvm::StringMap<void *> runtime;
  mutable std::mutex mutex;
  std::unordered_map<std::string, Slot> cache;
  uint64_t clock = 0; ///< Counts requests; under `mutex`.
  std::atomic<uint64_t> compiles{0};
  std::atomic<uint64_t> diskHits{0};
  std::atomic<uint64_t> orcLoads{0};
  std::atomic<uint64_t> tierUps{0};
  std::atomic<uint64_t> nextId{0};
  std::shared_ptr<std::atomic<size_t>> loaded =
      std::make_shared<std::atomic<size_t>>(0);

  Entry build(ModuleOp module, const CompileOptions &options, const std::string &key);
  /// ORC's LLJIT, started on first use; null (with initError) if it failed.
  llvm::orc::LLJIT *orc();
  /// An external symbol's address for numjit's loader: the runtime's, else
  /// the process's (libc, libm, OpenMP).
  void *resolve(llvm::StringRef name) const;
  /// Loads `object`; `counted`: its code counts in `loaded` until released
  /// (a tier-up's optimized code does not: its kernel is counted already).
  Loaded loadOwn(const CompiledObject &object, bool counted = true);
  Loaded loadWithOrc(const std::string &name, std::unique_ptr<llvm::MemoryBuffer> object,
                     bool cuda, bool counted = true);
  /// Drops the least recently requested finished kernels while the cache
  /// holds more than its bound (an eighth below it, so that this runs once
  /// per many compiles). Called with `mutex` held.
  void evict();
};

Engine::Engine() : impl(std::make_unique<Impl>()) {
  ::numjit::runtime::initialize();
  for (auto table : {::numjit::runtime::symbols, ::numjit::runtime::cudaSymbols,
                     ::numjit::runtime::mpi::symbols}) {
    int64_t count = 0;
    const ::numjit::runtime::Symbol *symbols = table(count);
    for (int64_t i = 0; i < count; ++i)
      impl->runtime[symbols[i].name] = symbols[i].address;
  }
}

Engine::~Engine() = default;

Engine &Engine::get() {
  // Never destroyed: kernels may be released from static destructors.
  static Engine *engine = new Engine();
  return *engine;
}

llvm::orc::LLJIT *Engine::Impl::orc() {
  std::call_once(orcStarted, [this] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    auto created = llvm::orc::LLJITBuilder().setSupportConcurrentCompilation(true).create();
    if (!created) {
      initError = llvm::toString(created.takeError());
      return;
    }
    // Kernels call malloc/free, memcpy and libm from the host process.
    auto generator = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
        (*created)->getDataLayout().getGlobalPrefix());
    if (!generator) {
      initError = llvm::toString(generator.takeError());
      return;
    }
    llvm::orc::JITDylib &main = (*created)->getMainJITDylib();
    main.addGenerator(std::move(*generator));
    // ... and the runtime's functions, by name, exported or not.
    llvm::orc::SymbolMap symbols;
    for (const auto &entry : runtime)
      symbols[(*created)->mangleAndIntern(entry.getKey())] = {
          llvm::orc::ExecutorAddr::fromPtr(entry.getValue()), llvm::JITSymbolFlags::Exported};
    if (llvm::Error err = main.define(llvm::orc::absoluteSymbols(std::move(symbols)))) {
      initError = llvm::toString(std::move(err));
      return;
    }
    jit = std::move(*created);
    started = jit.get();
  });
  return jit.get();
}

void *Engine::Impl::resolve(llvm::StringRef name) const {
  auto it = runtime.find(name);
  if (it != runtime.end())
    return it->getValue();
  return ::dlsym(RTLD_DEFAULT, name.str().c_str());
}

Loaded Engine::Impl::loadOwn(const CompiledObject &object, bool counted) {
  auto code = mlir::numjit::detail::loadObject(object.object->getMemBufferRef(),
                                 [this](llvm::StringRef name) { return resolve(name); });
  if (!code)
    return {nullptr, nullptr, llvm::toString(code.takeError())};
  auto entry = reinterpret_cast<KernelEntry>((*code)->lookup(kEntryName));
  if (!entry)
    return {nullptr, nullptr, "numjit's loader: the object defines no " + std::string(kEntryName)};
  std::shared_ptr<mlir::numjit::detail::LoadedObject> held = std::move(*code);
  auto counter = counted ? loaded : nullptr;
  return {entry, std::shared_ptr<void>(nullptr, [held, counter](void *) {
            if (counter)
              --*counter;
          }),
          ""};
}

Loaded Engine::Impl::loadWithOrc(const std::string &name,
                                 std::unique_ptr<llvm::MemoryBuffer> object, bool cuda,
                                 bool counted) {
  llvm::orc::LLJIT *jit = orc();
  if (!jit)
    return {nullptr, nullptr, "the JIT could not start: " + initError};
  ++orcLoads;
  auto dylib = jit->createJITDylib(name);
  if (!dylib)
    return {nullptr, nullptr, llvm::toString(dylib.takeError())};
  llvm::orc::JITDylib &jd = *dylib;
  jd.addToLinkOrder(jit->getMainJITDylib());
  auto unload = [jit, &jd] {
    llvm::consumeError(jit->getExecutionSession().removeJITDylib(jd));
  };
  if (llvm::Error err = jit->addObjectFile(jd, std::move(object))) {
    unload();
    return {nullptr, nullptr, llvm::toString(std::move(err))};
  }
  auto address = jit->lookup(jd, kEntryName);
  if (!address) {
    std::string error = llvm::toString(address.takeError());
    unload();
    return {nullptr, nullptr, error};
  }
  // A GPU kernel's host code loads its PTX into the driver first, and
  // unloads it when released.
  using InitFn = void (*)();
  InitFn fini = nullptr;
  if (cuda) {
    auto init = jit->lookup(jd, std::string(kEntryName) + "_init");
    auto finiAddress = jit->lookup(jd, std::string(kEntryName) + "_fini");
    if (!init || !finiAddress) {
      std::string error = !init ? llvm::toString(init.takeError())
                                : llvm::toString(finiAddress.takeError());
      if (init)
        llvm::consumeError(finiAddress.takeError());
      unload();
      return {nullptr, nullptr, error};
    }
    fini = finiAddress->toPtr<InitFn>();
    (void)::numjit::runtime::cuda::takeError();
    init->toPtr<InitFn>()();
    std::string error = ::numjit::runtime::cuda::takeError();
    if (!error.empty()) {
      fini();
      unload();
      return {nullptr, nullptr, "loading the kernels into the CUDA driver failed: " + error};
    }
  }
  // The code lives as long as the last KernelRef to it.
  std::shared_ptr<void> code(nullptr, [jit, &jd, fini, counter = counted ? loaded : nullptr](void *) {
    if (fini)
      fini();
    llvm::consumeError(jit->getExecutionSession().removeJITDylib(jd));
    if (counter)
      --*counter;
  });
  return {address->toPtr<KernelEntry>(), std::move(code), ""};
}

Entry Engine::Impl::build(ModuleOp module, const CompileOptions &options,
                          const std::string &key) {
  bool cuda = isCudaTarget(options.target);
  if ((options.target != "host" && !cuda) || options.interface != "args")
    return {nullptr, "the JIT runs host or CUDA code with the 'args' entry point only"};
  std::string name = "numjit_k" + std::to_string(nextId++);
  CompileOptions effective = withDumpDir(options, name);
  // Small host kernels start at the baseline tier, unless the caller wants
  // to see the stages (a dump shows the code that runs after the tier-up)
  // or has replaced LLVM's pipeline (NUMJIT_LLVM_PASSES, for experiments).
  const char *passes = std::getenv("NUMJIT_LLVM_PASSES");
  effective.baseline = !cuda && tierUpCalls() > 0 && !effective.onStage && !effective.onGraph &&
                       !effective.transforms && !(passes && *passes);
  CompileTimes times;
  bool timing = compileTimingEnabled();
  if (timing)
    effective.times = &times;
  auto start = std::chrono::steady_clock::now();
  // Host kernels come from the persistent cache when it has them, unless
  // the caller wants to see the stages (an IR dump compiles).
  std::string diskDir = cuda || effective.onStage || effective.onGraph || effective.transforms
                            ? ""
                            : detail::diskCacheDir();
  std::string diskKey = diskDir.empty() ? "" : detail::diskCacheKey(key);
  FailureOr<CompiledObject> object = failure();
  bool fromDisk = false;
  if (!diskDir.empty())
    if (std::optional<CompiledObject> cached = detail::loadCachedObject(diskDir, diskKey);
        cached && (effective.baseline || !cached->bitcode)) {
      object = std::move(*cached);
      ++diskHits;
      fromDisk = true;
    }
  if (failed(object)) {
    // Every kernel has one entry name: each is loaded on its own (in a
    // JITDylib of its own under ORC), so an object compiled by another
    // process loads as it is.
    object = compileToObject(module, effective, kEntryName);
    if (failed(object))
      return {nullptr, "compilation failed (see the diagnostics above)"};
    if (!diskDir.empty())
      detail::storeCachedObject(diskDir, diskKey, *object);
  }
  double made = millisecondsSince(start);
  auto linking = std::chrono::steady_clock::now();
  Loaded code;
  const char *loader = "numjit's loader";
  if (!cuda && ownLoaderEnabled())
    code = loadOwn(*object);
  if (!code.entry) {
    if (timing && !code.error.empty())
      llvm::errs() << "numjit: " << name << " goes to ORC: " << code.error << "\n";
    loader = "ORC";
    code = loadWithOrc(name, std::move(object->object), cuda);
    if (!code.entry)
      return {nullptr, code.error};
  }
  ++*loaded;
  if (timing) {
    double link = millisecondsSince(linking);
    const char *tier = object->bitcode ? ", baseline tier" : "";
    if (!fromDisk)
      llvm::errs() << llvm::format("numjit: %s compiled in %.2f ms: mlir %.2f, translate %.2f, "
                                   "llvm-opt %.2f, codegen %.2f, link %.2f (%s%s)\n",
                                   name.c_str(), made + link, times.mlir, times.translate,
                                   times.optimize, times.codegen, link, loader, tier);
    else
      llvm::errs() << llvm::format("numjit: %s loaded from the disk cache in %.2f ms: "
                                   "read %.2f, link %.2f (%s%s)\n",
                                   name.c_str(), made + link, made, link, loader, tier);
  }
  std::shared_ptr<TierUp> tierUp;
  if (object->bitcode) {
    tierUp = std::make_shared<TierUp>();
    tierUp->bitcode = std::move(object->bitcode);
    tierUp->diskDir = diskDir;
    tierUp->diskKey = diskKey;
  }
  return {std::make_shared<Kernel>(name, code.entry, std::move(object->inputs),
                                   std::move(object->outputs), std::move(object->symbols),
                                   std::move(code.code), std::move(tierUp),
                                   effective.baseline ? tierUpCalls() : 0),
          ""};
}

void TierUp::run(const Kernel &kernel) {
  Engine::Impl &engine = *Engine::get().impl;
  TierUp &self = *kernel.tierUp;
  bool timing = compileTimingEnabled();
  auto start = std::chrono::steady_clock::now();
  auto object = detail::optimizeBaseline(self.bitcode->getMemBufferRef());
  self.bitcode.reset(); // read once: there is one tier-up, done or failed
  if (!object) {
    std::string error = llvm::toString(object.takeError());
    if (timing)
      llvm::errs() << "numjit: " << kernel.name << " stays at the baseline tier: " << error
                   << "\n";
    return;
  }
  CompiledObject compiled;
  static_cast<KernelInterface &>(compiled) = {kernel.inputs, kernel.outputs, kernel.symbols};
  compiled.object = std::move(*object);
  if (!self.diskDir.empty())
    detail::storeCachedObject(self.diskDir, self.diskKey, compiled);
  Loaded code;
  if (ownLoaderEnabled())
    code = engine.loadOwn(compiled, /*counted=*/false);
  if (!code.entry)
    code = engine.loadWithOrc(kernel.name + ".optimized", std::move(compiled.object),
                              /*cuda=*/false, /*counted=*/false);
  if (!code.entry) {
    if (timing)
      llvm::errs() << "numjit: " << kernel.name << " stays at the baseline tier: " << code.error
                   << "\n";
    return;
  }
  ++engine.tierUps;
  self.optimized = std::move(code.code);
  kernel.entry.store(code.entry, std::memory_order_release);
  if (timing)
    llvm::errs() << llvm::format("numjit: %s optimized after %lld calls in %.2f ms\n",
                                 kernel.name.c_str(), (long long)tierUpCalls(),
                                 millisecondsSince(start));
}

void Kernel::countBaselineCall() const {
  // Exactly one call takes the count from 1 to 0.
  if (callsLeft.fetch_sub(1, std::memory_order_relaxed) == 1)
    TierUp::run(*this);
}

FailureOr<KernelRef> Engine::compile(ModuleOp module,
                                     const CompileOptions &options) {
  std::string key = cacheKey(module, options);
  for (;;) {
    std::promise<Entry> promise;
    std::shared_future<Entry> future;
    bool owner = false;
    {
      std::lock_guard<std::mutex> lock(impl->mutex);
      auto [it, inserted] = impl->cache.try_emplace(key);
      if (inserted) {
        it->second.entry = promise.get_future().share();
        owner = true;
      }
      it->second.lastUse = ++impl->clock;
      future = it->second.entry;
      if (inserted)
        impl->evict();
    }
    if (owner) {
      ++impl->compiles;
      Entry entry = impl->build(module, options, key);
      if (!entry.kernel) {
        // Failures are not cached: the next request retries.
        std::lock_guard<std::mutex> lock(impl->mutex);
        impl->cache.erase(key);
      }
      promise.set_value(std::move(entry));
    }
    const Entry &entry = future.get();
    if (entry.kernel)
      return entry.kernel;
    // A request that waited on another thread's failed compile compiles
    // again itself, so that the diagnostics it reports are its own (on its
    // own thread, with its own locations).
    if (owner) {
      if (!entry.error.starts_with("compilation failed"))
        module.emitError(entry.error);
      return failure();
    }
  }
}

void Engine::Impl::evict() {
  size_t bound = kernelCacheBound();
  if (cache.size() <= bound)
    return;
  std::vector<std::pair<uint64_t, std::string>> done;
  for (auto &[key, slot] : cache)
    if (slot.entry.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
      done.emplace_back(slot.lastUse, key);
  size_t target = bound - bound / 8;
  size_t drop = std::min(done.size(), cache.size() - target);
  std::nth_element(done.begin(), done.begin() + drop, done.end());
  for (size_t i = 0; i < drop; ++i)
    cache.erase(done[i].second);
  // ORC keeps the names of removed code (each kernel's JITDylib is named)
  // until told to forget the unused ones.
  if (llvm::orc::LLJIT *orc = started.load())
    orc->getExecutionSession().getSymbolStringPool()->clearDeadEntries();
}

void Engine::release(const KernelRef &kernel) {
  std::lock_guard<std::mutex> lock(impl->mutex);
  for (auto it = impl->cache.begin(); it != impl->cache.end(); ++it) {
    if (it->second.entry.wait_for(std::chrono::seconds(0)) ==
            std::future_status::ready &&
        it->second.entry.get().kernel == kernel) {
      impl->cache.erase(it);
      return;
    }
  }
}

void Engine::clear() {
  std::lock_guard<std::mutex> lock(impl->mutex);
  impl->cache.clear();
}

uint64_t Engine::numCompiles() const { return impl->compiles; }

uint64_t Engine::numDiskCacheHits() const { return impl->diskHits; }

uint64_t Engine::numOrcLoads() const { return impl->orcLoads; }

uint64_t Engine::numTierUps() const { return impl->tierUps; }

size_t Engine::cacheSize() const {
  std::lock_guard<std::mutex> lock(impl->mutex);
  return impl->cache.size();
}

size_t Engine::numLoaded() const { return *impl->loaded; }
