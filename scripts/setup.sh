#!/usr/bin/env bash
# Sets up numjit on a fresh Debian 12 machine (as root) and builds it.
#
#   scripts/setup.sh quickstart   install, build, run the quickstart example
#   scripts/setup.sh test         install, build, run every test (ctest)
#
# Packages that are already installed are not fetched again; the build goes
# through ccache and Ninja, so a second run rebuilds only what changed.
set -euo pipefail

mode=${1:-}
case "$mode" in
  quickstart|test) ;;
  *) echo "usage: $0 quickstart|test" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
build=${NUMJIT_BUILD_DIR:-build}
jobs=${NUMJIT_JOBS:-2}

packages=(cmake ninja-build ccache g++ python3 file valgrind
          llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools clang-22
          libfmt-dev libgtest-dev libopenblas-dev libomp-dev
          libdlpack-dev libeigen3-dev  # nj::from_dlpack/to_dlpack; numjit/eigen.h's tests
          libbenchmark-dev   # bench/ and its baselines (with Eigen)
          # ahead-of-time kernels for aarch64, linked and run under qemu
          gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== configuring and building ($build, -j$jobs)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j"$jobs"

case "$mode" in
  quickstart)
    echo "== quickstart"
    "$build/examples/quickstart"
    ;;
  test)
    echo "== tests"
    ctest --test-dir "$build" --output-on-failure -j"$jobs"
    ;;
esac
