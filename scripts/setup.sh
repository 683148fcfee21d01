#!/usr/bin/env bash
# Sets up numjit on a fresh Debian 12 machine (as root) and builds it.
#
#   scripts/setup.sh quickstart   install, build, run the quickstart example
#   scripts/setup.sh test         install, build, run every test (ctest)
#   scripts/setup.sh sanitize     the same with AddressSanitizer + UBSan, in build-sanitize
#   scripts/setup.sh tsan         ThreadSanitizer, in build-tsan: the concurrency tests
#   scripts/setup.sh fuzz [SECS]  install, build, run each fuzzer SECS s (1800; tests/fuzz/)
#
# Packages that are already installed are not fetched again; the build goes
# through ccache and Ninja, so a second run rebuilds only what changed.
set -euo pipefail

mode=${1:-}
case "$mode" in
  quickstart|test|sanitize|tsan|fuzz) ;;  # fuzz: tests/fuzz/run.sh
  *) echo "usage: $0 quickstart|test|sanitize|tsan|fuzz [seconds]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
build=${NUMJIT_BUILD_DIR:-build}
jobs=${NUMJIT_JOBS:-2}

packages=(cmake ninja-build ccache g++ python3 file valgrind
          llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools clang-22
          libfmt-dev libgtest-dev libopenblas-dev libomp-dev
          libdlpack-dev libeigen3-dev  # nj::from_dlpack/to_dlpack; numjit/eigen.h's tests
          libbenchmark-dev   # bench/ and its baselines (with Eigen)
          libopenmpi-dev openmpi-bin  # nj::distributed; its tests run under mpirun
          # ahead-of-time kernels for aarch64, linked and run under qemu
          gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
          libclang-rt-22-dev)  # fuzz: libFuzzer and clang's sanitizer runtimes
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

config=(-DCMAKE_BUILD_TYPE=Release)
case "$mode" in
  sanitize) build=${NUMJIT_BUILD_DIR:-build-sanitize}
            config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DNUMJIT_SANITIZE=address,undefined) ;;
  tsan)     build=${NUMJIT_BUILD_DIR:-build-tsan}
            config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DNUMJIT_SANITIZE=thread) ;;
esac

echo "== configuring and building ($build, -j$jobs)"
cmake -S . -B "$build" -G Ninja "${config[@]}" >/dev/null
ninja -C "$build" -j"$jobs"

case "$mode" in
  quickstart)
    echo "== quickstart"
    "$build/examples/quickstart"
    ;;
  test)
    echo "== tests"
    ctest --test-dir "$build" --output-on-failure -j"$jobs"
    tests/fuzz/run.sh 60   # fuzz: build-fuzz/, each fuzzer 60 s
    ;;
  fuzz)   # fuzz: the fuzzers for longer (tests/fuzz/README.md)
    tests/fuzz/run.sh "${2:-1800}"
    ;;
  sanitize)
    # Every report fails its test (-fno-sanitize-recover). LLVM and MLIR are
    # not instrumented: their containers cannot carry ASan's annotations, so
    # container-overflow checks would misfire across the boundary, and
    # libMLIR itself frees with free() a temporary buffer it took from
    # operator new(nothrow) (std::stable_sort in its printer), which
    # alloc_dealloc_mismatch would report in every test that prints IR.
    # numjit turns a failed allocation into an Error: let malloc say no.
    echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer"
    ASAN_OPTIONS=detect_container_overflow=0:detect_odr_violation=0:alloc_dealloc_mismatch=0:allocator_may_return_null=1:${ASAN_OPTIONS:-} \
    UBSAN_OPTIONS=print_stacktrace=1:${UBSAN_OPTIONS:-} \
      ctest --test-dir "$build" --output-on-failure -j"$jobs" -LE big
    ;;
  tsan)
    # The tests that run threads (and so the engine, caches and contexts
    # they share); kernels on one OpenMP thread. The ParallelLoops tests are
    # left out: their kernels (JIT code) run on libomp's threads, whose
    # fork and join TSan cannot see (libomp is not instrumented).
    echo "== concurrency tests under ThreadSanitizer"
    # tests/sanitizers/tsan.supp: the uninstrumented libraries' interceptors.
    OMP_NUM_THREADS=1 \
    TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/sanitizers/tsan.supp:${TSAN_OPTIONS:-} \
      ctest --test-dir "$build" --output-on-failure -j"$jobs" \
        -R 'Thread|Concurren|CallPath|DiskCache|Tier'
    ;;
esac
