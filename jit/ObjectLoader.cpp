//===- ObjectLoader.cpp - numjit's own loader for x86-64 kernels ----------===//
//
// One mapping holds the whole object, so that every reference inside it is
// within the 2 GiB a 32-bit PC-relative field reaches:
//
//   [ code sections | stubs ]  [ read-only sections | GOT ]  [ writable ]
//    read + execute             read-only (and .data.rel.ro)  read + write
//
// A stub (jmp *slot(%rip)) and a GOT slot hold one external symbol each and
// are made only for the references that need them: calls to a function out
// of reach of a rel32, and GOT-relative loads of an address.
//
//===----------------------------------------------------------------------===//

#include "jit/ObjectLoader.h"

#include "llvm/ExecutionEngine/Orc/TargetProcess/RegisterEHFrames.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/MathExtras.h"

#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

using namespace llvm;
using namespace llvm::ELF;
using namespace mlir::numjit::detail;

namespace {
using ELFT = object::ELF64LE;
using Shdr = ELFT::Shdr;

enum Segment { Code, ReadOnly, ReadWrite, NumSegments };
/// Bytes of a GOT slot, and of a stub (jmp *slot(%rip), then two int3).
constexpr uint64_t kSlot = 8;
/// Objects larger than this are ORC's to load (numjit's are kilobytes).
constexpr uint64_t kMaxBytes = uint64_t(1) << 30;

Error refuse(const Twine &why) {
  return createStringError(inconvertibleErrorCode(), "numjit's loader: " + why);
}

bool fitsInt32(int64_t v) { return v == int64_t(int32_t(v)); }
} // namespace

namespace mlir::numjit::detail {

/// The state of one loadObject call.
class ObjectLoading {
public:
  ObjectLoading(const object::ELFFile<ELFT> &file, SymbolResolver resolve)
      : file(file), resolve(resolve) {}

  Expected<std::unique_ptr<LoadedObject>> run();

private:
  Error layOut();
  Error copySections();
  Error bindSymbols();
  Error relocate();
  Error relocate(const Shdr &relocations);
  void protect();

  char *sectionAddress(size_t index) const {
    return base + segmentStart[placements[index].segment] + placements[index].offset;
  }
  uint64_t slotFor(size_t symbol);
  uint64_t stubFor(size_t symbol);

  const object::ELFFile<ELFT> &file;
  SymbolResolver resolve;
  ArrayRef<Shdr> sections;
  struct Placement {
    Segment segment = Code;
    uint64_t offset = 0;
    bool allocated = false;
  };
  std::vector<Placement> placements; ///< One per section.
  uint64_t segmentStart[NumSegments] = {};
  uint64_t stubOffset = 0, gotOffset = 0; ///< In Code and ReadOnly.
  size_t symtabIndex = 0, ehFrameIndex = 0;
  ArrayRef<ELFT::Sym> symbols;
  StringRef strtab;
  /// Per symbol: its address, whether it is an external one, whether a
  /// reference to it can be resolved at all, and its slot and stub.
  std::vector<uint64_t> address;
  std::vector<char> external, usable;
  std::vector<uint64_t> slot, stub;
  char *base = nullptr;
  std::unique_ptr<LoadedObject> loaded;
};

} // namespace mlir::numjit::detail

Error ObjectLoading::layOut() {
  placements.resize(sections.size());
  uint64_t size[NumSegments] = {};
  for (size_t i = 0; i < sections.size(); ++i) {
    const Shdr &section = sections[i];
    if (section.sh_type == SHT_SYMTAB) {
      if (symtabIndex)
        return refuse("two symbol tables");
      symtabIndex = i;
    }
    if (section.sh_type == SHT_GROUP)
      return refuse("section groups");
    if (!(section.sh_flags & SHF_ALLOC))
      continue;
    Expected<StringRef> name = file.getSectionName(section);
    if (!name)
      return name.takeError();
    if (section.sh_flags & SHF_TLS)
      return refuse("thread-local section '" + *name + "'");
    if (section.sh_type != SHT_PROGBITS && section.sh_type != SHT_NOBITS &&
        section.sh_type != SHT_X86_64_UNWIND)
      return refuse("section '" + *name + "' of type " + Twine(section.sh_type));
    uint64_t align = std::max<uint64_t>(section.sh_addralign, 1);
    if (!isPowerOf2_64(align) || align > 4096 || section.sh_size > kMaxBytes)
      return refuse("section '" + *name + "' is too large or too aligned");
    // Relocated data that is read-only afterwards (OpenMP's ident structs)
    // goes with the read-only data: every relocation is applied before the
    // pages are protected.
    bool relRo = name->starts_with(".data.rel.ro");
    Segment segment = section.sh_flags & SHF_EXECINSTR             ? Code
                      : (section.sh_flags & SHF_WRITE) && !relRo ? ReadWrite
                                                                 : ReadOnly;
    size[segment] = alignTo(size[segment], align);
    placements[i] = {segment, size[segment], true};
    size[segment] += section.sh_size;
    if (*name == ".eh_frame") {
      ehFrameIndex = i;
      size[segment] += 4; // the zero terminator the unwinder stops at
    }
  }
  if (!symtabIndex)
    return refuse("no symbol table");
  Expected<ArrayRef<ELFT::Sym>> syms = file.symbols(&sections[symtabIndex]);
  if (!syms)
    return syms.takeError();
  symbols = *syms;
  Expected<StringRef> names = file.getStringTableForSymtab(sections[symtabIndex]);
  if (!names)
    return names.takeError();
  strtab = *names;
  size[Code] = alignTo(size[Code], kSlot);
  stubOffset = size[Code];
  size[Code] += symbols.size() * kSlot;
  size[ReadOnly] = alignTo(size[ReadOnly], kSlot);
  gotOffset = size[ReadOnly];
  size[ReadOnly] += symbols.size() * kSlot;
  uint64_t page = uint64_t(::sysconf(_SC_PAGESIZE));
  segmentStart[ReadOnly] = alignTo(size[Code], page);
  segmentStart[ReadWrite] = segmentStart[ReadOnly] + alignTo(size[ReadOnly], page);
  uint64_t total = segmentStart[ReadWrite] + alignTo(size[ReadWrite], page);
  if (total > kMaxBytes)
    return refuse("the object is too large");
  void *region = ::mmap(nullptr, total, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (region == MAP_FAILED)
    return refuse("mmap failed: " + Twine(std::strerror(errno)));
  loaded.reset(new LoadedObject());
  loaded->region_ = region;
  loaded->size_ = total;
  base = static_cast<char *>(region);
  return Error::success();
}

Error ObjectLoading::copySections() {
  for (size_t i = 0; i < sections.size(); ++i) {
    if (!placements[i].allocated || sections[i].sh_type == SHT_NOBITS)
      continue; // a fresh mapping is zero already
    Expected<ArrayRef<uint8_t>> contents = file.getSectionContents(sections[i]);
    if (!contents)
      return contents.takeError();
    if (!contents->empty())
      std::memcpy(sectionAddress(i), contents->data(), contents->size());
  }
  return Error::success();
}

Error ObjectLoading::bindSymbols() {
  size_t n = symbols.size();
  address.assign(n, 0);
  external.assign(n, 0);
  usable.assign(n, 0);
  slot.assign(n, 0);
  stub.assign(n, 0);
  for (size_t k = 1; k < n; ++k) {
    const ELFT::Sym &symbol = symbols[k];
    if (symbol.getType() == STT_FILE)
      continue;
    Expected<StringRef> name = symbol.getName(strtab);
    if (!name)
      return name.takeError();
    uint16_t index = symbol.st_shndx;
    if (index == SHN_UNDEF) {
      if (name->empty())
        continue;
      void *found = resolve(*name);
      if (!found && symbol.getBinding() != STB_WEAK)
        return refuse("undefined symbol '" + *name + "'");
      address[k] = reinterpret_cast<uint64_t>(found);
      external[k] = usable[k] = 1;
      continue;
    }
    if (index == SHN_ABS) {
      address[k] = symbol.st_value;
      usable[k] = 1;
      continue;
    }
    if (index >= SHN_LORESERVE || index >= sections.size())
      return refuse("symbol '" + *name + "' in special section " + Twine(index));
    if (!placements[index].allocated)
      continue; // debug info, say: only unloaded sections refer to it
    address[k] = reinterpret_cast<uint64_t>(sectionAddress(index)) + symbol.st_value;
    usable[k] = 1;
    if (symbol.getBinding() != STB_LOCAL && symbol.getType() != STT_SECTION && !name->empty())
      loaded->globals_.emplace_back(name->str(), reinterpret_cast<void *>(address[k]));
  }
  return Error::success();
}

uint64_t ObjectLoading::slotFor(size_t symbol) {
  if (!slot[symbol]) {
    char *at = base + segmentStart[ReadOnly] + gotOffset + symbol * kSlot;
    std::memcpy(at, &address[symbol], sizeof(uint64_t));
    slot[symbol] = reinterpret_cast<uint64_t>(at);
  }
  return slot[symbol];
}

uint64_t ObjectLoading::stubFor(size_t symbol) {
  if (!stub[symbol]) {
    char *at = base + stubOffset + symbol * kSlot;
    int32_t displacement = int32_t(int64_t(slotFor(symbol)) - int64_t(reinterpret_cast<uint64_t>(at) + 6));
    const uint8_t jump[2] = {0xff, 0x25}; // jmp *disp32(%rip)
    const uint8_t trap[2] = {0xcc, 0xcc};
    std::memcpy(at, jump, 2);
    std::memcpy(at + 2, &displacement, 4);
    std::memcpy(at + 6, trap, 2);
    stub[symbol] = reinterpret_cast<uint64_t>(at);
  }
  return stub[symbol];
}

Error ObjectLoading::relocate() {
  for (const Shdr &section : sections) {
    if (section.sh_type == SHT_REL)
      return refuse("REL relocations");
    if (section.sh_type != SHT_RELA)
      continue;
    if (section.sh_info >= sections.size() || section.sh_link != symtabIndex)
      return refuse("a relocation section with a bad target or symbol table");
    if (placements[section.sh_info].allocated)
      if (Error error = relocate(section))
        return error;
  }
  return Error::success();
}

Error ObjectLoading::relocate(const Shdr &relocations) {
  Expected<ArrayRef<ELFT::Rela>> relas = file.relas(relocations);
  if (!relas)
    return relas.takeError();
  char *target = sectionAddress(relocations.sh_info);
  uint64_t targetSize = sections[relocations.sh_info].sh_size;
  for (const ELFT::Rela &rela : *relas) {
    uint32_t type = rela.getType(false);
    uint32_t k = rela.getSymbol(false);
    if (type == R_X86_64_NONE)
      continue;
    if (k >= symbols.size() || (k && !usable[k]))
      return refuse("a relocation against symbol " + Twine(k) + ", which is not loaded");
    uint64_t s = address[k];
    int64_t a = rela.r_addend;
    uint64_t p = reinterpret_cast<uint64_t>(target) + rela.r_offset;
    auto write = [&](auto value) -> Error {
      if (rela.r_offset > targetSize || targetSize - rela.r_offset < sizeof(value))
        return refuse("a relocation outside its section");
      std::memcpy(target + rela.r_offset, &value, sizeof(value));
      return Error::success();
    };
    auto writeRel32 = [&](int64_t value) -> Error {
      if (!fitsInt32(value))
        return refuse("a 32-bit reference out of range (symbol " + Twine(k) + ")");
      return write(int32_t(value));
    };
    Error error = Error::success();
    switch (type) {
    case R_X86_64_64:
      error = write(uint64_t(s + a));
      break;
    case R_X86_64_PC64:
      error = write(uint64_t(s + a - p));
      break;
    case R_X86_64_PLT32:
      if (external[k] && !fitsInt32(int64_t(s + a - p)))
        s = stubFor(k);
      error = writeRel32(int64_t(s + a - p));
      break;
    case R_X86_64_PC32:
      error = writeRel32(int64_t(s + a - p));
      break;
    case R_X86_64_GOTPCREL:
    case R_X86_64_GOTPCRELX:
    case R_X86_64_REX_GOTPCRELX:
      error = writeRel32(int64_t(slotFor(k) + a - p));
      break;
    case R_X86_64_32:
      error = s + a > UINT32_MAX ? refuse("an absolute 32-bit reference out of range")
                                 : write(uint32_t(s + a));
      break;
    case R_X86_64_32S:
      error = fitsInt32(int64_t(s + a)) ? write(int32_t(s + a))
                                        : refuse("an absolute 32-bit reference out of range");
      break;
    default:
      return refuse("relocation " + object::getELFRelocationTypeName(EM_X86_64, type));
    }
    if (error)
      return error;
  }
  return Error::success();
}

void ObjectLoading::protect() {
  if (segmentStart[ReadOnly])
    ::mprotect(base, segmentStart[ReadOnly], PROT_READ | PROT_EXEC);
  if (uint64_t size = segmentStart[ReadWrite] - segmentStart[ReadOnly])
    ::mprotect(base + segmentStart[ReadOnly], size, PROT_READ);
}

Expected<std::unique_ptr<LoadedObject>> ObjectLoading::run() {
  const ELFT::Ehdr &header = file.getHeader();
  if (header.e_type != ET_REL || header.e_machine != EM_X86_64)
    return refuse("not an x86-64 relocatable object");
  Expected<ArrayRef<Shdr>> all = file.sections();
  if (!all)
    return all.takeError();
  sections = *all;
  if (Error error = layOut())
    return error;
  if (Error error = copySections())
    return error;
  if (Error error = bindSymbols())
    return error;
  if (Error error = relocate())
    return error;
  protect();
  if (ehFrameIndex) {
    const void *frames = sectionAddress(ehFrameIndex);
    size_t size = sections[ehFrameIndex].sh_size;
    if (Error error = orc::registerEHFrameSection(frames, size))
      return error;
    loaded->ehFrame_ = frames;
    loaded->ehFrameSize_ = size;
  }
  return std::move(loaded);
}

LoadedObject::~LoadedObject() {
  if (ehFrame_)
    consumeError(orc::deregisterEHFrameSection(ehFrame_, ehFrameSize_));
  if (region_)
    ::munmap(region_, size_);
}

void *LoadedObject::lookup(StringRef name) const {
  for (const auto &[global, address] : globals_)
    if (global == name)
      return address;
  return nullptr;
}

bool mlir::numjit::detail::canLoadObjects() {
#if defined(__x86_64__) && defined(__ELF__)
  return true;
#else
  return false;
#endif
}

Expected<std::unique_ptr<LoadedObject>>
mlir::numjit::detail::loadObject(MemoryBufferRef object, SymbolResolver resolve) {
  Expected<object::ELFFile<ELFT>> file = object::ELFFile<ELFT>::create(object.getBuffer());
  if (!file)
    return file.takeError();
  return ObjectLoading(*file, resolve).run();
}
