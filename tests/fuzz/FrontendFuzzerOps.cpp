//===- FrontendFuzzerOps.cpp - The op table: Interpreter::step ------------===//
//
// One case per op: its arguments chosen from the input's bytes and from the
// values so far (kept small: kMaxElements), its result pushed and logged.
// Every choice is read the same way whatever the mode, so that eager, traced
// and differentiated runs make the same program.
//
//===----------------------------------------------------------------------===//

#include "FrontendFuzzer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace njfuzz {

void Interpreter::step(Op op) {
  size_t ia = pick();
  Array a = vals_[ia];
  // Bodies of control flow take numbers (negating a bool is an error).
  if ((op == Cond || op == ForiLoop || op == WhileLoop || op == Scan) && a.dtype() == nj::bool_) {
    push(nj::astype(a, nj::i32), fmt("astype(v%zu, int32)", ia));
    ia = vals_.size() - 1;
    a = vals_[ia];
  }
  const Shape &sa = a.shape();
  int64_t rank = a.ndim();
  switch (op) {
  case Unary: {
    const NamedUnary &u = kUnary[r_.below(kNumUnary)];
    return push(u.fn(a, std::source_location::current()), fmt("%s(v%zu)", u.name, ia));
  }
  case Binary: {
    const NamedBinary &b = kBinary[r_.below(8)];
    auto ib = pickBroadcastable(sa);
    if (!ib)
      return push(b.fn(a, a, std::source_location::current()), fmt("%s(v%zu, v%zu)", b.name, ia, ia));
    bool swap = r_.flip();
    size_t x = swap ? *ib : ia, y = swap ? ia : *ib;
    return push(b.fn(vals_[x], vals_[y], std::source_location::current()),
                fmt("%s(v%zu, v%zu)", b.name, x, y));
  }
  case Scalar: { // weakly typed C++ scalars on either side
    const NamedBinary &b = kBinary[r_.below(8)];
    bool isFloat = r_.flip();
    double s = isFloat ? double(r_.range(-16, 16)) / 4 : double(r_.range(-3, 3));
    bool left = r_.oneIn(3);
    Array out = isFloat ? (left ? b.fn(s, a, std::source_location::current())
                                : b.fn(a, s, std::source_location::current()))
                        : (left ? b.fn(int(s), a, std::source_location::current())
                                : b.fn(a, int(s), std::source_location::current()));
    std::string lit = isFloat ? fmt("%g", s) : fmt("%d", int(s));
    return push(out, left ? fmt("%s(%s, v%zu)", b.name, lit.c_str(), ia)
                          : fmt("%s(v%zu, %s)", b.name, ia, lit.c_str()));
  }
  case Compare:
  case CompareWhere: {
    const NamedBinary &c = kCompare[r_.below(6)];
    auto ib = pickBroadcastable(sa);
    size_t b = ib ? *ib : ia;
    Array pred = c.fn(a, vals_[b], std::source_location::current());
    std::string text = fmt("%s(v%zu, v%zu)", c.name, ia, b);
    if (op == Compare)
      return push(pred, text);
    auto ix = pickBroadcastable(pred.shape());
    size_t x = ix ? *ix : ia;
    auto iy = pickBroadcastable(pred.shape());
    size_t y = iy ? *iy : ia;
    if (!broadcastShapes(*broadcastShapes(pred.shape(), vals_[x].shape()), vals_[y].shape()))
      y = x;
    if (r_.oneIn(4))
      return push(nj::where(pred, vals_[x], 0.5),
                  fmt("where(%s, v%zu, 0.5)", text.c_str(), x));
    return push(nj::where(pred, vals_[x], vals_[y]),
                fmt("where(%s, v%zu, v%zu)", text.c_str(), x, y));
  }
  case Reduce: {
    static const char *names[] = {"sum", "prod", "max", "min", "mean", "logsumexp"};
    unsigned k = r_.below(6);
    bool keep = r_.flip();
    nj::Axes axes;
    std::string axesText = "all";
    if (rank > 0 && r_.below(3) != 0) {
      std::vector<int64_t> ax;
      for (int64_t d = 0; d < rank; ++d)
        if (r_.flip())
          ax.push_back(r_.oneIn(3) ? d - rank : d);
      axes = ax;
      axesText = list(ax);
    }
    // max/min/logsumexp of nothing: an error in both modes, fine but rare.
    Array out;
    switch (k) {
    case 0: out = nj::sum(a, axes, keep); break;
    case 1: out = nj::prod(a, axes, keep); break;
    case 2: out = nj::max(a, axes, keep); break;
    case 3: out = nj::min(a, axes, keep); break;
    case 4: out = nj::mean(a, axes, keep); break;
    default: out = nj::logsumexp(a, axes, keep); break;
    }
    return push(out, fmt("%s(v%zu, %s, keepdims=%d)", names[k], ia, axesText.c_str(), keep));
  }
  case ArgMax: {
    bool keep = r_.flip();
    if (rank == 0 || r_.oneIn(3))
      return push(nj::argmax(a, std::nullopt, keep), fmt("argmax(v%zu, keepdims=%d)", ia, keep));
    int64_t ax = axisOf(rank);
    return push(nj::argmax(a, ax, keep), fmt("argmax(v%zu, %lld, keepdims=%d)", ia, (long long)ax, keep));
  }
  case Softmax: {
    if (rank == 0)
      return push(nj::exp(a), fmt("exp(v%zu)", ia));
    int64_t ax = axisOf(rank);
    return push(nj::softmax(a, ax), fmt("softmax(v%zu, %lld)", ia, (long long)ax));
  }
  case Reshape: {
    int64_t n = a.size();
    Shape s;
    unsigned newRank = r_.below(4);
    int64_t left = n;
    for (unsigned d = 0; d + 1 < newRank; ++d) {
      if (left == 0) { // any sizes, the last one 0
        s.push_back(r_.range(0, 3));
        continue;
      }
      std::vector<int64_t> divisors;
      for (int64_t k = 1; k <= left; ++k)
        if (left % k == 0)
          divisors.push_back(k);
      int64_t k = divisors[r_.below(unsigned(divisors.size()))];
      s.push_back(k);
      left /= k;
    }
    if (newRank > 0)
      s.push_back(left);
    else if (n != 1)
      s.push_back(n); // rank 0 holds one element only
    if (!s.empty() && n > 0 && r_.oneIn(3))
      s[r_.below(unsigned(s.size()))] = -1;
    return push(nj::reshape(a, s), fmt("reshape(v%zu, %s)", ia, list(s).c_str()));
  }
  case Transpose: {
    if (r_.oneIn(3))
      return push(nj::transpose(a), fmt("transpose(v%zu)", ia));
    std::vector<int64_t> perm(rank);
    for (int64_t i = 0; i < rank; ++i)
      perm[i] = i;
    for (int64_t i = rank - 1; i > 0; --i)
      std::swap(perm[i], perm[r_.below(unsigned(i + 1))]);
    return push(nj::transpose(a, perm), fmt("transpose(v%zu, %s)", ia, list(perm).c_str()));
  }
  case ExpandSqueeze: {
    std::vector<int64_t> ones;
    for (int64_t d = 0; d < rank; ++d)
      if (sa[d] == 1)
        ones.push_back(d);
    if (rank < 3 && (ones.empty() || r_.flip())) {
      int64_t ax = r_.range(-rank - 1, rank);
      return push(nj::expand_dims(a, ax), fmt("expand_dims(v%zu, %lld)", ia, (long long)ax));
    }
    if (ones.empty() || r_.flip())
      return push(nj::squeeze(a), fmt("squeeze(v%zu)", ia));
    int64_t ax = ones[r_.below(unsigned(ones.size()))];
    return push(nj::squeeze(a, ax), fmt("squeeze(v%zu, %lld)", ia, (long long)ax));
  }
  case BroadcastTo: {
    Shape s;
    unsigned lead = r_.below(3);
    for (unsigned i = 0; i < lead && s.size() + sa.size() < 4; ++i)
      s.push_back(r_.range(0, 3));
    for (int64_t d : sa)
      s.push_back(d == 1 ? r_.range(0, 3) : d);
    if (numel(s) > kMaxElements)
      s = sa;
    return push(nj::broadcast_to(a, s), fmt("broadcast_to(v%zu, %s)", ia, list(s).c_str()));
  }
  case Slice: {
    std::vector<int64_t> start, limit, strides;
    for (int64_t d : sa) {
      int64_t lo = r_.range(0, d);
      start.push_back(lo);
      limit.push_back(r_.range(lo, d));
      strides.push_back(r_.range(1, 3));
    }
    return push(nj::slice(a, start, limit, strides),
                fmt("slice(v%zu, %s, %s, %s)", ia, list(start).c_str(), list(limit).c_str(),
                    list(strides).c_str()));
  }
  case Concatenate: {
    if (rank == 0)
      return push(nj::expand_dims(a, 0), fmt("expand_dims(v%zu, 0)", ia));
    int64_t ax = r_.range(0, rank - 1);
    std::vector<Array> parts{a};
    std::string text = fmt("concatenate({v%zu", ia);
    unsigned more = 1 + r_.below(2);
    for (size_t i = 0; i < vals_.size() && more > 0; ++i) {
      const Array &b = vals_[(ia + 1 + i) % vals_.size()];
      if (b.ndim() != rank || (p_.f64Only && b.dtype() != nj::f64))
        continue;
      bool ok = true;
      for (int64_t d = 0; d < rank; ++d)
        ok &= d == ax || b.shape()[d] == sa[d];
      if (ok && (int64_t(parts.size()) + 1) * a.size() <= kMaxElements) {
        parts.push_back(b);
        text += fmt(", v%zu", (ia + 1 + i) % vals_.size());
        --more;
      }
    }
    return push(nj::concatenate(parts, ax), text + fmt("}, %lld)", (long long)ax));
  }
  case AsType: {
    const DType to[] = {nj::f32, nj::f64, nj::i32, nj::bool_};
    DType d = to[r_.below(4)];
    return push(nj::astype(a, d), fmt("astype(v%zu, %s)", ia, str(d).c_str()));
  }
  case MatMul: {
    if (rank == 0 || rank > 2)
      return push(nj::sum(a, {}, true), fmt("sum(v%zu, all, keepdims=1)", ia));
    int64_t inner = sa.back();
    // Another value with that inner size, or a constant one.
    for (size_t i = 0; i < vals_.size(); ++i) {
      const Array &b = vals_[i];
      if (b.ndim() >= 1 && b.ndim() <= 2 && b.shape()[0] == inner && r_.flip() &&
          (!p_.f64Only || b.dtype() == nj::f64))
        return push(r_.flip() ? nj::matmul(a, b) : nj::dot(a, b),
                    fmt("matmul(v%zu, v%zu)", ia, i));
    }
    Shape sb{inner};
    if (r_.flip())
      sb.push_back(r_.range(1, 3));
    std::string text;
    Array b = constant(sb, p_.f64Only ? nj::f64 : nj::f32, -2, 2, text);
    return push(nj::matmul(a, b), fmt("matmul(v%zu, %s)", ia, text.c_str()));
  }
  case Take: {
    std::optional<int64_t> axis;
    int64_t n = a.size();
    if (rank > 0 && r_.below(3) != 0) {
      axis = axisOf(rank);
      n = sa[size_t((*axis + rank) % rank)];
    }
    Shape is = decodeIndexShape();
    std::string text;
    Array idx = constant(is, nj::i32, -n - 2, n + 1, text); // out of range: clamped
    if (n == 0 || numel(is) * std::max<int64_t>(a.size(), 1) > kMaxElements * 4)
      return push(nj::negative(a), fmt("negative(v%zu)", ia));
    std::string ax = axis ? std::to_string(*axis) : "none";
    return push(nj::take(a, idx, axis), fmt("take(v%zu, %s, %s)", ia, text.c_str(), ax.c_str()));
  }
  case TakeAlongAxis: {
    if (rank == 0)
      return push(nj::abs(a), fmt("abs(v%zu)", ia));
    int64_t ax = axisOf(rank);
    size_t d = size_t((ax + rank) % rank);
    Shape is = sa;
    is[d] = r_.range(1, 3);
    int64_t n = sa[d];
    std::string text;
    Array idx = constant(is, nj::i32, -n, std::max<int64_t>(n - 1, 0), text);
    return push(nj::take_along_axis(a, idx, ax),
                fmt("take_along_axis(v%zu, %s, %lld)", ia, text.c_str(), (long long)ax));
  }
  case DynamicSlice:
  case DynamicUpdateSlice: {
    std::vector<nj::Operand> starts;
    std::vector<int64_t> sizes;
    std::string text;
    for (int64_t d : sa) {
      sizes.push_back(r_.range(0, d));
      // A C++ start (out of range: clamped), or a traced integer scalar.
      if (!p_.f64Only && r_.oneIn(3)) {
        std::optional<size_t> src;
        for (size_t i = 0; i < vals_.size(); ++i)
          if (vals_[i].dtype() == nj::i32 && vals_[i].size() > 0)
            src = i;
        if (src) {
          starts.push_back(nj::clip(nj::max(vals_[*src]), -8, 8));
          text += fmt("clip(max(v%zu), -8, 8) ", *src);
          continue;
        }
      }
      int64_t s = r_.range(-2, d + 1);
      starts.push_back(s);
      text += std::to_string(s) + " ";
    }
    if (op == DynamicSlice)
      return push(nj::dynamic_slice(a, starts, sizes),
                  fmt("dynamic_slice(v%zu, [%s], %s)", ia, text.c_str(), list(sizes).c_str()));
    // The update: a slice of some value of that dtype.
    std::vector<int64_t> zero(size_t(rank), 0), ones(size_t(rank), 1);
    size_t iu = pick();
    Array u = nj::astype(vals_[iu], a.dtype());
    std::string utext = fmt("astype(v%zu)", iu);
    if (u.ndim() != rank) {
      u = nj::full(Shape(sizes.begin(), sizes.end()), 3, a.dtype());
      utext = "full(" + list(sizes) + ", 3)";
    } else {
      std::vector<int64_t> lim;
      for (int64_t d = 0; d < rank; ++d)
        lim.push_back(std::min(sizes[d], u.shape()[d]));
      u = nj::slice(u, zero, lim, ones);
      utext = "slice(" + utext + ", " + list(lim) + ")";
    }
    return push(nj::dynamic_update_slice(a, u, starts),
                fmt("dynamic_update_slice(v%zu, %s, [%s])", ia, utext.c_str(), text.c_str()));
  }
  case ScatterAdd: {
    std::optional<int64_t> axis;
    int64_t n = a.size();
    if (rank > 0 && r_.flip()) {
      axis = axisOf(rank);
      n = sa[size_t((*axis + rank) % rank)];
    }
    if (n == 0)
      return push(nj::negative(a), fmt("negative(v%zu)", ia));
    Shape is{r_.range(0, 4)};
    std::string text, utext;
    Array idx = constant(is, nj::i32, -n, n - 1, text);
    size_t iu = pick();
    Array upd = scalarFrom(iu, utext);
    upd = nj::astype(upd, a.dtype());
    std::string ax = axis ? std::to_string(*axis) : "none";
    return push(nj::scatter_add(a, idx, upd, axis),
                fmt("scatter_add(v%zu, %s, astype(%s), %s)", ia, text.c_str(), utext.c_str(),
                    ax.c_str()));
  }
  case OneHot: {
    if (a.dtype() != nj::i32 || a.size() * 4 > kMaxElements)
      return push(nj::cumsum(a), fmt("cumsum(v%zu)", ia));
    int64_t n = r_.range(0, 4);
    return push(nj::one_hot(a, n), fmt("one_hot(v%zu, %lld)", ia, (long long)n));
  }
  case Cumulative: {
    bool prod = r_.flip();
    std::optional<int64_t> axis;
    if (rank > 0 && r_.below(3) != 0)
      axis = axisOf(rank);
    std::string ax = axis ? std::to_string(*axis) : "none";
    return push(prod ? nj::cumprod(a, axis) : nj::cumsum(a, axis),
                fmt("%s(v%zu, %s)", prod ? "cumprod" : "cumsum", ia, ax.c_str()));
  }
  case Sort:
  case ArgSort: {
    std::optional<int64_t> axis = -1;
    if (rank == 0 || r_.oneIn(4))
      axis = std::nullopt;
    else if (r_.flip())
      axis = axisOf(rank);
    bool desc = r_.flip();
    std::string ax = axis ? std::to_string(*axis) : "none";
    if (op == Sort)
      return push(nj::sort(a, axis, desc), fmt("sort(v%zu, %s, desc=%d)", ia, ax.c_str(), desc));
    return push(nj::argsort(a, axis, desc), fmt("argsort(v%zu, %s, desc=%d)", ia, ax.c_str(), desc));
  }
  case TopK: {
    if (rank == 0)
      return push(nj::sign(a), fmt("sign(v%zu)", ia));
    int64_t k = r_.range(0, sa.back());
    auto [values, indices] = nj::top_k(a, k);
    if (p_.f64Only || r_.flip())
      return push(values, fmt("top_k(v%zu, %lld).values", ia, (long long)k));
    return push(indices, fmt("top_k(v%zu, %lld).indices", ia, (long long)k));
  }
  case Bitwise: {
    const NamedBinary &b = kBitwise[r_.below(6)];
    Array x = a.dtype() == nj::i32 || a.dtype() == nj::bool_ ? a : nj::astype(a, nj::i32);
    Array y;
    std::string ytext;
    if (r_.flip()) {
      int s = int(r_.range(-1, 33));
      y = nj::array(int32_t(s));
      ytext = std::to_string(s);
    } else {
      auto ib = pickBroadcastable(sa);
      size_t i = ib ? *ib : ia;
      y = vals_[i].dtype() == x.dtype() ? vals_[i] : nj::astype(vals_[i], x.dtype());
      ytext = fmt("v%zu", i);
    }
    if (x.dtype() == nj::bool_ && b.fn != nj::bitwise_and && b.fn != nj::bitwise_or &&
        b.fn != nj::bitwise_xor)
      return push(nj::bitwise_not(x), fmt("bitwise_not(v%zu)", ia));
    return push(b.fn(x, y, std::source_location::current()),
                fmt("%s(v%zu, %s)", b.name, ia, ytext.c_str()));
  }
  case Clip: {
    double lo = double(r_.range(-8, 4)) / 2, hi = lo + double(r_.range(0, 8)) / 2;
    return push(nj::clip(a, lo, hi), fmt("clip(v%zu, %g, %g)", ia, lo, hi));
  }
  case Cond: {
    // Every choice is made here, not in the branches: eagerly only one
    // branch runs, in a trace both do.
    size_t ip = pick(), ic = pick();
    double t = double(r_.range(-4, 4)) / 2;
    unsigned kt = r_.below(8), kf = r_.below(8);
    std::string ctext;
    Array cap = scalarFrom(ic, ctext);
    if (p_.f64Only)
      cap = nj::astype(cap, nj::f64);
    Array pred = vals_[ip].size() == 0 ? nj::array(true) : nj::max(vals_[ip]) > t;
    Array out = nj::cond(
        pred, [&](const Array &x) { return body(kt, x, cap); },
        [&](const Array &x) { return body(kf, x, cap); }, a);
    return push(out, fmt("cond(max(v%zu) > %g, body%u, body%u, v%zu; cap=%s)", ip, t, kt, kf,
                         ia, ctext.c_str()));
  }
  case ForiLoop: {
    int n = int(r_.range(0, 4));
    unsigned kb = r_.below(8);
    bool useIndex = r_.flip();
    size_t ic = pick();
    std::string ctext;
    Array cap = scalarFrom(ic, ctext);
    if (p_.f64Only)
      cap = nj::astype(cap, nj::f64);
    Array out = nj::fori_loop(
        0, n,
        [&](const Array &i, const Array &c) {
          Array next = body(kb, c, cap);
          return useIndex ? nj::astype(next + nj::astype(i, c.dtype()) * 0.25, c.dtype()) : next;
        },
        a);
    return push(out, fmt("fori_loop(0, %d, body%u%s, v%zu; cap=%s)", n, kb,
                         useIndex ? " + i/4" : "", ia, ctext.c_str()));
  }
  case WhileLoop: {
    int n = int(r_.range(0, 3));
    unsigned kb = r_.below(8);
    size_t ic = pick();
    std::string ctext;
    Array cap = scalarFrom(ic, ctext);
    auto [count, out] = nj::while_loop(
        [&](const std::pair<Array, Array> &c) { return c.first < n; },
        [&](const std::pair<Array, Array> &c) {
          return std::pair<Array, Array>{c.first + 1, body(kb, c.second, cap)};
        },
        std::pair<Array, Array>{nj::array(int32_t(0)), a});
    (void)count;
    return push(out, fmt("while_loop(i < %d, body%u, v%zu; cap=%s)", n, kb, ia, ctext.c_str()));
  }
  case Scan: {
    if (rank == 0)
      return push(nj::cos(a), fmt("cos(v%zu)", ia));
    bool reverse = r_.flip();
    unsigned kb = r_.below(8);
    Shape cs(sa.begin() + 1, sa.end());
    Array init = nj::zeros(cs, a.dtype());
    auto [carry, ys] = nj::scan(
        [&](const Array &c, const Array &x) {
          Array next = nj::astype(c + body(kb, x, nj::array(0.5)), c.dtype());
          return std::pair<Array, Array>{next, c * x};
        },
        init, a, reverse);
    if (r_.flip())
      return push(carry, fmt("scan(body%u, zeros, v%zu, reverse=%d).carry", kb, ia, reverse));
    return push(ys, fmt("scan(body%u, zeros, v%zu, reverse=%d).ys", kb, ia, reverse));
  }
  case Invalid:
  default: {
    // Bad arguments on purpose: both modes must throw numjit::Error.
    switch (r_.below(5)) {
    case 0:
      return push(nj::sum(a, rank + 1), fmt("sum(v%zu, %lld) [bad axis]", ia, (long long)rank + 1));
    case 1:
      return push(nj::reshape(a, {a.size() + 1}), fmt("reshape(v%zu, {%lld}) [bad size]", ia,
                                                      (long long)a.size() + 1));
    case 2: {
      Array b = nj::zeros({6}, a.dtype());
      return push(a + b, fmt("add(v%zu, zeros({6})) [bad broadcast]", ia));
    }
    case 3: {
      std::vector<int64_t> perm(size_t(rank) + 1, 0);
      return push(nj::transpose(a, perm), fmt("transpose(v%zu, %s) [bad perm]", ia, list(perm).c_str()));
    }
    default:
      return push(nj::slice(a, std::vector<int64_t>(size_t(rank), 0),
                            std::vector<int64_t>(size_t(rank), 9)),
                  fmt("slice(v%zu, 0, 9) [bad limit]", ia));
    }
  }
  }
}

} // namespace njfuzz
