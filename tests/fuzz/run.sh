#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-22, in build-fuzz/) and runs each for
# SECONDS (default 60), one after the other; exits non-zero if either
# finds a crash, a hang, a sanitizer report or a failed check.
#
#   tests/fuzz/run.sh [SECONDS]
#
# Needs the main build (build/, for libnumjit.so): scripts/setup.sh test or
# scripts/setup.sh fuzz make it first. New corpus inputs go to
# build-fuzz/corpus-{parser,frontend}/ (the seeds in tests/fuzz/ are read
# only; runs of 120 s or less start from the seeds alone); a failing input
# is written to build-fuzz/artifacts/. See tests/fuzz/README.md.
set -euo pipefail

secs=${1:-60}
cd "$(dirname "$0")/../.."
main=${NUMJIT_BUILD_DIR:-build}
[[ $main = /* ]] || main=$PWD/$main
out=${NUMJIT_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${NUMJIT_JOBS:-2}

echo "== building the fuzzers ($out, -j$jobs)"
CC=clang-22 CXX=clang++-22 cmake -S tests/fuzz -B "$out" -G Ninja \
  -DNUMJIT_MAIN_BUILD_DIR="$main" >/dev/null
ninja -C "$out" -j"$jobs"

failed=0
fuzz() {
  local name=$1
  shift
  local corpus="$out/corpus-$name" log="$out/fuzz-$name.log" rc=0
  # Short runs (CI's) start from the seeds alone, so they take as long
  # every time; longer ones keep what they find for the next long run.
  if ((secs <= 120)); then
    corpus="$out/corpus-$name-short"
    rm -rf "$corpus"
  fi
  mkdir -p "$corpus" "$out/artifacts"
  echo "== fuzzing $name for ${secs} s (log: $log)"
  "$out/numjit-fuzz-$name" -max_total_time="$secs" -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$name-" "$@" \
    "$corpus" "tests/fuzz/corpus-$name" >"$log" 2>&1 || rc=$?
  local execs
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  grep '^numjit-fuzz-frontend: [0-9]* programs' "$log" || true
  if ((rc == 0)); then
    echo "$name: ${execs:-?} executions in ${secs} s, 0 crashes" \
         "(corpus: $(ls "$corpus" | wc -l) new inputs)"
  else
    failed=1
    echo "$name: FAILED (exit $rc) after ${execs:-?} executions; the report:"
    grep -v '^#[0-9]\|^INFO:\|^"\|Uses: [0-9]\|NEW_FUNC' "$log" | tail -150
    echo "$name: reproduce with: $out/numjit-fuzz-$name $(ls -t "$out"/artifacts/"$name"-* 2>/dev/null | head -1)"
  fi
}

# Inputs above 4 KiB are rejected by the harness; -timeout is per input.
fuzz parser -max_len=4096 -timeout=10 -dict=tests/fuzz/parser.dict
# Programs decode from at most 512 bytes (-len_control=0: long ones from the
# start). Compiling takes up to a few hundred ms, so -timeout is generous.
# numjit's caches grow by design (reachable memory): leak checks off, also
# ASan's at exit, which after a 30-minute run reported one 2.5 KB block
# that LLVM allocated for a thread-local (still registered for destruction
# at thread exit).
ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-} fuzz frontend -max_len=512 -len_control=0 -timeout=60 -rss_limit_mb=6144 -detect_leaks=0

exit "$failed"
