//===- Mpi.h - numjit's MPI runtime -----------------------------*- C++ -*-===//
//
// What nj::distributed and compiled collectives call. Kernels reduce through
// MPI_Allreduce directly (the mpi dialect lowers to it); for allgather and
// bcast, which the mpi dialect of MLIR 22 lacks, they call the two
// `numjit_mpi_*` functions below. Built without MPI (no NUMJIT_HAS_MPI),
// `built()` is false and nothing else may be called. Every call is on
// MPI_COMM_WORLD.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_RUNTIME_MPI_H
#define NUMJIT_RUNTIME_MPI_H

#include "runtime/Runtime.h"

#include <cstdint>

/// Every rank's `bytes` bytes at `source`, rank after rank, into `target`.
extern "C" void numjit_mpi_all_gather(const void *source, void *target, int64_t bytes);
/// Rank `root`'s `bytes` bytes at `source` into `target` on every rank.
extern "C" void numjit_mpi_broadcast(const void *source, void *target, int64_t bytes,
                                     int64_t root);

namespace numjit::runtime::mpi {
/// The element types MPI reduces.
enum class Elem { f32, f64, i32, i64 };
enum class Op { sum, max, min };

/// Whether numjit was built with MPI.
bool built();
/// Whether this process was started by an MPI launcher (mpirun, srun).
bool launched();
/// MPI_Init_thread once (MPI_Finalize at exit); rank and size of the world.
void init(int &rank, int &size);
void allReduce(const void *source, void *target, int64_t count, Elem elem, Op op);
void allGather(const void *source, void *target, int64_t bytes);
void broadcast(const void *source, void *target, int64_t bytes, int root);
void send(const void *data, int64_t bytes, int dst, int tag);
void recv(void *data, int64_t bytes, int src, int tag);
void barrier();
/// The kernels' entry points into this file, for the JIT to define.
const Symbol *symbols(int64_t &count);
} // namespace numjit::runtime::mpi

#endif // NUMJIT_RUNTIME_MPI_H
