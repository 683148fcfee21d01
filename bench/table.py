#!/usr/bin/env python3
"""Turns numjit-bench-workloads' JSON into one table: each workload's numjit
figure next to its baselines, with numjit's ratio to the best baseline."""
import json
import sys

data = json.load(open(sys.argv[1]))
rows = {}
for b in data["benchmarks"]:
    if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
        continue
    name = b["run_name"] if "run_name" in b else b["name"]
    parts = name.split("/")
    workload, impl = parts[0], parts[1]
    arg = "/".join(p for p in parts[2:] if not p.startswith(("iterations", "repeats", "manual")))
    key = workload + (" n=" + arg if arg else "")
    if "bytes_per_second" in b:
        value, unit, higher = b["bytes_per_second"] / 1e9, "GB/s", True
    elif "GFLOP/s" in b:
        value, unit, higher = b["GFLOP/s"], "GFLOP/s", True
    else:
        scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}[b["time_unit"]]
        value, unit, higher = b["real_time"] * scale, "ns", False
    rows.setdefault(key, {})[impl] = (value, unit, higher)

# Times: one unit per workload (ms unless everything is below 100 us).
for impls in rows.values():
    times = [v[0] for v in impls.values() if v[1] == "ns"]
    if times and max(times) > 1e5:
        for k, (value, unit, higher) in impls.items():
            if unit == "ns":
                impls[k] = (value / 1e6, "ms", higher)

print(f"{data['context']['date']}  {data['context'].get('host_name', '')}  "
      f"{data['context']['num_cpus']} CPUs @ {data['context']['mhz_per_cpu']} MHz, single-threaded")
print(f"{'workload':<14}{'impl':<18}{'value':>12}  {'unit':<8}{'numjit / best baseline':>24}")
for key, impls in rows.items():
    numjit = impls.get("numjit") or next((v for k, v in impls.items() if k.startswith("numjit")), None)
    baselines = {k: v for k, v in impls.items() if not k.startswith("numjit")}
    ratio = ""
    if numjit and baselines:
        values = [v[0] for v in baselines.values()]
        best = max(values) if numjit[2] else min(values)
        r = numjit[0] / best if numjit[2] else best / numjit[0]
        ratio = f"{r:.2f}x"
    for i, (impl, (value, unit, _)) in enumerate(sorted(impls.items())):
        print(f"{key if i == 0 else '':<14}{impl:<18}{value:>12.3f}  {unit:<8}"
              f"{ratio if impl.startswith('numjit') else '':>24}")
