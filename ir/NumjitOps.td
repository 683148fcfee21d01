//===- NumjitOps.td - numjit operations --------------------*- tablegen -*-===//
//
// Every op has a summary, a description with an example, a verifier (ODS type
// constraints plus `verify()` or `inferReturnTypes` where shapes interact),
// and result-type inference where the result is determined by the operands.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_IR_NUMJITOPS_TD
#define NUMJIT_IR_NUMJITOPS_TD

include "ir/NumjitDialect.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"

class Numjit_Op<string mnemonic, list<Trait> traits = []>
    : Op<Numjit_Dialect, mnemonic, !listconcat([Pure], traits)>;

//===----------------------------------------------------------------------===//
// Sources
//===----------------------------------------------------------------------===//

def Numjit_ConstantOp : Numjit_Op<"constant",
    [ConstantLike, AllTypesMatch<["value", "result"]>]> {
  let summary = "A tensor constant";
  let description = [{
    Produces a tensor whose elements are given by a dense elements attribute.

    ```mlir
    %0 = numjit.constant dense<[1.0, 2.0]> : tensor<2xf32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

def Numjit_IotaOp : Numjit_Op<"iota"> {
  let summary = "Counts 0, 1, 2, ... along one dimension";
  let description = [{
    Each element of the result is its index along `dim`, converted to the
    element type (like `jax.lax.broadcasted_iota`). `sizes` gives the
    result's dynamic dimensions, in order.

    ```mlir
    %0 = numjit.iota dim = 1 : tensor<2x3xi32>   // [[0, 1, 2], [0, 1, 2]]
    %1 = numjit.iota dim = 0, sizes = [%n] : tensor<?xf32>
    ```
  }];
  let arguments = (ins I64Attr:$dim, Variadic<Index>:$sizes);
  let results = (outs Numjit_NumTensor:$result);
  let assemblyFormat = [{
    `dim` `=` $dim (`,` `sizes` `=` `[` $sizes^ `]`)? attr-dict `:` type($result)
  }];
  let builders = [
    OpBuilder<(ins "Type":$result, "uint64_t":$dim), [{
      build($_builder, $_state, result, dim, ValueRange{});
    }]>
  ];
  let hasVerifier = 1;
}

def Numjit_I64Scalar : TensorRankOf<[I64], [0]>,
    BuildableType<"::mlir::RankedTensorType::get({}, $_builder.getIntegerType(64))">;

def Numjit_GetDimensionSizeOp : Numjit_Op<"get_dimension_size"> {
  let summary = "The size of one dimension, as a scalar";
  let description = [{
    Gives the size of dimension `dim` of the operand as a rank-0 `i64`
    tensor: a constant for a static dimension, the size the kernel was
    called with for a dynamic one (what `mean` divides by).

    ```mlir
    %1 = numjit.get_dimension_size %0, dim = 0 : tensor<?x3xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, I64Attr:$dim);
  let results = (outs Numjit_I64Scalar:$result);
  let assemblyFormat = "$operand `,` `dim` `=` $dim attr-dict `:` type($operand)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Numjit_DimOp : Numjit_Op<"dim"> {
  let summary = "The size of one dimension, as an index";
  let description = [{
    Gives the size of dimension `dim` of the operand as an `index`: what a
    dynamic result size (`broadcast_in_dim`, `reshape`, `iota`) takes, read
    from a function argument. It lowers to `tensor.dim`; traces use it so
    that they need no dialect but numjit and func.

    ```mlir
    %n = numjit.dim %arg0, dim = 0 : tensor<?x3xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, I64Attr:$dim);
  let results = (outs Index:$result);
  let assemblyFormat = "$operand `,` `dim` `=` $dim attr-dict `:` type($operand)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Elementwise unary ops
//===----------------------------------------------------------------------===//

class Numjit_UnaryOp<string mnemonic, Type type, string what, string body>
    : Numjit_Op<mnemonic, [SameOperandsAndResultType]> {
  let summary = what;
  let description = !strconcat(body, [{

```mlir
%1 = numjit.}], mnemonic, [{ %0 : tensor<4xf32>
```
}]);
  let arguments = (ins type:$operand);
  let results = (outs type:$result);
  let assemblyFormat = "$operand attr-dict `:` type($result)";
}

def Numjit_NegOp : Numjit_UnaryOp<"neg", Numjit_NumTensor, "Negation",
    "Computes `-x` elementwise. Integers wrap (`-INT_MIN == INT_MIN`).">;
def Numjit_ExpOp : Numjit_UnaryOp<"exp", Numjit_FloatTensor,
    "Exponential", "Computes `e^x` elementwise.">;
def Numjit_LogOp : Numjit_UnaryOp<"log", Numjit_FloatTensor,
    "Natural logarithm",
    "Computes `ln(x)` elementwise; `log(0) = -inf`, `log(x < 0) = nan`.">;
def Numjit_SinOp : Numjit_UnaryOp<"sin", Numjit_FloatTensor, "Sine",
    "Computes `sin(x)` elementwise, `x` in radians.">;
def Numjit_CosOp : Numjit_UnaryOp<"cos", Numjit_FloatTensor, "Cosine",
    "Computes `cos(x)` elementwise, `x` in radians.">;
def Numjit_TanhOp : Numjit_UnaryOp<"tanh", Numjit_FloatTensor,
    "Hyperbolic tangent", "Computes `tanh(x)` elementwise.">;
def Numjit_SqrtOp : Numjit_UnaryOp<"sqrt", Numjit_FloatTensor,
    "Square root", "Computes `sqrt(x)` elementwise; negative inputs give nan.">;
def Numjit_RsqrtOp : Numjit_UnaryOp<"rsqrt", Numjit_FloatTensor,
    "Reciprocal square root", "Computes `1 / sqrt(x)` elementwise.">;
def Numjit_AbsOp : Numjit_UnaryOp<"abs", Numjit_NumTensor, "Absolute value",
    "Computes `|x|` elementwise. Integers wrap (`abs(INT_MIN) == INT_MIN`).">;
def Numjit_SignOp : Numjit_UnaryOp<"sign", Numjit_NumTensor, "Sign",
    "Computes -1, 0 or 1 elementwise; for floats `sign(±0) = ±0` and "
    "`sign(nan) = nan`.">;
def Numjit_FloorOp : Numjit_UnaryOp<"floor", Numjit_FloatTensor, "Floor",
    "Rounds toward negative infinity elementwise.">;
def Numjit_LogisticOp : Numjit_UnaryOp<"logistic", Numjit_FloatTensor,
    "Logistic sigmoid", "Computes `1 / (1 + exp(-x))` elementwise.">;
def Numjit_ErfOp : Numjit_UnaryOp<"erf", Numjit_FloatTensor, "Error function",
    "Computes `erf(x) = 2/sqrt(pi) * integral_0^x exp(-t^2) dt` elementwise.">;
def Numjit_ErfInvOp : Numjit_UnaryOp<"erf_inv", Numjit_FloatTensor,
    "Inverse error function",
    "Computes `y` with `erf(y) = x` elementwise for `x` in [-1, 1]; `erf_inv(±1) "
    "= ±inf`, nan outside. f32 uses Giles' single-precision polynomial (as "
    "XLA does), f64 the same refined by two Newton steps on `erf`.">;
def Numjit_NotOp : Numjit_UnaryOp<"not", Numjit_BitsTensor, "Bitwise not",
    "Flips every bit elementwise; on `i1` this is logical not.">;

//===----------------------------------------------------------------------===//
// Elementwise binary ops
//===----------------------------------------------------------------------===//

class Numjit_BinaryOp<string mnemonic, Type type, string what, string body,
                      list<Trait> traits = []>
    : Numjit_Op<mnemonic, !listconcat([SameOperandsAndResultType], traits)> {
  let summary = what;
  let description = !strconcat(body, [{ Both operands and the result have
one type: broadcasting is explicit.

```mlir
%2 = numjit.}], mnemonic, [{ %0, %1 : tensor<4xf32>
```
}]);
  let arguments = (ins type:$lhs, type:$rhs);
  let results = (outs type:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($result)";
}

def Numjit_AddOp : Numjit_BinaryOp<"add", Numjit_NumTensor, "Addition",
    "Computes `lhs + rhs` elementwise; integers wrap.", [Commutative]> {
  let hasFolder = 1;
}
def Numjit_SubOp : Numjit_BinaryOp<"sub", Numjit_NumTensor, "Subtraction",
    "Computes `lhs - rhs` elementwise; integers wrap."> {
  let hasFolder = 1;
}
def Numjit_MulOp : Numjit_BinaryOp<"mul", Numjit_NumTensor, "Multiplication",
    "Computes `lhs * rhs` elementwise; integers wrap.", [Commutative]> {
  let hasFolder = 1;
}
def Numjit_DivOp : Numjit_BinaryOp<"div", Numjit_NumTensor, "Division",
    "Computes `lhs / rhs` elementwise. Integer division truncates toward "
    "zero; as in XLA, `x / 0 == -1` (all ones for unsigned types) and "
    "`INT_MIN / -1 == INT_MIN`.">;
def Numjit_RemOp : Numjit_BinaryOp<"rem", Numjit_NumTensor, "Remainder",
    "Computes the remainder of truncated division (the sign follows `lhs`, "
    "like C's `fmod`/`%`); as in XLA, `x % 0 == x` for integers.">;
def Numjit_PowOp : Numjit_BinaryOp<"pow", Numjit_FloatTensor, "Power",
    "Computes `lhs ^ rhs` elementwise.">;
def Numjit_MaxOp : Numjit_BinaryOp<"max", Numjit_NumTensor, "Maximum",
    "Computes the larger operand elementwise; a nan operand gives nan.",
    [Commutative]>;
def Numjit_MinOp : Numjit_BinaryOp<"min", Numjit_NumTensor, "Minimum",
    "Computes the smaller operand elementwise; a nan operand gives nan.",
    [Commutative]>;

//===----------------------------------------------------------------------===//
// Bitwise ops and shifts
//===----------------------------------------------------------------------===//

def Numjit_AndOp : Numjit_BinaryOp<"and", Numjit_BitsTensor, "Bitwise and",
    "Computes `lhs & rhs` elementwise (logical and on `i1`).", [Commutative]>;
def Numjit_OrOp : Numjit_BinaryOp<"or", Numjit_BitsTensor, "Bitwise or",
    "Computes `lhs | rhs` elementwise (logical or on `i1`).", [Commutative]>;
def Numjit_XorOp : Numjit_BinaryOp<"xor", Numjit_BitsTensor, "Bitwise xor",
    "Computes `lhs ^ rhs` elementwise (logical xor on `i1`).", [Commutative]>;
def Numjit_ShiftLeftOp : Numjit_BinaryOp<"shift_left", Numjit_IntTensor,
    "Shift left", "Computes `lhs << rhs` elementwise; bits shifted out are "
    "lost, and a shift amount outside [0, bit width) gives 0 (as in XLA).">;
def Numjit_ShiftRightArithmeticOp : Numjit_BinaryOp<"shift_right_arithmetic",
    Numjit_IntTensor, "Arithmetic shift right",
    "Shifts `lhs` right by `rhs` bits elementwise, filling with its sign bit; "
    "a shift amount outside [0, bit width) fills every bit with it.">;
def Numjit_ShiftRightLogicalOp : Numjit_BinaryOp<"shift_right_logical",
    Numjit_IntTensor, "Logical shift right",
    "Shifts `lhs` right by `rhs` bits elementwise, filling with zeros; a shift "
    "amount outside [0, bit width) gives 0.">;

//===----------------------------------------------------------------------===//
// Comparison, selection, conversion
//===----------------------------------------------------------------------===//

def Numjit_CompareOp : Numjit_Op<"compare", [SameTypeOperands,
    InferTypeOpAdaptor]> {
  let summary = "Elementwise comparison";
  let description = [{
    Compares two tensors of one type elementwise and gives an `i1` tensor of
    the same shape. Float comparisons are ordered except `ne`, which is true
    when either operand is nan (as in IEEE 754 and jax.numpy). `i1`, `ui8`
    and `ui32` compare as unsigned (`false < true`); `i32` and `i64` as
    signed.

    ```mlir
    %2 = numjit.compare lt, %0, %1 : tensor<4xf32>
    ```
  }];
  let arguments = (ins Numjit_CompareDirection:$direction,
                   Numjit_Tensor:$lhs, Numjit_Tensor:$rhs);
  let results = (outs Numjit_PredTensor:$result);
  let assemblyFormat = "$direction `,` $lhs `,` $rhs attr-dict `:` type($lhs)";
}

def Numjit_SelectOp : Numjit_Op<"select",
    [AllTypesMatch<["on_true", "on_false", "result"]>]> {
  let summary = "Elementwise choice between two tensors";
  let description = [{
    Picks `on_true` where `pred` is true and `on_false` elsewhere. `pred` has
    the shape of the result.

    ```mlir
    %3 = numjit.select %p, %a, %b : tensor<4xi1>, tensor<4xf32>
    ```
  }];
  let arguments = (ins Numjit_PredTensor:$pred, Numjit_Tensor:$on_true,
                   Numjit_Tensor:$on_false);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $pred `,` $on_true `,` $on_false attr-dict `:` type($pred) `,` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Numjit_ConvertOp : Numjit_Op<"convert", [SameOperandsAndResultShape]> {
  let summary = "Elementwise element-type conversion";
  let description = [{
    Converts each element to the result's element type. Float to integer
    rounds toward zero and saturates at the integer range (for unsigned
    types, negative values give 0); nan becomes 0. Integer to integer wraps
    (keeps the low bits, sign- or zero-extending by the source's signedness).
    Anything to `i1` is `x != 0`; `i1` to a number gives 0 or 1.

    ```mlir
    %1 = numjit.convert %0 : tensor<4xf32> -> tensor<4xi32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = "$operand attr-dict `:` type($operand) `->` type($result)";
  let hasFolder = 1;
}

def Numjit_BitcastConvertOp : Numjit_Op<"bitcast_convert", [SameOperandsAndResultShape]> {
  let summary = "Reinterprets each element's bits as another type";
  let description = [{
    Gives each element the result's element type without changing its bits
    (`jax.lax.bitcast_convert_type`); both element types have one bit width
    (`ui32` <-> `f32`, `i64` <-> `f64`, ...). What uniform random floats are
    made of.

    ```mlir
    %1 = numjit.bitcast_convert %0 : tensor<4xui32> -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = "$operand attr-dict `:` type($operand) `->` type($result)";
  let hasVerifier = 1;
}

def Numjit_U32Tensor : RankedTensorOf<[UI32]>;

def Numjit_Threefry2x32Op : Numjit_Op<"threefry2x32", [SameOperandsAndResultType]> {
  let summary = "The threefry2x32 hash (20 rounds), one output word";
  let description = [{
    Hashes the counter `(x0, x1)` under the key `(k0, k1)` elementwise with
    Threefish's 2x32 block cipher, 20 rounds (Salmon et al., SC'11), as
    JAX's default random generator does, and gives output word `word` (0
    or 1). One op rather than 80 additions, rotations and xors: the rounds
    use each value twice, which elementwise fusion would otherwise copy into
    every consumer. CSE merges the two words' computations once fused.

    ```mlir
    %w0 = numjit.threefry2x32 %k0, %k1, %x0, %x1, word = 0 : tensor<8xui32>
    ```
  }];
  let arguments = (ins Numjit_U32Tensor:$k0, Numjit_U32Tensor:$k1, Numjit_U32Tensor:$x0,
                   Numjit_U32Tensor:$x1, I64Attr:$word);
  let results = (outs Numjit_U32Tensor:$result);
  let assemblyFormat = [{
    $k0 `,` $k1 `,` $x0 `,` $x1 `,` `word` `=` $word attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Shape ops
//===----------------------------------------------------------------------===//

def Numjit_BroadcastInDimOp : Numjit_Op<"broadcast_in_dim",
    [AllElementTypesMatch<["operand", "result"]>]> {
  let summary = "Broadcasts a tensor to a larger shape";
  let description = [{
    Dimension `i` of the operand becomes dimension `dims[i]` of the result;
    it must have the result's size there or size 1 (then it is repeated).
    `dims` is strictly increasing. Result dimensions not named in `dims` are
    new. `sizes` gives the result's dynamic dimensions, in order; an operand
    dimension of dynamic size is not broadcast (it has the result's size).

    ```mlir
    %1 = numjit.broadcast_in_dim %0, dims = [1] : tensor<3xf32> -> tensor<2x3xf32>
    %2 = numjit.broadcast_in_dim %s, dims = [], sizes = [%n] : tensor<f32> -> tensor<?xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, DenseI64ArrayAttr:$dims,
                   Variadic<Index>:$sizes);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `,` `dims` `=` $dims (`,` `sizes` `=` `[` $sizes^ `]`)? attr-dict
    `:` type($operand) `->` type($result)
  }];
  let builders = [
    OpBuilder<(ins "Type":$result, "Value":$operand, "ArrayRef<int64_t>":$dims), [{
      build($_builder, $_state, result, operand, dims, ValueRange{});
    }]>
  ];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Numjit_ReshapeOp : Numjit_Op<"reshape",
    [AllElementTypesMatch<["operand", "result"]>]> {
  let summary = "Reinterprets a tensor with a new shape";
  let description = [{
    Gives the operand's elements, in row-major order, the result's shape. The
    element counts must match. `sizes` gives the result's dynamic
    dimensions, in order.

    ```mlir
    %1 = numjit.reshape %0 : tensor<2x3xf32> -> tensor<6xf32>
    %2 = numjit.reshape %x, sizes = [%n] : tensor<?x6xf32> -> tensor<?x2x3xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, Variadic<Index>:$sizes);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand (`,` `sizes` `=` `[` $sizes^ `]`)? attr-dict `:` type($operand) `->` type($result)
  }];
  let builders = [
    OpBuilder<(ins "Type":$result, "Value":$operand), [{
      build($_builder, $_state, result, operand, ValueRange{});
    }]>
  ];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Numjit_TransposeOp : Numjit_Op<"transpose", [InferTypeOpAdaptor]> {
  let summary = "Permutes the dimensions of a tensor";
  let description = [{
    Result dimension `i` is operand dimension `permutation[i]`.

    ```mlir
    %1 = numjit.transpose %0, permutation = [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, DenseI64ArrayAttr:$permutation);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `,` `permutation` `=` $permutation attr-dict `:` type($operand) `->` type($result)
  }];
  let hasFolder = 1;
}

def Numjit_SliceOp : Numjit_Op<"slice", [InferTypeOpAdaptor]> {
  let summary = "A strided rectangular piece of a tensor";
  let description = [{
    Takes the elements from `start` (inclusive) to `limit` (exclusive) with
    step `strides` in each dimension, like `x[start:limit:stride]`. A
    dimension of dynamic size is taken whole: start 0, stride 1 and limit
    -9223372036854775808 (`ShapedType::kDynamic`, "to the end").

    ```mlir
    %1 = numjit.slice %0, start = [0, 1], limit = [2, 3], strides = [1, 1]
        : tensor<4x4xf32> -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, DenseI64ArrayAttr:$start,
                   DenseI64ArrayAttr:$limit, DenseI64ArrayAttr:$strides);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `,` `start` `=` $start `,` `limit` `=` $limit `,` `strides` `=` $strides
    attr-dict `:` type($operand) `->` type($result)
  }];
  let hasFolder = 1;
}

def Numjit_PadOp : Numjit_Op<"pad", [InferTypeOpAdaptor]> {
  let summary = "Places a tensor inside a larger one filled with zeros";
  let description = [{
    Puts `low[i]` zeros before, `high[i]` zeros after, and `interior[i]`
    zeros between the elements of each dimension: the transpose of
    `numjit.slice` (the gradient of a strided slice is a pad). Result size
    `low + high + n + (n - 1) * interior` (`low + high` when `n` is 0). All
    amounts are non-negative; a dimension of dynamic size stays dynamic.

    ```mlir
    %1 = numjit.pad %0, low = [1], high = [0], interior = [1] : tensor<3xf32> -> tensor<6xf32>
    // [a, b, c] -> [0, a, 0, b, 0, c]
    ```
  }];
  let arguments = (ins Numjit_Tensor:$operand, DenseI64ArrayAttr:$low,
                   DenseI64ArrayAttr:$high, DenseI64ArrayAttr:$interior);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    $operand `,` `low` `=` $low `,` `high` `=` $high `,` `interior` `=` $interior
    attr-dict `:` type($operand) `->` type($result)
  }];
}

def Numjit_ConcatenateOp : Numjit_Op<"concatenate", [InferTypeOpAdaptor]> {
  let summary = "Joins tensors along one dimension";
  let description = [{
    All inputs have one element type and rank, and the same sizes except in
    dimension `dim`, where the result's size is the sum of theirs.

    ```mlir
    %2 = numjit.concatenate (%0, %1), dim = 0 : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
    ```
  }];
  let arguments = (ins Variadic<Numjit_Tensor>:$inputs, I64Attr:$dim);
  let results = (outs Numjit_Tensor:$result);
  let assemblyFormat = [{
    ` ` `(` $inputs `)` `,` `dim` `=` $dim attr-dict `:` `(` type($inputs) `)` `->` type($result)
  }];
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Reductions and contraction
//===----------------------------------------------------------------------===//

def Numjit_ReduceOp : Numjit_Op<"reduce", [InferTypeOpAdaptor]> {
  let summary = "Reduces a tensor over some dimensions";
  let description = [{
    Combines the elements along `dims` with `kind` (sum, prod, max, min); the
    reduced dimensions are removed. An empty reduction gives the identity
    (0, 1, -inf or the smallest integer, +inf or the largest integer). Float
    max/min propagate nan.

    ```mlir
    %1 = numjit.reduce sum %0, dims = [1] : tensor<2x3xf32> -> tensor<2xf32>
    ```
  }];
  let arguments = (ins Numjit_ReduceKind:$kind, Numjit_NumTensor:$operand,
                   DenseI64ArrayAttr:$dims);
  let results = (outs Numjit_NumTensor:$result);
  let assemblyFormat = [{
    $kind $operand `,` `dims` `=` $dims attr-dict `:` type($operand) `->` type($result)
  }];
  let hasFolder = 1;
}

def Numjit_ArgMaxOp : Numjit_Op<"argmax"> {
  let summary = "Index of the largest element along one dimension";
  let description = [{
    Gives, for each position of the other dimensions, the index along `dim` of
    the largest element (the first one on ties; nan counts as largest). The
    result drops `dim` and has an integer element type (`i32` or `i64`). The
    reduced dimension must not be empty.

    ```mlir
    %1 = numjit.argmax %0, dim = 1 : tensor<2x3xf32> -> tensor<2xi64>
    ```
  }];
  let arguments = (ins Numjit_NumTensor:$operand, I64Attr:$dim);
  let results = (outs Numjit_IndexTensor:$result);
  let assemblyFormat = [{
    $operand `,` `dim` `=` $dim attr-dict `:` type($operand) `->` type($result)
  }];
  let hasVerifier = 1;
}

def Numjit_DotGeneralOp : Numjit_Op<"dot_general",
    [InferTypeOpAdaptor, AllElementTypesMatch<["lhs", "rhs", "result"]>]> {
  let summary = "General tensor contraction (batched matmul and more)";
  let description = [{
    Multiplies `lhs` and `rhs`, summing over the paired contracting dimensions
    and keeping the paired batch dimensions. The result's dimensions are the
    batch dimensions, then the remaining `lhs` dimensions, then the remaining
    `rhs` dimensions, each in order (as `jax.lax.dot_general`).

    ```mlir
    // A matrix product.
    %2 = numjit.dot_general %0, %1, batch = [] x [], contract = [1] x [0]
        : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
    ```
  }];
  let arguments = (ins Numjit_NumTensor:$lhs, Numjit_NumTensor:$rhs,
                   DenseI64ArrayAttr:$lhs_batch, DenseI64ArrayAttr:$rhs_batch,
                   DenseI64ArrayAttr:$lhs_contract,
                   DenseI64ArrayAttr:$rhs_contract);
  let results = (outs Numjit_NumTensor:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs `,` `batch` `=` $lhs_batch `x` $rhs_batch `,`
    `contract` `=` $lhs_contract `x` $rhs_contract attr-dict
    `:` `(` type($lhs) `,` type($rhs) `)` `->` type($result)
  }];
}

include "ir/NumjitControlFlow.td"
include "ir/NumjitIndexing.td"
include "ir/NumjitDistributed.td"

#endif // NUMJIT_IR_NUMJITOPS_TD
