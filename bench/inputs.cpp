//===- inputs.cpp - The inputs every workload shares ----------------------===//

#include "inputs.h"

#include <map>
#include <random>

namespace bench {

std::vector<float> randomVector(int64_t n, float lo, float hi, unsigned seed) {
  std::mt19937 gen(seed);
  std::uniform_real_distribution<float> dist(lo, hi);
  std::vector<float> v(static_cast<size_t>(n));
  for (float &x : v)
    x = dist(gen);
  return v;
}

nj::Array randomArray(const nj::Shape &shape, unsigned seed) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return nj::array(randomVector(n, -2, 2, seed), shape);
}

const float *ptr(const nj::Array &a) { return static_cast<const float *>(a.data()); }

const nj::Array &input(const nj::Shape &shape, unsigned seed) {
  static std::map<std::pair<nj::Shape, unsigned>, nj::Array> inputs;
  auto [it, added] = inputs.try_emplace({shape, seed});
  if (added)
    it->second = randomArray(shape, seed);
  return it->second;
}
const nj::Array &vec(unsigned seed) { return input({kN}, seed); }
const nj::Array &w4Input() { return input({kRows, kCols}, 1); }

} // namespace bench
