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

TEST(DiskCache, EightProcessesStartingAtOnceOnAnEmptyCacheAllSucceed) {
  CacheDir dir("eight");
  const int n = 12;
  std::vector<pid_t> pids;
  for (int i = 0; i < 8; ++i)
    pids.push_back(spawnChild(dir.path(), n, dir.path().string() + "-out" + std::to_string(i)));
  for (int i = 0; i < 8; ++i) {
    fs::path out = dir.path().string() + "-out" + std::to_string(i);
    ASSERT_GT(pids[size_t(i)], 0);
    EXPECT_EQ(waitFor(pids[size_t(i)]), 0) << readAll(out.string() + ".err");
    double total = 0;
    unsigned long long compiles = 0, hits = 0;
    std::string text = readAll(out);
    ASSERT_EQ(std::sscanf(text.c_str(), "%lf %llu %llu", &total, &compiles, &hits), 3) << text;
    EXPECT_EQ(total, 136.0 * n * (n - 1) / 2) << "process " << i;
    EXPECT_EQ(readAll(out.string() + ".err"), "") << "process " << i;
    fs::remove(out);
    fs::remove(out.string() + ".err");
  }
  // Each distinct kernel is one whole entry, whoever wrote it last.
  EXPECT_GE(dir.entries().size(), size_t(n));
  fs::path out = dir.path().string() + "-again";
  pid_t again = spawnChild(dir.path(), n, out);
  ASSERT_EQ(waitFor(again), 0);
  unsigned long long compiles = 0, hits = 0;
  double total = 0;
  ASSERT_EQ(std::sscanf(readAll(out).c_str(), "%lf %llu %llu", &total, &compiles, &hits), 3);
  EXPECT_EQ(hits, compiles) << "every kernel of a ninth process comes from the cache";
  fs::remove(out);
  fs::remove(out.string() + ".err");
}

TEST(DiskCache, AProcessKilledWhileWritingLeavesTheCacheUsable) {
  CacheDir dir("killed");
  const int n = 400; // about a second of compiles and writes
  fs::path out = dir.path().string() + "-killed";
  pid_t pid = spawnChild(dir.path(), n, out);
  ASSERT_GT(pid, 0);
  // Kill it once it has written some entries, in the midst of the rest.
  for (int i = 0; i < 400 && dir.entries().size() < 20; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ::kill(pid, SIGKILL);
  EXPECT_EQ(waitFor(pid), 128 + SIGKILL);
  size_t left = dir.entries().size();
  EXPECT_GE(left, 20u);
  // The next process uses every entry, and none is damaged.
  fs::path next = dir.path().string() + "-next";
  pid_t again = spawnChild(dir.path(), n, next);
  ASSERT_EQ(waitFor(again), 0);
  unsigned long long compiles = 0, hits = 0;
  double total = 0;
  ASSERT_EQ(std::sscanf(readAll(next).c_str(), "%lf %llu %llu", &total, &compiles, &hits), 3);
  EXPECT_EQ(total, 136.0 * n * (n - 1) / 2);
  EXPECT_GE(hits, left - 1) << "the kernels the killed process stored load";
  EXPECT_EQ(readAll(next.string() + ".err"), "") << "no entry is corrupt";
  for (const fs::path &p : {out, next}) {
    fs::remove(p);
    fs::remove(p.string() + ".err");
  }
}

} // namespace
