#!/usr/bin/env bash
# Builds tests/aot as a user's project against an installed numjit
# (find_package + numjit_add_kernels), runs its C11 and C++ consumers, checks
# that they link nothing of numjit, MLIR or LLVM, runs the x86-64-v3/v4
# objects, the cuda:sm_90 object (on a device if there is one, else its
# no-driver error; ptxas on its PTX), and the aarch64 object under qemu;
# then checks that a failing
# generator fails the build with its message.
#   run.sh <build-dir> <source-dir>
set -euo pipefail
build=$1 src=$2
work=$build/aot-test
rm -rf "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$src/tests/aot" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/build" >/dev/null
cd "$work/build"

echo "== host object"
./consumer
./span
if ldd consumer | grep -Ei 'numjit|mlir|llvm'; then
  echo "FAIL: the consumer links a numjit, MLIR or LLVM library"
  exit 1
fi
echo "ldd consumer: $(ldd consumer | awk '{print $1}' | tr '\n' ' ')"

echo "== x86-64-v3 and x86-64-v4 objects"
./consumer_v3
# valgrind sees every access of the (uninstrumented) kernels: none outside
# the buffers. It has no AVX-512, so it runs the x86-64-v3 build.
if command -v valgrind >/dev/null; then
  valgrind --error-exitcode=9 --leak-check=no -q ./consumer_v3
else
  echo "not run: valgrind (not installed)"
fi
if grep -qw avx512f /proc/cpuinfo; then
  ./consumer_v4
else
  echo "not run: consumer_v4 (this CPU has no AVX-512)"
fi

echo "== cuda:sm_90 object and its launcher"
./consumer_cuda
if ldd consumer_cuda | grep -Ei 'numjit|mlir|llvm|libcuda'; then
  echo "FAIL: the GPU consumer links numjit, MLIR, LLVM or libcuda (it must dlopen the driver)"
  exit 1
fi
ptxas=${NUMJIT_PTXAS:-/usr/local/cuda/bin/ptxas}
if [ -x "$ptxas" ]; then
  for f in kernels_cuda.numjit/kernels.*.ptx; do
    "$ptxas" -arch=sm_90 "$f" -o /dev/null
  done
  echo "ptxas accepts $(ls kernels_cuda.numjit/kernels.*.ptx | wc -l) kernels' PTX"
else
  echo "not run: ptxas (no CUDA toolkit at /usr/local/cuda)"
fi

echo "== aarch64 object under qemu"
if ! command -v aarch64-linux-gnu-gcc >/dev/null || ! command -v qemu-aarch64 >/dev/null; then
  echo "SKIPPED: aarch64-linux-gnu-gcc or qemu-aarch64 is missing (scripts/setup.sh test installs them)"
  exit 77
fi
file kernels_arm.numjit/kernels.o | grep -q "ARM aarch64"
# -O1: GCC 12's aarch64 cross compiler has crashed in its vectorizer at -O2.
aarch64-linux-gnu-gcc -std=c11 -O1 -Wall -I kernels_arm.numjit "$src/tests/aot/main.c" \
    kernels_arm.numjit/kernels.o -lm -o consumer_arm
qemu-aarch64 -L /usr/aarch64-linux-gnu ./consumer_arm

echo "== a failing generator fails the build"
cmake -S "$src/tests/aot/failing" -B "$work/failing" -G Ninja \
      -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
if cmake --build "$work/failing" >"$work/failing.log" 2>&1; then
  echo "FAIL: the build of a failing generator succeeded"
  exit 1
fi
grep "kernel 'flatten'" "$work/failing.log"
grep -q "numjit.reshape" "$work/failing.log"
echo "PASS"
