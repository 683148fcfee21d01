#!/usr/bin/env bash
# The checks that need an NVIDIA GPU, for a machine with a CUDA driver and
# numjit's build dependencies: builds, runs the GPU tests (with a device the
# op table and the workloads also run there and must match the CPU within
# the op table's tolerances), the AOT project test (its GPU consumer then
# runs on the device) and the GPU benchmarks, writing everything under
# $OUT (default: gpu-check/).
#   scripts/gpu-check.sh
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-gpu-check}
build=${NUMJIT_BUILD_DIR:-build}
mkdir -p "$out"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null &&
  ninja -C "$build" -j"${NUMJIT_JOBS:-8}" >"$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
rc=0
"$build/tests/numjit-frontend-tests" --gtest_filter='*Gpu*' >"$out/gpu-tests.txt" 2>&1 || rc=1
tail -5 "$out/gpu-tests.txt"
bash tests/aot/run.sh "$PWD/$build" "$PWD" >"$out/aot.txt" 2>&1 || rc=1
grep -A3 "cuda:sm_90" "$out/aot.txt"
bash bench/run_gpu.sh "$build" "$out" 2>&1 | tail -12 | tee "$out/bench.txt"
exit $rc
