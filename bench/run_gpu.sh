#!/usr/bin/env bash
# Runs the GPU benchmarks (numjit-bench-gpu) and the compile latency of the
# 5-op function for host and GPU (numjit-bench-engine), then prints W1-W3 as
# a fraction of a device-to-device copy's bandwidth and W5 as a fraction of
# cuBLAS. Needs a CUDA driver and device; without one it says so.
#   bench/run_gpu.sh <build-dir> [out-dir]
set -euo pipefail
build=${1:-build}
out=${2:-$build/bench-gpu}
mkdir -p "$out"
"$build/bench/numjit-bench-gpu" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_out="$out/gpu.json" --benchmark_out_format=json
"$build/bench/numjit-bench-engine" --benchmark_filter=Compile \
    --benchmark_out="$out/compile.json" --benchmark_out_format=json
python3 - "$out/gpu.json" "$out/compile.json" <<'PY'
import json, sys
rows = {}
for f in sys.argv[1:]:
    for b in json.load(open(f))["benchmarks"]:
        if b.get("aggregate_name", "median") != "median" or b.get("error_occurred"):
            continue
        rows[b["run_name"].split("/iterations")[0]] = b
def rate(name, key):
    b = rows.get(name)
    return b and b.get(key)
print("\n%-8s %12s %12s %8s" % ("", "numjit", "baseline", "ratio"))
for w in ("W1", "W2", "W3"):
    a, c = rate("GPU/%s/numjit" % w, "bytes_per_second"), rate("GPU/%s/copy" % w, "bytes_per_second")
    if a and c:
        print("%-8s %9.0f GB/s %7.0f GB/s %7.2fx  (of a device copy)" % (w, a / 1e9, c / 1e9, a / c))
    else:
        print("%-8s not run" % w)
a, c = rate("GPU/W5/numjit/4096", "GFLOP/s"), rate("GPU/W5/cublas/4096", "GFLOP/s")
print("W5 n=4096 " + ("%6.0f GFLOP/s %6.0f GFLOP/s %6.2fx  (of cuBLAS)" % (a, c, a / c) if a and c
                      else "numjit %s, cuBLAS %s" % (a and "%.0f GFLOP/s" % a, c and "%.0f GFLOP/s" % c)))
for name in ("BM_CompileFiveOpsObject_Host", "BM_CompileFiveOpsObject_Cuda", "BM_CompileFiveOps",
             "BM_CompileFiveOps_Cuda"):
    b = rows.get(name)
    print("compile %-28s %s" % (name[len("BM_"):], "%7.1f ms" % b["real_time"] if b else "not run"))
PY
