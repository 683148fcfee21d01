//===- Sharding.cpp - What a sharded jit traces and tells the partitioner -===//
//
// jit(f, nj::sharding(...)) traces `f` on the whole arrays (each rank passes
// its block of a split argument) and marks the traced function with the
// mesh and each split dimension, for numjit-partition (codegen/Partition.cpp).
//
//===----------------------------------------------------------------------===//

#include "frontend/Trace.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"

namespace numjit::detail {

/// The tensor dimension `spec` splits in an array of rank `ndim`, or -1;
/// throws when it has none.
static int64_t shardDim(const ShardSpec &spec, int64_t ndim, const std::string &what,
                 const std::source_location &loc) {
  if (spec.axis.empty())
    return -1;
  if (spec.dim < 0 || spec.dim >= ndim)
    fail("sharding",
         what + " is split along dimension " + std::to_string(spec.dim) +
             ", which an array of rank " + std::to_string(ndim) + " does not have",
         loc);
  return spec.dim;
}

/// The whole arrays a sharded jit traces: each rank passes its block of a
/// split argument, so the whole has mesh_size times its size there.
std::vector<Array> globalPrototypes(const Sharding &sharding,
                                    std::span<const Array *const> args,
                                    const std::source_location &loc) {
  if (sharding.in.size() != args.size())
    fail("sharding",
         std::to_string(sharding.in.size()) + " in specs for a function of " +
             std::to_string(args.size()) + " array arguments",
         loc);
  std::vector<Array> prototypes;
  for (size_t i = 0; i < args.size(); ++i) {
    Shape shape = args[i]->shape();
    int64_t d = shardDim(sharding.in[i], args[i]->ndim(), "argument " + std::to_string(i), loc);
    if (d >= 0)
      shape[size_t(d)] *= sharding.mesh_size;
    std::shared_ptr<ArrayImpl> p = new_impl();
    p->dtype = args[i]->dtype();
    p->size = num_elements(shape);
    p->shape = std::move(shape);
    prototypes.emplace_back(std::move(p));
  }
  return prototypes;
}

/// Tells numjit-partition how the traced function is split: the mesh
/// (size, rank) and the split dimension of each argument and result.
void annotateSharding(const Sharding &sharding, mlir::func::FuncOp func,
                      std::span<const Array> results, const std::source_location &loc) {
  if (sharding.out.size() != results.size())
    fail("sharding",
         std::to_string(sharding.out.size()) + " out specs for a function of " +
             std::to_string(results.size()) + " results",
         loc);
  std::vector<int64_t> in, out;
  for (size_t i = 0; i < sharding.in.size(); ++i)
    in.push_back(shardDim(
        sharding.in[i],
        mlir::cast<mlir::ShapedType>(func.getArgument(unsigned(i)).getType()).getRank(),
        "argument " + std::to_string(i), loc));
  for (size_t i = 0; i < results.size(); ++i) {
    int64_t d = shardDim(sharding.out[i], results[i].ndim(), "result " + std::to_string(i), loc);
    if (d >= 0 && results[i].shape()[size_t(d)] % sharding.mesh_size != 0)
      fail("sharding",
           "result " + std::to_string(i) + " of shape " + shape_str(results[i].shape()) +
               " cannot be split along dimension " + std::to_string(d) + " over " +
               std::to_string(sharding.mesh_size) + " ranks: " +
               std::to_string(results[i].shape()[size_t(d)]) + " is not a multiple of " +
               std::to_string(sharding.mesh_size),
           loc);
    out.push_back(d);
  }
  mlir::Builder b(func.getContext());
  func->setAttr("numjit.mesh", b.getDenseI64ArrayAttr({sharding.mesh_size, sharding.rank}));
  func->setAttr("numjit.shard_in", b.getDenseI64ArrayAttr(in));
  func->setAttr("numjit.shard_out", b.getDenseI64ArrayAttr(out));
}

} // namespace numjit::detail
