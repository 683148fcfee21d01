//===- NumjitControlFlow.td - cond, while, scan ------------*- tablegen -*-===//
//
// Structured control flow with regions, as jax.lax's cond, while_loop and
// scan. Every region is isolated from above: whatever a body uses from
// outside is an explicit operand (a loop carries it unchanged), so the
// autodiff and batching passes see every input of a body.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_IR_NUMJITCONTROLFLOW_TD
#define NUMJIT_IR_NUMJITCONTROLFLOW_TD


def Numjit_PredScalar : TensorRankOf<[I1], [0]>,
    BuildableType<"::mlir::RankedTensorType::get({}, $_builder.getI1Type())">;

class Numjit_RegionOp<string mnemonic, list<Trait> traits = []>
    : Op<Numjit_Dialect, mnemonic,
         !listconcat([RecursiveMemoryEffects, IsolatedFromAbove], traits)>;

def Numjit_YieldOp : Op<Numjit_Dialect, "yield", [Pure, Terminator,
    ParentOneOf<["::mlir::numjit::CondOp", "::mlir::numjit::WhileOp",
                 "::mlir::numjit::ScanOp", "::mlir::numjit::ScatterOp"]>]> {
  let summary = "Ends a region of cond, while, scan or scatter with its values";
  let description = [{
    Gives a region's results to the op that holds it: a branch's results
    (`numjit.cond`), the loop condition or the next carries
    (`numjit.while`), or the next carries then one step's outputs
    (`numjit.scan`).

    ```mlir
    numjit.yield %0, %1 : tensor<f32>, tensor<4xf32>
    ```
  }];
  let arguments = (ins Variadic<Numjit_Tensor>:$values);
  let assemblyFormat = "attr-dict ($values^ `:` type($values))?";
  let builders = [OpBuilder<(ins), [{ build($_builder, $_state, ValueRange{}); }]>];
}

def Numjit_CondOp : Numjit_RegionOp<"cond"> {
  let summary = "Runs one of two regions, chosen by a scalar predicate";
  let description = [{
    Runs `true_branch` when the rank-0 `pred` is true and `false_branch`
    otherwise, each on `inputs` (its block arguments), and gives that
    branch's yielded values (`jax.lax.cond`). Both branches take the
    inputs' types and yield the results' types.

    ```mlir
    %r = numjit.cond %p (%x) : (tensor<4xf32>) -> tensor<4xf32> {
    ^bb0(%a: tensor<4xf32>):
      %0 = numjit.add %a, %a : tensor<4xf32>
      numjit.yield %0 : tensor<4xf32>
    } else {
    ^bb0(%a: tensor<4xf32>):
      %0 = numjit.neg %a : tensor<4xf32>
      numjit.yield %0 : tensor<4xf32>
    }
    ```
  }];
  let arguments = (ins Numjit_PredScalar:$pred, Variadic<Numjit_Tensor>:$inputs);
  let results = (outs Variadic<Numjit_Tensor>:$results);
  let regions = (region SizedRegion<1>:$true_branch, SizedRegion<1>:$false_branch);
  let assemblyFormat = [{
    $pred `(` $inputs `)` attr-dict `:` functional-type($inputs, $results)
    $true_branch `else` $false_branch
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Numjit_WhileOp : Numjit_RegionOp<"while"> {
  let summary = "Repeats a region while a condition region yields true";
  let description = [{
    Starts with the carries `init`; while `cond` (on the carries) yields a
    true rank-0 `i1`, replaces the carries with what `body` yields
    (`jax.lax.while_loop`). Gives the last carries. Both regions take the
    carries' types; `body` yields them.

    ```mlir
    %r:2 = numjit.while (%i0, %x) : (tensor<i64>, tensor<4xf32>) -> (tensor<i64>, tensor<4xf32>)
    cond {
    ^bb0(%i: tensor<i64>, %s: tensor<4xf32>):
      %p = numjit.compare lt, %i, %n : tensor<i64>
      numjit.yield %p : tensor<i1>
    } do {
    ^bb0(%i: tensor<i64>, %s: tensor<4xf32>):
      %j = numjit.add %i, %one : tensor<i64>
      %t = numjit.add %s, %s : tensor<4xf32>
      numjit.yield %j, %t : tensor<i64>, tensor<4xf32>
    }
    ```
  }];
  let arguments = (ins Variadic<Numjit_Tensor>:$init);
  let results = (outs Variadic<Numjit_Tensor>:$results);
  let regions = (region SizedRegion<1>:$cond, SizedRegion<1>:$body);
  let assemblyFormat = [{
    `(` $init `)` attr-dict `:` functional-type($init, $results)
    `cond` $cond `do` $body
  }];
  let hasVerifier = 1;
}

def Numjit_ScanOp : Numjit_RegionOp<"scan", [AttrSizedOperandSegments]> {
  let summary = "Runs a region `length` times over carries and slices";
  let description = [{
    `jax.lax.scan`: step `k` (`k = length-1 .. 0` when `reverse`) runs
    `body` on the carries and on slice `k` of each of `xs` along dimension
    0; the body yields the next carries, then one slice of each output
    `ys`. The results are the final carries, then the outputs stacked
    along a new dimension 0 of size `length`. A carry that the body yields
    unchanged is loop-invariant (how a body's captured values come in).

    ```mlir
    %c, %ys = numjit.scan length = 3 carry (%c0) over (%xs)
        : (tensor<f32>, tensor<3xf32>) -> (tensor<f32>, tensor<3xf32>) {
    ^bb0(%c: tensor<f32>, %x: tensor<f32>):
      %n = numjit.add %c, %x : tensor<f32>
      numjit.yield %n, %c : tensor<f32>, tensor<f32>
    }
    ```
  }];
  let arguments = (ins I64Attr:$length, UnitAttr:$reverse,
                   Variadic<Numjit_Tensor>:$init, Variadic<Numjit_Tensor>:$xs);
  let results = (outs Variadic<Numjit_Tensor>:$results);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    (`reverse` $reverse^)? `length` `=` $length `carry` `(` $init `)` `over` `(` $xs `)`
    attr-dict `:` functional-type(operands, results) $body
  }];
  let extraClassDeclaration = [{
    /// The final carries, then the stacked outputs.
    ValueRange getCarries() { return getResults().take_front(getInit().size()); }
    ValueRange getYs() { return getResults().drop_front(getInit().size()); }
  }];
  let hasVerifier = 1;
}

#endif // NUMJIT_IR_NUMJITCONTROLFLOW_TD
