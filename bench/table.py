#!/usr/bin/env python3
"""Turns numjit-bench-workloads' JSON into tables.

  table.py one-thread.json [two-thread.json]

The first table has each workload's numjit figures (jit, and the
ahead-of-time kernels) next to its baselines, with each one's ratio to the
best baseline; the second compares AOT kernels with jit, a symbolic size
with a fixed one, and W8's AOT call with a C function. With a second file (the same
binary run on two threads) a second table gives each implementation's
two-thread figure and its speedup over one thread."""
import json
import sys


def load(path):
    """{workload key: {impl: (value, unit, higher_is_better)}} and the context."""
    data = json.load(open(path))
    rows = {}
    for b in data["benchmarks"]:
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        name = b["run_name"] if "run_name" in b else b["name"]
        parts = name.split("/")
        workload, impl = parts[0], parts[1]
        arg = "/".join(p for p in parts[2:] if not p.startswith(("iterations", "repeats", "manual", "real_time")))
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
    return rows, data["context"]


def header(context, threads):
    print(f"{context['date']}  {context.get('host_name', '')}  "
          f"{context['num_cpus']} CPUs @ {context['mhz_per_cpu']} MHz, {threads}")


def speedup(new, old):
    """How many times better `new` is than `old` (either direction of unit)."""
    return new[0] / old[0] if new[2] else old[0] / new[0]


def one_thread_table(rows, context):
    header(context, "single-threaded")
    print(f"{'workload':<14}{'impl':<24}{'value':>12}  {'unit':<8}{'numjit / best baseline':>24}")
    for key, impls in rows.items():
        baselines = {k: v for k, v in impls.items() if not k.startswith("numjit")}
        best = max(baselines.values(), key=lambda v: v[0] if v[2] else -v[0]) if baselines else None
        for i, (impl, v) in enumerate(sorted(impls.items())):
            ratio = f"{speedup(v, best):.2f}x" if best and impl.startswith("numjit") else ""
            print(f"{key if i == 0 else '':<14}{impl:<24}{v[0]:>12.3f}  {v[1]:<8}{ratio:>24}")


def aot_table(rows):
    """Ahead-of-time kernels against jit (same function and shapes), and a
    symbolic size against the fixed one."""
    print()
    print("ahead-of-time kernels, from the same run")
    print(f"{'workload':<14}{'numjit-aot':>12}  {'unit':<8}{'aot / jit':>12}"
          f"{'symbolic / fixed':>18}{'aot / C loop':>14}")
    for key, impls in rows.items():
        aot = impls.get("numjit-aot")
        if not aot:
            continue
        jit, sym, loop = impls.get("numjit"), impls.get("numjit-aot-symbolic"), impls.get("loop")
        # Speedups read "higher is better for the first": aot / jit > 1 is a
        # faster AOT kernel.
        cols = [f"{speedup(aot, jit):.2f}x" if jit else "",
                f"{speedup(sym, aot):.2f}x" if sym else "",
                f"{speedup(aot, loop):.2f}x" if loop and key.startswith("W8") else ""]
        print(f"{key:<14}{aot[0]:>12.3f}  {aot[1]:<8}{cols[0]:>12}{cols[1]:>18}{cols[2]:>14}")


def two_thread_table(rows1, rows2, context):
    print()
    header(context, "two threads (OMP_NUM_THREADS=2, OPENBLAS_NUM_THREADS=2)")
    print(f"{'workload':<14}{'impl':<24}{'2 threads':>12}  {'unit':<8}{'1 thread':>10}{'speedup':>10}")
    for key, impls in rows2.items():
        for i, (impl, two) in enumerate(sorted(impls.items())):
            one = rows1.get(key, {}).get(impl)
            ratio = f"{speedup(two, one):.2f}x" if one else ""
            first = f"{one[0]:.3f}" if one else ""
            print(f"{key if i == 0 else '':<14}{impl:<24}{two[0]:>12.3f}  {two[1]:<8}{first:>10}{ratio:>10}")


rows1, context = load(sys.argv[1])
one_thread_table(rows1, context)
aot_table(rows1)
if len(sys.argv) > 2:
    rows2, context2 = load(sys.argv[2])
    two_thread_table(rows1, rows2, context2)
