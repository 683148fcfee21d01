//===- ScopedEnv.h - Set an environment variable for one scope -----------===//

#ifndef NUMJIT_TESTS_UNIT_SCOPEDENV_H
#define NUMJIT_TESTS_UNIT_SCOPEDENV_H

#include <cstdlib>
#include <optional>
#include <string>

/// Sets (or, with nullptr, unsets) `name` until the end of the scope, then
/// restores what it was.
class ScopedEnv {
public:
  ScopedEnv(const char *name, const char *value) : name_(name) {
    if (const char *old = std::getenv(name))
      old_ = old;
    if (value)
      ::setenv(name, value, 1);
    else
      ::unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_)
      ::setenv(name_.c_str(), old_->c_str(), 1);
    else
      ::unsetenv(name_.c_str());
  }
  ScopedEnv(const ScopedEnv &) = delete;
  ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
  std::string name_;
  std::optional<std::string> old_;
};

#endif // NUMJIT_TESTS_UNIT_SCOPEDENV_H
