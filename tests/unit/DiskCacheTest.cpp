//===- DiskCacheTest.cpp - The persistent compile cache -------------------===//
//
// Kernels kept on disk (jit/DiskCache.h): a new jit() of a function compiled
// before loads it; a corrupt or truncated entry is compiled again with a
// warning; NUMJIT_CACHE_DIR=off writes nothing; NUMJIT_CACHE_MAX_MB bounds
// the folder; eight processes starting at once on an empty cache all
// succeed; a process killed while it compiles and writes leaves a cache the
// next one uses without a complaint. Each test sets its own folder.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace nj = numjit;
namespace fs = std::filesystem;

namespace {

/// A fresh cache folder for one test, set as NUMJIT_CACHE_DIR while it
/// lives (and the previous setting restored).
class CacheDir {
public:
  explicit CacheDir(const std::string &name)
      : path_(fs::temp_directory_path() /
              ("numjit-cache-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    if (const char *old = std::getenv("NUMJIT_CACHE_DIR"))
      previous_ = old;
    ::setenv("NUMJIT_CACHE_DIR", path_.c_str(), 1);
  }
  ~CacheDir() {
    if (previous_.empty())
      ::unsetenv("NUMJIT_CACHE_DIR");
    else
      ::setenv("NUMJIT_CACHE_DIR", previous_.c_str(), 1);
    fs::remove_all(path_);
  }
  const fs::path &path() const { return path_; }
  /// The entries (not temporary files).
  std::vector<fs::path> entries() const {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(path_, ec))
      if (e.path().extension() == ".nk")
        out.push_back(e.path());
    return out;
  }

private:
  fs::path path_;
  std::string previous_;
};

/// A function no other test compiles: its constant is drawn per run.
float freshConstant() {
  static std::mt19937 rng(uint32_t(::getpid()) ^ uint32_t(std::random_device{}()));
  return 1.0f + float(rng() % 1000000) * 1e-6f;
}

/// The input, made before a test sets its folder (arange may compile).
const nj::Array &input() {
  static const nj::Array x = nj::arange(8, nj::f32);
  return x;
}

std::vector<float> runFresh(float c) {
  auto f = nj::jit([c](nj::Array v) { return nj::exp(v) * c + v; });
  return f(input()).to_vector<float>();
}

TEST(DiskCache, ANewProcessOrJitLoadsWhatWasCompiled) {
  input();
  CacheDir dir("roundtrip");
  float c = freshConstant();
  uint64_t hits = nj::num_disk_cache_hits(), compiles = nj::num_compiles();
  std::vector<float> first = runFresh(c);
  EXPECT_EQ(nj::num_disk_cache_hits(), hits);
  EXPECT_EQ(nj::num_compiles(), compiles + 1);
  ASSERT_EQ(dir.entries().size(), 1u);
  // Forget the process's own kernels: the next jit() of it loads the entry.
  nj::clear_caches();
  EXPECT_EQ(runFresh(c), first);
  EXPECT_EQ(nj::num_disk_cache_hits(), hits + 1);
  EXPECT_EQ(dir.entries().size(), 1u);
}

TEST(DiskCache, ACorruptOrTruncatedEntryIsCompiledAgainWithAWarning) {
  input();
  CacheDir dir("corrupt");
  float c = freshConstant();
  std::vector<float> want = runFresh(c);
  ASSERT_EQ(dir.entries().size(), 1u);
  fs::path entry = dir.entries()[0];
  uintmax_t size = fs::file_size(entry);
  for (int damage = 0; damage < 3; ++damage) {
    SCOPED_TRACE("damage " + std::to_string(damage));
    if (damage == 0) { // truncated, as by a full disk
      fs::resize_file(entry, size / 2);
    } else if (damage == 1) { // one byte flipped in the object
      std::fstream f(entry, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(std::streamoff(size / 2));
      f.put('\x5a');
    } else { // not an entry at all
      std::ofstream(entry, std::ios::trunc) << "hello";
    }
    nj::clear_caches();
    uint64_t hits = nj::num_disk_cache_hits();
    testing::internal::CaptureStderr();
    std::vector<float> got = runFresh(c);
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(got, want);
    EXPECT_EQ(nj::num_disk_cache_hits(), hits);
    EXPECT_NE(err.find("numjit: the compile cache entry " + entry.string() + " is corrupt"),
              std::string::npos)
        << err;
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
    // Compiled again and stored again, whole.
    ASSERT_TRUE(fs::exists(entry));
    EXPECT_EQ(fs::file_size(entry), size);
  }
}

TEST(DiskCache, OffWritesNothingAndTheSizeBoundEvicts) {
  input();
  CacheDir dir("bound");
  ::setenv("NUMJIT_CACHE_DIR", "off", 1);
  runFresh(freshConstant());
  EXPECT_FALSE(fs::exists(dir.path()));
  ::setenv("NUMJIT_CACHE_DIR", dir.path().c_str(), 1);
  // A bound of 0 MB keeps nothing: every write evicts every entry.
  ::setenv("NUMJIT_CACHE_MAX_MB", "0", 1);
  for (int i = 0; i < 3; ++i)
    runFresh(freshConstant());
  ::unsetenv("NUMJIT_CACHE_MAX_MB");
  EXPECT_TRUE(dir.entries().empty());
  // Leftovers of a writer that died (a temporary file) are not entries.
  std::ofstream(dir.path() / "0123.tmp.1.0") << "half an entry";
  float c = freshConstant();
  std::vector<float> want = runFresh(c);
  nj::clear_caches();
  uint64_t hits = nj::num_disk_cache_hits();
  EXPECT_EQ(runFresh(c), want);
  EXPECT_EQ(nj::num_disk_cache_hits(), hits + 1);
}

/// Starts numjit-cache-child with `n` and NUMJIT_CACHE_DIR=dir, its output
/// going to `out`; returns its pid.
pid_t spawnChild(const fs::path &dir, int n, const fs::path &out) {
  std::vector<std::string> env;
  for (char **e = environ; *e; ++e)
    if (std::string(*e).rfind("NUMJIT_CACHE_DIR=", 0) != 0)
      env.push_back(*e);
  env.push_back("NUMJIT_CACHE_DIR=" + dir.string());
  std::vector<char *> envp;
  for (std::string &s : env)
    envp.push_back(s.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  fs::path err = out;
  err += ".err";
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::string count = std::to_string(n);
  char *argv[] = {const_cast<char *>(NUMJIT_CACHE_CHILD), count.data(), nullptr};
  pid_t pid = -1;
  int rc = posix_spawn(&pid, NUMJIT_CACHE_CHILD, &actions, nullptr, argv, envp.data());
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

int waitFor(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid)
    return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string readAll(const fs::path &p) {
  std::ifstream f(p);
  return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

/// What a numjit-cache-child printed, how it ended, and its stderr.
struct ChildRun {
  int status = -1; ///< exit code, 128 + signal, or -2 when it printed nothing
  double total = 0;
  unsigned long long compiles = 0, hits = 0;
  std::string err;
};

/// Waits for a child that spawnChild started writing to `out`, reads what
/// it printed, and removes its files.
ChildRun collect(pid_t pid, const fs::path &out) {
  ChildRun r;
  r.status = waitFor(pid);
  fs::path errPath = out;
  errPath += ".err";
  r.err = readAll(errPath);
  if (std::sscanf(readAll(out).c_str(), "%lf %llu %llu", &r.total, &r.compiles, &r.hits) != 3 &&
      r.status == 0)
    r.status = -2;
  fs::remove(out);
  fs::remove(errPath);
  return r;
}

/// The sum numjit-cache-child prints for `n` functions.
double childTotal(int n) { return 136.0 * n * (n - 1) / 2; }

TEST(DiskCache, EightProcessesStartingAtOnceOnAnEmptyCacheAllSucceed) {
  CacheDir dir("eight");
  const int n = 12;
  std::vector<pid_t> pids;
  auto outOf = [&](int i) { return fs::path(dir.path().string() + "-out" + std::to_string(i)); };
  for (int i = 0; i < 8; ++i)
    pids.push_back(spawnChild(dir.path(), n, outOf(i)));
  for (int i = 0; i < 8; ++i) {
    ASSERT_GT(pids[size_t(i)], 0);
    ChildRun r = collect(pids[size_t(i)], outOf(i));
    EXPECT_EQ(r.status, 0) << "process " << i << ": " << r.err;
    EXPECT_EQ(r.total, childTotal(n)) << "process " << i;
    EXPECT_EQ(r.err, "") << "process " << i;
  }
  // Each distinct kernel is one whole entry, whoever wrote it last.
  EXPECT_GE(dir.entries().size(), size_t(n));
  ChildRun ninth = collect(spawnChild(dir.path(), n, outOf(8)), outOf(8));
  ASSERT_EQ(ninth.status, 0) << ninth.err;
  EXPECT_EQ(ninth.hits, ninth.compiles) << "every kernel of a ninth process comes from the cache";
}

TEST(DiskCache, AProcessKilledWhileWritingLeavesTheCacheUsable) {
  CacheDir dir("killed");
  const int n = 400; // about a second of compiles and writes
  fs::path out = dir.path().string() + "-killed", next = dir.path().string() + "-next";
  pid_t pid = spawnChild(dir.path(), n, out);
  ASSERT_GT(pid, 0);
  // Kill it once it has written some entries, in the midst of the rest.
  for (int i = 0; i < 400 && dir.entries().size() < 20; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ::kill(pid, SIGKILL);
  EXPECT_EQ(collect(pid, out).status, 128 + SIGKILL);
  size_t left = dir.entries().size();
  EXPECT_GE(left, 20u);
  // The next process uses every entry, and none is damaged.
  ChildRun r = collect(spawnChild(dir.path(), n, next), next);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.total, childTotal(n));
  EXPECT_GE(r.hits, left - 1) << "the kernels the killed process stored load";
  EXPECT_EQ(r.err, "") << "no entry is corrupt";
}

} // namespace
