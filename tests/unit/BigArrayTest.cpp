//===- BigArrayTest.cpp - Arrays past 2^31 elements -----------------------===//
//
// Index arithmetic is 64-bit everywhere: a reduction and an elementwise op
// over 2^31 + 64 elements are right at both ends and in the middle, and a
// sum of bools converted to i64 inside jit counts exactly without making
// the 16 GiB i64 array. About 4.5 GiB of memory and a few seconds; these
// tests are their own binary, labelled `big` (ctest -L big / -LE big).
//
//===----------------------------------------------------------------------===//

#include <numjit/numjit.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

namespace nj = numjit;

namespace {

constexpr int64_t kN = (int64_t(1) << 31) + 64;

/// Whether element i is true: every third, and the last 64.
bool pattern(int64_t i) { return i % 3 == 0 || i >= kN - 64; }

TEST(BigArrays, SumOfBoolsAsI64PastTwoTo31IsExact) {
  std::unique_ptr<bool[]> data(new bool[size_t(kN)]);
  int64_t want = 0;
  for (int64_t i = 0; i < kN; ++i) {
    data[size_t(i)] = pattern(i);
    want += data[size_t(i)];
  }
  nj::Array b = nj::view(static_cast<const bool *>(data.get()), {kN});
  auto count = nj::jit([](nj::Array x) { return nj::sum(nj::astype(x, nj::i64)); });
  // Fused: the conversion happens inside the reduction's loop, so the
  // kernel allocates no 2^31-element buffer.
  std::string buffers = count.lower(b).as_text(nj::Stage::Bufferized);
  EXPECT_EQ(buffers.find("2147483712xi64"), std::string::npos) << buffers;
  EXPECT_NE(buffers.find("2147483712xi1"), std::string::npos) << buffers;
  nj::Array got = count(b);
  EXPECT_EQ(got.dtype(), nj::i64);
  EXPECT_EQ(got.item<int64_t>(), want);
}

TEST(BigArrays, ElementwiseOpPastTwoTo31IsRightAtBothEnds) {
  // 64-byte aligned, so into streams into `out` instead of a temporary.
  auto aligned = [] {
    return std::unique_ptr<uint8_t[], void (*)(void *)>(
        static_cast<uint8_t *>(std::aligned_alloc(64, size_t(kN))), std::free);
  };
  auto in = aligned(), out = aligned();
  ASSERT_TRUE(in && out);
  for (int64_t i = 0; i < kN; ++i)
    in[size_t(i)] = uint8_t(i * 7);
  nj::Array x = nj::view(static_cast<const uint8_t *>(in.get()), {kN});
  nj::Array y = nj::view(out.get(), {kN});
  nj::jit([](nj::Array v) { return v * 3 + 1; }).into(y, x);
  auto expect = [&](int64_t i) {
    ASSERT_EQ(out[size_t(i)], uint8_t(in[size_t(i)] * 3 + 1)) << "at " << i;
  };
  for (int64_t i = 0; i < 4096; ++i) {
    expect(i);
    expect(kN - 1 - i);
  }
  for (int64_t i = (int64_t(1) << 31) - 4096; i < kN; ++i) // across 2^31
    expect(i);
  for (int64_t i = 0; i < kN; i += 999983)
    expect(i);
}

} // namespace
