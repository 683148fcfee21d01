//===- DiskCache.cpp - Compiled kernels kept across processes -------------===//
//
// An entry: "numjit-kernel 2\n", the interface (inputs, outputs: element
// kind, rank, sizes; the symbolic sizes' names), the object's bytes, the
// unoptimized bitcode of a baseline kernel (none: 0 bytes), and an xxh3
// checksum of all of it. Integers are little-endian 64-bit.
//
//===----------------------------------------------------------------------===//

#include "jit/DiskCache.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include "llvm/TargetParser/Host.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <link.h>
#include <unistd.h>

using namespace mlir;
using namespace mlir::numjit;
namespace fs = std::filesystem;

namespace {

constexpr llvm::StringLiteral kMagic = "numjit-kernel 2\n"; // 2: the baseline's bitcode
constexpr llvm::StringLiteral kSuffix = ".nk";
constexpr int64_t kDefaultMaxMB = 512;

/// The GNU build ID of the binary that holds numjit (libnumjit.so, or the
/// program it is linked into): a new build of numjit makes new entries.
std::string buildId() {
  struct Search {
    uintptr_t address;
    std::string id;
  } search{reinterpret_cast<uintptr_t>(&mlir::numjit::detail::diskCacheKey), ""};
  dl_iterate_phdr(
      [](dl_phdr_info *info, size_t, void *data) -> int {
        auto *s = static_cast<Search *>(data);
        bool holds = false;
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr) &ph = info->dlpi_phdr[i];
          uintptr_t lo = info->dlpi_addr + ph.p_vaddr;
          holds |= ph.p_type == PT_LOAD && s->address >= lo && s->address < lo + ph.p_memsz;
        }
        if (!holds)
          return 0;
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr) &ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE)
            continue;
          const char *p = reinterpret_cast<const char *>(info->dlpi_addr + ph.p_vaddr);
          const char *end = p + ph.p_memsz;
          while (p + sizeof(ElfW(Nhdr)) <= end) {
            const auto *note = reinterpret_cast<const ElfW(Nhdr) *>(p);
            const char *name = p + sizeof(ElfW(Nhdr));
            const char *desc = name + ((note->n_namesz + 3) & ~3u);
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
                std::memcmp(name, "GNU", 4) == 0 && desc + note->n_descsz <= end) {
              s->id = llvm::toHex(llvm::StringRef(desc, note->n_descsz));
              return 1;
            }
            p = desc + ((note->n_descsz + 3) & ~3u);
          }
        }
        return 1;
      },
      &search);
  // Without a build ID (an unusual link), this file's compile time stands in.
  return search.id.empty() ? std::string(__DATE__ " " __TIME__) : search.id;
}

/// "cpu=znver4 +avx512bf16 +avx512f ...": what the host's code was made for.
std::string hostCpu() {
  std::vector<std::string> features;
  for (const auto &feature : llvm::sys::getHostCPUFeatures())
    if (feature.second)
      features.push_back(feature.first().str());
  std::sort(features.begin(), features.end());
  std::string s = "cpu=" + llvm::sys::getHostCPUName().str();
  for (const std::string &f : features) {
    s.append(" +");
    s.append(f);
  }
  return s;
}

void putInt(std::string &out, int64_t v) {
  for (int i = 0; i < 8; ++i)
    out.push_back(char(uint64_t(v) >> (8 * i)));
}

/// Reads what putInt wrote; false past the end.
struct Reader {
  llvm::StringRef data;
  bool ok = true;
  int64_t get() {
    if (data.size() < 8) {
      ok = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
      v |= uint64_t(uint8_t(data[i])) << (8 * i);
    data = data.drop_front(8);
    return int64_t(v);
  }
  llvm::StringRef bytes(int64_t n) {
    if (n < 0 || uint64_t(n) > data.size()) {
      ok = false;
      return {};
    }
    llvm::StringRef b = data.take_front(size_t(n));
    data = data.drop_front(size_t(n));
    return b;
  }
};

void putBuffers(std::string &out, const std::vector<BufferSpec> &buffers) {
  putInt(out, int64_t(buffers.size()));
  for (const BufferSpec &b : buffers) {
    putInt(out, int64_t(b.kind));
    putInt(out, int64_t(b.shape.size()));
    for (int64_t d : b.shape)
      putInt(out, d);
  }
}

bool getBuffers(Reader &in, std::vector<BufferSpec> &buffers) {
  int64_t n = in.get();
  if (!in.ok || n < 0 || n > 4096)
    return false;
  for (int64_t i = 0; i < n; ++i) {
    int64_t kind = in.get(), rank = in.get();
    if (!in.ok || kind < 0 || kind > int64_t(ElementKind::bf16) || rank < 0 || rank > 64)
      return false;
    BufferSpec b{ElementKind(kind), {}};
    for (int64_t d = 0; d < rank; ++d)
      b.shape.push_back(in.get());
    buffers.push_back(std::move(b));
  }
  return in.ok;
}

std::string serialize(const CompiledObject &object) {
  std::string out(kMagic);
  putBuffers(out, object.inputs);
  putBuffers(out, object.outputs);
  putInt(out, int64_t(object.symbols.size()));
  for (const std::string &s : object.symbols) {
    putInt(out, int64_t(s.size()));
    out.append(s);
  }
  for (const llvm::MemoryBuffer *buffer : {object.object.get(), object.bitcode.get()}) {
    llvm::StringRef bytes = buffer ? buffer->getBuffer() : llvm::StringRef();
    putInt(out, int64_t(bytes.size()));
    out.append(bytes.data(), bytes.size());
  }
  putInt(out, int64_t(llvm::xxh3_64bits(llvm::arrayRefFromStringRef(out))));
  return out;
}

/// The entry in `data`, or why it is not one.
std::optional<CompiledObject> deserialize(llvm::StringRef data, std::string &why) {
  if (data.size() < kMagic.size() + 8 || !data.starts_with(kMagic)) {
    why = "no entry header";
    return std::nullopt;
  }
  llvm::StringRef body = data.drop_back(8);
  Reader sum{data.take_back(8)};
  if (uint64_t(sum.get()) != llvm::xxh3_64bits(llvm::arrayRefFromStringRef(body))) {
    why = "checksum mismatch (truncated or damaged)";
    return std::nullopt;
  }
  Reader in{body.drop_front(kMagic.size())};
  CompiledObject object;
  if (!getBuffers(in, object.inputs) || !getBuffers(in, object.outputs)) {
    why = "bad interface";
    return std::nullopt;
  }
  int64_t symbols = in.get();
  for (int64_t i = 0; in.ok && i < symbols && i < 4096; ++i)
    object.symbols.push_back(in.bytes(in.get()).str());
  llvm::StringRef code = in.bytes(in.get());
  llvm::StringRef bitcode = in.bytes(in.get());
  if (!in.ok || !in.data.empty() || code.empty()) {
    why = "bad layout";
    return std::nullopt;
  }
  object.object = llvm::MemoryBuffer::getMemBufferCopy(code, "numjit-cached-kernel");
  if (!bitcode.empty())
    object.bitcode = llvm::MemoryBuffer::getMemBufferCopy(bitcode, "numjit-baseline-bitcode");
  return object;
}

/// Removes entries, least recently used first, until the folder holds at
/// most `maxBytes` of them; also temporary files a crashed writer left
/// (older than an hour, so none that is being written).
void evict(const fs::path &dir, uint64_t maxBytes) {
  struct File {
    fs::path path;
    fs::file_time_type used;
    uint64_t size;
  };
  std::vector<File> entries;
  uint64_t total = 0;
  std::error_code ec;
  auto now = fs::file_time_type::clock::now();
  for (const fs::directory_entry &e : fs::directory_iterator(dir, ec)) {
    std::error_code fileEc;
    std::string name = e.path().filename().string();
    fs::file_time_type used = e.last_write_time(fileEc);
    uint64_t size = e.file_size(fileEc);
    if (fileEc)
      continue; // removed meanwhile by another process
    if (name.find(".tmp.") != std::string::npos) {
      if (now - used > std::chrono::hours(1))
        fs::remove(e.path(), fileEc);
      continue;
    }
    if (!llvm::StringRef(name).ends_with(kSuffix))
      continue;
    entries.push_back({e.path(), used, size});
    total += size;
  }
  if (total <= maxBytes)
    return;
  std::sort(entries.begin(), entries.end(),
            [](const File &a, const File &b) { return a.used < b.used; });
  for (const File &f : entries) {
    if (total <= maxBytes)
      break;
    std::error_code removeEc;
    fs::remove(f.path, removeEc);
    total -= f.size;
  }
}

} // namespace

std::string mlir::numjit::detail::diskCacheDir() {
  const char *dir = std::getenv("NUMJIT_CACHE_DIR");
  if (dir && *dir)
    return std::string(dir) == "off" ? "" : dir;
  if (const char *xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return (fs::path(xdg) / "numjit").string();
  if (const char *home = std::getenv("HOME"); home && *home)
    return (fs::path(home) / ".cache" / "numjit").string();
  return "";
}

std::string mlir::numjit::detail::diskCacheKey(llvm::StringRef engineKey) {
  static const std::string build = "numjit " + buildId() + " llvm " LLVM_VERSION_STRING " " +
                                   hostCpu();
  std::string text = engineKey.str() + "\n" + build;
  llvm::XXH128_hash_t h = llvm::xxh3_128bits(llvm::arrayRefFromStringRef(text));
  return llvm::utohexstr(h.high64, /*LowerCase=*/true, 16) +
         llvm::utohexstr(h.low64, /*LowerCase=*/true, 16);
}

std::optional<CompiledObject> mlir::numjit::detail::loadCachedObject(llvm::StringRef dir,
                                                                    llvm::StringRef key) {
  fs::path path = fs::path(dir.str()) / (key.str() + kSuffix.str());
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path.string(), /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false,
                                  /*IsVolatile=*/true); // read, not mapped: another
                                                        // process may replace it
  if (!file)
    return std::nullopt; // not cached (or removed meanwhile)
  llvm::StringRef data = (*file)->getBuffer();
  std::string why;
  std::optional<CompiledObject> object = deserialize(data, why);
  std::error_code ec;
  if (!object) {
    llvm::errs() << "numjit: the compile cache entry " << path.string() << " is corrupt ("
                 << why << "); compiling the kernel again\n";
    fs::remove(path, ec);
    return std::nullopt;
  }
  fs::last_write_time(path, fs::file_time_type::clock::now(), ec); // recently used
  return object;
}

void mlir::numjit::detail::storeCachedObject(llvm::StringRef dir, llvm::StringRef key,
                               const CompiledObject &object) {
  static std::atomic<uint64_t> counter{0};
  std::error_code ec;
  fs::path folder(dir.str());
  fs::create_directories(folder, ec);
  fs::path final = folder / (key.str() + kSuffix.str());
  fs::path temp = folder / (key.str() + ".tmp." + std::to_string(::getpid()) + "." +
                            std::to_string(counter++));
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out)
      return;
    std::string data = serialize(object);
    out.write(data.data(), std::streamsize(data.size()));
    if (!out) {
      out.close();
      fs::remove(temp, ec);
      return;
    }
  }
  // Atomic: readers see the whole entry or none; the last rename wins. Two
  // writers of one key write the same kernel: the same bytes, or one the
  // baseline tier's (with its bitcode) and one the optimized code.
  fs::rename(temp, final, ec);
  if (ec) {
    fs::remove(temp, ec);
    return;
  }
  int64_t maxMB = kDefaultMaxMB;
  if (const char *max = std::getenv("NUMJIT_CACHE_MAX_MB"); max && *max)
    maxMB = std::max<int64_t>(0, std::atoll(max));
  // The folder is scanned at the first write of a process and then each
  // time it has written a sixteenth of the bound: not once per kernel.
  static std::atomic<uint64_t> sinceScan{~uint64_t(0) >> 1};
  uint64_t bytes = fs::file_size(final, ec);
  if (ec)
    bytes = 0;
  if (sinceScan.fetch_add(bytes) + bytes >= (uint64_t(maxMB) << 20) / 16) {
    sinceScan = 0;
    evict(folder, uint64_t(maxMB) << 20);
  }
}
