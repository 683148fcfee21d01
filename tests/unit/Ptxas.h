//===- Ptxas.h - Checking PTX with NVIDIA's assembler, when it is here ----===//
//
// The GPU tests check every PTX text numjit makes with `ptxas -arch=...`
// (CUDA's assembler, at /usr/local/cuda/bin on the build machines; or the
// one NUMJIT_PTXAS names). Without it they skip, saying so.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_PTXAS_H
#define NUMJIT_TESTS_PTXAS_H

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

namespace numjit_test {

/// The ptxas to use (one that runs), or "" when there is none.
inline std::string ptxasPath() {
  static const std::string path = [] {
    std::string candidate = "/usr/local/cuda/bin/ptxas";
    if (const char *env = std::getenv("NUMJIT_PTXAS"); env && *env)
      candidate = env;
    else if (access(candidate.c_str(), X_OK) != 0)
      candidate = "ptxas";
    std::string probe = candidate + " --version >/dev/null 2>&1";
    return std::system(probe.c_str()) == 0 ? candidate : std::string();
  }();
  return path;
}

/// Runs ptxas on `ptx` for `arch`; returns "" when it accepts the code,
/// else its output.
inline std::string ptxasErrors(const std::string &ptx, const std::string &arch,
                               const std::string &name) {
  std::string dir = ::testing::TempDir();
  std::string file = dir + "/numjit-" + std::to_string(getpid()) + "-" + name + ".ptx";
  std::string log = file + ".log";
  std::ofstream(file) << ptx;
  std::string cmd = ptxasPath() + " -arch=" + arch + " " + file + " -o /dev/null > " + log + " 2>&1";
  int rc = std::system(cmd.c_str());
  std::string out;
  if (rc != 0) {
    std::ifstream in(log);
    out.assign(std::istreambuf_iterator<char>(in), {});
    if (out.empty())
      out = "ptxas exited with " + std::to_string(rc);
  }
  std::remove(file.c_str());
  std::remove(log.c_str());
  return out;
}

} // namespace numjit_test

#endif // NUMJIT_TESTS_PTXAS_H
