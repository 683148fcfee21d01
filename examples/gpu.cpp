// The same function on the CPU and on an NVIDIA GPU: its PTX is made here
// without a GPU or CUDA toolkit; where a driver and device exist it also
// runs there and is compared with the CPU.
#include <numjit/numjit.h>

#include <cmath>
#include <iostream>

namespace nj = numjit;

int main() {
  auto f = [](nj::Array x, nj::Array w) { return nj::softmax(nj::tanh(nj::matmul(x, w)), -1); };
  nj::Array x = nj::reshape(nj::arange(0.0, 1.0, 1.0 / 512, nj::f32), {16, 32});
  nj::Array w = nj::full({32, 8}, 0.25f);

  auto gpu = nj::jit(f, nj::cuda("sm_90"));
  std::string ptx = gpu.lower(x, w).as_text(nj::Stage::PTX);
  std::cout << "PTX for sm_90: " << ptx.size() << " bytes, "
            << (ptx.find(".entry") != std::string::npos ? "with kernels" : "no kernels") << "\n";

  if (!nj::cuda_available()) {
    std::cout << "no CUDA driver or device here: not run on a GPU\n";
    return 0;
  }
  nj::Array got = gpu(x, w), want = nj::jit(f, nj::host())(x, w);
  double err = nj::max(nj::abs(got - want)).item<float>();
  std::cout << "GPU vs CPU: max |difference| = " << err << "\n";
  return err < 1e-5 ? 0 : 1;
}
