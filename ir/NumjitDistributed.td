//===- NumjitDistributed.td - Collectives over MPI ranks -*- tablegen -*-===//
//
// The ops behind nj::distributed: each runs on every rank of a group (the
// MPI world) and combines the ranks' operands. `group_size` is the number
// of ranks the trace was made for; with one rank every collective is the
// identity (or a stack of one). On tensors they are values, as
// jax.lax.psum is, that passes keep in place (see below); numjit-bufferize turns each into numjit.collective on
// buffers, which numjit-collectives-to-mpi lowers to the mpi dialect
// (allreduce) or to numjit's MPI runtime (allgather and bcast, which the
// mpi dialect of MLIR 22 does not have).
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_IR_NUMJITDISTRIBUTED_TD
#define NUMJIT_IR_NUMJITDISTRIBUTED_TD

// Not Pure: every rank must run the same collectives in the same order, so
// no pass may drop one whose result is unused, or move one. The IR can
// differ between ranks (the reverse-mode rules of all_gather and broadcast
// depend on the rank), and DCE would then drop a collective on some ranks
// only, which pairs the next ones wrongly.
class Numjit_CollectiveOpBase<string mnemonic, list<Trait> traits = []>
    : Op<Numjit_Dialect, mnemonic,
         !listconcat([MemoryEffects<[MemRead, MemWrite]>], traits)>;

def Numjit_AllReduceOp : Numjit_CollectiveOpBase<"all_reduce", [SameOperandsAndResultType]> {
  let summary = "Combines a tensor elementwise across the ranks of a group";
  let description = [{
    Every rank gets the elementwise `kind` (sum, max or min) of the
    operands of all `group_size` ranks, as `jax.lax.psum` / `pmax` /
    `pmin` and MPI_Allreduce. Float max/min of a nan follows MPI (not
    specified to propagate).

    ```mlir
    %s = numjit.all_reduce sum %x, group_size = 4 : tensor<1024xf32>
    ```
  }];
  let arguments = (ins Numjit_ReduceKind:$kind, Numjit_NumTensor:$operand,
                   I64Attr:$group_size);
  let results = (outs Numjit_NumTensor:$result);
  let assemblyFormat = [{
    $kind $operand `,` `group_size` `=` $group_size attr-dict `:` type($operand)
  }];
  let hasVerifier = 1;
}

def Numjit_AllGatherOp : Numjit_CollectiveOpBase<"all_gather"> {
  let summary = "Stacks the operands of all ranks along a new leading dimension";
  let description = [{
    `result[r]` is rank r's operand, on every rank: the result has shape
    `[group_size, operand shape...]` (MPI_Allgather). `rank` is the rank the
    trace was made on; the reverse-mode rule needs it (the cotangent of
    this rank's operand is the sum over ranks of `ct[rank]`).
    `nj::distributed::all_gather(x, axis)` concatenates along `axis` by a
    transpose and reshape of this stack.

    ```mlir
    %g = numjit.all_gather %x, group_size = 2, rank = 0 : tensor<3xf32> -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, I64Attr:$group_size, I64Attr:$rank);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `,` `group_size` `=` $group_size `,` `rank` `=` $rank attr-dict `:`
    type($operand) `->` type($result)
  }];
  let hasVerifier = 1;
}

def Numjit_CollectiveBroadcastOp : Numjit_CollectiveOpBase<"collective_broadcast",
    [SameOperandsAndResultType]> {
  let summary = "Every rank gets the operand of the root rank";
  let description = [{
    As MPI_Bcast: the result on every rank is rank `root`'s operand. `rank`
    is the rank the trace was made on (the reverse-mode rule sends the
    summed cotangent to the root only).

    ```mlir
    %b = numjit.collective_broadcast %x, root = 0, group_size = 2, rank = 1 : tensor<4xf64>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, I64Attr:$root, I64Attr:$group_size,
                   I64Attr:$rank);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `,` `root` `=` $root `,` `group_size` `=` $group_size `,` `rank` `=` $rank
    attr-dict `:` type($operand)
  }];
  let hasVerifier = 1;
}

def Numjit_CollectiveKind : I32EnumAttr<"CollectiveKind", "collective on buffers", [
      I32EnumAttrCase<"all_sum", 0>, I32EnumAttrCase<"all_max", 1>,
      I32EnumAttrCase<"all_min", 2>, I32EnumAttrCase<"all_gather", 3>,
      I32EnumAttrCase<"broadcast", 4>]> {
  let cppNamespace = "::mlir::numjit";
}

def Numjit_CollectiveOp : Op<Numjit_Dialect, "collective"> {
  let summary = "A collective on buffers: reads `source`, writes `target`";
  let description = [{
    What numjit-bufferize makes of the collectives on tensors. Both buffers
    are contiguous (identity layout) and distinct. `all_gather` writes
    `group_size` copies of the source's size into `target`; `broadcast`
    copies `source` to `target` on the root, then sends it from there.

    ```mlir
    numjit.collective all_sum %in, %out, group_size = 2 : memref<8xf32>, memref<8xf32>
    ```
  }];
  let arguments = (ins Numjit_CollectiveKind:$kind,
                   Arg<AnyMemRef, "", [MemRead]>:$source,
                   Arg<AnyMemRef, "", [MemWrite]>:$target,
                   I64Attr:$group_size, DefaultValuedAttr<I64Attr, "0">:$root);
  let assemblyFormat = [{
    $kind $source `,` $target `,` `group_size` `=` $group_size attr-dict `:`
    type($source) `,` type($target)
  }];
}

#endif // NUMJIT_IR_NUMJITDISTRIBUTED_TD
