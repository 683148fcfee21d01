//===- pendulum.cpp - Fit an ODE's parameters by grad through fori_loop ---===//
//
// A damped pendulum, theta'' = -k sin(theta) - c theta', integrated with
// semi-implicit Euler in a fori_loop (one compiled loop body, whatever the
// number of steps). "Measurements" are made here with k = 9, c = 0.3 from
// 16 starting angles; gradient descent on (k, c), with the gradient taken
// through the whole integrator by jit(value_and_grad), recovers them.
//
// Exits non-zero unless the loss falls 100x and both parameters come within
// 1% of the truth, so it doubles as a test.
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <cmath>
#include <cstdio>
#include <tuple>
#include <vector>

namespace nj = numjit;

namespace {

constexpr int kStepsPerWindow = 50, kWindows = 4, kIterations = 300;
constexpr double kDt = 0.01;

using State = std::tuple<nj::Array, nj::Array>; // angles, angular velocities

/// The state after kStepsPerWindow Euler steps.
State integrate(const nj::Array &k, const nj::Array &c, const State &start) {
  return nj::fori_loop(0, kStepsPerWindow, [&](nj::Array, const State &s) {
    auto [theta, omega] = s;
    nj::Array next = omega + (-k * nj::sin(theta) - c * omega) * kDt;
    return State{theta + next * kDt, next};
  }, start);
}

/// The angles at the end of each window, stacked: (kWindows, 16).
nj::Array trajectory(const nj::Array &k, const nj::Array &c, const nj::Array &theta0) {
  State s{theta0, nj::zeros_like(theta0)};
  std::vector<nj::Array> angles;
  for (int w = 0; w < kWindows; ++w) {
    s = integrate(k, c, s);
    angles.push_back(nj::expand_dims(std::get<0>(s), 0));
  }
  return nj::concatenate(angles, 0);
}

} // namespace

int main() {
  std::vector<double> starts;
  for (int i = 0; i < 16; ++i)
    starts.push_back(-1.5 + 0.2 * i);
  nj::Array theta0 = nj::array(starts, {int64_t(starts.size())});
  nj::Array data = trajectory(nj::array(9.0), nj::array(0.3), theta0);

  auto loss = [&](nj::Array k, nj::Array c) {
    nj::Array e = trajectory(k, c, theta0) - data;
    return nj::mean(e * e);
  };
  auto step = nj::jit(nj::value_and_grad(loss, {0, 1}));

  // Gradient descent with a per-parameter step normalized by a running
  // mean of squared gradients (RMSprop): k and c have different scales.
  nj::Array k = nj::array(7.0), c = nj::array(0.05);
  double vk = 0, vc = 0, first = 0, last = 0;
  for (int it = 0; it < kIterations; ++it) {
    auto [value, grads] = step(k, c);
    auto [gk, gc] = grads;
    double l = value.item<double>(), dk = gk.item<double>(), dc = gc.item<double>();
    if (it == 0)
      first = l;
    last = l;
    vk = 0.9 * vk + 0.1 * dk * dk;
    vc = 0.9 * vc + 0.1 * dc * dc;
    double lr = it < 200 ? 0.05 : 0.005;
    k = k - lr * dk / (std::sqrt(vk) + 1e-12);
    c = c - 0.1 * lr * dc / (std::sqrt(vc) + 1e-12);
    if (it % 50 == 0)
      std::printf("iteration %3d  loss %.3e  k %.4f  c %.4f\n", it, l, k.item<double>(),
                  c.item<double>());
  }
  double kf = k.item<double>(), cf = c.item<double>();
  std::printf("fitted k = %.4f (true 9), c = %.4f (true 0.3); loss %.3e -> %.3e\n", kf, cf,
              first, last);
  bool ok = last * 100 <= first && std::abs(kf - 9) < 0.09 && std::abs(cf - 0.3) < 0.003;
  std::printf("%s\n", ok ? "ok" : "FAILED: the fit did not converge");
  return ok ? 0 : 1;
}
