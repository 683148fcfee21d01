//===- numjit/control.h - cond, while_loop, fori_loop, scan -----*- C++ -*-===//
//
// Structured control flow with jax.lax's names and semantics. Inside a trace
// (jit, grad, vmap, ...) each body is traced once into a region of one
// numjit op, whatever the trip count; outside a trace they run as the C++
// they stand for. Carries, operands and results are an Array, a
// std::tuple/std::pair of Arrays or a std::vector<Array>.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_CONTROL_H
#define NUMJIT_CONTROL_H

#include "numjit/jit.h"

namespace numjit {

namespace detail {

/// A value with the source location of the expression that made it: a
/// parameter of this type records the caller's line before a parameter pack.
template <typename T> struct Located {
  template <typename U>
    requires std::is_convertible_v<U, T>
  Located(U &&value, std::source_location loc = std::source_location::current())
      : value(std::forward<U>(value)), loc(loc) {}
  T value;
  std::source_location loc;
};

/// Rebuilds a value of `like`'s structure (vector sizes included) from
/// `flat` starting at `pos`.
template <typename R> R unflatten_like(const R &like, std::span<const Array> flat, size_t &pos) {
  if constexpr (std::is_same_v<R, Array>) {
    return flat[pos++];
  } else if constexpr (std::is_same_v<R, std::vector<Array>>) {
    std::vector<Array> out(flat.begin() + pos, flat.begin() + pos + like.size());
    pos += like.size();
    return out;
  } else {
    return [&]<size_t... I>(std::index_sequence<I...>) {
      return R{unflatten_like(std::get<I>(like), flat, pos)...};
    }(std::make_index_sequence<std::tuple_size_v<R>>());
  }
}
/// A loop bound as an Array.
template <typename T> Array bound(const T &b) {
  if constexpr (std::is_same_v<T, Array>)
    return b;
  else
    return array(int64_t(b));
}
template <typename R> std::vector<Array> flat(const R &r) {
  std::vector<Array> out;
  flatten(r, out);
  return out;
}

std::vector<Array> cond_call(const Array &pred, const TraceFn &on_true,
                             const TraceFn &on_false, std::span<const Array> operands,
                             const std::source_location &loc);
/// `cond` maps the carries to one predicate; `body` to the next carries.
std::vector<Array> while_call(const TraceFn &cond, const TraceFn &body,
                              std::span<const Array> init, const std::source_location &loc);
/// `body` maps (index, carries...) to the next carries.
std::vector<Array> fori_call(int64_t lo, int64_t hi, const TraceFn &body,
                             std::span<const Array> init, const std::source_location &loc);
std::vector<Array> fori_call(const Array &lo, const Array &hi, const TraceFn &body,
                             std::span<const Array> init, const std::source_location &loc);
/// `body` maps (carries..., slices of xs...) to (carries..., ys...); gives
/// the final carries then the stacked ys.
std::vector<Array> scan_call(const TraceFn &body, std::span<const Array> init,
                             std::span<const Array> xs, bool reverse,
                             const std::source_location &loc);

} // namespace detail

/// `true_fn(operands...)` if the scalar `pred` (bool or integer) is true,
/// else `false_fn(operands...)` (jax.lax.cond). Inside a trace both branches
/// are traced and must return the same structure, shapes and dtypes.
template <typename T, typename F, typename... Ops>
auto cond(detail::Located<Array> pred, const T &true_fn, const F &false_fn,
          const Ops &...operands) {
  using R = std::invoke_result_t<const T &, const Ops &...>;
  static_assert(std::is_same_v<R, std::invoke_result_t<const F &, const Ops &...>>,
                "numjit::cond: both branches must return the same C++ type");
  std::vector<Array> flat;
  (detail::flatten(operands, flat), ...);
  auto branch = [&](const auto &fn) {
    return [&](std::span<const Array> args) {
      size_t pos = 0;
      std::tuple<Ops...> rebuilt{detail::unflatten_like(operands, args, pos)...};
      return detail::flat(std::apply(fn, rebuilt));
    };
  };
  auto on_true = branch(true_fn);
  auto on_false = branch(false_fn);
  std::vector<Array> out = detail::cond_call(pred.value, on_true, on_false, flat, pred.loc);
  size_t pos = 0;
  return detail::unflatten<R>(out, pos);
}

/// `while (cond_fn(c)) c = body_fn(c);` on the carry `init`
/// (jax.lax.while_loop). Differentiable in forward mode (jvp) only.
template <typename C, typename B, typename Carry>
Carry while_loop(const C &cond_fn, const B &body_fn, const Carry &init,
                 std::source_location loc = std::source_location::current()) {
  auto rebuild = [&](std::span<const Array> args) {
    size_t pos = 0;
    return detail::unflatten_like(init, args, pos);
  };
  auto cond = [&](std::span<const Array> args) {
    return std::vector<Array>{Array(cond_fn(rebuild(args)))};
  };
  auto body = [&](std::span<const Array> args) { return detail::flat(body_fn(rebuild(args))); };
  std::vector<Array> out = detail::while_call(cond, body, detail::flat(init), loc);
  size_t pos = 0;
  return detail::unflatten_like(init, std::span<const Array>(out), pos);
}

/// `for (i = lo; i < hi; ++i) c = body(i, c);` (jax.lax.fori_loop). With C++
/// integer bounds (or concrete Arrays) it is a scan of hi - lo steps and
/// reverse-differentiable; with traced bounds a while_loop. `i` is an i32
/// scalar for C++ bounds, else of the bounds' dtype.
template <typename Lo, typename Hi, typename B, typename Carry>
  requires((std::is_integral_v<Lo> || std::is_same_v<Lo, Array>) &&
           (std::is_integral_v<Hi> || std::is_same_v<Hi, Array>))
Carry fori_loop(const Lo &lo, const Hi &hi, const B &body_fn, const Carry &init,
                std::source_location loc = std::source_location::current()) {
  auto body = [&](std::span<const Array> args) {
    size_t pos = 1;
    return detail::flat(body_fn(args[0], detail::unflatten_like(init, args, pos)));
  };
  std::vector<Array> flat = detail::flat(init), out;
  if constexpr (std::is_integral_v<Lo> && std::is_integral_v<Hi>)
    out = detail::fori_call(int64_t(lo), int64_t(hi), body, flat, loc);
  else
    out = detail::fori_call(detail::bound(lo), detail::bound(hi), body, flat, loc);
  size_t pos = 0;
  return detail::unflatten_like(init, std::span<const Array>(out), pos);
}

/// jax.lax.scan: for each slice x of `xs` along axis 0 (last to first when
/// `reverse`), `(c, y) = f(c, x)`; gives the final carry and the ys stacked
/// along a new axis 0. `f` returns a std::pair (or 2-tuple) of carry and y.
template <typename F, typename Carry, typename Xs>
auto scan(const F &f, const Carry &init, const Xs &xs, bool reverse = false,
          std::source_location loc = std::source_location::current()) {
  using R = std::invoke_result_t<const F &, const Carry &, const Xs &>;
  using Y = std::remove_cvref_t<std::tuple_element_t<1, R>>;
  std::vector<Array> flatInit = detail::flat(init), flatXs = detail::flat(xs);
  auto body = [&](std::span<const Array> args) {
    size_t pos = 0;
    Carry c = detail::unflatten_like(init, args, pos);
    Xs x = detail::unflatten_like(xs, args, pos);
    auto [next, y] = f(c, x);
    std::vector<Array> out = detail::flat(static_cast<const Carry &>(next));
    detail::flatten(static_cast<const Y &>(y), out);
    return out;
  };
  std::vector<Array> out = detail::scan_call(body, flatInit, flatXs, reverse, loc);
  size_t pos = 0;
  Carry carry = detail::unflatten_like(init, std::span<const Array>(out), pos);
  return std::pair<Carry, Y>{std::move(carry), detail::unflatten<Y>(out, pos)};
}

} // namespace numjit

#endif // NUMJIT_CONTROL_H
