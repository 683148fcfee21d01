#!/usr/bin/env bash
# Installs numjit from a build tree into a scratch prefix, builds the
# quickstart as a separate project with find_package(numjit), and runs it.
#   run.sh <build-dir> <source-dir>
set -euo pipefail
build=$1 src=$2
work=$build/install-test
rm -rf "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$src/tests/install" -B "$work/build" -G Ninja \
      -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" >/dev/null
"$work/build/quickstart" | grep -q "gelu(x)"
echo "out-of-tree quickstart built and ran against $work/prefix"
