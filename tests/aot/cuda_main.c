/* The AOT test's GPU consumer: plain C11, linked with the cuda:sm_90
 * kernels and their launcher only. Without a driver every call must return
 * and numjit_cuda_error() must say why; with one, saxpy and rowsum run on
 * device buffers this program allocates through the driver itself. */
#include "kernels.h"

#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef unsigned long long devptr;
static int (*memAlloc)(devptr *, size_t);
static int (*htod)(devptr, const void *, size_t);
static int (*dtoh)(void *, devptr, size_t);

#define N 1003

int main(void) {
  float a = 2.5f, x[N * 5], y[N], out[N];
  for (int i = 0; i < N * 5; ++i)
    x[i] = (float)sin(0.37 * i + 0.1);
  for (int i = 0; i < N; ++i)
    y[i] = (float)cos(0.11 * i);

  /* Without a driver: the call returns, the launcher says why. */
  const char *error = NULL;
  void *cuda = dlopen("libcuda.so.1", RTLD_NOW);
  if (!cuda) {
    int rc = saxpy(N, NULL, NULL, NULL, NULL);
    error = numjit_cuda_error();
    if (rc != NUMJIT_OK || !error || !strstr(error, "no CUDA driver")) {
      printf("FAIL: without a driver, saxpy returned %d, error %s\n", rc, error ? error : "(none)");
      return 1;
    }
    printf("not run on a device (no driver): numjit_cuda_error() = \"%s\"\n", error);
    return 0;
  }

  /* With one: the first kernel call sets up the context, then buffers. */
  if (saxpy(0, NULL, NULL, NULL, NULL) != NUMJIT_OK || numjit_cuda_error()) {
    printf("FAIL: %s\n", numjit_cuda_error());
    return 1;
  }
  *(void **)&memAlloc = dlsym(cuda, "cuMemAlloc_v2");
  *(void **)&htod = dlsym(cuda, "cuMemcpyHtoD_v2");
  *(void **)&dtoh = dlsym(cuda, "cuMemcpyDtoH_v2");
  devptr da, dx, dy, dout;
  memAlloc(&da, sizeof a);
  memAlloc(&dx, sizeof x);
  memAlloc(&dy, sizeof y);
  memAlloc(&dout, sizeof out);
  htod(da, &a, sizeof a);
  htod(dx, x, sizeof x);
  htod(dy, y, sizeof y);
  int failures = 0;
  saxpy(N, (const float *)da, (const float *)dx, (const float *)dy, (float *)dout);
  dtoh(out, dout, sizeof out);
  for (int i = 0; i < N; ++i)
    failures += !(fabsf(out[i] - (a * x[i] + y[i])) <= 1e-5f);
  rowsum(N, (const float *)dx, (float *)dout);
  dtoh(out, dout, sizeof out);
  for (int i = 0; i < N; ++i) {
    float want = 0;
    for (int j = 0; j < 5; ++j)
      want += x[i * 5 + j];
    failures += !(fabsf(out[i] - want) <= 1e-5f);
  }
  if (numjit_cuda_error() || failures) {
    printf("FAIL: %d wrong elements, error %s\n", failures,
           numjit_cuda_error() ? numjit_cuda_error() : "(none)");
    return 1;
  }
  printf("ran on the device: saxpy and rowsum match\n");
  return 0;
}
