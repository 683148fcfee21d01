//===- HalfTest.cpp - f16 and bf16 beyond the op table --------------------===//
//
// The two-byte floats' conversions (bit patterns checked by hand), jax.numpy's
// promotion, printing, f32 accumulation in sums and matrix products,
// conversions to and from every dtype, transforms (grad, vmap), random
// draws, DLPack and Eigen views, and an ahead-of-time kernel for a CPU
// without bf16 instructions (the integer expansion of the rounding).
// Element-by-element agreement of every float op is in the op table.
//
//===----------------------------------------------------------------------===//

#include <numjit/eigen.h>
#include <numjit/numjit.h>

#include <dlpack/dlpack.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

#include <dlfcn.h>

namespace nj = numjit;
namespace fs = std::filesystem;
using nj::bfloat16_t;
using nj::float16_t;

namespace {

TEST(HalfTypes, Float16RoundsToNearestEven) {
  EXPECT_EQ(float16_t(1.0).bits, 0x3C00);
  EXPECT_EQ(float16_t(-2.0).bits, 0xC000);
  EXPECT_EQ(float16_t(65504.0).bits, 0x7BFF);       // the largest
  EXPECT_EQ(float16_t(65519.0).bits, 0x7BFF);       // below the halfway point
  EXPECT_EQ(float16_t(65520.0).bits, 0x7C00);       // halfway: to even, which is inf
  EXPECT_EQ(float16_t(std::ldexp(1.0, -14)).bits, 0x0400); // smallest normal
  EXPECT_EQ(float16_t(std::ldexp(1.0, -24)).bits, 0x0001); // smallest subnormal
  EXPECT_EQ(float16_t(std::ldexp(1.0, -25)).bits, 0x0000); // halfway to 0: even
  EXPECT_EQ(float16_t(3 * std::ldexp(1.0, -25)).bits, 0x0002);
  EXPECT_EQ(float16_t(1.0 + std::ldexp(1.0, -11)).bits, 0x3C00); // tie, to even
  EXPECT_EQ(float16_t(1.0 + 3 * std::ldexp(1.0, -11)).bits, 0x3C02);
  EXPECT_EQ(float16_t(std::numeric_limits<double>::quiet_NaN()).bits, 0x7E00);
  EXPECT_EQ(float16_t(-INFINITY).bits, 0xFC00);
  EXPECT_EQ(float(float16_t::from_bits(0x3555)), 0.333251953125f);
  EXPECT_EQ(float(float16_t::from_bits(0x0001)), std::ldexp(1.0f, -24));
  EXPECT_TRUE(std::isnan(float(float16_t::from_bits(0x7E00))));
}

TEST(HalfTypes, BFloat16RoundsToNearestEven) {
  EXPECT_EQ(bfloat16_t(1.0).bits, 0x3F80);
  EXPECT_EQ(bfloat16_t(3.14159265).bits, 0x4049); // 3.140625
  EXPECT_EQ(bfloat16_t(1.0 + std::ldexp(1.0, -8)).bits, 0x3F80); // tie, to even
  EXPECT_EQ(bfloat16_t(1.0 + 3 * std::ldexp(1.0, -8)).bits, 0x3F82);
  EXPECT_EQ(bfloat16_t(3.4e38).bits, 0x7F80); // beyond the largest (3.39e38): inf
  EXPECT_EQ(bfloat16_t(std::numeric_limits<double>::quiet_NaN()).bits, 0x7FC0);
  EXPECT_EQ(float(bfloat16_t::from_bits(0x4049)), 3.140625f);
  // Rounding once from double, not through float: 1 + 2^-8 + 2^-30 is
  // above the tie in bf16, but rounds to the tie 1 + 2^-8 in float.
  EXPECT_EQ(bfloat16_t(1.0 + std::ldexp(1.0, -8) + std::ldexp(1.0, -30)).bits, 0x3F81);
}

TEST(HalfDtypes, NamesSizesAndPromotion) {
  EXPECT_STREQ(nj::dtype_name(nj::f16), "float16");
  EXPECT_STREQ(nj::dtype_name(nj::bf16), "bfloat16");
  EXPECT_EQ(nj::itemsize(nj::f16), 2u);
  EXPECT_EQ(nj::itemsize(nj::bf16), 2u);
  EXPECT_TRUE(nj::is_floating(nj::bf16));
  nj::Array h = nj::ones({2}, nj::f16), b = nj::ones({2}, nj::bf16);
  // jax.numpy's lattice: f16 and bf16 meet in f32; integers and bools
  // adopt either; weak scalars adopt the array's dtype.
  EXPECT_EQ((h + b).dtype(), nj::f32);
  EXPECT_EQ((h + nj::ones({2}, nj::i32)).dtype(), nj::f16);
  EXPECT_EQ((b + nj::ones({2}, nj::u8)).dtype(), nj::bf16);
  EXPECT_EQ((b + nj::ones({2}, nj::bool_)).dtype(), nj::bf16);
  EXPECT_EQ((h + nj::ones({2}, nj::f32)).dtype(), nj::f32);
  EXPECT_EQ((b + nj::ones({2}, nj::f64)).dtype(), nj::f64);
  EXPECT_EQ((h * 2.5).dtype(), nj::f16);
  EXPECT_EQ((b + 1).dtype(), nj::bf16);
  EXPECT_EQ(nj::exp(nj::ones({2}, nj::i32)).dtype(), nj::f32);
  EXPECT_EQ(nj::sum(b).dtype(), nj::bf16);
  EXPECT_EQ(nj::mean(h).dtype(), nj::f16);
  EXPECT_EQ(nj::matmul(nj::ones({2, 2}, nj::bf16), nj::ones({2, 2}, nj::bf16)).dtype(), nj::bf16);
}

TEST(HalfDtypes, PrintAsNumPy) {
  nj::Array h = nj::array({float16_t(0.1), float16_t(0.2), float16_t(1.5)});
  EXPECT_EQ(nj::to_string(h), "Array([0.1, 0.2, 1.5], dtype=float16)");
  // The fewest digits that identify the bf16 value: 0.1 is 0.10009765625.
  nj::Array b = nj::array({bfloat16_t(0.1), bfloat16_t(-3.0), bfloat16_t(100.0)});
  EXPECT_EQ(nj::to_string(b), "Array([  0.1,  -3. , 100. ], dtype=bfloat16)");
  EXPECT_EQ(nj::to_string(nj::full({}, 65504.0, nj::f16)), "Array(65504., dtype=float16)");
  EXPECT_EQ(nj::to_string(nj::full({2}, 1e6, nj::f16)), "Array([inf, inf], dtype=float16)");
  EXPECT_EQ(nj::to_string(nj::full({}, 1e-3, nj::bf16)), "Array(0.001, dtype=bfloat16)");
}

TEST(HalfDtypes, SumsAndMeansCountInFloat32) {
  // In f16 a running sum of ones stops at 2048 (2048 + 1 rounds back to
  // 2048); counted in f32 it reaches 4096, which f16 holds exactly.
  nj::Array ones = nj::ones({4096}, nj::f16);
  EXPECT_EQ(nj::sum(ones).item<float>(), 4096.0f);
  EXPECT_EQ(nj::jit([](nj::Array x) { return nj::sum(x); })(ones).item<float>(), 4096.0f);
  EXPECT_EQ(nj::mean(ones).item<float>(), 1.0f);
  EXPECT_EQ(nj::cumsum(ones).to_vector<float>().back(), 4096.0f);
  // bf16 keeps 8 bits: 256 + 1 is 256 in bf16, 3000 is 3008 after rounding.
  EXPECT_EQ(nj::sum(nj::ones({3000}, nj::bf16)).item<float>(), 3008.0f);
}

/// bf16 matrices of `rows` x `cols` with entries in [-1, 1].
nj::Array bf16Matrix(int rows, int cols, double phase) {
  std::vector<bfloat16_t> v(size_t(rows) * size_t(cols));
  for (size_t i = 0; i < v.size(); ++i)
    v[i] = bfloat16_t(std::sin(phase * double(i) + 0.3));
  return nj::array(v, {rows, cols});
}

/// Checks `got` against the product in double of the same values: one
/// rounding to `dtype` (half a unit: 2^-8 relative for bf16, 2^-11 for f16)
/// of an f32 sum.
void expectProduct(const nj::Array &got, const nj::Array &a, const nj::Array &b,
                   const std::string &what, nj::DType dtype = nj::bf16) {
  ASSERT_EQ(got.dtype(), dtype) << what;
  int halfUnit = dtype == nj::bf16 ? -8 : -11;
  int64_t m = a.shape()[0], k = a.shape()[1], n = b.shape()[1];
  std::vector<double> av = a.to_vector<double>(), bv = b.to_vector<double>(),
                      g = got.to_vector<double>();
  int bad = 0;
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j) {
      double sum = 0, size = 0;
      for (int64_t p = 0; p < k; ++p) {
        sum += av[size_t(i * k + p)] * bv[size_t(p * n + j)];
        size += std::fabs(av[size_t(i * k + p)] * bv[size_t(p * n + j)]);
      }
      double err = std::fabs(g[size_t(i * n + j)] - sum);
      if (err > std::ldexp(std::fabs(sum), halfUnit) + 1e-6 * size && bad++ < 5)
        ADD_FAILURE() << what << " at (" << i << ", " << j << "): got "
                      << g[size_t(i * n + j)] << ", want " << sum;
    }
  EXPECT_EQ(bad, 0) << what;
}

TEST(HalfDtypes, MatmulAccumulatesInFloat32) {
  // Large enough for the BLAS path (numjit_sbgemm on AVX512-BF16), with
  // sizes that are not multiples of its 12 x 32 tile or its blocks, an
  // odd K, and K past one 1024-deep panel.
  for (auto [m, k, n] : {std::tuple{96, 96, 96}, std::tuple{37, 71, 53},
                         std::tuple{130, 1031, 45}, std::tuple{1, 600, 700}}) {
    std::string what = std::to_string(m) + "x" + std::to_string(k) + "x" + std::to_string(n);
    nj::Array A = bf16Matrix(m, k, 0.37), B = bf16Matrix(k, n, 0.11);
    expectProduct(nj::matmul(A, B), A, B, what + " eager");
    expectProduct(nj::jit([](nj::Array x, nj::Array y) { return nj::matmul(x, y); })(A, B), A,
                  B, what + " jit");
    // Transposed operands read in place (the routine's trans flags).
    auto tt = nj::jit([](nj::Array xt, nj::Array yt) {
      return nj::matmul(nj::transpose(xt), nj::transpose(yt));
    });
    expectProduct(tt(nj::transpose(A), nj::transpose(B)), A, B, what + " transposed");
  }
  // Row blocks on two threads give the same sums.
  int threads = nj::num_threads();
  nj::set_num_threads(2);
  nj::Array A = bf16Matrix(300, 200, 0.7), B = bf16Matrix(200, 64, 0.5);
  expectProduct(nj::matmul(A, B), A, B, "two threads");
  nj::set_num_threads(threads);
  // f16 has no product instruction here: widened, through cblas_sgemm.
  nj::Array H = nj::astype(A, nj::f16), K = nj::astype(B, nj::f16);
  expectProduct(nj::matmul(H, K), H, K, "f16", nj::f16);
}

TEST(HalfDtypes, ConversionsToAndFromEveryDtype) {
  nj::Array x = nj::array({-2.5f, 0.1f, 1e5f, -1e5f, 70000.0f, 3.0f});
  EXPECT_EQ(nj::astype(x, nj::f16).to_vector<float>(),
            (std::vector<float>{-2.5f, float(float16_t(0.1f)), INFINITY, -INFINITY, INFINITY,
                                3.0f}));
  EXPECT_EQ(nj::astype(x, nj::bf16).to_vector<float>(),
            (std::vector<float>{-2.5f, float(bfloat16_t(0.1f)), float(bfloat16_t(1e5f)),
                                float(bfloat16_t(-1e5f)), 70144.0f, 3.0f}));
  // Float to integer saturates (inf too) and truncates, as for f32.
  EXPECT_EQ(nj::astype(nj::astype(x, nj::f16), nj::i32).to_vector<int32_t>(),
            (std::vector<int32_t>{-2, 0, INT32_MAX, INT32_MIN, INT32_MAX, 3}));
  EXPECT_EQ(nj::astype(nj::astype(x, nj::bf16), nj::u8).to_vector<uint8_t>(),
            (std::vector<uint8_t>{0, 0, 255, 0, 255, 3}));
  // f16 <-> bf16 rounds once (through the exact f32), both ways.
  nj::Array h = nj::array({float16_t(0.1), float16_t(1000.5), float16_t(-0.0)});
  EXPECT_EQ(nj::astype(h, nj::bf16).to_vector<float>(),
            (std::vector<float>{float(bfloat16_t(float(float16_t(0.1)))), 1000.0f, -0.0f}));
  EXPECT_EQ(nj::astype(nj::astype(h, nj::bf16), nj::f16).dtype(), nj::f16);
  EXPECT_EQ(nj::astype(nj::array({int64_t(70000), int64_t(-3)}), nj::f16).to_vector<float>(),
            (std::vector<float>{INFINITY, -3.0f}));
  EXPECT_EQ(nj::astype(nj::array({true, false}), nj::bf16).to_vector<float>(),
            (std::vector<float>{1.0f, 0.0f}));
  EXPECT_EQ(nj::astype(h, nj::f64).to_vector<double>()[1], 1000.5);
  EXPECT_EQ(nj::astype(h, nj::bool_).to_vector<uint8_t>(), (std::vector<uint8_t>{1, 1, 0}));
}

TEST(HalfDtypes, EagerJitAndFusedAgreeBitForBit) {
  // One rounding per op in both: the fused kernel rounds each step too.
  auto f = [](nj::Array x) { return nj::tanh(x * 3.0 + 0.5) / (x * x + 1.0); };
  for (nj::DType d : {nj::f16, nj::bf16}) {
    nj::Array x = nj::astype(nj::arange(1001, nj::f32) * 0.006f - 3.0f, d);
    nj::Array eager = f(x), jitted = nj::jit(f)(x);
    EXPECT_EQ(jitted.dtype(), d);
    EXPECT_EQ(eager.to_vector<float>(), jitted.to_vector<float>()) << nj::dtype_name(d);
  }
}

TEST(HalfDtypes, GradAndVmap) {
  auto loss = [](nj::Array w) { return nj::sum(w * w * 0.5); };
  nj::Array w = nj::astype(nj::array({1.0f, -2.0f, 0.5f}), nj::bf16);
  nj::Array g = nj::grad(loss)(w);
  EXPECT_EQ(g.dtype(), nj::bf16);
  EXPECT_EQ(g.to_vector<float>(), (std::vector<float>{1.0f, -2.0f, 0.5f}));
  nj::Array gj = nj::jit(nj::grad(loss))(w);
  EXPECT_EQ(gj.to_vector<float>(), g.to_vector<float>());
  // Forward mode: d/dx of x^3 along t is 3 x^2 t, in bf16.
  auto [y, dy] = nj::jvp([](nj::Array x) { return x * x * x; }, {w},
                         {nj::astype(nj::ones({3}), nj::bf16)});
  EXPECT_EQ(dy.dtype(), nj::bf16);
  EXPECT_EQ(dy.to_vector<float>(), (std::vector<float>{3.0f, 12.0f, 0.75f}));
  EXPECT_EQ(y.to_vector<float>(), (std::vector<float>{1.0f, -8.0f, 0.125f}));
  auto rowSum = nj::vmap([](nj::Array r) { return nj::sum(nj::exp(r)); });
  nj::Array m = nj::astype(nj::reshape(nj::arange(12, nj::f32) / 11.0f, {3, 4}), nj::f16);
  nj::Array s = rowSum(m);
  EXPECT_EQ(s.dtype(), nj::f16);
  for (int64_t i = 0; i < 3; ++i) // one f16 rounding of an f32 sum: within a unit
    EXPECT_NEAR(s.to_vector<float>()[size_t(i)],
                nj::sum(nj::exp(nj::slice(m, {i, 0}, {i + 1, 4}))).item<float>(), 1e-2);
}

TEST(HalfDtypes, RandomDrawsUseSixteenBits) {
  nj::Array key = nj::random::key(42);
  // JAX's 16-bit draw: the low half of the 32-bit bits, mantissa-filled.
  std::vector<uint32_t> bits = nj::random::bits(key, {64}).to_vector<uint32_t>();
  for (auto [d, mantissa] : {std::pair{nj::f16, 10}, std::pair{nj::bf16, 7}}) {
    std::vector<float> u = nj::random::uniform(key, {64}, d).to_vector<float>();
    for (size_t i = 0; i < u.size(); ++i)
      ASSERT_EQ(u[i], std::ldexp(float((bits[i] & 0xFFFF) >> (16 - mantissa)), -mantissa))
          << nj::dtype_name(d) << " at " << i;
    nj::Array z = nj::random::normal(key, {20000}, d);
    EXPECT_EQ(z.dtype(), d);
    float mean = nj::mean(nj::astype(z, nj::f32)).item<float>();
    float var = nj::mean(nj::square(nj::astype(z, nj::f32))).item<float>();
    EXPECT_NEAR(mean, 0.0f, 0.03f) << nj::dtype_name(d);
    EXPECT_NEAR(var, 1.0f, 0.05f) << nj::dtype_name(d);
    EXPECT_LT(nj::max(nj::abs(z)).item<float>(), INFINITY);
  }
}

TEST(HalfDtypes, DLPackAndEigenShareMemory) {
  std::vector<uint16_t> storage = {0x3C00, 0x4000, 0x4200, 0x4400}; // 1, 2, 3, 4
  DLManagedTensor t{};
  int64_t shape[] = {4};
  t.dl_tensor.data = storage.data();
  t.dl_tensor.device = {kDLCPU, 0};
  t.dl_tensor.ndim = 1;
  t.dl_tensor.dtype = {kDLFloat, 16, 1};
  t.dl_tensor.shape = shape;
  nj::Array a = nj::from_dlpack(&t);
  EXPECT_EQ(a.dtype(), nj::f16);
  EXPECT_EQ(a.data(), static_cast<const void *>(storage.data()));
  EXPECT_EQ(a.to_vector<float>(), (std::vector<float>{1, 2, 3, 4}));
  DLManagedTensor *back = nj::to_dlpack(nj::astype(a, nj::bf16));
  EXPECT_EQ(back->dl_tensor.dtype.code, kDLBfloat);
  EXPECT_EQ(back->dl_tensor.dtype.bits, 16);
  EXPECT_EQ(static_cast<const uint16_t *>(back->dl_tensor.data)[3], 0x4080); // 4 in bf16
  back->deleter(back);

  Eigen::Matrix<Eigen::bfloat16, 2, 2, Eigen::RowMajor> m;
  m << Eigen::bfloat16(1.0f), Eigen::bfloat16(2.0f), Eigen::bfloat16(3.0f), Eigen::bfloat16(4.0f);
  nj::Array v = nj::view(m);
  EXPECT_EQ(v.dtype(), nj::bf16);
  EXPECT_EQ(v.data(), static_cast<const void *>(m.data()));
  auto twice = nj::jit([](nj::Array x) { return x * 2; });
  twice.into(v, v); // in place, through the writable view
  EXPECT_EQ(float(m(1, 1)), 8.0f);
}

TEST(HalfDtypes, AotKernelWithoutBF16Instructions) {
  // x86-64-v3 has no AVX512-BF16: the rounding to bf16 is the integer
  // expansion, and must give the bits the native instruction gives here.
  auto f = [](nj::Array x) { return nj::astype(nj::exp(x) * 3.0f, nj::bf16); };
  nj::aot::Options o;
  o.target = "x86-64-v3";
  nj::aot::Library lib("halfkernels", o);
  lib.add("f", f, {nj::spec({257})});
  auto g = [](nj::Array h) { return h * 2 + 1; }; // f16 in and out
  lib.add("g", g, {nj::spec({16}, nj::f16)});
  fs::path dir = fs::temp_directory_path() / ("numjit-half-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  lib.write(dir.string());
  fs::path so = dir / "libhalfkernels.so";
  std::string cmd = "cc -shared -o " + so.string() + " " + (dir / "halfkernels.o").string() +
                    " " + (dir / "halfkernels.ld").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  void *handle = ::dlopen(so.c_str(), RTLD_NOW | RTLD_LOCAL);
  ASSERT_NE(handle, nullptr) << ::dlerror();
  auto kernel = reinterpret_cast<int (*)(const float *, uint16_t *)>(::dlsym(handle, "f"));
  ASSERT_NE(kernel, nullptr);
  // Inputs whose results cover ties, NaN and infinities (not subnormals:
  // the AVX512-BF16 instruction flushes them to zero, the expansion keeps
  // them).
  std::vector<float> in(257);
  for (size_t i = 0; i < in.size(); ++i)
    in[i] = -80.0f + float(i) * 0.65f;
  in[0] = NAN;
  in[1] = INFINITY;
  in[2] = -INFINITY;
  in[3] = 89.0f; // exp overflows to inf in f32
  std::vector<uint16_t> out(in.size());
  ASSERT_EQ(kernel(in.data(), out.data()), 0);
  std::vector<float> want = nj::jit(f)(nj::array(in, {257})).to_vector<float>();
  for (size_t i = 0; i < in.size(); ++i) {
    float got = float(bfloat16_t::from_bits(out[i]));
    if (std::isnan(want[i]))
      EXPECT_TRUE(std::isnan(got)) << i;
    else
      EXPECT_EQ(got, want[i]) << i << " for " << in[i];
  }
  auto halves = reinterpret_cast<int (*)(const uint16_t *, uint16_t *)>(::dlsym(handle, "g"));
  ASSERT_NE(halves, nullptr);
  std::vector<float16_t> h(16), hout(16);
  for (size_t i = 0; i < h.size(); ++i)
    h[i] = float16_t(0.3 * double(i) - 2.0);
  ASSERT_EQ(halves(reinterpret_cast<const uint16_t *>(h.data()),
                   reinterpret_cast<uint16_t *>(hout.data())),
            0);
  std::vector<float> hwant = nj::jit(g)(nj::array(h, {16})).to_vector<float>();
  for (size_t i = 0; i < h.size(); ++i)
    EXPECT_EQ(float(hout[i]), hwant[i]) << i;
  ::dlclose(handle);
  fs::remove_all(dir);
}

} // namespace
