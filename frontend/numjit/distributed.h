//===- distributed.h - Collectives over MPI ranks ---------------*- C++ -*-===//
//
// nj::distributed, as MLX's mx.distributed and JAX's collectives: every rank
// of an MPI job runs the same program on its own arrays, and these calls
// combine them. They work eagerly (a direct MPI call) and inside jit, grad
// and vmap (ops of the numjit dialect that compile into the kernel; see
// docs/distributed.md). Started without an MPI launcher, init() gives a
// group of one rank, in which every collective is the identity. A numjit
// built without MPI throws from init().
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_DISTRIBUTED_H
#define NUMJIT_DISTRIBUTED_H

#include "numjit/jit.h"
#include "numjit/ops.h"

namespace numjit::distributed {

/// The ranks of an MPI job: all of them (MPI_COMM_WORLD).
class Group {
public:
  int rank() const { return rank_; }
  int size() const { return size_; }

private:
  friend Group init(std::source_location);
  int rank_ = 0;
  int size_ = 1;
};

/// Initializes MPI once (MPI_Init_thread, MPI_Finalize at exit) when the
/// process was started by mpirun or srun, and returns the world group; a
/// group of one rank otherwise. Throws when numjit was built without MPI.
Group init(NUMJIT_LOC);
/// Whether numjit was built with MPI.
bool available();

/// The elementwise sum, maximum or minimum of `x` over the ranks of `group`,
/// on every rank (jax.lax.psum / pmax / pmin). Every rank passes the same
/// shape and dtype. bool sums count in i32, as nj::sum does; u8 and u32
/// combine in i32 and i64, f16 and bf16 in f32, and come back.
Array all_sum(const Array &x, const Group &group, NUMJIT_LOC);
Array all_max(const Array &x, const Group &group, NUMJIT_LOC);
Array all_min(const Array &x, const Group &group, NUMJIT_LOC);
/// The ranks' arrays concatenated along `axis`, rank 0's first.
Array all_gather(const Array &x, int64_t axis, const Group &group, NUMJIT_LOC);
/// Rank `root`'s `x`, on every rank.
Array broadcast(const Array &x, int root, const Group &group, NUMJIT_LOC);
/// Point to point, eager only (not inside jit): `recv` takes an array of
/// `like`'s shape and dtype from rank `src`, which sent it with `send`.
void send(const Array &x, int dst, const Group &group, NUMJIT_LOC);
Array recv(const Array &like, int src, const Group &group, NUMJIT_LOC);
/// Waits until every rank of `group` has called it.
void barrier(const Group &group);

/// A grid of the group's ranks with named axes, for nj::sharding. Only 1-d
/// meshes exist yet: all ranks along one axis.
class Mesh {
public:
  Mesh(const Group &group, std::vector<std::string> axes, NUMJIT_LOC);
  const Group &group() const { return group_; }
  const std::vector<std::string> &axes() const { return axes_; }
  int size() const { return group_.size(); }

private:
  Group group_;
  std::vector<std::string> axes_;
};

} // namespace numjit::distributed

namespace numjit {
/// Split along tensor dimension `dim` over mesh axis `axis` (each rank holds
/// a contiguous block, rank 0's first), as JAX's PartitionSpec.
ShardSpec shard(std::string axis, int64_t dim);
/// The whole array on every rank.
ShardSpec replicated();
/// In and out shardings for jit(f, sharding): one spec per Array argument
/// and one per result. Checked against the shapes when jit traces.
Sharding sharding(const distributed::Mesh &mesh, std::vector<ShardSpec> in,
                  std::vector<ShardSpec> out, NUMJIT_LOC);
} // namespace numjit

#endif // NUMJIT_DISTRIBUTED_H
