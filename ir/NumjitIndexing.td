//===- NumjitIndexing.td - gather, scatter, dynamic slices -*- tablegen -*-===//
//
// Indexing by data: the ops behind take, take_along_axis, scatter and
// dynamic_slice. Indices may be any integer type. An index i into a
// dimension of size n counts from the end when negative (i + n, as NumPy)
// and is then clamped to [0, n - 1]; a dynamic slice's start is clamped so
// that the slice fits. No index reads or writes out of bounds.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_IR_NUMJITINDEXING_TD
#define NUMJIT_IR_NUMJITINDEXING_TD

def Numjit_IntScalar : TensorRankOf<[I32, I64, UI8, UI32], [0]>;

def Numjit_GatherOp : Numjit_Op<"gather"> {
  let summary = "Picks slices of a tensor along one dimension by index";
  let description = [{
    The first `batch_dims` dimensions of `operand` and `indices` are batch
    dimensions (of equal sizes), and `batch_dims <= axis`. The result has
    operand's dimensions before `axis`, then indices' dimensions after the
    batch ones, then operand's dimensions after `axis`:

    `result[b..., p..., j..., q...] = operand[b..., p..., indices[b..., j...], q...]`

    with the index made non-negative and clamped (see the dialect's
    indexing rules). `jnp.take(x, i, axis)` is a gather with no batch
    dimensions; a vmapped take gathers with one.

    ```mlir
    // Rows 2, 0, 2 of a 4x3 matrix.
    %1 = numjit.gather %x[%i], axis = 0, batch_dims = 0
        : (tensor<4x3xf32>, tensor<3xi32>) -> tensor<3x3xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, Numjit_IntTensor:$indices,
                   I64Attr:$axis, I64Attr:$batch_dims);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `[` $indices `]` `,` `axis` `=` $axis `,` `batch_dims` `=` $batch_dims
    attr-dict `:` `(` type($operand) `,` type($indices) `)` `->` type($result)
  }];
  let hasVerifier = 1;
}

def Numjit_ScatterOp : Numjit_Op<"scatter",
    [AllTypesMatch<["operand", "result"]>, IsolatedFromAbove]> {
  let summary = "Combines updates into a tensor at indexed positions";
  let description = [{
    The transpose of `numjit.gather` with the same `axis` and `batch_dims`:
    `updates` has the shape that gather's result would have, and each
    update is combined into the position of `operand` that gather would
    read it from:

    `result[b..., p..., indices[b..., j...], q...] = combiner(result[...], updates[b..., p..., j..., q...])`

    in row-major order of the updates (so with `set`, the last of several
    updates of one position wins). The combiner region takes the current and
    the new value as rank-0 tensors and yields one, with elementwise numjit
    ops only: `numjit.scatter_add` is an `add` combiner, `set` yields the
    update.

    ```mlir
    %r = numjit.scatter %x[%i], %u, axis = 0, batch_dims = 0
        : (tensor<4x3xf32>, tensor<2xi32>, tensor<2x3xf32>) -> tensor<4x3xf32> {
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      %s = numjit.add %old, %new : tensor<f32>
      numjit.yield %s : tensor<f32>
    }
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, Numjit_IntTensor:$indices,
                   Numjit_Tensor:$updates, I64Attr:$axis, I64Attr:$batch_dims);
  let results = (outs Numjit_Tensor:$result);
  let regions = (region SizedRegion<1>:$combiner);
  let assemblyFormat = [{
    $operand `[` $indices `]` `,` $updates `,` `axis` `=` $axis `,` `batch_dims` `=` $batch_dims
    attr-dict `:` `(` type($operand) `,` type($indices) `,` type($updates) `)` `->` type($result)
    $combiner
  }];
  let hasVerifier = 1;
  let skipDefaultBuilders = 0;
  let builders = [
    // With a set (add = false) or add combiner.
    OpBuilder<(ins "Value":$operand, "Value":$indices, "Value":$updates,
                   "int64_t":$axis, "int64_t":$batch_dims, "bool":$add)>
  ];
  let extraClassDeclaration = [{
    /// Whether the combiner yields the new value (a plain set).
    bool isSet();
    /// Whether the combiner adds the new value to the current one.
    bool isAdd();
  }];
}

def Numjit_DynamicSliceOp : Numjit_Op<"dynamic_slice"> {
  let summary = "A rectangular piece of a tensor at run-time offsets";
  let description = [{
    Takes `sizes[d]` elements of dimension `d` from offset `starts[d]` (one
    rank-0 integer tensor per dimension), each start clamped to
    `[0, dim - size]` so the slice lies inside the operand, as
    `jax.lax.dynamic_slice`. The result has shape `sizes`.

    ```mlir
    %1 = numjit.dynamic_slice %x[%s0, %s1], sizes = [2, 2]
        : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, Variadic<Numjit_IntScalar>:$starts,
                   DenseI64ArrayAttr:$sizes);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `[` $starts `]` `,` `sizes` `=` $sizes attr-dict `:` `(` type($operand) `,`
    type($starts) `)` `->` type($result)
  }];
  let hasVerifier = 1;
}

def Numjit_DynamicUpdateSliceOp : Numjit_Op<"dynamic_update_slice",
    [AllTypesMatch<["operand", "result"]>]> {
  let summary = "Overwrites a rectangular piece of a tensor at run-time offsets";
  let description = [{
    The operand with `update` written over the block that starts at
    `starts` (one rank-0 integer tensor per dimension, each clamped to
    `[0, dim - update dim]`), as `jax.lax.dynamic_update_slice`.

    ```mlir
    %1 = numjit.dynamic_update_slice %x[%s0], %u
        : tensor<8xf32>, tensor<3xf32>, starts(tensor<i32>) -> tensor<8xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, Variadic<Numjit_IntScalar>:$starts,
                   Numjit_Tensor:$update);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `[` $starts `]` `,` $update attr-dict `:` type($operand) `,` type($update)
    `,` `starts` `(` type($starts) `)` `->` type($result)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Sorting and cumulative ops
//===----------------------------------------------------------------------===//

def Numjit_ArgSortOp : Numjit_Op<"argsort"> {
  let summary = "The stable sorting permutation along one dimension";
  let description = [{
    For each line of `operand` along `axis`, the positions of its elements
    in sorted order: `result[..., k, ...]` is the index along `axis` of the
    k-th smallest element (the k-th largest with `descending`). The sort is
    stable: equal elements keep their order. Floats compare as jax.lax.sort
    does: -0.0 equals 0.0 and every NaN is larger than every number (last
    ascending, first descending); bools order false before true, and
    unsigned integers compare unsigned. `jnp.sort` is a gather by this
    permutation, which is also how its gradient flows.

    ```mlir
    %p = numjit.argsort %x, axis = 1 descending : tensor<4x8xf32> -> tensor<4x8xi32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, I64Attr:$axis, UnitAttr:$descending);
  let results = (outs Numjit_IndexTensor:$result);
  let assemblyFormat = [{
    $operand `,` `axis` `=` $axis (`descending` $descending^)? attr-dict `:` type($operand)
    `->` type($result)
  }];
  let hasVerifier = 1;
}

class Numjit_CumulativeOp<string mnemonic, string what> : Numjit_Op<mnemonic,
    [SameOperandsAndResultType]> {
  let summary = "Running " # what # " along one dimension";
  let description = [{
    `result[..., k, ...]` combines `operand[..., j, ...]` for `j <= k` along
    `axis` (for `j >= k` with `reverse`), as `jax.lax.cum}] # what # [{`.
    Integers wrap on overflow.

    ```mlir
    %1 = numjit.}] # mnemonic # [{ %x, axis = 0 reverse : tensor<5x3xf32>
    ```
  }];
  let arguments = (ins Numjit_NumTensor:$operand, I64Attr:$axis, UnitAttr:$reverse);
  let results = (outs Numjit_NumTensor:$result);
  let assemblyFormat = [{
    $operand `,` `axis` `=` $axis (`reverse` $reverse^)? attr-dict `:` type($operand)
  }];
  let hasVerifier = 1;
}

def Numjit_CumsumOp : Numjit_CumulativeOp<"cumsum", "sum">;
def Numjit_CumprodOp : Numjit_CumulativeOp<"cumprod", "prod">;

#endif // NUMJIT_IR_NUMJITINDEXING_TD
