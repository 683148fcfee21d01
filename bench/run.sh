#!/usr/bin/env bash
# Runs every workload (W1-W8) and its baselines single-threaded and prints
# one table of ratios; then runs the triad and W1-W5 again on two threads
# and prints their speedups. OPENBLAS_CORETYPE is unset so OpenBLAS picks
# its AVX-512 kernels.
#   bench/run.sh [build-dir]
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
unset OPENBLAS_CORETYPE
one=$(mktemp) two=$(mktemp)
trap 'rm -f "$one" "$two"' EXIT
# numjit's parallel loops use OpenMP (OMP_NUM_THREADS); its large matrix
# products and the OpenBLAS baseline use OPENBLAS_NUM_THREADS; Eigen is
# built without OpenMP, so it stays on one thread.
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$build/bench/numjit-bench-workloads" \
  --benchmark_format=json --benchmark_out="$one" --benchmark_out_format=json >/dev/null
OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 "$build/bench/numjit-bench-workloads" \
  --benchmark_filter='^(Triad|W[1-5])/' \
  --benchmark_format=json --benchmark_out="$two" --benchmark_out_format=json >/dev/null
python3 "$here/table.py" "$one" "$two"
