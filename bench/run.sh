#!/usr/bin/env bash
# Runs every workload (W1-W8) and its baselines single-threaded and prints
# one table of ratios. OPENBLAS_CORETYPE is unset so OpenBLAS picks its
# AVX-512 kernels; every library is held to one thread.
#   bench/run.sh [build-dir]
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
unset OPENBLAS_CORETYPE
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
out=$(mktemp)
"$build/bench/numjit-bench-workloads" --benchmark_format=json --benchmark_out="$out" \
  --benchmark_out_format=json >/dev/null
python3 "$here/table.py" "$out"
rm -f "$out"
