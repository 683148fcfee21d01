//===- Mpi.cpp - numjit's MPI runtime -------------------------------------===//

#include "runtime/Mpi.h"

#include <cstdlib>
#include <cstring>

#ifdef NUMJIT_HAS_MPI
// The C API only (OpenMPI's mpi.h would pull in its C++ bindings).
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>

#include <algorithm>
#include <iterator>
#endif

using namespace numjit::runtime;

#ifdef NUMJIT_HAS_MPI
namespace {
/// MPI counts are ints: larger messages go in pieces of at most this many
/// elements (or bytes).
constexpr int64_t kMaxCount = int64_t(1) << 30;

MPI_Datatype datatype(mpi::Elem elem) {
  switch (elem) {
  case mpi::Elem::f32: return MPI_FLOAT;
  case mpi::Elem::f64: return MPI_DOUBLE;
  case mpi::Elem::i32: return MPI_INT32_T;
  case mpi::Elem::i64: return MPI_INT64_T;
  }
  return MPI_BYTE;
}
int64_t elemBytes(mpi::Elem elem) {
  return elem == mpi::Elem::f32 || elem == mpi::Elem::i32 ? 4 : 8;
}
MPI_Op reduction(mpi::Op op) {
  switch (op) {
  case mpi::Op::sum: return MPI_SUM;
  case mpi::Op::max: return MPI_MAX;
  case mpi::Op::min: return MPI_MIN;
  }
  return MPI_SUM;
}
void finalize() {
  int finalized = 0;
  MPI_Finalized(&finalized);
  if (!finalized)
    MPI_Finalize();
}
} // namespace

extern "C" void numjit_mpi_all_gather(const void *source, void *target, int64_t bytes) {
  mpi::allGather(source, target, bytes);
}

extern "C" void numjit_mpi_broadcast(const void *source, void *target, int64_t bytes,
                                     int64_t root) {
  mpi::broadcast(source, target, bytes, int(root));
}

bool mpi::built() { return true; }

bool mpi::launched() {
  for (const char *var : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK", "SLURM_NTASKS"})
    if (std::getenv(var))
      return true;
  return false;
}

void mpi::init(int &rank, int &size) {
  int initialized = 0;
  MPI_Initialized(&initialized);
  if (!initialized) {
    int provided = 0;
    // Calls may come from any thread, one at a time (numjit serializes
    // nothing itself: the user's program orders its collectives).
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_SERIALIZED, &provided);
    std::atexit(finalize);
  }
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
}

void mpi::allReduce(const void *source, void *target, int64_t count, Elem elem, Op op) {
  int64_t width = elemBytes(elem);
  for (int64_t done = 0; done < count; done += kMaxCount) {
    int64_t n = std::min(count - done, kMaxCount);
    const char *in = static_cast<const char *>(source) + done * width;
    char *out = static_cast<char *>(target) + done * width;
    MPI_Allreduce(in == out ? MPI_IN_PLACE : in, out, int(n), datatype(elem), reduction(op),
                  MPI_COMM_WORLD);
  }
}

void mpi::allGather(const void *source, void *target, int64_t bytes) {
  int size = 1;
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  if (bytes <= kMaxCount) {
    MPI_Allgather(source, int(bytes), MPI_BYTE, target, int(bytes), MPI_BYTE, MPI_COMM_WORLD);
    return;
  }
  // A block of more than 2^30 bytes: each rank's block broadcast in pieces.
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  for (int r = 0; r < size; ++r) {
    char *block = static_cast<char *>(target) + int64_t(r) * bytes;
    broadcast(r == rank ? source : block, block, bytes, r);
  }
}

void mpi::broadcast(const void *source, void *target, int64_t bytes, int root) {
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  if (rank == root && source != target && bytes > 0)
    std::memcpy(target, source, size_t(bytes));
  for (int64_t done = 0; done < bytes; done += kMaxCount)
    MPI_Bcast(static_cast<char *>(target) + done, int(std::min(bytes - done, kMaxCount)),
              MPI_BYTE, root, MPI_COMM_WORLD);
}

void mpi::send(const void *data, int64_t bytes, int dst, int tag) {
  for (int64_t done = 0; done < bytes; done += kMaxCount)
    MPI_Send(static_cast<const char *>(data) + done, int(std::min(bytes - done, kMaxCount)),
             MPI_BYTE, dst, tag, MPI_COMM_WORLD);
}

void mpi::recv(void *data, int64_t bytes, int src, int tag) {
  for (int64_t done = 0; done < bytes; done += kMaxCount)
    MPI_Recv(static_cast<char *>(data) + done, int(std::min(bytes - done, kMaxCount)),
             MPI_BYTE, src, tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
}

void mpi::barrier() { MPI_Barrier(MPI_COMM_WORLD); }

const Symbol *mpi::symbols(int64_t &count) {
  static const Symbol table[] = {
      {"numjit_mpi_all_gather", reinterpret_cast<void *>(&numjit_mpi_all_gather)},
      {"numjit_mpi_broadcast", reinterpret_cast<void *>(&numjit_mpi_broadcast)},
#ifdef OPEN_MPI
      // MLIR 22's MPIToLLVM names OpenMPI's reduction ops ompi_mpi_sum/max/
      // min; OpenMPI exports them as ompi_mpi_op_sum/max/min (MPI_SUM is
      // &ompi_mpi_op_sum). Kernels get the right objects under the names
      // they ask for.
      {"ompi_mpi_sum", static_cast<void *>(MPI_SUM)},
      {"ompi_mpi_max", static_cast<void *>(MPI_MAX)},
      {"ompi_mpi_min", static_cast<void *>(MPI_MIN)},
#endif
  };
  count = std::size(table);
  return table;
}

#else // !NUMJIT_HAS_MPI

bool mpi::built() { return false; }
bool mpi::launched() { return false; }
void mpi::init(int &rank, int &size) { rank = 0, size = 1; }
void mpi::allReduce(const void *, void *, int64_t, Elem, Op) { std::abort(); }
void mpi::allGather(const void *, void *, int64_t) { std::abort(); }
void mpi::broadcast(const void *, void *, int64_t, int) { std::abort(); }
void mpi::send(const void *, int64_t, int, int) { std::abort(); }
void mpi::recv(void *, int64_t, int, int) { std::abort(); }
void mpi::barrier() {}
const Symbol *mpi::symbols(int64_t &count) {
  count = 0;
  return nullptr;
}

#endif // NUMJIT_HAS_MPI
