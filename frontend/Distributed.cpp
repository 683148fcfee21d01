//===- Distributed.cpp - nj::distributed: collectives over MPI -----------===//
//
// Each collective converts its operand to a type MPI combines, then binds a
// numjit collective op inside a trace, or calls the MPI runtime (runtime/
// Mpi.cpp) on the concrete buffers when eager. A group of one rank needs no
// communication: every collective is then the identity, in a trace too.
//
//===----------------------------------------------------------------------===//

#include "frontend/OpSupport.h"
#include "runtime/Mpi.h"

#include "numjit/distributed.h"

#include <climits>
#include <mutex>

namespace numjit::distributed {
using namespace numjit::detail;
namespace mpi = numjit::runtime::mpi;
using SL = std::source_location;

namespace {
/// numjit.reduce's kinds (the dialect's ReduceKind), for all_reduce.
enum class ReduceKindCode : int64_t { sum = 0, max = 2, min = 3 };

/// The type MPI combines a dtype in, and the runtime's name for it.
DType workDType(DType d) {
  switch (d) {
  case DType::bool_:
  case DType::u8: return DType::i32;
  case DType::u32: return DType::i64;
  case DType::f16:
  case DType::bf16: return DType::f32;
  default: return d;
  }
}
mpi::Elem elemOf(DType d) {
  switch (d) {
  case DType::f32: return mpi::Elem::f32;
  case DType::f64: return mpi::Elem::f64;
  case DType::i32: return mpi::Elem::i32;
  default: return mpi::Elem::i64;
  }
}

void checkGroup(const char *op, const Group &group, const SL &loc) {
  if (group.size() > 1 && !mpi::built())
    fail(op, "numjit was built without MPI", loc);
}

/// Throws unless `x` can take part in an eager collective.
void checkEager(const char *op, const Array &x, const SL &loc) {
  if (x.is_traced())
    fail(op,
         "a traced value of shape " + shape_str(x.shape()) +
             " escaped the jit trace it belongs to (keep traced arrays inside the "
             "function being traced)",
         loc);
}

/// A kernel's MPI_Allreduce counts in int.
void checkCount(const char *op, const Array &x, const SL &loc) {
  if (x.size() > INT_MAX)
    fail(op,
         "inside jit, a collective takes at most 2^31 - 1 elements, got " +
             shape_str(x.shape()) + " (call it eagerly, or split the array)",
         loc);
}

std::shared_ptr<ArrayImpl> concreteResult(const char *op, DType dtype, const Shape &shape,
                                          const SL &loc) {
  checked_num_elements(op, shape, loc);
  return alloc_array(dtype, shape);
}

Array allReduce(const char *op, ReduceKindCode kind, const Array &x, const Group &group,
                const SL &loc) {
  checkGroup(op, group, loc);
  DType work = workDType(x.dtype());
  Array w = ops::convert(x, work, loc);
  Array r = w;
  if (group.size() > 1) {
    if (Trace::current()) {
      checkCount(op, w, loc);
      Attrs attrs;
      attrs.i = int64_t(kind);
      attrs.a = {group.size()};
      r = bind(Prim::AllReduce, {&w, 1}, attrs, work, w.shape(), loc);
    } else {
      checkEager(op, w, loc);
      std::shared_ptr<ArrayImpl> out = concreteResult(op, work, w.shape(), loc);
      mpi::allReduce(w.impl()->data, out->data, w.size(), elemOf(work),
                     kind == ReduceKindCode::sum   ? mpi::Op::sum
                     : kind == ReduceKindCode::max ? mpi::Op::max
                                                   : mpi::Op::min);
      r = Array(std::move(out));
    }
  }
  // A sum of bools stays an i32 count, as nj::sum's.
  if (kind == ReduceKindCode::sum && x.dtype() == DType::bool_)
    return r;
  return ops::convert(r, x.dtype(), loc);
}
} // namespace

Group init(SL loc) {
  if (!mpi::built())
    fail("distributed.init",
         "numjit was built without MPI (install libopenmpi-dev and rebuild: the "
         "build finds it with find_package(MPI))",
         loc);
  static std::once_flag once;
  static int rank = 0, size = 1;
  std::call_once(once, [] {
    if (mpi::launched())
      mpi::init(rank, size);
  });
  Group group;
  group.rank_ = rank;
  group.size_ = size;
  return group;
}

bool available() { return mpi::built(); }

Array all_sum(const Array &x, const Group &group, SL loc) {
  return allReduce("distributed.all_sum", ReduceKindCode::sum, x, group, loc);
}
Array all_max(const Array &x, const Group &group, SL loc) {
  return allReduce("distributed.all_max", ReduceKindCode::max, x, group, loc);
}
Array all_min(const Array &x, const Group &group, SL loc) {
  return allReduce("distributed.all_min", ReduceKindCode::min, x, group, loc);
}

Array all_gather(const Array &x, int64_t axis, const Group &group, SL loc) {
  const char *op = "distributed.all_gather";
  checkGroup(op, group, loc);
  if (x.ndim() == 0)
    fail(op, "needs an array of rank >= 1 to concatenate, got a scalar", loc);
  int64_t a = ops::normalizeAxis(op, axis, x.ndim(), loc);
  if (group.size() == 1)
    return x;
  // The ranks' arrays stacked along a new leading axis...
  Shape stacked{group.size()};
  stacked.insert(stacked.end(), x.shape().begin(), x.shape().end());
  Array s;
  if (Trace::current()) {
    Attrs attrs;
    attrs.a = {group.size(), group.rank()};
    s = bind(Prim::AllGather, {&x, 1}, attrs, x.dtype(), stacked, loc);
  } else {
    checkEager(op, x, loc);
    std::shared_ptr<ArrayImpl> out = concreteResult(op, x.dtype(), stacked, loc);
    mpi::allGather(x.impl()->data, out->data, int64_t(x.size() * itemsize(x.dtype())));
    s = Array(std::move(out));
  }
  // ... moved to `axis` and merged with it.
  std::vector<int64_t> perm;
  for (int64_t d = 1; d <= x.ndim(); ++d) {
    if (d - 1 == a)
      perm.push_back(0);
    perm.push_back(d);
  }
  Shape merged = x.shape();
  merged[size_t(a)] *= group.size();
  return reshape(transpose(s, perm, loc), merged, loc);
}

Array broadcast(const Array &x, int root, const Group &group, SL loc) {
  const char *op = "distributed.broadcast";
  checkGroup(op, group, loc);
  if (root < 0 || root >= group.size())
    fail(op,
         "root " + std::to_string(root) + " is not a rank of the group (size " +
             std::to_string(group.size()) + ")",
         loc);
  if (group.size() == 1)
    return x;
  if (Trace::current()) {
    Attrs attrs;
    attrs.i = root;
    attrs.a = {group.size(), group.rank()};
    return bind(Prim::CollectiveBroadcast, {&x, 1}, attrs, x.dtype(), x.shape(), loc);
  }
  checkEager(op, x, loc);
  std::shared_ptr<ArrayImpl> out = concreteResult(op, x.dtype(), x.shape(), loc);
  mpi::broadcast(x.impl()->data, out->data, int64_t(x.size() * itemsize(x.dtype())), root);
  return Array(std::move(out));
}

namespace {
void checkPeer(const char *op, const char *what, int peer, const Group &group, const SL &loc) {
  checkGroup(op, group, loc);
  if (Trace::current())
    fail(op, "is eager only: it cannot be called inside jit, grad or vmap", loc);
  if (peer < 0 || peer >= group.size() || peer == group.rank())
    fail(op,
         std::string(what) + " " + std::to_string(peer) +
             " must be another rank of the group (this is rank " +
             std::to_string(group.rank()) + " of " + std::to_string(group.size()) + ")",
         loc);
}
} // namespace

void send(const Array &x, int dst, const Group &group, SL loc) {
  const char *op = "distributed.send";
  checkPeer(op, "destination", dst, group, loc);
  checkEager(op, x, loc);
  mpi::send(x.impl()->data, int64_t(x.size() * itemsize(x.dtype())), dst, /*tag=*/0);
}

Array recv(const Array &like, int src, const Group &group, SL loc) {
  const char *op = "distributed.recv";
  checkPeer(op, "source", src, group, loc);
  std::shared_ptr<ArrayImpl> out = concreteResult(op, like.dtype(), like.shape(), loc);
  mpi::recv(out->data, int64_t(like.size() * itemsize(like.dtype())), src, /*tag=*/0);
  return Array(std::move(out));
}

void barrier(const Group &group) {
  if (group.size() > 1)
    mpi::barrier();
}

Mesh::Mesh(const Group &group, std::vector<std::string> axes, SL loc)
    : group_(group), axes_(std::move(axes)) {
  if (axes_.size() != 1)
    fail("distributed.Mesh",
         "only 1-d meshes exist yet (all ranks along one axis), got " +
             std::to_string(axes_.size()) + " axes",
         loc);
}

} // namespace numjit::distributed

namespace numjit {
ShardSpec shard(std::string axis, int64_t dim) { return {std::move(axis), dim}; }
ShardSpec replicated() { return {}; }

Sharding sharding(const distributed::Mesh &mesh, std::vector<ShardSpec> in,
                  std::vector<ShardSpec> out, std::source_location loc) {
  for (const auto *specs : {&in, &out})
    for (const ShardSpec &s : *specs)
      if (!s.axis.empty() && s.axis != mesh.axes()[0])
        detail::fail("sharding",
                     "mesh axis \"" + s.axis + "\" is not the mesh's (\"" + mesh.axes()[0] +
                         "\")",
                     loc);
  Sharding result;
  result.axis = mesh.axes()[0];
  result.mesh_size = mesh.size();
  result.rank = mesh.group().rank();
  result.in = std::move(in);
  result.out = std::move(out);
  return result;
}
} // namespace numjit
