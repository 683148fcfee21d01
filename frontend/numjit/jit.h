//===- numjit/jit.h - jit() on C++ callables --------------------*- C++ -*-===//
//
// jit(f) traces `f` once per input signature (shapes, dtypes and the values
// of its static, non-Array arguments) into the numjit dialect, compiles it,
// and later calls go straight to the compiled code.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_JIT_H
#define NUMJIT_JIT_H

#include "numjit/array.h"

#include <array>
#include <cstring>
#include <functional>
#include <iterator>
#include <memory>
#include <source_location>
#include <span>
#include <string>
#include <tuple>
#include <utility>

namespace numjit {

/// The stages of a compile, in order; each can be dumped or read back.
enum class Stage : unsigned {
  Traced = 1,  ///< numjit dialect as traced, with source locations
  Transformed, ///< after grad/jvp/vmap, canonicalize and CSE
  Linalg,      ///< linalg, tensor, arith, math on tensors
  Fused,       ///< after fusion
  Bufferized,  ///< memrefs, results as out-parameters
  Loops,       ///< scf loops
  LLVMDialect, ///< MLIR's LLVM dialect with the kernel entry point
  LLVMIR,      ///< LLVM IR after optimization
  Assembly,    ///< host assembly
  GPU,         ///< CUDA targets: kernels outlined into a gpu.module (after Loops)
  PTX,         ///< CUDA targets: the kernels' PTX (before LLVMDialect, the host code)
};

/// Where a jit()ed function runs: the host CPU (the default) or an NVIDIA
/// GPU of one architecture.
/// How one argument or result of a sharded jit is laid out over a 1-d mesh
/// of ranks (nj::shard, nj::replicated in numjit/distributed.h): split along
/// tensor dimension `dim` over the mesh axis `axis`, or whole on every rank
/// (empty axis).
struct ShardSpec {
  std::string axis;
  int64_t dim = -1;
};
/// A jit's in and out shardings over a mesh (nj::sharding).
struct Sharding {
  std::string axis; ///< the mesh's axis name
  int mesh_size = 1, rank = 0;
  std::vector<ShardSpec> in, out;
};

class Target {
public:
  /// "host" or "cuda:sm_XX".
  const std::string &name() const { return name_; }
  bool is_cuda() const { return name_.rfind("cuda:", 0) == 0; }
  /// The sharding of a jit(f, nj::sharding(...)), or null.
  const Sharding *sharding() const { return sharding_.get(); }
  bool operator==(const Target &) const = default;

private:
  explicit Target(std::string name) : name_(std::move(name)) {}
  friend Target host();
  friend Target cuda(std::string arch, std::source_location loc);
  friend Target sharded(Sharding sharding);
  std::string name_;
  std::shared_ptr<const Sharding> sharding_;
};

/// This machine's CPU.
Target host();
/// The host, partitioned by `sharding` (what jit(f, sharding) compiles for).
Target sharded(Sharding sharding);
/// An NVIDIA GPU of architecture `arch` ("sm_90"); empty picks the device's
/// own (sm_90 when there is no device, so PTX can still be made). Inputs
/// are copied to the device and results back; calling needs the CUDA driver
/// (libcuda.so.1, loaded at run time), lowering and PTX do not.
Target cuda(std::string arch = "", std::source_location loc = std::source_location::current());
/// Whether a CUDA driver and a device are present.
bool cuda_available();
/// The target jit() uses when none is named: NUMJIT_TARGET ("host",
/// "cuda" or "cuda:sm_XX"), or host() when unset.
Target default_target(std::source_location loc = std::source_location::current());

/// Every stage of one compile, as text.
class Lowered {
public:
  Lowered(std::vector<std::string> texts, std::vector<std::string> graphs)
      : texts_(std::move(texts)), graphs_(std::move(graphs)) {}
  /// The IR (or assembly) after `stage`; Stage::GPU and Stage::PTX exist
  /// for CUDA targets only (asking a host compile for them throws).
  const std::string &as_text(Stage stage = Stage::Traced,
                             std::source_location loc = std::source_location::current()) const;

  /// A Graphviz drawing (dot) of the IR after Stage::Traced or
  /// Stage::Fused, by MLIR's op-graph printer: `dot -Tsvg` makes a picture.
  const std::string &as_dot(Stage stage,
                            std::source_location loc = std::source_location::current()) const;

private:
  std::vector<std::string> texts_, graphs_;
};

namespace detail {

/// A non-owning reference to a callable, valid while the callable lives
/// (like llvm::function_ref): passing one allocates nothing.
template <typename Fn> class FunctionRef;
template <typename R, typename... A> class FunctionRef<R(A...)> {
public:
  template <typename F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef>)
  FunctionRef(F &&f)
      : obj_(const_cast<void *>(static_cast<const void *>(std::addressof(f)))),
        call_([](void *obj, A... a) -> R {
          return (*static_cast<std::remove_reference_t<F> *>(obj))(std::forward<A>(a)...);
        }) {}
  R operator()(A... a) const { return call_(obj_, std::forward<A>(a)...); }

private:
  void *obj_;
  R (*call_)(void *, A...);
};

/// Calls the user's function on traced arrays; returns its flattened results.
using TraceFn = FunctionRef<std::vector<Array>(std::span<const Array>)>;

/// The cache behind one jit()ed callable: signature -> compiled kernel.
class JitCache {
public:
  explicit JitCache(Target target);
  ~JitCache();
  /// Runs the compiled function for `args` (tracing with `trace` first on a
  /// miss). `key` holds the static arguments' bytes. Inside an outer trace,
  /// `trace` runs inline on the traced args instead. The results are fresh
  /// arrays in a per-thread vector that the thread's next call reuses: move
  /// them out at once.
  std::vector<Array> &call(std::span<const Array *const> args, const std::string &key,
                           const TraceFn &trace, const std::source_location &loc);
  /// The same for a list of arrays, returning the results.
  std::vector<Array> call(std::span<const Array> args, const std::string &key,
                          const TraceFn &trace, const std::source_location &loc);
  /// Runs it writing the results into `outs`, writable arrays of the
  /// results' dtypes and shapes (one per result); an output that overlaps
  /// an input gets the result through a temporary unless the kernel is
  /// elementwise with one result, which may run in place.
  void call_into(std::span<const Array *const> outs, std::span<const Array *const> args,
                 const std::string &key, const TraceFn &trace,
                 const std::source_location &loc);
  Lowered lower(std::span<const Array> args, const TraceFn &trace,
                const std::source_location &loc);
  /// Drops the compiled kernels (the next call compiles anew).
  void clear();

private:
  /// call_into's general path: checks, temporaries, devices, errors.
  void intoSlowly(std::span<const Array *const> outs, std::span<const Array *const> args,
                  const std::string &key, const TraceFn &trace,
                  const std::source_location &loc);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

bool is_tracing();

template <typename T>
constexpr bool is_array_v = std::is_same_v<std::remove_cvref_t<T>, Array>;

/// Static arguments go into the cache key by value and type.
template <typename T> void append_static(std::string &key, const T &value) {
  using U = std::remove_cvref_t<T>;
  static_assert(std::is_arithmetic_v<U> || std::is_enum_v<U>,
                "numjit::jit: a non-Array argument must be an int, float, "
                "bool or enum (it becomes a static, compile-time value)");
  key += typeid(U).name();
  key.push_back(':');
  char bytes[sizeof(U)];
  std::memcpy(bytes, &value, sizeof(U));
  key.append(bytes, sizeof(U));
}

/// Flattens a result (Array, tuple/pair of Arrays, vector<Array>).
template <typename R> void flatten(const R &r, std::vector<Array> &out) {
  if constexpr (std::is_same_v<R, Array>) {
    out.push_back(r);
  } else if constexpr (std::is_same_v<R, std::vector<Array>>) {
    out.insert(out.end(), r.begin(), r.end());
  } else {
    std::apply([&](const auto &...xs) { (flatten(xs, out), ...); }, r);
  }
}
/// Moves results out of `flat` into an R, from `pos` on.
template <typename R> R unflatten(std::vector<Array> &flat, size_t &pos) {
  if constexpr (std::is_same_v<R, Array>) {
    return std::move(flat[pos++]);
  } else if constexpr (std::is_same_v<R, std::vector<Array>>) {
    std::vector<Array> out(std::make_move_iterator(flat.begin() + pos),
                           std::make_move_iterator(flat.end()));
    pos = flat.size();
    return out;
  } else {
    return [&]<size_t... I>(std::index_sequence<I...>) {
      // Braced init evaluates left to right.
      return R{unflatten<std::tuple_element_t<I, R>>(flat, pos)...};
    }(std::make_index_sequence<std::tuple_size_v<R>>());
  }
}

/// For each argument position, its index among the Array arguments.
template <typename... Args> constexpr auto array_indices() {
  std::array<size_t, sizeof...(Args) + 1> idx{};
  size_t n = 0, i = 0;
  ((idx[i++] = n, n += is_array_v<Args> ? 1 : 0), ...);
  idx[sizeof...(Args)] = n;
  return idx;
}

/// Splits call arguments into the Arrays (traced) and the static key.
template <size_t N, typename... Args>
void collect_args(std::array<Array, N> &arrays, std::string &key, const Args &...args) {
  size_t n = 0;
  auto one = [&](const auto &arg) {
    if constexpr (is_array_v<decltype(arg)>)
      arrays[n++] = arg;
    else
      append_static(key, arg);
  };
  (one(args), ...);
}
/// The same, pointing at the Array arguments instead of copying them.
template <size_t N, typename... Args>
void collect_args(std::array<const Array *, N> &arrays, std::string &key,
                  const Args &...args) {
  size_t n = 0;
  auto one = [&](const auto &arg) {
    if constexpr (is_array_v<decltype(arg)>)
      arrays[n++] = &arg;
    else
      append_static(key, arg);
  };
  (one(args), ...);
}

/// How many Arrays a destination of jf.into (an Array, or a tuple/pair of
/// them) holds.
template <typename O> constexpr size_t num_outs() {
  if constexpr (std::is_same_v<O, Array>)
    return 1;
  else
    return []<size_t... I>(std::index_sequence<I...>) {
      return (num_outs<std::tuple_element_t<I, O>>() + ... + 0);
    }(std::make_index_sequence<std::tuple_size_v<O>>());
}
/// Points `out` at the Arrays of a destination, in order.
template <typename O> void flatten_outs(const O &o, const Array **&out) {
  if constexpr (std::is_same_v<O, Array>)
    *out++ = &o;
  else
    std::apply([&](const auto &...xs) { (flatten_outs(xs, out), ...); }, o);
}

/// A TraceFn that calls f with traced arrays in place of the Array
/// arguments and the static arguments as they are. Holds references: use it
/// during the call only.
template <typename F, typename... Args>
auto trace_fn(const F &f, const Args &...args) {
  return [&f, &args...](std::span<const Array> traced) {
    constexpr auto idx = array_indices<Args...>();
    auto pick = [&]<size_t I>(const auto &arg) -> decltype(auto) {
      if constexpr (is_array_v<decltype(arg)>)
        return Array(traced[idx[I]]);
      else
        return arg;
    };
    std::vector<Array> flat;
    [&]<size_t... I>(std::index_sequence<I...>) {
      flatten(std::invoke(f, pick.template operator()<I>(args)...), flat);
    }(std::index_sequence_for<Args...>());
    return flat;
  };
}

/// How many Arrays `f` takes (up to 8), for calls with a runtime list.
template <typename F> constexpr size_t array_arity() {
  if constexpr (std::is_invocable_v<const F &>) return 0;
  else if constexpr (std::is_invocable_v<const F &, Array>) return 1;
  else if constexpr (std::is_invocable_v<const F &, Array, Array>) return 2;
  else if constexpr (std::is_invocable_v<const F &, Array, Array, Array>) return 3;
  else if constexpr (std::is_invocable_v<const F &, Array, Array, Array, Array>) return 4;
  else if constexpr (std::is_invocable_v<const F &, Array, Array, Array, Array, Array>) return 5;
  else return 6;
}
template <typename F, size_t... I>
auto invoke_span(const F &f, std::span<const Array> s, std::index_sequence<I...>) {
  return f(s[I]...);
}
/// f's result type when called with its Arrays (unevaluated use only).
template <typename F>
auto invoke_with_arity(const F &f, const std::vector<Array> &v)
    -> decltype(invoke_span(f, v, std::make_index_sequence<array_arity<F>()>()));
/// Calls f with the arrays of `s` and flattens the result into `out`.
template <typename F>
void call_with_span(const F &f, std::span<const Array> s, std::vector<Array> &out,
                    const std::source_location &loc) {
  constexpr size_t n = array_arity<F>();
  if (s.size() != n)
    fail("jvp", "the function takes " + std::to_string(n) + " arrays but " +
                    std::to_string(s.size()) + " primals were given", loc);
  flatten(invoke_span(f, s, std::make_index_sequence<n>()), out);
}

} // namespace detail

/// A jit()ed callable. Copies share one compile cache.
template <typename F> class Jit {
public:
  Jit(F f, Target target, std::source_location loc)
      : f_(std::move(f)), cache_(std::make_shared<detail::JitCache>(std::move(target))),
        loc_(loc) {}

  template <typename... Args>
    requires std::is_invocable_v<const F &, const Args &...>
  auto operator()(const Args &...args) const {
    using R = std::invoke_result_t<const F &, const Args &...>;
    std::array<const Array *, detail::array_indices<Args...>().back()> arrays;
    std::string key;
    detail::collect_args(arrays, key, args...);
    std::vector<Array> &flat = cache_->call(arrays, key, detail::trace_fn(f_, args...), loc_);
    size_t pos = 0;
    return detail::unflatten<R>(flat, pos);
  }

  /// Runs the function on `args` writing its results into `out`: a writable
  /// view (nj::view of non-const memory, or from_dlpack) of the result's
  /// dtype and shape, or a std::tuple/std::pair of them, one per result.
  /// Nothing is allocated. `out` may be one of the inputs: an elementwise
  /// function with one result then runs in place; any other goes through a
  /// temporary. Throws Error on a dtype or shape mismatch, or inside a trace.
  template <typename Out, typename... Args>
    requires std::is_invocable_v<const F &, const Args &...>
  void into(const Out &out, const Args &...args) const {
    std::array<const Array *, detail::array_indices<Args...>().back()> arrays;
    std::string key;
    detail::collect_args(arrays, key, args...);
    std::array<const Array *, detail::num_outs<Out>()> outs;
    const Array **next = outs.data();
    detail::flatten_outs(out, next);
    cache_->call_into(outs, arrays, key, detail::trace_fn(f_, args...), loc_);
  }

  /// Traces and compiles for `args` without running, keeping every stage.
  template <typename... Args> Lowered lower(const Args &...args) const {
    std::array<Array, detail::array_indices<Args...>().back()> arrays;
    std::string key;
    detail::collect_args(arrays, key, args...);
    return cache_->lower(arrays, detail::trace_fn(f_, args...), loc_);
  }

private:
  F f_;
  std::shared_ptr<detail::JitCache> cache_;
  std::source_location loc_; ///< Where jit() was called: errors and the return op.
};

/// Compiles `f` on first call for each input signature. `f` takes Arrays
/// (traced) and static values (ints, floats, bools, enums) and returns an
/// Array, a std::tuple/std::pair of them, or a std::vector<Array>.
template <typename F>
Jit<std::decay_t<F>> jit(F &&f, std::source_location loc = std::source_location::current()) {
  return Jit<std::decay_t<F>>(std::forward<F>(f), default_target(loc), loc);
}
/// The same, partitioned over the ranks of a mesh (numjit/distributed.h):
/// each rank passes its local shard of every argument split by `sharding`'s
/// in specs and gets its shard of each result. The function is traced with
/// the whole (global) shapes and partitioned by MLIR's shard passes.
template <typename F>
Jit<std::decay_t<F>> jit(F &&f, Sharding sharding,
                         std::source_location loc = std::source_location::current()) {
  return Jit<std::decay_t<F>>(std::forward<F>(f), sharded(std::move(sharding)), loc);
}
/// The same, compiled for `target` (host() or cuda(...)).
template <typename F>
Jit<std::decay_t<F>> jit(F &&f, Target target,
                         std::source_location loc = std::source_location::current()) {
  return Jit<std::decay_t<F>>(std::forward<F>(f), std::move(target), loc);
}

} // namespace numjit

#endif // NUMJIT_JIT_H
