//===- Vmap.h - Automatic batching on the numjit dialect --------*- C++ -*-===//

#ifndef NUMJIT_PASSES_VMAP_H
#define NUMJIT_PASSES_VMAP_H

#include "mlir/Dialect/Func/IR/FuncOps.h"

#include <optional>

namespace mlir::numjit {

/// Adds `name`, the batched form of `func`: argument i gains a dimension of
/// size `batchSize` at position inAxes[i] (std::nullopt: not batched), and
/// every result gains one at position 0. The body is ordinary numjit IR, so
/// it can be batched or differentiated again.
FailureOr<func::FuncOp> buildVmap(func::FuncOp func,
                                  ArrayRef<std::optional<int64_t>> inAxes,
                                  int64_t batchSize, StringRef name);

/// Registers the numjit-vmap pass.
void registerVmapPass();

} // namespace mlir::numjit

#endif // NUMJIT_PASSES_VMAP_H
