//===- numjit/autodiff.h - grad, value_and_grad, vjp, jvp -------*- C++ -*-===//
//
// Each transform traces the function, runs the numjit-grad (reverse) or
// numjit-jvp (forward) pass on the traced numjit IR, and applies the result:
// inlined into an enclosing trace (so jit(grad(f)), grad(grad(f)) and
// jvp(grad(f)) compose), or compiled and run when called eagerly.
//
// Functions returning a tuple follow JAX's has_aux: the first result is
// differentiated, the others are passed through.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_AUTODIFF_H
#define NUMJIT_AUTODIFF_H

#include "numjit/control.h" // detail::Located
#include "numjit/jit.h"

#include <optional>

namespace numjit {

namespace detail {

/// Reverse mode: traces `trace` on `args`, returns the primal results then
/// the cotangents of args[wrt...], seeded with `seeds` (one per result; an
/// empty span means 1 for the first result, which must be a float scalar,
/// and 0 for the rest).
std::vector<Array> vjp_call(std::span<const Array> args, std::span<const size_t> wrt,
                            std::span<const Array> seeds, const TraceFn &trace,
                            const char *op, const std::source_location &loc);
/// Forward mode: the primal results then their tangents.
std::vector<Array> jvp_call(std::span<const Array> primals,
                            std::span<const Array> tangents, const TraceFn &trace,
                            const std::source_location &loc);

/// Batching: runs the vmapped function on `args` (batched along inAxes,
/// one per Array argument) and returns its results batched along outAxes.
std::vector<Array> vmap_call(std::span<const Array> args,
                             std::span<const std::optional<int64_t>> inAxes,
                             std::span<const int64_t> outAxes, const TraceFn &trace,
                             const std::source_location &loc);

/// Position of argument `argnum` among the Array arguments; throws when it
/// is out of range or not an Array.
template <typename... Args>
size_t array_position(int argnum, const char *op, const std::source_location &loc) {
  constexpr auto idx = array_indices<Args...>();
  constexpr bool isArray[] = {is_array_v<Args>..., false};
  if (argnum < 0 || size_t(argnum) >= sizeof...(Args))
    fail(op, "argnum " + std::to_string(argnum) + " is out of range for a call with " +
                 std::to_string(sizeof...(Args)) + " arguments", loc);
  if (!isArray[argnum])
    fail(op, "argument " + std::to_string(argnum) +
                 " is static (not an Array) and cannot be differentiated", loc);
  return idx[size_t(argnum)];
}

/// The first result of R (the differentiated one, under has_aux).
template <typename R> struct Primary { using type = R; };
template <typename... T> struct Primary<std::tuple<T...>> {
  using type = std::tuple_element_t<0, std::tuple<T...>>;
};
template <typename A, typename B> struct Primary<std::pair<A, B>> { using type = A; };

template <size_t N, typename T> auto to_tuple(const std::vector<Array> &v, size_t pos) {
  return [&]<size_t... I>(std::index_sequence<I...>) {
    return std::make_tuple(v[pos + I]...);
  }(std::make_index_sequence<N>());
}

/// Reverse-mode wrapper behind grad and value_and_grad.
template <typename F, size_t N, bool WithValue, bool Tuple> class Grad {
public:
  Grad(F f, std::array<int, N> argnums, std::source_location loc)
      : f_(std::move(f)), argnums_(argnums), loc_(loc) {}

  template <typename... Args>
    requires std::is_invocable_v<const F &, const Args &...>
  auto operator()(const Args &...args) const {
    using R = std::invoke_result_t<const F &, const Args &...>;
    std::array<Array, array_indices<Args...>().back()> arrays;
    std::string key;
    collect_args(arrays, key, args...);
    std::array<size_t, N> wrt;
    for (size_t i = 0; i < N; ++i)
      wrt[i] = array_position<Args...>(argnums_[i], WithValue ? "value_and_grad" : "grad",
                                       loc_);
    std::vector<Array> flat =
        vjp_call(arrays, wrt, {}, trace_fn(f_, args...),
                 WithValue ? "value_and_grad" : "grad", loc_);
    size_t numResults = flat.size() - N;
    auto grads = [&] {
      if constexpr (!Tuple) {
        return flat[numResults];
      } else {
        return to_tuple<N, Array>(flat, numResults);
      }
    };
    if constexpr (WithValue) {
      std::vector<Array> values(flat.begin(), flat.begin() + numResults);
      size_t pos = 0;
      return std::make_pair(unflatten<R>(values, pos), grads());
    } else {
      return grads();
    }
  }

private:
  F f_;
  std::array<int, N> argnums_;
  std::source_location loc_;
};

} // namespace detail

/// The gradient of `f` (returning a float scalar) with respect to its first
/// argument: an Array of that argument's shape.
template <typename F>
auto grad(F f, std::source_location loc = std::source_location::current()) {
  return detail::Grad<F, 1, false, false>(std::move(f), {0}, loc);
}
/// Gradients with respect to the arguments `argnums`, as a std::tuple.
template <typename F, size_t N>
auto grad(F f, const int (&argnums)[N],
          std::source_location loc = std::source_location::current()) {
  std::array<int, N> a;
  std::copy(argnums, argnums + N, a.begin());
  return detail::Grad<F, N, false, true>(std::move(f), a, loc);
}
/// `std::pair(f(args...), grad(f)(args...))`, computed together.
template <typename F>
auto value_and_grad(F f, std::source_location loc = std::source_location::current()) {
  return detail::Grad<F, 1, true, false>(std::move(f), {0}, loc);
}
template <typename F, size_t N>
auto value_and_grad(F f, const int (&argnums)[N],
                    std::source_location loc = std::source_location::current()) {
  std::array<int, N> a;
  std::copy(argnums, argnums + N, a.begin());
  return detail::Grad<F, N, true, true>(std::move(f), a, loc);
}

/// The outputs of `f(args...)` and a pullback: `pullback(ct)` (one
/// cotangent per output, as f returns them) gives a std::tuple with one
/// cotangent per Array argument.
template <typename F, typename... Args> auto vjp(F f, const Args &...args) {
  static_assert((detail::is_array_v<Args> && ...), "numjit::vjp: all arguments are Arrays");
  using R = std::invoke_result_t<const F &, const Args &...>;
  std::array<Array, sizeof...(Args)> primals{args...};
  // The first cotangent records the caller's line, for error messages.
  auto pullback = [f, primals](detail::Located<Array> first, const auto &...cts) {
    std::vector<Array> seeds{first.value, Array(cts)...};
    std::array<size_t, sizeof...(Args)> wrt;
    for (size_t i = 0; i < wrt.size(); ++i)
      wrt[i] = i;
    std::vector<Array> flat = detail::vjp_call(
        primals, wrt, seeds,
        [&](std::span<const Array> traced) {
          std::vector<Array> out;
          [&]<size_t... I>(std::index_sequence<I...>) {
            detail::flatten(f(traced[I]...), out);
          }(std::index_sequence_for<Args...>());
          return out;
        },
        "vjp", first.loc);
    return detail::to_tuple<sizeof...(Args), Array>(flat, flat.size() - sizeof...(Args));
  };
  R out = f(args...);
  return std::make_pair(std::move(out), std::move(pullback));
}

/// Forward mode: `std::pair(f(primals...), directional derivative along
/// tangents)`, both shaped like f's result.
template <typename F>
auto jvp(F f, const std::vector<Array> &primals, const std::vector<Array> &tangents,
         std::source_location loc = std::source_location::current()) {
  if (primals.size() != tangents.size())
    detail::fail("jvp", std::to_string(primals.size()) + " primals but " +
                            std::to_string(tangents.size()) + " tangents", loc);
  auto call = [&](std::span<const Array> traced) {
    std::vector<Array> out;
    detail::call_with_span(f, traced, out, loc);
    return out;
  };
  using R = decltype(detail::invoke_with_arity(f, primals));
  std::vector<Array> flat = detail::jvp_call(primals, tangents, call, loc);
  std::vector<Array> values(flat.begin(), flat.begin() + flat.size() / 2);
  std::vector<Array> derivs(flat.begin() + flat.size() / 2, flat.end());
  size_t p = 0, q = 0;
  return std::make_pair(detail::unflatten<R>(values, p), detail::unflatten<R>(derivs, q));
}

/// Marks an unbatched argument in vmap's in_axes.
inline constexpr std::nullopt_t none = std::nullopt;

namespace detail {
template <typename F> class Vmap {
public:
  Vmap(F f, std::vector<std::optional<int64_t>> in, std::vector<int64_t> out,
       std::source_location loc)
      : f_(std::move(f)), in_(std::move(in)), out_(std::move(out)), loc_(loc) {}

  template <typename... Args>
    requires std::is_invocable_v<const F &, const Args &...>
  auto operator()(const Args &...args) const {
    using R = std::invoke_result_t<const F &, const Args &...>;
    constexpr auto idx = array_indices<Args...>();
    std::array<Array, idx.back()> arrays;
    std::string key;
    collect_args(arrays, key, args...);
    // One in_axes entry per argument (none for static ones); empty: all 0.
    std::vector<std::optional<int64_t>> axes(idx.back(), int64_t(0));
    if (!in_.empty()) {
      if (in_.size() != sizeof...(Args))
        fail("vmap", std::to_string(in_.size()) + " in_axes for a call with " +
                         std::to_string(sizeof...(Args)) + " arguments", loc_);
      constexpr bool isArray[] = {is_array_v<Args>..., false};
      for (size_t i = 0; i < sizeof...(Args); ++i) {
        if (isArray[i])
          axes[idx[i]] = in_[i];
        else if (in_[i])
          fail("vmap", "argument " + std::to_string(i) +
                           " is static (not an Array): its in_axes entry must be none", loc_);
      }
    }
    std::vector<Array> flat = vmap_call(arrays, axes, out_, trace_fn(f_, args...), loc_);
    size_t pos = 0;
    return unflatten<R>(flat, pos);
  }

private:
  F f_;
  std::vector<std::optional<int64_t>> in_;
  std::vector<int64_t> out_;
  std::source_location loc_;
};
} // namespace detail

/// Maps `f` over an axis of its arguments: in_axes has one entry per
/// argument (an axis, possibly negative, or `none`), or is empty for axis 0
/// everywhere; out_axes has one entry per result, or one for all (default 0).
template <typename F>
auto vmap(F f, std::vector<std::optional<int64_t>> in_axes = {},
          std::vector<int64_t> out_axes = {},
          std::source_location loc = std::source_location::current()) {
  return detail::Vmap<F>(std::move(f), std::move(in_axes), std::move(out_axes), loc);
}

} // namespace numjit

#endif // NUMJIT_AUTODIFF_H
